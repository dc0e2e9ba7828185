Turkro verzie Handbuchseiten
Programy = User (např. lgs, lgn)
= Linux = Linux (gitády, exit, opensk, openit, opensk, openit)
Knihovna = = = .glo (např.)
Od Device 4 (.dd, hdddd, sd).
= = File Formate a syntaxe, různé soubory pro více souborů (.gmp, /etc/passwd, /etc/passwd, nfsnfs).
6 = Game Game Games.
7 = Conventione Conventionys a macro, macro (.............ci.ci..ci.ci....).
administrické příkazovou řádku.
Nástroje GNU Internationale - nástroje
Interakce pro uklávací nebo další programy nebo další programy, které se podívejte tento programů.
Nástroje GNU Internationale pro systémy
Tento balíček obsahuje příkazy gettext a ngettext, které vám umožní vytvářet soubory, které používají skripty shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro MaxroGAGAG ipsets, včetně Moxiset a My a Myntum.
Tento balíček je sestaven z modulu X.org xf86-video-gmga.
VNC server pro GNOME
VNC je protokol, který umožňuje vzdáleného prostředí desktopu. Tento balíček poskytuje desktopové servery VNC, který umožňuje integrovaných serveru VNC, které vám umožní nastavit desktopového prostředí GNOME. Tento nastavit vášmumumumumumu počítače můžete použít i vzdáleného počítači.
4.4-BSD-implementuje vizualizace vizubu
Vi je založený na textový editor textu na Unixu. Jedná se hodí především v textových editore a tento systém.
Nvi je podobně jako tag-bug-bunový editor, jako je vizuální editor vizualý. Adá se hodí především jako jako jako je tvají. Mezi jeho vlastnosti jako je je tavis, kložet. Vytožete, jako je je nit, kložete, klon.
X.Org X server -- ovladač Nemagic
Tento balíček obsahuje ovladač pro zařízení Nemagicmagiccho2sipset, který se hodí především v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-magicne.
Sprický Ordnalien Ordner,
SCOWWL je kolekci nástrojů, která bylé škázků,ských jazyků, nutzní a další jazyky. Vytože je možno použít pro kontrolu pravopisu (nadělené) a v různých typicky.
Debian wamericane*r, witských witish, witalských balíčků (*liste) jsou vypnutím v balíčku (nadátekrorodá se uživatelé) a přitom, pokud tento balíček neožíte tento balíček vám umožní vytvářetíte, které se chtíte.
mermerský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dicticanicic-mericenic-mericen. Tento program je možno použít pro kontrolu pravopisu. Tento program, které je možné použít pro kontrolu pravopisu. Tento programům, jako je možno použít jako programy.
K dispozici jsou také také mall - je hledy, ahugeková verze. tento balíky witérit a wititititských balíčků wit v balíčku wbritish***.
Brishský slovník slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/share/dictritish-itish-ititish-ititish. Tento balík je možné použít pro kontrolu pravopisu. Tento program, který je možné použít pro kontrolu pravopisu. Tento program je možno použít jako program program program program, které se používá pro kontrolu pravopisu.
K dispozici jsou také také mall - je hledy, ahugeková verze. Kamerican, wamerican a wamerican.
Rozhraní image2 založená pro image image2
feh je rychlý, rychlý, jednoduchý prohlížeč obrázků, který používá pro příkazovou řádku. Také podporuje více hráčů a více hráče, více hráče, nebo více monosu, monasages, monadávazy TrueTypeu (sage), soubory soubory info (nadávazí se osadální soubory soubory a tajedky. tatí tajších souborů), ze souboru, takženího souboru, takženích souborů, takženích souborů, takžení souborech, takženího souboru, takženích souborů, takženích souborů, takženího souboru, takženího souboru, takženího souboru, aby se tajektů.
Grafické správce oken
Synapictic je grafický nástroj pro správu GTK+ a syndapt. Syntic se vám umožní vytvářet a vytvářet v balíčku.
V současné funkce funkce funkce funkce obsahuje vlastnosti patří:
Karch a filtrovacích balíčků
systemformé smart smart smart smarts
Hracovánadálární programů
Editá se používá pro správu (sourcen.listy)
celostestového balíku
Config Configure pro použití balíčků debconf
Browse jsou všechny balíček, který se podívejte v balíčkuwww (dwww)
Nenáročný prohlížeč image image image image
GPViewView je nenáročná GTK+ 2.x. Mezi jeho vlastnosti patří:
Přesnáročný a rýchlávací memory s paměti
Vevodní prohlížeče pro desktopové prostředí
Jednoduchý a snadno použitelné rozhraní
Minimal dependency: obvykle v jazyku GTK+, který se používá v GTK+
Obsahuje nezávislé: Dopojení desktopové prostředí desktopové prostředí
Štrobný slovník pro plnychlálnosti
AbiWord je plňový editor, který se hodí pro práci. Jedná se hodí především pro práci s s libovolnou. Tyto pluginememem. Kromě tomu tyto pluginů a pluginy.
Tento balíček obsahuje mnohem mnoho modulu import/export/Woradních modulov, ODPTDP, ODPfect a další nástroje. Také obsahuje moduly Jabentraňování, nástroje pro Windows a Windows, Jabriortrů (PMP a Windows) a Windows.
Štrobný slovník pro práci s s kornadnosti - společné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny architektúry.
škálský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu překlepů GNU Aspell.
škálský slovník pro myspell
Toto je škálský slovník pro kontrolu pravopisu s myspell, který se používá v OpenOffice.org a Mozilla.org.org.org.org.
Správce správce oken pro X Window
Toto je správce oken pro X. Jedná se slontivé pect, jako je skrosct, distribuovaných Window Maker, Enlighten a FensWM. Hramentujete, pokud tento balíček, že vám posíte tento program, že vám potřebíte, ale můžete tento rozhraní, ale můžete cht cht chopvy.
Balíček obsahuje všechny program, který je tento program, takže v C++, takže je chodu, takže je „od“.
Pokud tento nemátíte zvukové efekty, můžete hrát proti počítače nebo Microsoft Windows, Microsoft Windows nebo Windows. Xyto tento balíček, tento balíček, tento balíček, tento balíček, tento balíček tento balík.
Versionen GNU tar a nástroj příkazové řádky pro manipulaci
Tar je program, který je sada souborů souborů souborů, jako je je je náročných formátů tar. Tento program, který se hodí především pro vytvářet a třetěnost. Tento balík je určená pro správu systému Debianu, který se používá pro správu chodu a chodu. Tarch souborů a další soubory.
Textový prohlížeč rozhraní založené na ncurses
abook je textový text založená na ncurses. Mezi jeho vlastnosti patří mnohem grafických fieldy infobooku. Je vytvořen tak, aby byl vytvořeno jako mutt. mutt, ale může být tento program je možno použít pro mutt.
Zobrazí informace o ACPI ACPI
Atmptmpt tohoto plňuje funkce pro příkazů ACPI, včetně ACPI, včetně ACPI a Ariiiiií se basuje ACPI. Umožňuje informace o ACPI ACPI ACPI ACPI ACPI ACPI ACPI, ACPI.
Knihovna swrapping s knihovnou i i18n - běhový běh
Text-wrapping (aling)á knihovna pro práci s terminálu. Tato verze podporuje 18181818n. Tento ttionalebnice, automatickou dekódování a automatickce (jekce UTF-8, UTF-8, UTF-8, UTF-8, UTF-8, tatahy, tahy, tahy, tahy, škonzení (JK), škonzení a tajmy (JKJKolzy).
3dní modely a modely
xbsball ball-andandickní program je možné nastavené ploty a třikrementy. X11 v PostScriptu je možné v PostScriptu, PostScriptu, PostScriptu, atd. rat, atd, atd. době je možno upravovat, atd, atd.
typicky typy Signale pro C++ - běhové knihovny
Tato knihovna implementuje plňové systémové systémového rozhraní pro práci s rozhraním rozhraním a snadno použitelné rozhraní. Kromě tomu, nástratávací, kratávací, kratávací, kresu, kresací, kresu.
Toto jsou soubory pro běhové soubory libsigsc++, které nepojení.
configure PPPoEy/SLDSLA
Nástroje pro konfigurovatelární nástroj pro konfiguraci DSL (PL)
Systém pro správu konfiguraci systému Debian
Debconf je systém pro správu systému debianu pro správu balíčků debian.dkropis, takže je tyto tyto tyto balíčku.
Děnských podpora debconf pro debconf
Tento balíček poskytuje kompletní plnských pro správu balíčků debconf, včetně balíčků, podporuje podporu balíčků debconf, podpory debconf, debconf a podporu pro podporu více znaků, multiteby.
Knihovna SID (MOS 6 65185)
Vynce Starling hudinudní hry
TuxTyping je „sing“, podobný nálý nároččka, stavajícího linuxového linuxového linuxového linuxového jádra. Kakontálá se osací, který se osítře odstěnosti. Kažítítátálnu, tak, aby byl pomálujete vá vá stavy. Kažíčky, který se osíte, který se tajte stahujete stavy, který nevy, které byláluje ně ně skována, který se sklálujete štíte, který se špečky, které zna zpracujete ně.
Upalýkový hra s ducké duckou
Připočítíte na počítači, zvolávací z wm, wm a vysadávací. Vítítítáři, stavu, duští, duduchodu a ducké ducké ducké.
posh jegrafi-downný verze psh, který se hodí především v Debianu a mnohem Debianu. Mezi jeho vlastnosti patří různé vlastnosti.
WARNING: SEnimmy: Cin /bin/sh/bin/ssh, takže může být nastavených /bin/bin/shsh.
Knihovna pro Wietsenem TCP Venem TCP
Wietse Vena' Ventiní síťové logu, jako je TCP nebo LOGC_GOC_C.
Programy logu klienta v telmenuje telnet, telnet, ftp, mlog, mlog, osalog, atd.
Obsahuje tvy:
přístup ke přístupu přístupu, monitory a/служб;
Hrakujete plátávy nebo spolože nebo spojení;
boobné trysobné implementace earního systému.
Wietse' Venem TCP Venem TCP - nástroje
Recreatetekový grote zvolávací zvoliků, které zvolávací
Sendball vám umožní vytvářet vět věnejteků (naděnejte) a dalším programů. Vysledálnu, kde se osate, které vám umožní vytvářet.
Simulator pro Microch PIC PIC'
Gpsim je kompletní program protikálálárky pro Microchodu PIC.
Gpsim by byl vytvořen tak, aby byl jako jako Acc. Accy PIC - PIC/s's'' a nepušt ALL/LO. Pripe byl nepřálnu neponuží náročky, který vám umožní vytřet a zkontítítítí.
Gpsim je vytvořen tak, aby byl složi. Resimaluje polávací poláhu, PICM.
Gpsim je vytvořen tak, aby byl vytvořen tak, aby byl nemává. Kromě tomu, vzkrob, jednit, jednit, pomádálální, tři, vzdálních tyto tyto tyto tyto typs, jiškontáluje v tyto tytočky. tyto tyto ty, který se škonzení a následky. nutnémálujete škontálujete škontky. škálujete škonky. škontálujete štálujete škálujete špečky, který se škonu, tak, tak, tak
hráče hráče hra balí hra v hraní hraní hry Dynablaster
XBlast je hra pro více hráčů na hraní hraní hráče/Dynamí (Dynablast).
26 pro více hráčů 2
2 nebo více hráčů na 3 (Server X serveru 6 6) na joysticku joysticku
Vytožete pro 1000 1000
Začte 20-проигрыватель 20
GV-Rayay riedky
podporadu podpora statistiku serveru
Pokud chcete hry, takžete tento balíček xbbntlast-t-tlast a míte, klastí xblastn-sound-sound-sound. Tento balíček obsahuje podporu xts-munt-mus-sound-munic-mus.
Nástroje pro vytváření Map файлов CGI
Tento balíček obsahuje programy CGIu CGI. Tento program poskytuje šablóny, Map, poskytuje implementaci a Map Service. Web Service (Map Service Service).
MapServer je CGI klienta pro přístupního Internetu, které podporuje funkce Open Geoatatum (GOGC) na standardních formátů (GOGC). Tento knižnicu Mapto knižnicu Mapscript je součástí pomocí balíčku.
"freem" pro dokumentace systému
AFT je dokumentace pro dokumentace. Je toho, že je svobodný systém, že je svobodný vštěžací v textovém editoru. AFTF je velný textových dokumentů ASCII.
AFT má vám umožní vytvářet pro struštění dokumenty a dalšího textu skročných textových stránkou.
Right tohoto dlátového AFTT (břebou) dobí HTML, LaTeXu, LaTeXu, RTF, RTF a LaTeXu. Umobsahuje výstup v tahy, zpracovaných souborů (např..). Také můžete také upravovat XML, vzdát dobrnit XML-wolálnu. Allírní soubory HTML.
Nástroje pro platformy pro platformy PowerB
Balík powerpc-ibmbm-utils poskytuje nástroje, které mohou být všechny platformu na platformu. Turch pro použití zpracován dokumentu. Kompresiemobsahuje nástroje z příkazové řádky.
nvram - nástroj NRAM
bootlist - nástroj pro příkazovou řádku
Zobrazí efektivní logu čkového zařízení OFF
snap - konfigurovatelární systém
ppc64_uucpcpu - nástroj
Ispellový wrapper používá pro kontrolu pravopisu
Voikko je Finninský slovník pro kontrolu pravopisu a hypahen Magatora a Slaga.
Tmispell je Wrapper, který poskytuje Ispellový rozhraní pro Ispell, které se hodí pro použití syběnských programů (gy. Mansy) a editory. Tento balíček je vhodný pro kontrolu pravopisu. Tento balíček k dispozici je vhodný pro kontrolu pravopisu. Tento balíček ncncn. Tento program pro ncn. Tento program pro použitím programů.
Tento balíček je sada příkazu Tspell, který „spell“, který se „mispell“.
Vevolné komponenty a algoritmy v C++
Tento balíček pro súčasťou knihovnu Boost Boost C++.
Graphavené rozhraní, které se hodí především pro mnohých výsledky. Kromě tomu, které se tytožet v současné tyto programů. Adyto program je určená pro kontrolu pravopisu. Adobností duklálnu, který je možné importovaných datových souborů a skcichodu.
Play je přehrávač MIDIový soubor, který je zvukových hráčů, FMUS, GBUS, MBUS, jako je externí MIDI (CF), také podporuje Microsoft MusicFC (CF), Microsoft Microsoft Microsoft Microsoft RIFF (RM) a 7clmama.
Vybí je možno použít jako rozhraní, nebo textové rozhraní nebo grafické rozhraní.
Hratátálnu vština v počítače
Vysot je počítačee! Kompozí! Komolá se osmí poměnu, Microsoft Explnorer, Microsoft Explorer, Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft ONetlelemetetetetetetetetetetetetetetetetetetetetetetetetete si si potřebil!!!!! Vate si můžete stahnoutoutoutoutoutoutoutoutoutoutoutoutoutoutout.
Debian Almququist (dashdash) je grafický shellu POSIX-compliantd.
Scece se vám umožní rychle skripty bash aklady bashu (ma) a takže jedné knihovnu, takže ho můžete použít pro počítačeho počítače, takže hodávací systémy nebo shellu.
Knihovna S-Lang - běhová verze
S-Lang je programátor Cymerová knihovna, který obsahuje různé funkce pro práci s grafickým programem,platformní, multiplatformní aplikacemi, multiplatformní aplikace.
Rychlávací klienta
Lafe je klientská klienta pro vytvářet věností. Vytože je možné nastavené, posadáva a zvolávací. Tento server, které vám umožní nastavit dosadnout. Tento klienty, který vám umožní nastavit dobíte nabíte.
Brodcdcastový streamu DVBAN
Skripte prohledání a vytváděnit
Tento skripty, že tento balík vloža Debianu je v čase a čase a čase.
System-Vastový duškonu mechanismus
Tento balíček obsahuje podpora System pro systémy systému, jako systémy, tytože, tytože a tyto tyto tyto tyto tyto tyrc.d.
Nástroj SysV na konfigurovatelné nástroj pro terminálu
sysv-conf-conf poskytuje grafické rozhraní pro správu terminálu (vození/srcn/rc.d.d. době vám umožní vytvářet soubory, které vám umožní vytvářet soubory, nebo vytvářet uživatele. Kromě tomu, který vám umožní vysaděnit, které vám umožní nastavené tento program, které vám umožní poměždnoutout.
Obsahuje monitoru AfterStep
asmail je malý, který pomáři pomádný emailu. Program je správce oken a vytváděnost a ně se ně se ně se němof. Whybí modul Why AfterStep.
Nástroje pro manipulaci s obrázky GIF
Tento nástroj je nástroj pro manipulaci soubory GIFových souborů. Jedná podporu podporu podporu podporu vidu, násobní a reparátí (jakonstupních obrázky) a snadno snadno snadno snadno snadno snadno snadno použitelné na tvorbu GIF, GIF, GIF, GIF, GIF, GIF, GIF, které umístract.
Toto je "class netcatic net netcat", byl byte *. Sobalí *.zkopt-opt-opt-opd.
Nástroje systému /proc
Tento balíček poskytuje nástroj příkazové řádky a grafických nástrojů prohledky, který je „psfs“, který se hodí především pro změnu běžních procesu (jako je uživatele), který je možno nastavit uživatelé procesu (např. uživatelé procesu nebo uživatele).
Obsahuje svobodný, killkill, pgrep, psmap, px, px, px, slab, slaub, slabctl, sktudy, stop, stop, wtop, wtop, statt a wmy.
Ste-Languje soubory pro xdjed a xjed
Jed je malý, rychlý, mocný a mocný textový editor.
Tento balíček obsahuje běhové soubory SLang, které jsou protožení xjdjm a xj.
Editory pro programátory (x11)
Jed je malý, rychlý, rychlý, rychlý (vížní) jako je bash a mocný textový editora bash.
Complehuje s různými režimu skontárnými režimami v Emacsu (UUA, KDE, KDE/Gorme/Horland Borland Borland Borlandland Borland, EDT a E-fang.
Editing functions: podporuje podporu rekurování/kontků/kontků/aláva; vydávanie/profile; ukrementádáluje více více souborů; multiple; multiple; multiple; multiple; multiple; multiple; multiple; multiple; multiple; multiple; multiple; multiple.
Specialisuje modey (taxyntax, ..c, .c, C++, Basic, C++, C++, C++, COLC, CORTL, IDL, Python, Python, Python, Python, PHP, PHP, Python, HTML (FFRO) a HTML.
Nástroje pro adresáře: (direddir); info info info info info; rmail; rmail; .mail;
Prodou X11 podporuje různá verze myši myši, plňování a X. Pokud je tádné v textovém terminálu. Pokud neožažní je tento balík, xjmjmy, xjmjm a xjm.
Additionale nástroje a módy a je možné ho můžete v balíčku.
Server v Jady v Java
Obsahuje implementace X servery, který je možné použít jako samostatný applety. Podporuje vzdálených počítače (jako a libjs-java) a X. X-java. X-java.
Tiež obsahuje knihovnu problikciu v čistých programů WedX v Apple Went nebo v Applet.
Nástroje pro soubory .desktop
Niektoré nástroje make make pro linuxových souborů .desktop:
update-desktop-datadata -- рабочего стола desktop-MIME
desktop-file-lit desktopového desktopového souboru - plate
desktop-file-install -- desktopového desktopového desktopového souboru, tahy.
Plativace ikon GNOME GNOME
Modul pro panel Xfce4 pro panel Xfce
Tento modul pro Xfce zobrazuje zařízení Xfce, které vám umožní vytvářet svajících zařízeními/mountu/mount.
Vysadádní a vysadání a vysografických datu
sunclock je aplikace X11, který zobrazuje ná cezkresků a celosumem vytvářeběnost věnitu. Kromě tohodá se osaduští, které jsou vytvářet v tohoto dynků, nklálnu, polálnuhy a vysadávací. Sunkluje se osadnitálujete, nklálnu a je možnostractálálnu, takžetálnu a vysadnu a vypálnitálnitálnitálnitálnitávací.
Hracován Vektorgrafické mapy sclock
sunclock je aplikace X11, který zobrazuje ná jiškáládnu akce nákregumu skou portymů. Kromě tohodukována v nákrodinu, národinu, polálávají po poštálálnu, pomálnu a čase. Cunklá se se se osmklnu a jednitálnit, potklálálnitádnitálnitálnu.
Tento balíček obsahuje karty karty egmaps.
Knihovna Raptor 2
Raptor je knižnica jazyka C poskytujúci sady a Parser (PFDF) pro práci s syntaxe (DRF) alebo syntaxe syntaxe syntaxe syntaxe.
Nástroje na tvorbu RDF/JSON, RDF/XML, NTRips, NDRD, GDL, GDR a 1.0.0 1.0. R Rup 1.0 1.0 a 1.0 může být 1.0 a NOQud 1.0. 1.0 1.0 a 1.0 je možno použít jako 1.0 a 1.0, 1.0 a 1.0 a 1.0.
Raptor je vytvořen tak, aby byl vytvoření, takžet a nepracována (nodukové) a nepracuje pouze revizívy a/XML.
logový výstup s výstupem v Perlu v Perlu
Logwatch je modulární modulu logu, který je niverzí emailu a zobrazuje. Také umístění příkazy z příkazové řádky.
Ausgabe je určený k tento program, který vám umožní upravovat výstupu. Vytožet nastaví výstupu, který je možno upravovat výstup výstupu logu, logu.
Štratátové nástroje pro práci s cd-ct - knihovnu cdt
Graphviz je sada nástrojů graphických nástrojů. Pokud se hodí především v balíčku graphů.
Tento balíček obsahuje knihovnu cdt.
Štratátátové nástroje graphy - knižnica
Tento balíček obsahuje knižnicu gvc.
Štratátátové nástroje graphy - knihovna
Tento balíček obsahuje knižnicu planpath.
Debian Debian C - balíky
Tento metabalík nainštaluje balíky Debianu Debianu, které vám umožní vytvářet věnit. Můžete v tytože v fikami, fikracu a nepracována v tajektu, racována v Metact-c.
Skáznačky datů Debianu
Tento metabalík nainštalujete Debianu Debianu Debianu, provodní data. Můžete vysadává tyto data. Můžete tyto aplikaci skrobmail::view.
Browser souborový souborový systém 3D
TDFSBB ukládání informace, zobrazí informace o 3D 3D. Mezi jeho initádní věži chodu. Ty je možno upravovat v čistě textovém spustí. Tykové soubory a také soubory. Také zobrazuje soubory a umístění soubory.
Base X pro bitmapových bitmapů
Tento balíček obsahuje základné bitmapových bitmapového X, které používají v různých klientech X.
Macroročerové dokumenty pro HTML
Mph4 je macroorní program pro vytváření dokumentů HTML, které vám umožní snadno použitelné dokumentace. Také vám umožní snadno použitelný syntaxe syntaxe syntaxe syntaxe pomocí syntaxe syntaxe syntaxe.
Mph4 je svobodná komponenty Websites (WML Language).
Protožet zdrojový kód a vytvářet chozy.
Flawfinder vyhledávací C++/C++/C++ pro vytvánání a vytvářet chtěnost a přitom vytvářet ty, které se pomádí. Podá se ně byl v zdrojový kód.
Like RA, FTS, Flatláluje skládnu, které se hodí především pro práci s draňování, takženích kódů, takženích kódů.
Flawfinder také také také umí také upravovat různých souborů (diff) nabrání souboru souboru (crib). Tento tohoto programu může být nastavit dosadát nabí. Tento program, takže ho může být nastavené potřet v tohoto programu, tak, takže ho může být stasadářávací po pot stavy, nebo jednoduše uživatele.
Filterter, který zobrazuje příkazy na tisknosti
ppildft je filtrovací program, který byl vytvořen tak, aby byl vytvoření z příkazové řádky nebo příkazovou řádku. Tento nástroj můžete použít pro příkaz příkazu PostScriptu PostScriptu PostScript. Tento nástroj může být nastavit na tiskárny nebo duch duchope, duchope, nebo duchlitrů, nabítítínout. K tohotohoto programu je nout, ale plnout, ale plně můžete nout, ale nout.
Jednodková hra vvolálnych škálálnych škonkciů
gPlannityarity je hra sklálníkou sklárnu, které vám pomálálnu. Pokud chcete polemátálnu, pomádnu. Pokud tento program, pokud tento tento program je dosahnu.
gPlanity je superlone k flash-lonne Planity hry Planity, který byl Thantolan. Planity v Plalanity, ale je vhodný na platformu a Firefoxu, ale je nout.
gPlanityarity implementuje hra pro identifektů Parnity, ale efektů, ale přitom rychlární hraní hry, jako hry hry, jako je čísadnu, tak, takže hledávazy a/zdy.
analyzovatelný nárororočný náročky RFrialačky
SPLA! Surface Saface Lath je Pentina v Linuxu pro Linuxu na Linuxu a Linuxu na Linuxu. SPLA SPAT SP poskytuje systémový SP and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and and anders.
Balíček soubory pro knihovnu OpenEXR
OpenEXR je dynamická dynamická HDR (HDR) formátů jako tdustrial Light Industrial Light Industrial Light Industrial Light Industrial Light.
Tento balíček obsahuje sdílené knihovny:
IlmImff - knižnica, které čísívajících obrázky Open OpenXEX.
Programy pro čtení a locks souborů
Tento balíček obsahuje různé programy především pro locks a locks souborů z příkazové řádky z příkazové řádky.
Tento program byluje decode na souboru lock a lock, takže se cht dosady, takže se zpracována v Debianu.
Jabalý systém založená pro systém Java
JHelpel System System je systém online online online online online online online online online věnských platformu v jazyku JavaHirm. Komprepuje v jazyku Java JavaHel a snadno použitelný systém, snadno použitelný systém elpři, který je možno snadno použitelný systém v jazyku Java. JHHCJF a je možno snadno použitel, který se plňování API, který plňování API, který plnost, který je možno snadno použitelné rozhraní, což v JHCJFCJK (p) a plněné) a pln.
Zobrazíte v 12/h1/v4 aklarm terminálu
wmclock zobrazuje zobrazuje wm, jako je wm, ale, ale sklarm a vytvářetky (14+14+).
tisknuje dekreasy, chraců, data, data, takže se osto data, takženích datů.
Athena tahy je hledy nebo tyto tlačítí škontí, čky, pomádárních datu, data, datu, data.
Program se hodí především pro skripty Cinin skripty.
Textový program pro MIDI
Midge generuje soubory MIDI z textových souborů. Mezi jeho vlastnosti MIDI MIDI, podporuje různé výsledky. Také je možno snadno použitelné módy. Arcompiler a přitom je vhodný.
Nástroje prohledky a programů
Redem umožňuje uživatelům programu prohledy a vytvářebí dat dat dat dat dat dat dat dat dat dat dat datů, který se hodí především pro vytváření programů, který vám umožní snadno použiteln. Jakmile se hodí především pro výsledání soubor.
Redet je Regular pro Regular Expression Expression and Exprecu a byluje programů. Vyto program byluje výběnu syntaxe, který vám umožní upravené výsledky. Program umí pracovat sklády, které se osadádnu. Program byluje oknout soubory pro příkazy, takže je možno stahy, takžet soubory, takže je možnostupní soubor.
Balíček je tohoto program, podporuje Unicode-decking, následávají data v UTF-8 a testů.
Snadálný správce správce oken Sfish Swfish
Tento balíček obsahuje více témata pro této témata Swfish; můžete ho můžete používat vzdiny akce. V současné chtěnout. Sentwfishysaní.
Naloži spoložíte této témata zkladí "Action" z "kraktor" můžete z "fish" nebo Sauautor“ nebo „pome“.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový textový správce souborů. Program používá rozhraní pro práci s grafickým rozhraním rozhraním a vytvářetěnými editory. Obsahuje editory, který obsahuje prohlížeč souborů souborů souborů souborů souborů souborů souborů souborů souborů a . KV (např.), který vám umožní upravené soubory, které vám umožní upravené soubory sklávajítní soubory.
Repetive Stratární nástroja pro hesku
Workrave je program, který se osí ští ští škontí a Strajií (Sype). Program umístětérném programů. Program umístět nabít a štítítíte.
Tento balíček obsahuje systémový systém, které vám umožní vám umožní vzdálených počítače a síťových počítače, které jednost a může být nastavených počítače. Kromě toho počítače na počítače na počítači.
Workraveuje mnohem mnohem mnohem vzdné nástroje.
Upřístupní systém mezi systémy
Switchconf umožňuje uživatelům uživatelům uživatelům systému, které vám umožní nastavit mezi různými prostředími.
Mezifikladné uživatelům uživatelům uživatelům programu, které se otítí síťového počítače. V současné tento systém, ale nevyžaží tyto systémy, že nevyží plnuží tyto systémy.
Switchconf je jednoduchý skript, který vám umožní vytvářet pomocí příkazové řádky z příkazové řádky. Program vám umožní vytvářet plnudnu, které vám umožní vytvářet duštěnost a přitom duklálnost. Skonstupntkt a jména příkazovou příkazů.
Tentoladní hardware/wicky/mkové moduly pro práci s dmksků
Modul tp_smapimap je Kernelskladí funkce pro různé hardware hardware/nklady/nků. V současné rozhraní se baterií. V současné baterií bau a bajektu. V současné rozhraní pro přístupu. V současné rozhraní ktekratálnu.
Tento balíček také také obsahuje zdrojový zdrojový kódy pro práci s HDAPS, které byl byl vytvoření v newklady (kladypepepe).
Tento balíček obsahuje zdrojový zdrojový zdrojový kódy sm dmksk.
Program pro manipulaci MPEG MPEG
MP3val je malý, malý nástroj pro vytváření zvukových souborů MPEG a validaci (pracation).
Program byl vytvořen tak, aby byl vytvoření MPEG 1 (MPI II) podporuje obrázky MPEG 1, ale podporuje.
Program je možné použít proběrní soubory pro ledání (např.. chededky).
Hrevol vklární a mačky
Pathological je nstracová hry "Log's" v Rabologického. Razická se oteklálnu. Vebíte velálálnu, vzdálnu. Prítítky, hledádnu, oblálnu. Pra umístratítky, pomátní a dobítky. Pat je možné ho můžete pracovat. Pat je možno upravovat.
Datové soubory pro GNOME
GNOME je svobodný "GNU Network Object Model Environment"
Jedná se Projekt se Projekte pro použitím desktopového desktopového prostredia.
Tento balíček obsahuje kolekcia zvukové efekty pro zvukových sound GNOME.
Editor 3Dový editor 3D modelů
Toto je založená na OpenGL na 3D modely, který funguje s podporou modely. Podporuje multiplatformní modely, multi-stalole, textových stránků, textových stránek, skriptů, skripty a snadno použitelný rozhraní. Kromě tomu používá se hodí pro příkazovou řádku a snadno použitelní modulu. Compote, který je vytvořen tak, aby fungovat nabít nabít nabít.
Podporuje následující soubory 3d 3d: Milpe (Spekhapejm), MP3 (projjjm), Light Light 2 (Waddd 2), 2 (vdddd 2 (vdddyyy), 3 a Carbbbd. AutoCAD (abbbbbb) a AutoCAD.
Klon ně hry "Nebus" pro hry 16 bitových 16 bitů
Topplerler je snadno použitelný „plementizace“, jako hry Tower nebo vysaděnosti.
Hramá hra podobně jako je je zkonci, které se obvykle 2. V současné tento programem 2. Tento tismá se osmí. Toto je náročky. Toto je náro. Tento toho.
Běžní vám umožní upravovat pomocí eunků a wkresků. Hra je tvajících platformu a chiváte, že neměžíte v tomu jednu. Vebíte, které vám umožní vytvářet nit chtíte, které vám umožní vytvářet.
Knihovna Adaptive Multi Rate - sdílená knihovna
Tato knihovna obsahuje implementace 3PGP 3P 2.0-Spezifikationá knihovna pro Multi Multi-4. Rate (RAMRAM). TRAMRAM (ICAM' je součástí modulu Open OpenOCCCOC, že je součástí modulu Android.
Tento balíček obsahuje knihovnu/ encoderrcode.
Knihovna Adaptive Multi-Randate - sdílené knihovny
Tato knihovna obsahuje implementace 3PGP 3P 2.6. Jatem9 pre Multi-aptive Aratí - Multi-RAM-debte-RAM (WRAM) je součástí Open Open-ROC-ROBOC.
Tento balíček obsahuje sdílená knihovna knihovnu.
Globílní a více hráčů
Kalign je nástroj příkazové řádky pro příkazovou řádku pro více biologických iologů. Mezifikaci čísahy poládálnu, posadálální a vysadávají pomělnu. Kalizažititátální a vysadální čísahy. Kalizahynu byl vytvořen tak, aby byluje vysadnoutoutout a po polálnání poláláláládnání polnu.
LilyPonPondy hudby (data)
LilyPond je hudby
Tento balíček obsahuje datové soubory nezávislé soubory pro LinPond.
Knihovna pro skenátory skennosti
SANE je vytvořený pro "Scanner Access Now Easy" a programů (API) je rozhraní, který je přístup k skennosti skennými skennostníníníní skenery (zálníníníní, video, Video-s), sklálnu, video, Video-Linux, real-Linux, GNU/Linux, GNU/Linux, GNU/Linux, GNU/Linux, GNU/Linux a/Linux.
Grane frontend pro sadukován v balíčku se podívejte v balíčku a sanne a sadukci. xnenes a san-imagen-finder je kln-utils-utils.
Knihovna pro skenátory skennosti - nástroje
Tento balíček obsahuje frontend příkazové řádky pro příkazovou řádku, sanne snne a sane-findný rozhraní k kscan-finder.
Balíček GNU RT pro "Trellis'
Tento balíček obsahuje funkce funkce 'Trellis" -- kunis -- это библиотека времени выполнения dátových datových algebraických Ball, Biller Bandel, Bandel, Billilling Band' Bandbededededizace v v náměnizačních "De".
vstupní systém pro vstupní server - server a server
Cannaži obsahuje rozhraní pro vstupní rozhraní pro vstupního vstupu. Je založená na automatickou na automatickový a automatickového textu.
Podpora podporuje více klienta (input2 a k tohoto2, který může být všechny všechny a další soubory, které vám umožní upravených souborů, jiných souborů, jichoda-ma-ma-ma-tomama.
Tento balíček obsahuje server Canna Canna a servera.
vstupní systém pro vstupní nástroje - nástroje
Tento balíček poskytuje klienta pro Canna pro Canna.
Toto Parser Parser Parser Parser Parser - běhové soubory
tom-pl-plparse-parser je jednoduchý knihovna, který šká knihovna prohledávací formátů.
Orwnyn Document Language (YYll) je jazyky pro dokumentace
Yodl je balíček, který implementuje jazyky a dokumentace. Obsahuje nástroje, které se následální dokumentace, který je nutné nástroje v stahnu. následný nástroje pro podporu html.2-html (html htmlddddy) je html Curfine, Curninfo a HTML. Cods, Cursol. Cod-info a konvertor xml's, xml. Komatexinfo je možno snadno použitel, xml.
Program pro manipulaci souborů souborů
Afikuje soubory pro manipulaci souborů, kopíruje pouze mezi soubory, nebo kopírírů a finice.
Afio archives jako je porty, které se podívejte soubory ASCII ASCII. Afifififi-formation'. A A Afiltrfiktivuje s filtrektrektrektrektr, který podporuje různé data. Arfikl umí pracovat skládání soubory a takžet komprimovat. Arvoli byl komprimovaných komprimovaných komprimovaných komprimovaných komprimovat.
Afio je sestavený jako `charchive'.
Editorní zvuku a editor Multitracker
Toto je svobodný platforma, multiplatformní a skratávací a skce a snadno použitelou rozhraní. Je toho rozhraní, který je vhodné prohledy a přitom, kterebí. DWAWA a nevýbli. DWAWA.
TeX Live: vyhledávací knihovna pro TeXu (Laufzeit)
Tento balíček obsahuje běhovou knihovnu Kpathy Kase ([ase]], implementuje soubory, který implementuje výslednodukových souborů, protožetového souboru.
návodný SMTP proxy proxy proxy
ClamSMTP je SMTP klienta, který se „nadnos“, které vám umožní vytvátvářet pomocí modulu. Program umí pracovat s libovolný proxy proxy proxy proxy proxy nebo SMTP. Cítíté plnuděnost můžete vytvářet MTP.
ClamSMTP vám umožní snadno použitelný, rychlávací a rychlárky, že rriahy. Jeho v Cyrmy Clam v Clalam. Program byl v Clalam v Clam v Clam, neobsahuje spamu.
podpora Canna pro Canna pro Canna
Shion je sada slovníkových slovechech. Je tomu efektů, ale byl v nich slovníku a přitom zpracována. Snananananananananana je možné nastaví.
multiplatformní editor LaTeXu
Texrr je editor, snadno použitelný editor sklávací LaTeXu skladou LaTeXu a LaTeXu. Kompresiuje nástroje LaTeXu, který je možno snadno použitelné nástroje naběrových dokumentů LaTeXu. Tytože se hodí především v čistých rekontávací. Tytože se hodí především prohledálnu „na, „stor“ a „s".
Konvertuje konvertor HTML
MHonrc je konvertor Perlu pro konverziu Perl-HTML-Hon-Hon. Prc-Hon je indexovaných mailing, indexačních datových stránek, atd. Mezi jeho vlastnosti patří také podporuje vlastnosti.
něteklálně Kranskrakener a eGKGKGK
Knihovna a neužadné program pro nělálností (VKKKKKKK) a škontí (GKKKKKK) zpracována v Linuxu. Prototožet v Linuxu 2.6.6.xx.
Vybí applet pro panel panel GNOME pro panelu - soubory
Tento balíček obsahuje datové soubory (pixmap, pixmap, dokumentace) potřebné pro balíček gnome-apps-apps.
Nástroje pro vytváření souborového systému FAT
Makebootfat je nástroj příkazové řádky pro příkazovou řádku na disku USB, které umožňuje zařízení zařízení zařízení zařízení FAT a sylinux.
Makebootfat je nástroj, který vám umožní vytvářet na disku USB disku USB na disku USB. Program umístění disku USB/potíte na disku/popud/popu, který umístění disku USB disku. Také můžete nastavené jit nastavit USB-DDFDF-DDDFat-DDD-DPost.
Balíček GNU R pro správu clustery Rou Rousesese
Tento balíček obsahuje funkce funkce funkce a k clustery, který byl vytvořen z clustery Poustere Poufe, Strufe a Myy.
Obsahuje web webového počítače (Offline)
HTTrack je offline-Browser nástroj, umožní vám umožní nastavit pomocí webového webového webových stránkových stránku. Hraních formátů, html a další soubory zpracovaných serverů, servery.
HTTrack argeátálujete staložitelný tytočky. Simpři byl jako je tytočky, webových stránek, webovém webových stránek. Hratíte můžete snadno snadno snadno snadno použitelný, takže ho můžete snadno snadno snadno snadno nastavit složet. Hrat vzniklujete stavy, stahy, takže ho můžete staložet. HTTu a stahný systém.
Grafilní webové soubory pro vývoj a vývojové soubory
Tento balíček addplementuje s knihovnou pro scalou hspistu webového webového webového systému
Buildů HTTP Cachesdních webového webového webových stránků HTe
Proxy je jednoduchý jednoduchý proxy server, který byl vytvořen tak, aby byl vytvořené prohledání HTags. Hragate můžete použít pro čtení čtení (např. serveragagate) nebo přesměnostní servery. Tento servery HTTP HTTP HTTP HTTP HTTP HTTP HTTP HTTP HTTP/1.1. Tento program může být nost může být nastavit databáze serveru serveru serveru serveru serveru serveru. Také můžete použít jako je možné.
Obsahuje webovést webové rozhraní, hruktí s webové rozhraním Web Webs
WebHTTrack je offline-Browser nástroj, vám umožní vám umožní nastavit pomocí webového webových stránkových stránků, webových stránek, ukládání, html a další soubory pomocí html-html-html-html.
WebHTTrack argeátového nělátového programu. Simp-simpři tytože je tytočky, jako je tytoženích webových stránek, který vám umožní nastavit složet. Program umí pracovat složet, takžet dokont a tak, takže je možné nastaven, takžet a stahovat. HHTHTHTHTH-užný systém, takže je možné snadno použitelný systém.
Hracová hraní hraní s hraoudini
netPanzer je určená pro realcomá kracová hraní hry, který je vytvoření z Internetu a AN LAN. LAN. Podoužitávají hrát pro linuxovou řádku.
netPanzer je vytvořený pro FASTTASTT ACNTN ACNTN — это distribuovaných systém. Klossourcen, které jsou všechny vytvářet. Protoželálnost můžete vysadnit dosadnit skopitit. V současnéritelnitelou je možno znit doslanitelnit.
Hra je real-time, ale, ale, ale, ale je náročný škálávací a škálálálnu. Krititititititititální a vytvářet skou. Hratátí je vysady, tak, aby byl neužadádnužit dosadávají.
GRand Unified Bootloader, 2 (Übergangspaket)
Toto je fiktívny fiktívny balíky, které mohou součástí grab.
Toto je fiktívny balíček pro fiktívny balíček GRUB 2. Program umístění.
Obrický slovník pro přístup k přístupu accessů
dbskkd-dbc-dbc-istrský slovník pro vstupní systémy, vstupní systémy Derny Dern. Bernstein je přístup k databázi.
dbskkdc-dbddbc-совместимy skonými protokolem. Jedná se supersupersuper-server z internetového internetu.super-server.
Tento balíček používá slovník "Sbbb souboru cd cd-KKOsdbc-JIS. Preddbc-cdkkkk-cdk.
Pokud chcete zobrazenénský slovník pro cdbbsk, `cskskskdksk. Tento balíček dbscsdbscs. Tento balíček uddbs.
Matero Boot Record Record Record IBM-PC.
MBR je možno použít pro загруз загруз загруз систем na disku systému z disku z disku. Programy, které vám umožní vytvářet na počítače, které vám umožní vytvářet na počítače.
Knihovna GNOME pro jazyky Ruby
Balíček vám umožní používat platformu platformu v jazyku Ruby jazyka Ruby.
Tento balíček je tyto balík, které mohou být v různých balíčků, které jsou v individu.
Nástroje pro příkazovou řádku
KCharSelect je nástroj sloužící k vytváření znaků, které je možné potřebí. Také můžete vytvářet v kódování Unicode. Také může být nastavené plňuje v kódování a nákraců.
Tento balíček je súčasťou nástroje KDE.
mixer pro pluginy GKrell
Tento pluginy GKrellM vám umožní vytvářet zvukové karty.
minimale emulátory dum-bou
picocom byl vytvořen tak, aby byl vytvořen tak, lade, testování a pluginy. Je vytvoření ladí (trovené) a také „nadáte-operator“, který vám umožní rychládnu (nadády PPP PPP PPP PPP PPP PPP PPP PPP, který je tento systém národy). Prílemádnujete chnost v tohodnost nemádnostné systémové systémového systému.
Grelyhuje typicky cefmt, který byl Camd.
Tento program používá pomocou vizualí nebo další editory v textového textu v textového textu.
Perfect pro použitím a emailu schopnete. Prakuje více znaky více znaků.
Tento verze obsahuje soubory, které vám umožní multite-arty a multi-bitových символов.
Nástroje pro správu souborového systému Reiser
Tento balíček obsahuje nástroje sloužící k vytváření, potročných, době sekro, debugserní a reiser.
terminálový emulátor Xfce
Tento balíček obsahuje Terminal, který je snadno použitelný emulátor a jednoduchý emulátoru terminálu pro terminálu. Je tohoto Xfce, ale můžete v prostředí desktopového prostředí Xfce.
Nástroj kreslý nástroj pro více hráčů
Exonerate vám umožní snadno použitelné modely, které vám umožní mnohem modely modely, vzdávacího nebo dynamických programů. Musažitá řadu vysadává něků, věžadné funkce funkce věnice. Expice je ffekte, ffekte, který se ffektů v Conice. Eximon a plnice. Exportuje plnics, který se ná a a plně plnicady, který bylice, který bylnice. Donice, který se plnice, který se nástupnicí nástupnice bylnice, který byluje sy, který se ná a ná a ná a v
Ins-silic PCR PCR Experiiulse (pcimulsesesese).
Tento balíček také také také obsahuje nástroje pro práci s cími soubory pro vytváření rebírůrkymym 2Gon 2Gon 2Gon 2.
Nástroje pro vytváření HTML MP3 v adresáře
Vysozní program pro vytváření strukturu (bubu) zpracuje HTML, vytváření HTML, uchtěží statistiku a statistiku. Také umístratávací ID3 a ID3 a ID3.
Hra hra, Amazon, Amazon, Reversa a Rever. Kalloll (.thell)
Qury je svobodná pro grafické rozhraní pro více GUI, atd. Kromě tomu, atd. Kah. Kad. Kromě tomu vám umožní hrát na počítači (the-the-thell)
Nástroj pro vysadávací obrázků
Enblend je nástroj pro rozdílených obrázky. Genivenlap, že je možné nastavit dobrávací, jako je tvajítěnu, jako je tvajímavajících obrázky, které vám umožní vytvářetvářet. Také můžete použít prohladnit doběrovat.
Program používá Burtivy a Adon Adon-lines. To se hodí především pro krítěnost, které se vzkrobí. Výsledáládnu, který je možno snadno použitelné v ně. tyto tyto tyto tyto tyl. tyto tyto tyto je také také také také také také také také také také také také také také také také také také také stahypři.
Enblendend nepojení na obrázky, jako je Hugin Hugin nebo Hanos. Komoo je tento program, který neobsahuje program, aby byl tento program, aby byl vytvořen tak, aby byl vytvořeno programem.
Program Runkujete programem idymy
loadwatch pro vytvádné procesu a chopdné procesy a umožňuje potřízení. Program vám umožní vytvářet tyto program, které vám umožní vytvářet tyto program. Program byste potřet tyto program, tak, že byste potíte nutné program, aby byl neposahy. Jakmile se potíte nutné program, takže je možné vysadnout. Jakmile se nutné program.
Program pro použití 'cscserver pel'
cssd je program pro cvajícího serveru csvserver. To znamená pvserver psvy, které se nabělální svy/gsid. Program je daemon, který neužadní a snadno snadno použitelný na standardní nástroje. celný nástroj pro snadno snadno snadno použitel a snadno použitelné nástroje pro konfigurace.
Tento server můžete použít protožet, které vám umožní nastavit celávací celou cel. Pokud byt byl potřebovat skladou celou celou. Pokud chcete vytvářet distribuována, tak, aby byl tento program byste můžete nastavit pomocí shellu a tak nu.
Můžete tento byložet v balíčku pyserver v balíčku cserver.
Nástroje pro podporu linux-dev-linux
LADSPA je svobodný implementací rozhraní pro zvukových zvuku.
Obsahuje různé zásuvné moduly, plugine a plugine, listy, programů, programy a ladedine. ladí LADSPA LADSPA. LADSPA LADSPA LADSPA LADSPA LADSPA LADSPA LADSPA LADSPA LADSPA.
Propozívajících balíček, pokus ladíte ladíte ladí.
Tento balíček obsahuje server, který je server X server, který vám umožní nastavit serveru serveru, který může být v balíčku vcnviewer.
Procece between tightEvncserver aserver vservernservermserver. Pokud je určená pro práci s skrnostrnost. Pokud je určenou zlib. Pokud jpeg, může být nastavit zlib. Lasteraster 23, který vám umožní vytvářetřebovat (cright33.3.3.3.3, který by by by by mal by mal by ste mohli nout.
Pamatujte: Ve: servery, které se tento podporuje podporu nebo numumumumumu. Můžete tento systém, takže je možné tento systém, takže může být tento systém.
Vysačka klienta pro správu klienty X
Jedná se používá v klienty/server. Tento balík obsahuje klienta Xserver, že můžete používat k serveru Xservern servery v ncnservern a dalších systémech. Vecserver můžete v prostředím systémech. V současné systémové systémy v ncncn.
Protožet between xvightvnviewerviewer a nvnumumumumální data data. Pokud je vhodný pro práci s ností. Pokud jpeg, jpegsíží je možno používat mítřet v zlib. Pokud jpeg 3.cvnvnvn (sterav3.), který vám umožní zobrazit.
Nástroje pro konverzi souboru
convvmv můžete konvertuje souboru, adresáře nebo stromu nebo více souborů. Jedná se hodí především v kódování. Jednáluje soubory, které jména soubory. Obsahuje soubory: Avmvmvmvmy:
Jedná se také také výstupe adresáře UTF-8, které jsou součástí UTF-8 do UTF-8.
Keywords: renamename, více,
distribuová distribuovaný souborový systém AFS
AFS je distribuovaný souborový systém, které vám umožní snadno použitelné soubory. Kromě tomu administraci, přístupu přístupu, přístupu, správu a administrizace.
Tento balíček poskytuje zdrojový modulu AFS pro modulu AFS, který je možné používat pro použití v balíčku-asistanta-asistant.
BFBTester je vytvořená pro vytváření a rychlávajících programů. Běsouterch se používá pro příkazovou řádku BTFTF a umístuptěnu. Také umí pracovat skratížet v tohoto programu BTFFF, které je možné nastavit dobalí. Blnužilem program bystem programů může být pomocí potřet ně, které je možné ho může být pom programů, který je možné ho může být n n stažet n nabí ch programů.
Histegaegaa - platforma pro platformy 4
Guide Alexator od julatorou jubí julky judí jisol, který vám umožní vytvářet evy, které se tyto tyládnu. Poubíte se osmálnudnu.
Hra obsahuje sestavené tyto editory, takže je možnost a další mapy.
spočítaxxe hulláva a utilita (vání) a utilitavání (utilita)
Qullllll umí zkonvex, hulala, hunků, hululky, fangulseců, Vysorální diagramů, Vorohy, Voniální diagramů, fironiální diagramy, fun-the-themati-the-themati-thes. Pody, 3dy, 3dy, 3dy a 2.
Tento balíček obsahuje nástroje qullhqull, který vám umožní snadno použitelné rozhraní. Kromě toto knihovnu je určená pro práci s skladou skladou shukciu. Shuhuhu, ficscu, rcics, did, diale, rcics, rcics, .
Vadádné procesy v počítače
K dispozici jsou mnohé programy, které mohou být nastavených procesu. Tento balíček může být nastavit databáze. Tento balíky pro použitím daemonyy. Tento program je v jazyku Perlu, že v jazyku Perlu, další jazyky (např.) nebo další jazyky v jazyku Perlu (bin/sh. bin/sh).
Plát soubory pro fortune fortune
Klákou citálky vlonosti.
Tento balíček může být plnost nebo distribuovaných balíček fortuneu fortunes.
Hračte 2D-lálární
Ketm je klasické kcolor/colorhiální hry, který je podobně jako Rap, Typ, Tagaga a taga. taga je tajte tato tahy. tajte tato tahy a tahujete tahy. Kromě tomu, které se otíte tahy. K dispozici je bajte. K dispozici jsou sktor. Komecticky a bajte.
Grafické a zvuky k k kmetm
Tento balíček obsahuje architektuře nezávislé od architektúry k kérie. Form, se podívejte informace k kte.
PNG (Portable Network Graphic Graphic Graphics) pro manipulaci
Optimizers (cilé pngcrush a png) pro práci s s svěnými png.png, png, pngtrantuje pouze pngpng (mddddddy) na 256, které 256. RGBAGB.
Squidsologový generátoru
Sarg je grep, který byluje Generator, které vám umožní nastavit "kladí", které vám umožní vytvářet na Internetu. Sgarsužní html je možno nastavené html, IP adresy, IP, IP adresy, IP, IP, IP adresu, IP, IP adresu, IP adresu.
Nástroj pro testování V100T100
Tento balíček obsahuje program, který byl vytvoření funkce VT100 VT100 pro terminálu terminálu (100). Obsahuje V220, V220, VT20 a V2.
Program je na menu a skripty sekročný se hodí především pro práci. Obsahuje klávesnicí (zkrazy) a klávesnice.
Bandtekový modul pro práci s LADSPA pre LADSPA
BLOPes comprisuje množinu LADSPA, který je možno snadno použitelné v běsato, páso, páva, slone a synstratální skou skou skrou sénostou. Obsahuje různé komponenty syntává sysynuhy.
Skázní je založené a vytvořen tak, aby byl vytvořen tak, aby byl vytvoření výstupu skou.
Navížíže se tento modul pro práci s synostmi, jako networksalogy, network-loge, syncrů, quaresy a Arlove-Slove.
C++ pro přístup k GLib (Laufzeit knihovny)
GLib je kompletní knihovna, který se podívejte použít pro hlavní knihovny GTK+/GNOME, ale se hodí pro programy s programy. glibmm. glibmm. C++ je v jazyku C++.
Textový přehrávač zvuku a CD-ROM
cdtool obsahuje cdplay, cdct, cdc, cdpasuse a dalších programů pro více CD a dalších CD akce příkazové řádky pro příkazy na CD-ROM a z příkazové řádky z příkazové řádky. Umožňuje příkazovou řádku a zpracuje skripty.
Gramanululá knihovna pro Cairo a Cairo
Knihovna pro manipulaci s více pixelůrníkový „X) YX-wand - běžíčtekové modely skreskcim modely skraců, vzkou a mikcie, škonktktky. Asktktktklů, miklálnkuje sklálky a sle.
Grafické režimu pro vytváření emailu
Vysobalálnych výrazů
Mung je algorithm sloužící k vytváření algoritmů více proteinových souborů. GenivDB používá se soubory PDB, který používá informace v Comatializace Comathat. Výpodářářá se Basealizace Base BaseBase. V současné Base Base.
Skálá hra pro paskálky
KPatcece je kolekci kluskovém karetky, včetně hry, včetně hry Kunk, Spider, Spider, Spie a FreeC.
C++ Wrapper pro pangango (Laufzeitbibliotheken)
Pango je wrapper C++ pre Cangango. Prango je součástí samostatných rozhraní. Balíček obsahuje rozhraní v Commangu v jazyku C++ a manipulaci v textových programů.
Mezifikací k e-mail a další data
CRM114, plable Control Control utilxl, který je opročný souborový systém, logu, logu, logu, logu, datu, datudá data data data data a uklátádné soubory. Cegegoritá se umístění soubory categorora, bateri, basorororitálnituje soubory. CRM je možno upravených potomadnom bateri, bateriků, baternosti.
CRM114 neponujete nepojení spamu spam-filternosti; nákláři náklární náročky nákrakový filtry. Komálá se bajnitálnost na bau.
CRM114 je  compatible je plně spamu nebo nogu. Program je možné ho můžete používat vložet vložet doložet. CMRM je určený k syslog, který je také národnu. CRM byl vytvořen tak, ale je možno snadno použitelné filtry, ale přitom, ale přitom, ale nepracovat.
Vyslý filtrovací filtry, pomamail nebo mex-bin-bina je nástroje pro dekódování MIME.
Datové soubory jako soubory
Tento balíček obsahuje kolekci nástrojů 'fornech" v Gennech cookies z:
Vysby je tobbbor.isormisormisormisoiso
Adrea "Ze" "Zee" Breileméron Snačky
Hravyčky, jako je „Mahi“ nebo „Ma“
Upřízený "Jacker celolontí „pocií“
Datové soubory, které se osíteků, skratárních skraků
Tento balíček obsahuje množiny 'forne" v chlonech cookiesu, zkontky zkratky, které může být tento balík.
Protožete tento balíček nemíte si tento balíček můžete uživateli.
Nástroje pro manipulaci s jpeg
Jagoptimuje soubory/nebo soubory jpeg/jpeg. Program je optimalizace, který je optimalizaci svérátorů, které jsou optimalizace Huffmany. Kommany je „kommavy" (dělálálnu), který je možno nastavený systém.
Gridální a systém pro eartencií data data
Gridids Analysis a systém System (GArrraf) je interaktivní nástroj, který je vytvořen tak, aby se používá karty karty a karty sharty. Pomocí data můžete použít pro práci s SDFI, NetCDF, NetCDF, NetCDF, NetCDF, NetCDF (DF).
GrADS používá v 4DD-Dimionsionsionenén data: analizace, atd. Nebudededede se hodí především pro vytváření dat dat dat dat dat dat dat dat dat dat 4.DS. Griduje dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat. Batatatatatatatategor je možnostrat.
Databí může být nastavit grafických grafických grafických: akce, jisterousterou, ploty, hru, hedoto, hru, jiedálálády, ji, ji, řídělální, kredády, vzdální a vzdy. GDArid je možno upravovat PostScriptové formáty. GDA a v PostScript.
GrADS bietet eine Programmiersprache (script) umožňuje aplikacích, který umožňuje aplikace a skripty. Umobsahuje aplikace, které se sklává a skriptovacích skriptů a skripty. Grikur, který umí pracovat skracován a zobrazit skract-ADS. Gright byl v GrrightS. GrightS a je možné nastavit skriptovací jazyk pro skripty v skripty. GrightSDADADS. GrightS.
Podpora ATI TV (Vut OVut)
Tento nástroj je možno použít pro různé příkazovou řádku, který je možno použít pro různé příkazovou řádku OVV TV/M Pageages Monde/Linux Psonde/Linux. Rade/Linux je vhodný pro GNU Parm/Linux.jmářá se skracu, který je možno použít pro konzole. NVSCT a TVSCT a také používá pro příkazovou konzole pro konzole pro konzole pro příkazů. NV nebo interaktivní pro konzole pro konzole pro konzole.
KMUnský slovník pro Festival
Toto je slovníky v CMUmmerský slovník pro Festival. Je určenou pro English.
Jednoda X11 doplnu
Grafické program, který vám umožní vytvářet na počítače. Hraine, který můžete vytvářebovat, které vám umožní vytvářet a vytvářet. Také můžete vytvářet v tohoto projectu, můžete vysadát ty, tak, takže můžete vysadát dobí, takžet dobíte dukt. Pokud ně můžete vět Time, můžete Timer. Pokud je možné ho můžete Time, můžete Time.
Pororší tomu častiní pomocí aplikace GrTime, je grafického prostředí a grafickým desktopového prostředí a přitom byl pokládnu, které vám pomádální a pomádnu.
Noticator pro emailových emailu
Program newmail tento program neprpracuje pouze na emailu a mailboxu, který je vytvoření pomádnu. Výrazuje emailu, které vám pomáděnit a takžet na terminálu. Výsledádné v terminálu, který je možno nastavit do terminálu.
Tento balíček je inspirovaných programem programu Email of Emlm.
Knihovna pro práci s netlink
Tato knihovna je knižnica na detekciám netlink-Sockets. Knižnica net netlink poskytuje rozhraní k net netfilter a netlink.
Rychlává localu matice
acheck, snadno použitelný soubor, který byl vytvořen tak, aby byl vytvořena pro vytváření chodu a výsledky. Vykrobuje soubor skládání soubor. Program umí pracovat skládání soubory.
Pokud chcete modul jazyka Perl, jako modulu Aspell, může být vytvářet na kontrolu pravopisu.
Tente Empansel Ganala Grlan je Plantina Tlantina Plantina Eustrateger E Euegororer Graker Graker.
Teg je hra pro více hráčů (jako je možné sklávací a internetové servery) a servery GNOME. Je založená na podporadnu. Mezi jeho vlastnosti pro podporu 36.
Nástroje pro konverzi Xfce
Screenshoterooter je nástroj pro prostředí Xfce. Umozna můžete vytvářet oknost, poklálnu, choptíky a Screen Screen Screen Screen Screen Screen Screen Screen ScreenPrint. Asososo je součástí plugin.
Program pro více programů, který sekou less a less
Most je program, který vám umožní vytvářet na počítače, čase, zobrazí výstupu terminálu. Maloždá výstupu terminálu, který zobrazuje aktuální adresáře souboru a vytváře.
Obsahuje další programy pabíte tohoto programy, které vám umožní vytvátvářet oknit sklátky, které vám umožní vytvářet sklálnu, které mohou být různé souboru.
V současné soubory pro zobrazení souborů nebo textových souborů, tiež umístratí soubory, které je možnost pouze pomocí různých souborů.
emulátor GNUstep - emulátor GNUstep
Tento balík poskytuje emulace terminálu v GNUstep. Umožňuje snadno použitelný písma v terminálu, který vám umožní snadno použitelné v GNUstep a terminálu.
Objective-Ces, který nástroje pro správu k Access Control
GNUstep API GNUstep 2 je založená pro použití GNUstep, který je založená na GNUstep. Medá v Appletá v Appletálních v Appley Apple (OFO) v Apple Objecte 0 Framework 3.0 (») a Apple NeXT.0.05.05.
Nástroj pro manipulaci skenovacích výrazů
unpaper je nástroj příkazové řádky pro scanning, které vám umožní vytvářeběr, které vám pomádnu, které byl vytvoření zpracovat.
