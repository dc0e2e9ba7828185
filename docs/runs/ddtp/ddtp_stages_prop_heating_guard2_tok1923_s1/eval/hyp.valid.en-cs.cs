Handbuchskish-pagina's
= 1 User programy (napr. lss, ls, ls)
2 = = Linuxu (napr. ex, atd.it) pro opensk.
Knihovna pro = 3 (např.gložné)
4 = = (.gd.d).
5 = = File Formate a syntaxe systémy (např. více souborů (např. orempt/passwd, passwd, passwd, nfs).
6= = =.
= 7 = standardy a standardy, standardy, macro, .gi (např....cii, nroff, nroff).
Podpora systému 8.
Nástroj GNU Internationalization
Interaktivní pro práci s různými nebo dalšími balíčku, které může být tak, které mohou být uživateli.
GNU Internationalisierungy nástroje pro základního systému
Tento balíček obsahuje gettext a ngettextové programy, který vám umožní vám umožní vytřetvářet v balíčku shellu.
X server X.Org -- ovladač pro MGA
Tento balíček obsahuje ovladač pro ovladače Matrox MAG, včetně Maxtrox a Milleiquenum Milleium.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
Server VNC server pro GNOME
VNC je protokol VNC, který vám umožní vzdálených desktopu. Tento balíček obsahuje servery VNC. Tento balíček vám umožní vám umožní vám umožní monitorování GNOME, který vám umožní umožní nastavování na počítači nebo desktopu.
400-plementuje reimplementationní vizuation
Vi je textové editorový editor založený na Unixu. Program je standardního editor, který je možné vytřetí a nátřetí Unixu.
Nvi je je jako "gbu--gbu-g-gbu" editor, který se používá BSD. K dispozici se neznadí se nesnadnačky, tak, neponadyznají a další vlastnosti.
X server X.Org -- ovladač pro zařízení Neomagic
Tento balíček obsahuje ovladač pro pro libozsetchsetch, které jsou v balíčku.
Tento balíček je sestaven z modulu X.org xf86-video-ne.
Zellálnnostírnu souborů Words
Balíček SCOWL je kolekcia slov, který bylárnuje čísízní jazyk, šakcíle a další jazyky. Toto je možno použít pro různé v různých balíčky (vky) a je možno použít pro různé v různých módu.
Debian wamerican*, wbritish, witish**, wady a Wortortortortortort (zotřeb) z nich z nich zhradou pomocí seznamu) a můžete zhradoby. Pokud chcete vytítít vás, pokud chcete zkontíte jinu.
Čísky slovníkový slovník pro /usr/dict
Tento balíček obsahuje souboru /usr/share/dict/dict/dict-glanisch, který obsahuje seznamu slovy a glgličtiny. Tento balíček může být pro kontrolu pravopisu pomocí spelling, které se hodí pro kontrolu pravopisu a programů.
K dispozici jsou také také také šesty, a aklargehy slovníky v čím čím čtí a wbrbrití a wittřebí a witu.
Britský slovníkový slovník pro slovníky /usr/dict
Tento balíček obsahuje souboru /usr/dict/dict/dict-british-glish-glish. Tento balíček může být gličtvás pomocí gličitsky. Tento balíček může být pro kontrolu pravopisu a programů.
K dispozici jsou také také také šesty, a agehubí verzií slov, seznamy a wamericana a wanicanicanican a wanicanic.
Olib2 založená na obrazovce obrázků
feh je rychlý, což je snadno použitelný obrázků, který se používá na příkazovou řádku. Program podporuje různé obrázky a různých souborů, více hráčů a jedí, oknědí, více informací a umístřetřetítítní a umístřetíčných disku (sozíčných disku) a rychládnudnu.
Grafický balíky balíka
Synaptic je nástroj pro správu nástrojů založený na GTK+ a na Synntapt. Program vám umožní vytřetřetřetřet a a tohoto balíčku nepojení.
K dispozici jsou základní funkce funkce jsou následující funkce:
Zahlízí a filternových balíky
Zobrazí systémy smartpozní systém
Záhýbíštalovaný balíček Fix
Editučuje seznam seznamu (ssource)
tlačízí kavíčky tohoto balíčku kalogu
Config Config Config, který se podívejte balítíčky balíčky debconf
Browse jsou dokumentace, aby byl v balíčku je možno použít pro balíček (wwwd)
Nenáročný prohlížeč obrázků
GPicView je odľahčený GTK+ 2.x založená na obrázky s folgenden:
Extremely nenáročný a rychlá a rychlý
Víži výchozím programem systému
Jednoduchý a intuitive uživatelské rozhraní
Jedná se podívejte nástroje: On+ používá v GTK+.
architektury: Dolátové prostředí desktopové prostředí
Mezi jeho vlastnosti patří věžitu sklálností
EiWord je kompletní, plálny, kompletní aplikace. Program je vhodný pro vyžadností, který se hodí pro čítajší a následností pomocí zásuvných modulov.
Tento balíček obsahuje mnoho balíky tento balík, který vám umožní vytřetřetíčných pomocí pomocí podporu OWTDTP a další nástroje nab. Tiež obsahuje moduly probordí podporovaných probory TCP/WXub/WMP a jub/WMP, který s podporab/XMP a jud.
Grafické k dispozici věžiálních věži skláhností pomocí souborů -- společné soubory
Tento balíček obsahuje společné soubory, které se používá pro všechny architektúry.
rainský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro podporu GNU Aspell.
rainský slovník pro myspell
Toto je rainský slovník pro kontrolu pravopisu pomocí myspell, který se používá v OpenOffice.org a Mozilla.org a Mozilla.org.
Správce správce oken pro X
Toto je správce oken pro X. Program je mnohem pro mnohem pec, které se používá různé balíčky a Window Maker a Window Maker, Fenment a FVWM. Umožňuje tento balíček ms2 a hes2. Tento balíček hes je potřeba, které jsou věži prosaví, ale nesavěžit, ale můžete si si nesavěžituží a moderních rozhraní.
Obsahuje součástí všechny programů, který je tento program je v C++, tak, tak, takže je např. tyto je je náročný.
Pokud tento balíček nepřetřetíčky, můžete štalujete na počítači nebo Windows nebo Windows nebo Windows nebo Windows, tento balíček X.
Balíček GNUový nástroj pro archivování tar
Tar je program pro vytváření seznamu souborů jako je určená na více formátů ve formátu. Program se používá jako je PKZIP, který byl vytvořen tak, který se používá věžíčky PKZIP a PKZIP, který se používá věži v balíčku. Program se hodí pro systémy, který se hodí především pro práci skladní a dalšími systémy.
Textový nástroj založený na ncurses
abook je textový nástroj založený na ncurses. Program používá různé fieldový field field, aby byla je vhodný pro použití v mutt.
Zobrazuje informace o ACPI
Attempts to tohoto tomu tomu plnitu pomocí příkazy 'old' a ACPI, včetně informace o starmy ACPI a drmalítí. Další informace se podívejte informace se podívejte potřebí informace obvykle ACPI.
Textová knihovna s podporou i snadě - běhovou běhovou běhu
Text-wrapping (přádá knihovna) pro příkazovou knihovna pro konverziu terminálu. Tento podporuje různé terminály (nadnterna (nadnačky), i i ihady, automatickce, automaticků, atdítky, atdítítníků, atdy), jedítky (vyskontřesko a jediny), Čí a jednky (vyskonky).
3-Dádní modely a vytřetíčky
xbsball ball-střetickuje ploty a takže je možno použít pro vytváření modelů a vytřetřetřetřetů X11. X11 je možno plňuje s plňování a hledky.
E-safehlí Signa pro C++ - běhovou běhovou běhů
Tato knihovna implementuje kompletní systémy pro správu knihoven vývojářské knihovny v widgety, odstupné a programů. Je tomu programování pomocí uživatelské rozhraní, která obsahuje odstupné pomocí Funktionalí, která obsahuje funkce, která obsahuje funkce, která obsahuje funkce a vytřetřetěžitu.
Toto jsou běhové soubory pro knihovnu libsig, pokud můžete používat, aby byla byla v softvéru.
Nástroj pro konfiguraci PPPoE/ADL
User-svírný nástroj pro nastavení DLS (PPPoE)
Nástroj pro správu systému Debianu
Debconf je konfigurovatelný systém pro správu balíčků debian.
kompletní podpora internationalizace podpora pro debconf
Tento balíček obsahuje kompletní podporou balizace pro podporu pro všechny jazyky balíčky, podporu pro podporu balíčky běží a podporou běží v balíčku balíčky bě.
Knihovna SID (MOS56851)
Častový Typítání Starutorí Tux Star
TuxTypinging je kolekce hubíčný hry Tux, Tux, Linuxu, jijiji je je jijijiží na Tux, který je např.hykladačky, který je dobí na obrazovce na obrazovce. Valíčky, že je dosaží na obrazovku, které jsou náhy, který je náhy dobřebí. Zažíčný hřební hřební hřebíčný hřejší hyží, který je dobí.
Monitorové systémy s duků pomocí du
Podpora monitorování monitor, monitoruje zkladačuje z wmfish a bubfish. Márky, které jsou dřístupných síťových síťů, probrů a vytřetřetí.
posh je vysavání verzia pskdown, které se používá pro použití v Debiane a extrakce.
WARNWING: Since celoží v Debiane „sh“ skripty /bin/sh-ssh a můžete v /bin/bin/bin/bin/bin/sh.
Knihovna pro práci s TCP
Zase Venseíky v síťové logu, jako je LOD a LOT.
Programyto programy logu klienta v počítači, telnet, rsh, rsh, rin, rialogin.
Zápis jsou:
Zugriffálového počítači, odstračky a/pojení;
Vykladníkový počítač, nebo hostite je адресов;
booby zpracy nabízí na eararar-waru.
Sense Venase je nástroje TCP
Recreatebí a griebít zpracuje pomocí testů v clu
Sendsk to to to tomu, který vytřetřeností (věžné) probízící, které se podívejte nabízí, kde by měla skou a potřebě.
Simulator pro Microchip's PICips
Gpsim je kompletní softvéru založený na Microchipulů.
Gps byl vytvořen tak, aby byla je vytvořen tak, aby fungoval s podporou PIC/zy a I/ALL a IAL. Je tohoto balíčku ALL.
Gps by byl vytvořen tak, aby byla byl vytvořen tak, aby byl 20Mzy 20Mzy.
Gps je byl vytvořen tak, aby byla byl vytvořen tak, aby byl věži věži nabízy. Nítměží, návky, nází, návky, které jednuží, které jsou věží, které jsou věží, které jsou věžínu. Vyžítěžítní skladaží, který je možno čky a čky.
hra pro více hráčů pro více Dynablaster
XBlast je více hráčů pro více hráčů, který bylá hraní (Dynamární (Dynablast).
26 pro více hráčů
1 nebo 1 nebo 2-Server (obálně) pro joysticku s joysticku
Zažíky 1000
Balíček obsahuje modely pro modelynu
Podro-Ray s náročných color
Podpora/zítní server s statistiku
Pokud můžete tento balík, které vám umožní balíček xblastnt-t-t, meld, mb, meld-sight-sound-sound-sound-t.
Nástroj příkazové řádky pro Map Map
Tento balíček obsahuje mapování CGI program CGI. Program používá v MapMapMap, MapMap Protocol a je možno použít pro vývoj webové aplikace.
MapServer je CGI nástroj pro pro mapování mapy pro pro pro propractorializace sousp (OComtiumní Script) Maps Maps.
Program "freemm" pro vyžadání dokumentace
AFT je dokumentace systému. Program je pracovává, který se hodí především pro použití, které se hodí především v tomu. AFTF.
AFT obsahuje především pro vytřetřetěcí pro vysívání informací a více informací se podívejte v různých textových stránek.
Right je dobřet věžadní (FTF) v tomu, HTML, XHTML, XHTML, lze, LaTeX, lze, LaTeX, lc a tiež je možno intřetí. Výsledálnnový výstup do standardního výstup (adn-le-le-le-le-le-le-le-le).
Nástroje pro čtení IBMPC
Balíček power-ib-utils obsahuje nástroje, které jsou vývojářské nástroje pro kontrolu pravopisu, které jsou vývojářům pro použití s PowerPC. Pokud se podívejte nástroje pro  pages.
nvramm - nástroj pro NVRAM
Nástroj příkazové řádky - konfigurovatelový nástroj
ofpathname - přepřetné zařízení OF
Snnap - konfigurovatelný systém
ppc64_uuu - nástroj pro cpu
wrapper, který používá pro práci sků Voiků pro kontrolu pravopisu
Voiko je činský slovník pro kontrolu pravopisu a hypatoragu pro Slagu a Saalaala-Magalaala.
Tmilspell je wrapper, který poskytuje rozhraní pro kontrolu pravopisu pomocí slovníků pro kontrolu pravopisu. Myyyzy programů (např.) pro příkazový nástroj pro kontrolu pravopisu. Tento editor pro kontrolu pravopisu. Tento balíček obsahuje také pro kontrolu pravopisu. Tento balíček vám umožní umožní vytřetřetřetřetků pro kontrolu pravopisu.
Tento balíček nebředí tento balík karty "spell" "spell" "spell" "spell" akl". Smiluje je k dispozici.
Generátor komponenty a různé komponenty v C++
Tento balíček obsahuje súčasťou knihovnu Boostí C++ C++.
Graphož jsou Abstraktionních nástrojů, které se hodí především pro různých počítačů. Conce protožení ch protožení nutí. Conce, které jsou věsadí, takže je možné propracu, který je možné prosadí a generování pomocí výsledky.
Playmidi je různých souboru MIDI, který spiele pomocí FMUS, externích MIDI. Také podporuje různé zvukových MIDI (MBDC), CM (CF (MIFF RIFF) a RMIFF (RMIFF, Umožňuje různých různých formátů, URI a 7 7.
Program je možno použít pro sdíní rozhraním nebo grafické rozhraní.
Zadát na více hráčů v počítači
Hra je computer dosadí! Dolá se zjší v chozí v nárození v nárolejmočky, Microsoft Explory, Microsoft Expler, Microsoft Explner a MSNud. Protože je můžete vás nevíte nabíte věžíte zností, které můžete nabíte nabíte nabíte nabíte nabíte nabíte nabíte věžíte na počítači. Možíte nabíte nabíte stavíte uživateli nabíte věžíte věžíte v tomu tomu tomu tomíte nabíte zkonostíte stavíte věžíte v tomo
Balíček Debian Almistu (dash shell shell shell shell) jeho shellový shell shell z příkazového shell.
Since se věžná skripty jako jako jako jako jako jako jako jako je (mak) a přitom nenáročný systém, který se výchozím systému, který se používá výchozím systému Debianu, který se používá výchozím systému Debianu.
S-Langná knihovna pro programování - běhovou běhová verze
S-Lang je knihovna C, který obsahuje knihovnu, který obsahuje aplikace, které se hodí především pro vývoj aplikací, multiplatformní aplikace, multiplatformní aplikace.
Schne-mode-mode-mode
Lafe je náročný klient pro náročných skouzí. Můžete ho může být zpracována pomocí volání příkazy, které vám umožní vytřetřetí. Tento balíček vám umožní vám umožní nastavit, které vám umožní vytřetřetřetní klienta a další klienta.
Brodcastcastu pro DVB
Skripty pro správu a čteřízené systémy
Obsahuje skripty v tomto balíku standardu výchozím systému Debianu a atdrat a potřetřetí.
System-Vový systém pro správu odpovítů
Tento balíček obsahuje podporu pro systém systémové systémy jako je systému, talování a např. pracuje symboly, symbolické, symboly a trc/rcics.
SysV vývojářské nástroj pro pro správu terminálu
sysv--rc-conf poskytuje terminálu pro správu terminálu "etc/srcs«. Todres_ss, který obsahuje různé rozhraní, které se používá pomocí různé rozhraní, které vám umožní různé různé rozhraní, které vám umožní nastavit, které vám umožní vytřetřetřetřetí a můžete nabíbíbíte uživateli.
Záhnový disku
asmail je malý monitor, který vám umožní vysadnění klávesnice. Program jedí AfterStep a tak, aby byl věžadnitu a tak, aby byl věžadnostní modulu AfterStepu pomocí AfterStep.
Nástroj pro manipulaci souborů GIF
Toto je nástroj pro manipulaci souborů GIF. Program má podporu pro práci s fotografiů a barvky (pojení, nácrozní a vytřetřetřetky), zpracování a vytřetřetěcí, které je možno použít pro čtení GIF, takže je možné použít pro manipulaci a generovatě.
Toto je "classic" pro biccat, written byl vytvoření v **. Mobrazuje různé vlastnosti, které jsou mísky.
Nástroje příkazové řádky /proc
Tento balíček obsahuje příkazové řádky a terminálu pro příkazové nástroje pro příkazu "psuue", který se „psudozí informace o uživateli pomocí informace obvykle informace o informace o např. (jako, které je možno např.) je možno zpracovávádí, „biebiebiebiebiebiebie“ nebo "siebiebiebiebiebiebiebiebie.
Obsahuje свободные, kill, ps, pmap, pmaps, pwmap, ps, slab, slab, slab, slab, ttop, ttop, tm, tmtime, tm, wwatch, wwatch a wwatch a wwatch, stat, wwatch a wwatch.
S-Lang- běhové soubory pro xjd a xj
Jed je malý, rychlý a mocný textový editor.
Tento balíček obsahuje běhové soubory S-Lang, které jsou pro xjd a xj.
editor pro programů (x11x11)
Jed je malý malý, rychlý (břejší (bře jako jako je xterm), který se používá jako editora a editoru.
Complemělá se snaží s podporou emulátory módu pro Emacs, CUA (mymimi/nebo KDE-ffice), Balíček Bieme, Brieme, Brief-Langrie, Brief-TL-TLang-T-TD-TLang (s).
Editing obsahuje funkce: podpora podpora s podporou typů/vů/víčky/vína/vání/víčky/přízení/víčností/vůdí; hledádnych souborů; různých souborů;
Specialsíčuje módy (ntaxtax, n..... C, .c, C, C++, C++, C++, FRTL, FRTL, C++, Java, Java, NOOFF, Perl, Perl, Perl, PostScript, PostScript, PostScript, PostScript, PostScript, PostScript, PostScript, PostScript, PostScript, PostScript a plaTeX (skonTeX) a HTML-TeX (saskonTeX) a tytocovávás (assssskontřeskontřebí (skontřeskon)
Nástroje: textový editor (sdir info); GNU-файлов; rmail; rmail;
native X11-Version obsahuje podporou podpora X11 a konfigurovateln, klávesností a nastavení X. Pokud je tak, takže se oto módu xj. Pokud se o to je možno tento mód a xjem by měl by měl byl vytvořen tak, aby by měl byl a xjo balíček xj.
Obsahuje nástroje a módy a také můžete v balíčku je možné použít v balíčku je možné v balíčku je.
server v servera X
kompletní X server v jazyku X serverech v samostatného jako je můžete použít jako jako jako X. Podporuje X-java (jako a X-javaře) pro X.
Také obsahuje knihovnu probředíky Weire v různých programů v prostředí Java nebo Applet.
Nástroje nástroje pro desktop.desktop
Některé nástroje pro práci s .desktop pomocí .desktop:
update-desktop-data - de-MIME-MIME
O-file-file-date pro validování souborů
Desktop-file-install uživatelé v desktopu, mungíčky.
V současné  icontů GNOME
Modul mount pro panel Xfce4
Tento zásuvný modul pro panel Xfce a zobrazuje zařízení givíčných zařízení givíčky givístí.
Pícydy v času a potřetíčných datových dat
sunclock je aplikace X11, který zobrazuje dobře a zobrazuje vzky Earth a zobrazuje vzky, které bylože je kložení náclože je zničití. Výsledálnu by bylnu, který je možné vytřetí a časužit, kliklálničitu a času, kližitužitu, kunklálnu, kunklnuží a času.
svězná skročný pro sunklálnych mapy
sunclock je aplikace X11, který zobrazuje dobře a zobrazuje vzky Earth a zobrazuje vzky, který bylože je kložení nácložení náclonu. V současné věží, k dispozici jednuží, pomyštnuží a času, takžení a času. Navíšuje pomíštíštána výchozím času, času, takžení a času.
Tento balíček obsahuje degrafiální karty ehmaps.
Knihovna Raptorá knihovna pro RDF 2
Raptor je knihovna jazyka C poskytujúca jazyka C a serializován pro serializáciu Resource Description Framework (RDF) pro serializovaný syntaxe zpraclení syntaxní syntaxe zpracuje syntaxe.
Poskytuje syntaxe ze RDF/JSON, RDF/XML, N-iple, Turtle, Turtle, GDL a RDL, Atom a 1.0 1.0.4 a 1.0. 1.0/XML 1.0.50/XML 1.0, 1.0, NSSL, NSSSS-atore, NSSL, 1.0 a 1.0.
Raptor je vytvořen tak, aby byl věžná a vytřeností a vytřeností (vání) a vytřetřetíčky pomocí zpracy RDF/XML.
logucí logu s výstupem v Perlu v Perlu
Logwatch je modulární logu logu analyse, který vám umožní vytřetřetí a pomítí. Také můžete z příkazové řádky z příkazové řádky.
Výstup je výstupu a vyžadností na standardního výstupu. Cílepíčky, které jsou standardního výstupu, který se názíčky, které jsou věžíčky.
Kreslání kreslárnych nástrojů - knihovna pro cdtrů
Graphviz je sada nástrojů nástrojů graphů. Pokud Štřetřetízí nástroje pro Graphvizky.
Tento balíček obsahuje knihovnu cdt.
Kreslínné nástroje pro návky - knihovnu gsvc
Tento balíček obsahuje knihovnu gv.
nározná kolekce nástrojů graphů - dynamická knihovna
Tento balíček obsahuje knihovnu path.
Mozvné balíky pro mocována Debianu
Tento metabalíček byl vytvoření v Debiane Science, aby byla v Chemistry. Protože je možné inštalovat, které jsou vzložení a defizí, které jsou věží a stavíčky.
Záhýzné datového dokumenty Debianu
Tento metabalíček nainstaluje tento balík, aby fungoval vývojářské data. Moží v míčky::view a také nabtab::viewtab.
Program pro systém souborového systému 3D
TDFSB read reads zobrazuje informace a zobrazuje je 3D. Chang je do nějakého adresáře, který je dobře v toměží v tom, který je možné dobíčky. Také zobrazuje čít a zobrazuje textové textového textového textu a zobrazuje.
Base bitmapy X
Tento balíček obsahuje běhové bitmapy, která se používá v X.
Macrol processor pro HTML dokumentace
Mp4 je nástroj pro macro, který je vytvořen tak, který se používá s grafickými dokumentace. Program umožňuje různé funkcemi, který vám umožní vytřetřetít a třetítní syntaxní syntaxe HTML.
Mp4h je součástí komponenty Web Language (WML).
Dálností zdrojový kód a vytřetíčky pro vysítíčky
Flasfinderní v C++/C++ prohledávací, který vytvářet nabízízí a vysadí a vytítí a vysadnuží v zdrojových kódech.
Like RATS, Flaž je pravít cíle se nebívání v věnce v věnce, ale kulálnce, ale vyžadností se dobí na čky probízí probě.
Flasfinder je možno použít pro vytřetřetízí v tomě (sdiff), který je možno použít pro soubory (crdiff). Tento je možné ho může být prohledání kódu, aby byste vytěžit poměžit nebo zpracovávací a vysasasasasadnu.
Fíčuje soubory, který vysadností pouze tiskárnu
ppiltilt je program, který byl vytvořen tak, který se používá pro skriptů nebo adresářů z příkazové řádky z příkazové řádky. Tento nástroj může být pro llávás do formátu ll. Tento nástroj je možno ll, který můžete plňuje nabítítíčky, které jsou „pracu“ nebo „prpract“, „pracu“, který „practdf“, ale „practdf“, který nepracu.
Mozná hra v čtekladačných grafů
gPlanarity je hra s náročky, kde nevízí a vytřetízí. Pokud chcete vysadíte a vytřetřetí. Pokud ná hřebíte poskladaží.
gPlanarity je super-clone Planity Planity Planity, aby byl hry Planickou Plans. Tlananta se o platformy Plattform, které jsou věží a mnohaží v Linuxu.
gPlanis implementuje hry Planychodu Planitu Planity Planity, ale vytíritárnout jsou hry UI a extrahuje různé algoritmy, potřetřetky, takžení a vysadnky.
Pozízní náročných náročky RF
SPLTAT je Surface Purgags Anth Menginer, který je aplikace pro unixové unixové unixové unixového systému. SPL je zpracuje SPL a vytřetřetřetřetístupné informace obvykle pro systémy.
běhové soubory pro knihovnu OpenEXEX
OpenEXR je dynamická vysokolálny (HDR) formát formát, které bylář pro propracovány na obrazovce.
Tento balíček obsahuje sdílené knihovny:
IsmImf - knihovna pro čtení a manipulaci OpenEX.
Program pro čtení a adresářů a adresářů a mailboxy
Tento balíček obsahuje různé programy, které se používá lock a vytřetřetí z příkazové řádky a z příkazové řádky z příkazové řádky z příkazové řádky.
Tento programy se používá pro vádí se podívejte v souboru locks a tak, takže by měli ským tento souboru Debianu sítíčky.
Zálnový systém v Jahy
CHHelpový systém je online online, který můžete používat online online online k tohoto balíčku Java. Cirirpelný systém se plel. DHelpel obsahuje standardní systémy s plností, aby byl plňujete potřetřebítít plňuje s nárobelný systém, který plněkou v jazyku Java, který plnu, který plňuje se v jazyku Java a implementace v jazyku Java. Je tomu implementace, který je implementace, který se používá v jazyku Java.
Zobrazuje dobí v 1224 podpora 124 s slarm4
wmclock zobrazuje wm, jako wmtime, ale klem a vysít pomocí časy (zí a další). Nudí je možno +'s "bininary“ (binary“).
zobrazit je dosahí, dosare, vyžadí, vysadí, využadí, dítítírů, rozdeckých datových stránek, zhraděrů
Athena se o nálálně nebo náročky - vysítíčky, vysadíní, vysadítní, vyžadí, vysadí, vytřetítízí, vysadí, rozsadíní, vysadnostíní, vysadnosti.
Program je malý program, který se hodí pro skripty s shellu.
Program pro textový program MIDI
Midge vytváří MIDI souborů z MIDI. Mostí. Most General MIDI obsahuje různé funkce, které jsou různé struktury a další funkce.
Nástroj pro manipulaci a manipulovaný nástroj pro příkazovou řádku
Rededet vám umožní vytřetřednění regulárních výrazů a vytváří dat dat dat datových editorů, které se hodí především pro programů, které se používá hledání regulárních výrazů. Pokud je možno hledání regulárních výrazů.
Rededetalý (prepression Expression) a Exprecution Tool Tool. Protože je hledární syntaxní syntaxe. Vehledáhuje je jiný syntaxe vypřadnout je znalýbíčky. Navíčky je možné vytínadnout náhnout nástřetí, které jedností nabíčky pomocí regulárních výrazy.
Uždí jako program používá v kódování Unicode a UTF-8 může být snadno použité pro práci s dvěrnym výrazů a výrazů.
Balíček obsahuje správce oken Sawfish
Tento balíček obsahuje tématu této témata pro Sawfish; může být může být nabívání a vytřetřetí.
Nabízízí, této této této této tématu je možné může být „awfish Safish“ nebo „naalator“ nebo „načky“.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový textový správce souborů. Program používá pro příkazu a interaktivní rozhraní pro příkazovou rozhraní. Také obsahuje rozhraní pro příkazovou řádku a příkazové řádky, který se používá s podporou interaktí. Také obsahuje podporací, který je možno pracovat s/VFS, který je možno použít proudntí a/VFS (např.FS).
Nástroj pro vytřetěžínými nástrojijem Injem
Workra je program, který vám umožní vytřetí a poměží a vytřetí a poměrní (Injem Injemě). Program vám umožní pomět stavít vásní, které vám umožní vytřetřetřetíte a vytřetřetřetí.
Obsahuje systém tiež systém, který se používá pro GNOME a KDE a tomu tomu tomu tomu, které vám umožní monitorování a tohoto počítači a tohoto počítači.
Vorkrave je mnohem více konfigurovatelné nástroje.
Obsahuje nastaví systémy mezi různými časmi
Switchconf umožňuje uživatelům uživatelům uživateli, který vám umožní nastavit a nastaví na konfiguračního prostředí.
Mostí je čtekladaconf jsou čky, které vám umožní vytřetřetí, aby by měl by měl by měli věži výchozím počítači, které jsou věžíčky.
Switchconf je jednoduchá skript skript skript skript, který vám umožní od příkazové řádky z příkazové řádky z příkazové řádky. Program vám umožní vytřetřetřetřetí, které vám umožní vytřetřetí a nastaví pomocí pomocí příkazu a  argumenty.
Tentožový hardware/firmware/firmwareudí přístup k dmmmsksaní verzia
Modul tp_mapsi-maps je modul, který obsahuje funkce nabězí nabíčných hardware/nebo rozhraní. Vysysysys je možno plněkatní rozhraní. V současné funkce se podívejte potřebíčky, aby byl pomocí přístupu probí přístupu pro přístupu a přístupu.
Tento balíček také také můžete v zdrojových zdrojových kódem HDAP, který by mal by mal by měl by měl by měl by měl by měl by měl byste (theckocko verze).
Tento balíček obsahuje zdrojový kód, aby byl v dmmms.
Program pro zobrazení MPEG streamování zvuku
MP3val je malá, malý nástroj pro práci s různých souborů MPEG a validace (optionní) a fixel.
Je vytvořen tak, aby byl byl vytvořené pro vertřebí MPEG 1 II (IMP3) podporuje různé soubory MPEG, ale podporuje různé verze MPEG.
Je možné může být pro nástěrt, které jsou soubory (např. tyto).
Záský hra v klasické a mazíčky
Pathological je klon klasické hry "Loginical „Loginical Rasí. To se oteští. To se potřetřetí, poštřetí, poštřetí sklálnu s náročky. Patních rychlíčky, rychlálnu a je možno čky.
Datové soubory pro GNOME
GNOME je "GNU Network Object Model Environment"
Obsahuje Projekta je vytvořen tak, aby byl kompletní desktopového prostředí.
Tento balíček obsahuje kolekci zvukových zvukových pro GNOME.
Hrafátor OpenGL založený na 3D modelu
Toto je OpenGL založená na 3D modelu 3D modely, který se osobné modely. Program podporuje multisolevellevel, a a a generování textových editorů, manipulaci, skriptů, skriptů, skriptů a tento modul bylky. Program se používá pro plňování a manipulaci se používá pro vytváření skriptů. Také je vytvořen tak, aby bylů.
Podpora podporuje soubory 3d: Milpe (Spepe (3m), Wavefront (doby), 8Wave), Quake 3, Quake 2mol (Quake 2), Quake 3d (Quake 3dmarm), 3d (Quake 3dari), Careco (Ex).
Klonu klonění "Nebus" hry 8 a 80
Toppler je kompletní kompletní revání cíleplementů jako je neběží hraní hra nebo Nebulálů.
Cílemální hry je založená na tomu, který jedná v současné v současné v současné v 2. Tento gres je gres. Toto je věle se věčky.
Balíček odstřetíčky pomocí elek a wordí a odstupní a odstupní a tak, takže je nesíte. K dispozici je vás vás vás vás. Kromě tomu, které vám umožní vytíte pomětíte.
Adaptives Ratersyyy Multi Multic - sdílená knihovna
Tato knihovna obsahuje implementa implementace 3GP v 3GP 26.7 pro různé Spezifikation pro různé pro Multiaptive (RAM) je založená na zdrojový kód kód OpenRE. DOREC, který je součástí OpenREC, Google.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate - dynamická knihovna pro raction - sdílená knihovna
Tato knihovna obsahuje implementa implementace 3GP v 3GP 2.617 pro různé Spezifikation pro Multi-aptive (ate-Rate-BRAM) - starší pro speechatevíní kodér OpenRECOB.
Tento balíček obsahuje běhovou knihovnu.
Gložní a náročných náročných náků
Kalign je nástroj příkazové řádky pro příkazovou řádku, který vytřetřetí biologické resiologických algoritmů. Mylos-Man-Manyyy, které se potřebírů, které se osadí a vytřetřetřetřetí, které se vytřetřetřetěžit nabných algoritmů. Kremožitu potřetřetítítíte stavínu je možno stavání algoritmů.
Ludělní hudvykový musicy (data-data)
LilyPond je sklárnnový hručky, automatizaci a automaty nabízí. Málnové systémy skratíčky pomocí různé vstupního vstupu.
Tento balíček obsahuje architekturunabhängige datové soubory pro Lond.
Knihovna pro scannerové API
SANE je "Scanner Access Now Easy Now Easy Now Easy" je programovací rozhraní (API), který je standardního rozhraní, který poskytuje přístupu s hardware hardware hardware hardware hardware hardware hardware (vvvvě, video, video-afelder, video, video-asab- und stavy- und jed). Program se hodí probí na GNUudvky, GNUužící se používá GNU/dený kód GNU/Linux a další systém nabí nabí nabíbíbíčky (vání).
Grafuje frontend s saměnně výchozím běnuží v balíčku xaneimage. Program používá s scanne-image a scanne-scann-scan a nscan-utils.
Knihovna pro scanneru pro scannerních nástrojů -- nástroje
Tento balíček obsahuje frontend příkazové řádky příkazové řádky, servery sa výchozím snnn-honscan a dokumentu.
Balíček GNU R pro „Trellis“
Tento balíček obsahuje funkce pro použití 'Trellis' - platformy pro kontrolu pravopisu, které bylárů pro mobickárnu Landallocker, karcker, algebickárností, alterou Visuali, Visualisierungymo'939'.
Monitorový systém pro  Japaneseové server - servery
Canna poskytuje grafické uživatelské rozhraní pro  Japaneseové rozhraní. Je založená na klienta je klienta a automatickového klienta pro automaticků a automatica-kanji.
Podpora více klientů (pří je klienta pro kinput2 a můžete použít pro všechny informací a vytřetřetí, poměží, vysajiných souborů, zpracována, zpracování a vysajiných zpracu.
Tento balíček obsahuje serverový server Canna JACK a soubory.
Nástroj pro systémové nástroje - nástroje
Tento balíček obsahuje klientskou programů pro Canna.
Totem Playlistá knihovna Parser - běhové soubory
tomu--plan-parser je jednoduchá knihovna založená na více hráčů, které jedí na více formátů jako je.
Mownová verze Own Language (YYl) je jazyk jazyka
Tento balíček je balíček, který implementuje jazyky a vytřetřetní a vysadí. Tototo nástroje je vzíky, který vám umožní vytítítné nástroje věl2-2.2.2 je možno konvertorový dokument, který html a frentrentrentřetový dokumenty konvertor, konvertor, konvertor, konvertor, konvertor, konvertor, HTML a konvertor, konvertor, konvertor, konvertor, konvertor, konvertor, konvertordy "s"" a konvertor, konvertor, konvertor, který je možno konvertor, konvertor.
Program pro manipulaci souborů
Apřístupné soubory pro manipulovaných souborů, kopítíky a převávávává na souboru nebo adresářů.
Afio jsou různé souborů jako je je také tyto informace o ASCII-formatí. Profio balíček ukázní např. Afiprotikuje různé vstupní metodací, cofir, což je také nástupní distribuovaných souborů. Afirfikuje různé funkce se používá pro interaktivní distribuovaných komprimovaných komprimovaných komprimovaných souborů.
Afio je používá jako "charchive" v skriptech.
Předná zvukového zvuku a editoru
Toto je svobodná, populárny zvuku, klemy a vytřetřetí a snadno použitelný s grafický rozhraním rozhraním rozhraním. Mezi jeho rozhraní je vhodný pro poměny a přitomě.
TeX Live: knihovna prohledání TeXu pro manipulaci v TeXu (Laufzeit)
Tento balíček obsahuje běhovou běhu knihovnu Kpath rpath], která implementuje všeobecné [path], která implementuje generuje soubory TeX a TeX.
virus-scan SMTP serveru SMTP
ClamSMTP je daemon SMTP proxy, který potřebuje pomocí softvéru pomocí ClamAV. Je tohoto programu je možné ho může být nabízní SMTP. Program může být zpracovat SMTP, které se používá nabídaní SMTP, aby byl SMTP.
ClamSMTP je vytvořen tak, aby byl náročný a vytřetřetní a rybíčně v náro. Program by byla v Clam Cla v Clam Clam Clam. Program se se se se se se se se věžít stahy.
Podpora podporu pro Cannana
Shion je podporou množina podporou Canna. Program umí vářebí vářejší míky pouze pína a Cannanana byla a Cannanana.
multiplatformní editor editor pro vytváření LaTeX
Texmaker je cí, konfigurovatelný editor s grafickým LaTeXu s podporou a dokumentace. Texex obsahuje nástroje pro různé nástroje v LaTeXu, které se používá v LaTeXu, které jsou v LaTeXu. Program používá v LaTeXu, který se hodí se používá věží na 37, 30 a také jedí nabínadná, 30.
Konvertor HTML do HTML
MHonrc je emailový emailový email-HTML. MHonrc poskytuje pracuje rcsítné emailu, takžený emailu s podporou je možno pracovat s dalšími zprávami.
Nabízízízní karty Krankarte a e-GKGK
Knihovna a program pro čísí detebí do detebíčky (KKKV) a detekcií (KGKG) a detekciího zařízení linux.6.6.
Zátné applety pro panelu GNOME - datové soubory
Tento balíček obsahuje datové soubory (pixmap, dokumenty, dokumenty) potřebné pro gnome-applet.
Nástroj pro vytváření souborového systému FAT
Makebootfat je nástroj příkazové řádky, který vám umožní nastavit pomocí disketového systému FAT a sylinuxových souborového systému.
Makebootfat je opročný nástroj, který je možno použít pro diskových diskových disků. Také může být pro diskových disku/poudp/použí na diskuží na disku USB/přadp/přad. Také může být zpracována pomocí disku. ND-DF-DHDF-D-DF-D-D-DF.
Balíček GNU R pro clusteru nasízíčky kartounu
Tento balíček obsahuje funkce a přepřetízící, aby byla proti na Peterou Ryse Rys, Myjako a M Muber a Muber.
linuxu pro webového počítači (Offline)
HTTrack je nástroj pro jiný nástroj, který vám umožní vám umožní vytvářet stavání webového adresářů z webového adresářů, odesízížení adresářů, html, html a další soubory.
HTTrack obsahuje výbízků, který se obvykle protibí nabízí. Simpítíky "vrmipřa" a vytřetřetít „rmise" a můžete ukáže je možno nastavit poslednu. Také můžete posledálovat k to k dispozici je možno staví a vypřadálnit stavnnu.
Sttrackový Web Webspis obsahuje vývoj a vývojové soubory
Tento balíček obsahuje soubory splementování souborů pomocí hplementů pomocí hpisupisu.
Aplikace HTTP Builduje pomocí Cache pomocí Cache spis HTT
ProxyTrack je jednoduchý server server, který byl vytvořen tak, aby byl nahrávání HTTT. Je možné může být zpracovávají stahy nebo více adresářů (přetřebíčky) nebo jednotového serveru. To je možno nastavit pomocí HTTP/1.1 nebo servery HTTP/1.1/1.1. Tento je možno pracovat s podporou HTTP/1.1, takže je možno pracovat s podporou HTTP.
linuxu pro webové rozhraní k webových rozhraním s webových rozhraním
WebHTTrack je nástroj pro jiný nástroj, který vám umožní vám umožní vytvářet stavání webového adresářů z webového adresářů, odpracuje adresářů, html, html a prahtít html a dalšího serveru.
WebHT obsahuje výsledkového systému, který se obvykle odbíčky. Simpíky "vrporní" a vytřetřebít „rítíky“, který vám umožní nastavit, které vám umožní vytřetřetřetítítí a vytítítítovéhodnudnu skladadnu.
online pro nárotízí hra s hručky
netPanzer je hra pro real-time-timetime, který byl vytvořen tak, aby byla byla v Internet Internet Internetu a LAN.
netPanzer je vytvořen tak, aby ACNTN ACN ACN -- -- -- nat. Inssource vás je vás čís čísiony. Vysledáln čky je možno čteřízení, které jsou zpracu.
Tento hry je real-time, ale integrovaný velmi rychlítí a vysítí. Bálky je prahnostní a rýchle se nástí. K dispozici je prahností, že je prahyžít věží a vytítít čísí nabísky.
GRandový Bootloader, verzi 2tloader 2 (a)
Toto je fiktívny balík, který závisí od gradíčuje na grbboot-core.
Toto je fiktívny pro fidí balíček pro vytváření GRUB 2. Program může být může být uživateli.
slovníkové servery SKK pomocí přístupu pro přístupu
dbsk-cd-cdb je server pro monitory SKK pomocí Done. Bernstein. Darstein je pro přístup k databázi pro přístupu.
dbskk-cdb je skou skdb. Je tomu protokol založený na internetu. Program je v Internet-server.
Tento balíček používá SKK "Kbbb" "KS-JIS "KOY-dbcdb'. Tento balíček je balíčku skdbcd-cd-db.
Pokud chcete tento slovník vám umožní používat cdbrk, které se podívejte "make" `makecddbicsics. Tento balíček obsahuje příkazy příkazové řádky.
Master Boot Record-Record pro IBM-PC.
MBR je možno použít pro diskových systémů z disku. Přízíčky na disku, které lízíčky, které se vytřetíčný systém na systému.
Kadinová verze jazyka Ruby pro jazyk Ruby
Tento modul vám umožní používat vývojářského platformy GNOME pomocí programovací jazyk.
Toto je tento balík, který vyžadí balíčky na různých jazyků.
Nástroj pro specializace strukturu
KCharSelectlec je nástroj, který se hodí především pro různé klávesnice. Také můžete v kódování kódování Unicode, které můžete v kódování Unicode, takže je možné dosky, takže je možné dobí a může být dobít dosadí.
Tento balíček je súčasťou modulu KDE.
Bězní plugin pro GKKrell
Tento zásuvný modul GKrellM umožňuje kartí karty karty karty.
minimalistový emulátor emulátor emulátor emulátor sum
picocom byl vytvořen tak tak, jako modem, modem, a obsahuje nástroj, nástroje. Také obsahuje nástroj pro stavíčný (víčky) a vysadnu (vítovéhodná, které vám umožní vytřetřetřetěžné věžíností (vy-aly-vy). Program se hodí především pro použitíměží, které se hodí především pro dalšího systému systému, který se hodí především pro použitíměží.
Greatly náročný program pro camadnosti. Mamo.
K dispozici se používá spolu s dalšího editorem pro vytváření textových editorů v textového editoru.
Perfect pro použití s emailovéměrů s podporou více hráčů jako je více více hráčů.
Tato verze obsahuje pomocí balízby a různé dekódování různých kódů.
User-level nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje pro vytváření, pro vytváření a prvítné systémy.
Program pro terminálový terminál
Tento balíček obsahuje Terminal, který je snadno použitelný a snadno použitelný terminál pro emulátor terminálu pro X11. Je vytvořen tak, aby byl v prostředí Xfce, ale ži nabíčky.
Generátor nástroj pro vysavínky pro vysívání náků
Exonerate vám umožní vám umožní vytřetřetné modely, pomocí různé modely a dynamických programů pomocí pomocí dhyků. Vysledysluje různé funkcemi funkcemi funkce pro různé funkce. V současné funkce se věží věžíních dvíky, které jsou věnů a chrítíčky. Expresítíníků, které se k dispozici věrníků a spustínů.
V současné PCR PCR PCR pro Simimulmentation Simulation (víčky) i i i mísítíčky, který se podívejte.
Tento balíček také také obsahuje nástroje s podporou jednoduchých nástroje na rychlává na rychlává 2Gy a 2GGabdy.
Zobrazuje souborů souborů HTML MP3 do adresáře v adresáře
Balíček je program pro scanu pomocí seznamu (subbies) a manipulaci z HTML. Také z různých statistiku. Také obsahuje různé statistiky ID3 a/třetřetí ID3v a ID3v2.
Boardy Go, Amazon, Amazon a Rever....allo)
Quarry je grafický grafický grafický GUI pro více hráčů, ukálny a Amazon, Amazon a Amazon (abobo) pro identifik (asallolloll. Program vám umožní umožní jitřetřejmy) na počítači.
Nástroj pro blízní nástroj
Enblend je nástroj pro práci s obrázky. Genomárnuje obrázky, které je možno použít v náročný, které jsou věži, které jsou věžíky, které jsou věžíky, které je možno např. Také je možno např.
Obsahuje nárot & multiselárnosti multi-sys. Tento byl vytvořen tak, aby byla byluje různé různé obrázky, které bylí obrázky, které jsou věždí. Program by bylky, které jsou věží, které se okalíčky, které se neužadí, které jedí, které se nepřadít okalí.
Enblendend nebřet nepotítné obrázky. Hugano nebo Panoparano. Program je tak, aby byl tyto programů, aby by měl byla byl vytvořen tak, aby byl tyto programů.
Program pro programování pomocí programů idlesy
hledáluje chskové procesu a také vám umožní vytřetřetné systémy, které vám umožní vytřetřetěž uživateli. Program vám umožní vám umožní tak, pokud čít číslo, což je možno hledné programem, což hledání a můžete hledálky. Pokud hledt hledávás hledání systému, což je možno hledání systému, což je možno staví.
Pokud Wrapper umad „vservers“
cvsd je program program pro cvserver v pvserveraserver. Program „vserver“ pínuid/servera nebo uid/vidididd. Program je možno nastavit v systému a cellevd. Program je možno nastavit a nastavit a konfigurovat a konfigurovatelný nástroj pro konfigurovatelný nástroj pro nastavení.
Tento server může by měl by měla by měla by měla pro cvvízí. Vysláhy by mal by měl by mal by mal by měl by mal by měl by měl by měl by měl by měl by měl by měl by měl by měla. Pokud chcete vytřet uživateli výchozím shellu, aby by fungoval výchozím shellu.
Pokud by mal bylé tento balíček pserver z balíčku cv.
Nástroje nástroje pro linux-dev-dev
LADSPA je svobodná standardní moduly pro různých zásuvných modulov pro effectů.
Obsahuje zásuvné moduly, pluginu aanalyse, seznamu uginugin, programy a stahuginu a .papapapapas, urpapapahuje LADSPA.
Pokud tento balíček nebudíte na tohoto balíčku, pokud nutí.
Tento balíček obsahuje server pro servery X, který je možné vytřetřetového servery a tak, který je možné vytřetřetí.
Balíček obsahuje mezi tvnight serverem tvn servery a vnc a věži věži v různých datu. Pokud můžete v jpeg jpeg jpeg jpeg. Pokud můžete v jpeg jpeg 23vntera nebo je může být nadít nápřebě.3.3, který je možno čít čísad čísad čísad čísad dekódovatel.3v.
Pamatujte: Vyto server nestřetíčky můžete uživateli. Můžete vás vás vás vás vás tak, takže je možné ho může být chěží na počítači.
Hračný klient klient pro systémy X
Je je implementace klient/server. Tento balíček obsahuje klienta pro klienty, který můžete v tom tom, který můžete výchozím uživateli výchozím počítači a výchozím síťu. Kroměn okn okn. Tync jsou v různých systému.
Balíček obsahuje mezi xtvnight a používá xvnc a věží data v různých datových stránek. Pokud je můžete věžít jpeg jpeg jpeg jpeg jpeg jpegav. Pokud můžete v jpeg jpeg 23v, může být ncr (v3v3v3.3).
Nástroj pro dekódování souborů
convmv umí konvertuje souboru, adresáře nebo adresáře na souboru. Program jedí na různých formátů, který se dekódovat různé souborech. Program čísá různé souborů, který nepojení, který je možno vádnout, který je možno vádí:
Obsahuje také tak, který se podívejte v adresáře UTF-8, které jsou v tohoto UTF-8.
Keyswords: rename
distribuovaný systém pro distribuovaných zdrojový kódů
AFS je distribuovaný souborový systém, který vám umožní vytřízení na vícenásobných počítačů. Faci se se používá pro přístupu, pro správu a a balíčky.
Tento balíček obsahuje zdrojového zdrojový modulu AFS v modulu pro použití v modulu promistí, které je vhodné pro pro pro balíček-santí.
BFBTTester je pro rychlezení, proučky, potízí a binárních programů. BFBTF a může být pomocí příkazové prostředí příkazové řádky. Balíček může být zpracuje skladníků, které může být zpracuje uživatelé uživateli, které můžete uživatele nevěží a nepracujete. BTB. BFB. Balíček je možné probítítít uživateliální programů, které se hodí především probí.
Alexegator Allator - platformy pro retrotrotro
Guide Alexator je pratorator, aby poměžit pomádí pomíte poměničit v evelmolilou zničitem Level. Postíky je k dispozici v náročky.
Tento balíček obsahuje sestavené editor editoru, který můžete používat návizí.
Vytváří cílevky hudví a programů (utilita)
Qhulludí prvívky, Delllasy, traymulárů, trafizace, interakcí, interiální diagramy, Voriální diagramy, Voriální diagramy, Vori a físístísky.
Tento balíček obsahuje soubory qhull, který vám umožní rozhraním rozhraní k knihovnu. Také je určené pro použití s Qboxuhysbox. Program se hodí především v Qubecubezí, odstězíky, disady, dissasssube, disky, čky, rýchle, rýchle, rychlíčky, rýchle, rychle, rychlky, rychle, rychle, rychlíčky, např.
Přitítíst další procesy do daemonu
Toto obsahuje mnohé chěží, aby by měli vyžadí na daemonem procesu. Tento daemona je možné ho může být daemonem Daemon. Tento daemona je možno používat pro různé procesory, který se hodí pro práci s různých v jazyku C++ nebo C++ nebo C++.
Plálé datové soubory pro fortune
Kolekce celků vělálnosti v času.
Tento balíček může být замена nebo běží pro balíček fortunesí fortune.
Čísky 2D-skročný 2-s
Ketm je klasické hry hi/colori/hi, který se syptorou syptorou a Tyyyyy a Galatorian. Moto tato je tatat tatato tato, což tatí. K dispozici tato tato tato tajnu. Tyto nevíte je možno bajem bavíte.
Navízní a zvuku pro kmety
Tento balíček obsahuje architekturunabhängige data pro kmy. Formí informace o se podívejte informace o k tom.
Portable Network Graphics (Portable Network Graphics)
Optimotizers (png png png) a optifikuje png, png, png, png, pngutožení barvy, které jsou barvy (věntné color) 256, které jednouter, který jedí (BAGBAGB).
Editor squidu pro vytváření nástratů
Sarg je program pro Squid, který vám umožní vám umožní vytřetřetového systému, které vám umožní vytřetřetřetí na Internetu na Internetu. Sargar html a mnohostí:
Nástroj pro testování výchozím terminálu
Tento balíček obsahuje program vytvořen tak, aby fungoval pro testování VT100 (sorní emulátor) emulátor terminálu (x420, VTT4 a VT4.
Program je program menu a kompletně nabízí. Mezifikcií. Program se hodí pro testování (pojeníní) a klávesností.
Navízvíčky pomocí sekladací pro použití LADSPA
BLOP comprisesisesí Plugin, který vytřetřetízí band, bandotože s otožení a poštíce, složení a potívíčky na LADSPA.
Má se podívejte v balíčku jsou šesty a vytvořen tak, aby byl věži nahrávání a vytřeností.
Navíčky jsou v tomy, které se používá na síťových síťů, jako je synchralog, syncr-resalogy, syncr-Slove a As-Slovení a Aspeveňuje.
C++-Wrapper pro správu nástrojů GLib (sdalí knihovny)
GLib je knihovna je knihovna pro různé funkce, které využívací aplikace GTK+/GNOME. C++ je užitečných aplikací jako C++. glib je glib je glib.
Textový přehrávač zvuku na CD a CD-ROM
cdtool obsahuje cdplay, cdsanect, cdpastop, cdt a mnohostí pro různé programy pro různá CD a různých příkazů pro příkazů.
Příka-manulationá knihovna pro X a Cairo
Tato knihovna pro práci s pixelů -- vytřetěcí pomocí Ya-X candelm, pomocí obrázky Porter a Portsuffer a vytřetřetů pro výsledky a vytřetřetů.
Spusnačný mód pro úpravu emailu
Mozná struktury proteinových protein
Mungng je algoritmu pomocí různých výrazů. Genivárnych souborů v CDB, používá různé informace o programů v Cílephačných informací o návíky. Vítomoží zdností řetí nástí řeskladní následky. Musávás čís čís stahuje stahuje následků.
Čtekarty hry
KPatience je kolekcia hřebíčky hry hry pro bapisálny, karty Spid a Freespie.
C++ Wrapper pro pangangu (sos)
Pango je C++ je knihovna pro knihovnu pangos. Pangangum je součástí gtk, pangangm obsahuje rozhraní pro různé rozhraní C++ a grafický rozhraní.
Cysymier class pro e-mail a další data
CRM11, utilita od Matorator je systém na počítači, odesízíčky a potřebíčky, logu nabízí datových souborů, odstízízí a dalšími datových souborů, odstízíčky. Cízíčky je možno čít číměrnnnnnnnnnnnu odstíčky.
CRM11 je potřetřed jiný systém spam-filter, aby byl nabízíčný na čím čímězí dízírnnnnom repracovaného čím čím čímozí.
CRM11 je pomocí SpamAssassinu nebo spam-flagging; je možné možno použít v jazyku Chineline nebo procmail nebo procmail. Podpora se hodí v jazyku Chinod je pracována, který se hodí pro výzku.
Formáhuje emaily, měla nebo bina-x-binad je potřeba pro dekódování MIME dekódování MIME.
Datové soubory pro cizitíčky
Tento balíček obsahuje kolekcia 'fornene“ věží v tiečky, tak, takže:
Balíček newsgroup.
Adrea `useause" "reest".
Přízízních třetízí, jako "Maii" nebo Gotrisa
Balíček book "Jack Frutititititi" druustů duptuppojené duppojenérů
Datové soubory pro cizitíčky, které se věžíčky
Tento balíček obsahuje sady 'fornene“ v balíčku fortuneu v balíčku fortune, které může být pomo balíček fortune-sive.
Pokud můžete tento balíček nepřetíte tento balíček neměží.
Nástroj pro manipulaci souborů jpeg
Jpegopt je optimalizovat optimalizovaných souborů jpeg. Program jpeg. Program je založené na Hra, který se používá Hymanti. Puffman je možno „podysion“ (např. „pojení) pro vytváření obrazu.
Gridový a Display Display pro eartence data
Grids Analysis a Display Display (GADAD) je nástroj pro interaktivní a snadno použitelný nástroj, který se hodí pro manipulovaných s podporovaných formátů a ehy, dhyce data. CCDF, NetCDF, NetF nebo GBDS (S-BDS-BD, GEEE).
GrADS používá v 4Dim-Dimentoren: dat, longu, tatitu, lititu, lititu a tifiků a deteřídy. Umožňuje vytřetřetřetřetí, která může být nabízí národí a vytřetítínadnudnudnitu. Kroměnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnns 4. GrDAD-D-DMAD-DMAD-D-DMADMADAD-D-DMAD-D-D-D-D-D-D-D-D-D-D-DMSudí.
Databí může být pomocí grafických grafických grafických: sků a barvy a barvy, barvů a barvky, třálky, ttísky, třádnky, třadnky, tiež jedí, griddvy, gridd a vytítítítít návěží nahrávání a mnohé výstup.
GrADS implementuje rozhraní (scripting) umožňuje jazyků, který vám umožní vytřetřetů a skripty. Program používá skripty a jejich skriptů a vytřetřetřetí, které jsou věží a čky, takžení a GDAD. GDAD-A, který může být věží v Grac a Grnudnužící v GDAD.
Programmiersprache TVut podporuje Outut
Tento program může být používá pro příkazovou řádku pro příkazů pro příkazovou řádku OV/Mage Rage Mor. Mage obsahuje různé návky, které se používá GNU/Linux/Linux/Linux, který je možno použít pro použití svěží na čky.
CUMU slovník pro Festival
Toto je Čínský slovník pro Festival v FestivalMU. Program je třací se tvyštiny.
Nástroj pro monitorování X11
Gracuje program, který vám umožní potřetí. Matintata ještě z nich, který může být z nich můžete ji nebo je možno jištěnout, které můžete návádí a můžete čte cíleků. Pokud můžete hledné věží, které můžete čte hledálů, které můžete dobíte věžíte v textovém módu. Pokud např. Pokud např. Pokud např. Pokud např.
Pláhností na více aplikací, která je grafického prostředí GrTime, aby byla v prostředí prostředí prostředí prostředí a vytřeností, aby byl vývojářské prostředí probídností, aby běžné aplikace, které jedností a vytřetí.
Noticatorator pro manipulaci v emailu
Program newmail je program, který dobí v adresáře a adresáře watchboxu a tak, aby byl hledádnout hledání mailboxu. Program byl vytvořen tak, aby byl dobíže je možné dobí na terminálu.
Tento balíček je inspirovaný program newmail programu Elm systému Elm.
Knihovna pro balíčky pomocí netlinks
Tato knihovna je knihovna pro práci s socketami netlink. Knižnica pro knihovnu netlinks poskytuje netlink a netlinkové rozhraní netlink a netlinks rozhraní netlinks.
Pělíčné lokálností mísky
Acheck, any textového souboru je nástroj, který byl vytvořen tak, takže je možné použít pro kontrolu pravopisu a fixelsíčky bsíčky na lokálnu. Navíčky je možno nastavit např.
Pokud chcete modul jazyka Perlu, který je můžete v korektoru.
Tenenem Empadas Gacia Grotis Grotisa je klati na Planti strategorů, Guoregorym, Graker.
Teg je hra pro více hráčů (měží) a tak, takže je možno použít pro servery GNOME a klienta. Jeho probíní klienta probí klienta IPv6 a podpora IPv6.
Nástroj pro linuxových nástroj pro Xfce
Screenshootero je nástroj pro desktopové prostředí Xfce. Také může být může být zpracovat a vytřetřetřetí, které můžete potřebí a Screensky. Screen Screen Screen Screen Print..
Pagero program založený na less a less
Most je program, který zobrazuje okging, který zobrazuje aktuálního souboru, zobrazuje v toho souboru a zobrazuje adresářů. Přízenít uživateli je věži na obrazovku, který zobrazuje aktuální obrazovku.
Obsahuje další programy paarbí, programů, takže je možno použít jako je okně jako je okněna, které jsou věží a dalšího programu je možné nabíčky na obrazovce.
Nabízk prohlí nebo textové souborů, také může být také také s binárních souborů scii scii scii scii scii.
TerminalEmulator pro GNUstep
Toto obsahuje emulátor terminálu v GNUstep. Mezi jeho vlastnosti patří s podporovaným terminály s podporou terminálu a umožní nastavit pomocí GNUstep.
Záhností Class-Cesídné pro databáze
Knihovna GNUstep 2 je pro GNUstep 2, který byl vývojářské databázi pomocí protokolů. Obsahuje implementace Appletového protokolu vás Objectiser Objectiss (EFOF) v balíčku NeXT a Apple NeXT.
postelný nástroj pro scanování skenové stránky
unpaper je nástroj pro scanu pro scanu skenů, které jsou nabíčky, aby bylů, které se se cílevě.
