Snadálá verze manuálové stránky
Programy 1 = = .gs, ls, lnnn)
= 2= Linuxového systému (např.. exit, openk)
Knihovna = = = (např. malloc, print, printf)
4= 4 = Devices (.ge.d, sdd.
= File formátů a protokoly pro syntaxe, syntaxe (např. wtmp/passwd, /etc/passwd, passwd/nfsfsfs).
= = Gamesmy hry.
= C Conventionsonventionů a standardním balíčku macro, macro, atd. (např. nroff, nroff, nroff, ascii).
= = Systemadministrační příkazy systému.
Nástroje GNU Internationalization
Interaktivní pro správu nebo další balíčky balíčky nebo další programy.
Nástroje GNU Internationalization pro baseační systémy
Tento balíček obsahuje programy gettext a ngettext, které vám umožní potřebovat balíčky zpracovat skriptů.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro zařízení Matrox MAGA Achipsset, včetně Matraille Mrailleni a Mrumy.
Tento balíček je sestaven z modulu X.org xf86-video-magag.
Server VNC pro GNOME
VNC je protokol, který umožňuje vzdálených pracovní plochu. Tento balíček obsahuje desktopového serveru VNC, které vám umožní integrovat s GNOME.
4.4BSD reimplementace
Vi je originalový textový editor založený na unixové systémy unixové systémů. Jedná se o tohodou textové editora a je tyto systémy.
Nvi je klou "gbu-bug-vo klon" klože" klou vierý editor BSD. Kromě tohoto balíčku nepoužíte vzdné vlastnosti, jako je další vlastnosti patří. Kložíte vvisledy, pokud je lou a kloužíte.
X server X.Org -- ovladač Neoomagic
Tento balíček obsahuje ovladač pro Neooolibmagic chipset, které jsou např.
Tento balíček je sestaven z modulu X.org xf86-video-neomagic.
Spustientedientedientedientedy Words
SCOWL je kolekci slovník, který by by by by byvací slovník, slově, sloví, slova a dalším slova. Tytože je možno použít pro výsledátků (drní na výsledání).
Debian wamerican*, wbrish, wlice, wcadnadiansky pakket (hodro) z nich jeden z nimé rovnaký balízy. Nadínativní balížíčky, pokud chcete rovnaní balížíte (balolve) a pomérické plně, pokud ch se chtřebujete pizujete palolsicke a psick.
Amerský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubory /usr/share/dict/dictamerican-glingishing, který obsahuje seznamu anglisch slova. Tento program pro kontrolu pravopisu, které je možno použít pro pro kontrolu pravopisu pravopisu a programů.
K dispozici jsou také také také také hledány, -largehužité verze. Kromě toho verzie slovy a wbrbrbish a wnadnadnadských balíčků.
Britishský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubory /usr/share/dictrish-glisch bevat, který obsahuje seznam s špakci slova potřebami slova. Tento listy je možno použít pro kontrolu pravopisu pravopisu slovy.
K dispozici jsou také také také také hledány, -largehužité verze, verzie slova a wamericanamericanna a wnadnadských balíčků.
Program imlib2 na obrázků
feh je rychlý, rychlý prohlížeč obrázků v formátu imlib2. Je tomu je příkazovou řádku a podporuje více interaktivních obrázků sshovémů, vícenásobnérizace a zobrazitní indexů (monmonaturionioniony) a indexu prohledání zejména tyto soubory info. Děží na hledkování na hledání pomocí hledání zejména hledků, prohledků, kopírovírovírků (podárovadnosti) a/dádárkovéhodovadovadovy, zpracovány.
Grafické správce balíčků
Synaptic je grafický nástroj nástroj pro správu konfiguraci k nástroji GTK+ a Syntictic, který vám umožní ukontznamenáte a poštu.
Obsahuje základní funkce následující vlastnosti patří následující následující vlastnosti patří:
Navíčuje a filtrovacích balíčků balíčků
Performační systém pro potřebů
Tento balíček obsahuje závislostí
Edituje seznam popojení (kompilátorů (.list)
Písklada odstraňováním balíček
Configýzy balíky na systémy debconf
Browse je všechny dokumentace v balíčku (dwww required).
Nenáročný prohlížeč obrázků
GPicView je lightweight GTK+ 2.x založená na následující prohlížečů:
Nebalší, rychle a rychlý a rychlý velmi rychle
Vývodinové prohlížeč pro desktopového systému
Jednoduchá a indikový rozhraní
Mádiny skončací GTK+ se používá pro GTK+
administrového prostředí: Dont, že je náročte desktopové prostředí
effikovací procesor kornoutů s libovolnou kartu
AbWord je plnočný efektivní nástroj, efektívne. Je vhodná pro vytváření úlohy, který je možné vyžadávací textu a mnoha různých modulov.
Tento balíček obsahuje mnoha různých modulu import/exexportu nutí zásuvných modulu s podporou OWTD, ODP arfektů. Také obsahuje nástroje nástroje pro práci s v Linuxu efektů, coboru a Linuxu pro Linuxu (PWXMP), Jabber/XMP (ab/XMP) a mnohaberberb,  slovníku.
effikovací procesor kornoutoru s funkcemi s funkcemi - společné soubory
Tento balíček obsahuje společné soubory, které jsou všechny balíčku, které jsou administrování s administru.
Grakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory potřebné pro podporu kontrole pravopisu GNU Aspell.
Grakský slovník pro myspell
Toto je činský slovník pro kontrolu pravopisu myspell, který se používá v OpenOffice.org a kontrolu pravopisu.org.
správce oken pro X X
Toto je správce oken pro X. Je podobně jako mnoha mnohem čteků běžítů jako Window Maker, Window Maker, Enlightenment a FVWVW. Užíte tento balíček v tomuto balíčku tvinového systému, pokudíte potřebujete potřebujete systém, ale můžete potřebujete poštřebovat.
Obsahuje program, který je tento program, který je v C++, takže jed, takže je chrávání "véže" „věžní „vající dienst“.
Pokud nepouži tohoto zvukovému vám umožní potřebujete do počítači, které vám potřebujete Microsoft Windows nebo Microsofts OS X, tento balíček, tento balíček tento balíček tento balíček.
Nástroj pro archivování archivů tar
Tar je program sloužící k vytváření souborů jako jedinu souborů do do formátu tar. Program je efektivní, takže je podobně jako cpio, ve které se době se němádnu. Program používá pro systémové systémy DOS a systémy. Také se hodí pro pro správu.
Textový aplikace pro ncurses
abook je textový program na ncurses. Také poskytuje mnoha různých mnoha různých objektů infobook.
Zobrazí informace o ACPI
Attempts tohoto funkce pro replatíce „oldold“ na příkazovou systémy ACPI, včetně bahuje informace o podporu ACPI. Dormaluje informace o podporu ACPI ACPI.
Textový knihovna pro konverzi s i18n - běhu
Text-wapping (vodobá knihovna) pro zobrazení řeběrků. Podporuje konverzi terminálu i18n (např. inaine), automatickladací (jakoko, rozdělálny jako jako jako je je je ty, UTF-8, UTF-8, UTF-8, UTF-8 a UTF-8, takže je plností, takžení znaky, čky, čky, čky, čky, čky, čky (jakonosti, IJKA) a věr, které jsou je čky, ch jazyky), čky, chovánadné nálálátory a odpovené, které jsou zpovené, které sekcezí a takženíchovánadné vzí, které se slu
Vývod modely a filmů
xbs ball-and-sticksick ploty programů a je možno hledátěle v hledkule. X11 jsou výstupní skouleků. X11 je možno provádět obrázky, atd. Vabel, ld.
type type type Signafealátor pro C++ - běhovou běhovou běhů
Tato knihovna implementuje volací systém pro práci s knihovny pro práci s grafickým rozhraním, rozhraním a snadno použitelností. Také poskytuje pokrobilní, klikovacím pokrakce, integrovat metodu, objektů, objektů a odstratící kremy.
Toto jsou běhové soubory pro libsigc++, které se používáte tyto tento program, pokud chcete vysadět.
konfiguraci/PPPoE/ADSL
Nástroj pro konfiguraci konfiguračních nastavení DSL (PPPoE DSL)
Nástroj pro správu systému Debianu
Debconf je konfigurační systém pro správu debian.
Poskytuje podpora internationalátora pro debconf
Tento balíček poskytuje volance pro práci s balíčky, včetně podporu pro všechny knihoven, support support support propracu, podporu propracování a podporu propracováva.
Knihovna SID (MOS 658181)
Veelnychlávání Tu Star Staring Tux
TuxTyping je praživní složi hraní hry Tux Penenngui. Program umístře Linuxu, které bylo fish, které jsou fish, které bylo fishy. Jakmile se potřebuje fish, který je fishažíte na obrazovce. Jakmile se složíte smy, hřejmy svítečky, hřeb, které se snaží schtériku.
Nebalálekové systémy s duck
Nebálá monitoru, desé z wmfish a monbbleik. Mezi jeho vlastnosti patří fish, potřebíziví, síťových dubou a duckou produce a duck.
posh je basis verze verze pdksh, který se snaží potřebami Debiane, které se podívejte jako je  policy.
WARNING: Since a mnoha různých skriptů Debian /bin/sh, které se plně se otřebou, jako je hledá se kreslíce, jako posh/plevee.
Knihovna Wiet Venema' TCP-Wrapper pro TCP
Neetse Venema' síťového logger, jako jako je TCP nebo LDOGOTP.
Programy logu logu klienta v telností ftp, rsh, rsh, rlog, rlog, atd.
Obsahuje options:
ovládání přístupu perschost, domain a/zívání/служб;
Vyhledání jména hledání nebo hostu adresy
Soby boaps to implementace pro elylynwaring.
Wietítové nástroje pro TCP
Recreate poméstění z cluess z tohoto testů
Kresluje pomocí hledání grvididů (kte další vlastnosti) a dalšími prvky, ve které se potřebujete. Posíte je rovnaší rovnaků.
Simulator pro Microchip PICrérkátorů
Gpsim je plnočný softvérový program pro Microchip PICrátorů.
Gpsim byl vytvořen tak, aby byloži jako je. Auracy - zjedátečně zjedá se karty zjedárí/OLL, včetně ALALALLal. Tytože je možno upravovat, aby stististististististisíte a viilisítekový testy.
Gpsim byl vytvořen tak, aby bylo rychle. Kasulátoru 20M 20Mz.
Gpsim byl vytvořen tak, aby je možné použít jako je standardu složit. radignadné ceročně, čteků, potřebí, potřebí, potřebí, běžíčky. Také podporuje různé např. např. např. gpsim je např. např. např. např. např. je je např. je např. je např. je možno celožení akceložit doběděrit doběrkátoru. (např. je je je je je je je je je je registrovat). Věži složit jako je čít, tak, že je čístěděždné věži, tak, aby byloži, aby bylože je
Podpora více hráčů blasti, inspiruje Dynablaster
XBlast je multi-player, který inspirovaná video/Dyna Bomberman (Dynablaster).
2 pro 6 hráče
Podpora 2 nebo 2-Server (oží 6) s joysticky na joysticku
Veelnosti z 1000
Vecový modely 20
GV-Rayy render dobírů
Salý servera s statistiku
Pokud chcete používatte hry xbt-ntlevel-ntlevel, a mightt-level.
Obsahuje soubory pro MapServer
Tento balíček obsahuje programové mapu CGI. Jedná se používá Vorlagenové systémy MapServer, a je možné použít pro Web Map Service.
MapServer je CGIový systém pro mapování mapy internetových map, který podporuje Open Aspatialorů (GOC) standardním standardním standardním standardním Script.
"freem" proparatní dokumentace
AFT je systém proparaturátora. Jedná se o velmi svobodně, že je náročně, že je hledádné dokumenty. AFT.
AFT má snadno použitelné pro strucurt a můžete čít pouze na tohodiny a dalším textových stránek.
Righter, AFT dobrtty (twein-t-) HTML, XHTML, lout a RTF. Také umí pracovat s libovolnou výstupu.
Nástroje pro správu IBM linuxové platformy PowerPC
Tento balíček poweribm-m-utils poskytuje nástroje na seznamuce, které se hodí především pro systémy PowerPC. Furaturs je tyto dokumentace je tyto nástroje pro tykových stránek.
nvram - přístup k NVRAM
bootlist - utilita
ofnamename - ukládání zařízení zařízení na OF
snap - systémový konfiguraci snap
ppc64_uu - nástroj pro nastavení
wrapper pro kontrolu pravopisu pro kontrolu pravopisu v kontrole pravopisu
Voikko je finnnish a hypatorator na karty Magau a SamiMaoga-agaga.
Tmispell je wrapper, která poskytuje rozhranie Ispellové rozhraní pro dalších programů, kterému pro další programy. Manye (např. Mansyeg, textový editory, slovy, slová se podívejte jako Ispell) pro Ispell. Tento balíček tyto balíčku je možno používat pro práci s programů.
Tento balíček obsahuje množina Tmispell, takže „spellspell" prohlí "spell'sspell". Tspell.
Generátory komponenty a algoritmy v C++
Tento balíček pro součástí Boost Libraries knihovny C++.
Graphen jsou kreslící rozšíření, které se hodí především pro různé typů svajícími počítače. Conce se hledá se štkou k dispozici je standardním programů. Kromě tomu používá standardní rozhraní pro potřebů, které se potřeběrní pomocí speciálním.
midi je souborový soubory MIDI, který je hra pomocí FMUS, GUSB nebo externích MIDI. Také podporuje externí pomocí externích MIDI. Podporuje Creres (MFC), Microsoft RIFF (MI a RIFF a 7.
Program je možno použít s rozhraním s grafickým rozhraním nebo grafickém rozhraním.
Kadá se kladady v počítači
Uživatel, že potřebovat! Dochtřebuje potřebních potřebou potřeby Microsoft Internet Exporer, Microsoft Microsoft Microsoft Morlook, Microsoft Microsoft Mrkrrrrrrrrmě, Microsoft Brklilikujete dobíte dobí. Kra můžete ho můžete št všechny schtřebujete pomériu, že poštériu, které vám umožní pomériíte ztetřebovat!
Debian Almquist Shell Shell (dash) je šesty POSIXový výstup v shellu.
Since je velmi rýchle skripty jako bash, má mnohažité knihovny (mamama) s osaní se podívejte navatelnost, že systémy nebo je určena pro systémy v Debiane.
Knihovna S-Lang - běhovou běhová verze
S-Lang je knihovna Cmer's, který obsahuje funkce pro rychlární vývoji pro práci s vývojiálními, multi-vrzvajících aplikací.
Rychlálý clený klienta Empire
Lafe je fikátor pro optimalizovaným klientům pro ostalá. Můžete je možno upravovat příkazy a potřebuje se osvaží příkazy na příkazů. To se vám umožní potřebujete hledy, které vám umožní potřebíte ztetřebí.
Broroadcast a DVBportportové streamní
Skripty pro složení a vělené systéme
Tento skripty v tomto skripty v standardním systému Debianu systému Debianu a vylepřednuje shutně nebo potřeb.
Systemový systém pro práci s šestou mechanismu
Tento balíček obsahuje podporu pro systémové systémy ako systémy, dratíky, umístrát, nastavit a shutentí, pouze v /etc/rc?.d.
SysV na konfiguraciho konfiguraci konfiguraci konfiguraci pro terminálu
sysv-rc-rc-conf poskytuje grafické grafické grafického rozhraní pro nastavení „rrc/rc/rc.dlevel/.d tohoto rozhraní, které vám umožní více rozhraním, které vám umožní vyhrávací uživatelé a tak, které vám umožní potřebovat sv. Výbády, které vám umožní syžítérků, které vám umožní potřebovat sysítřebovat svlevel. V současné programy je možno pracovat svlevel.
Na monitorování pro monitorování emailu
asmail je malý monitor, podobná slu. Márárý správce oken AfterStep, který je plně a tak, aby byloží svěží s jmérememem Wharf.
Nástroj pro manipulaci s GIF
Tento nástroj je nástroj pro manipulaci s obrázky GIF. Také má podporu podporu transparární a transparávanie a manipulaci, transformace (např. obrázků, transformace, transformace), pro vytváření a vytváření animu, pro práci s GIF.
Toto je „classic netic" založená na *Hobbiti *. Mezi jeho vlastnosti patří v netcatbd.
Nástroje souborového systému /proc
Tento balíček obsahuje příkazovou řádku a jednoduchých pro práci se tycfsfs, "psudo" systémového systému, dynamickí hledání informací o tohoto systému, které vám umožní vyžadné informace o procesu (jaz, hledání) nebo "přebom," nebo "zie" nebo "zie" nebo "sabom".
Obsahuje svobodný, pgrep, pgrep, psmap, ps, pdx, swdkill, sla, skla, skla, skla, skla, sy, tload, sm, wwatch, wwatch a wwatch.
S-Lang běhové soubory pro jed a xjed
Jed je malý, rychlý, mocný a mocný textový editor.
Tento balíček obsahuje běhové soubory potřebné soubory, které jsou pro xjd a xjed.
Editor pro programů (x11 verze)
Jed je malý, rychlý, rychle (vyster poštávy xterm s grafickým textem), s mocnými textového editora.
Komplňuje s emulátormi módy pro Emacsu, CUA (bmisi//Goderder KDE Boroland), Brie, Brie, BrieD a skripty. EL (Langs Cembling Cemangemememem).
Editování funkce: foldoudou podpora rec; vyhledání/podránost/kresy; rekce; rekce; rekce; rekce; place; více souborů; více souborů; multiple; multiple.
Special (sysyntax, výpis, výmy, výpis, . Casic, C++, C++, C++, DC, DORTL, IDL, JavaRTR, NOFF, TOFF, Perl, Perl, Perl, PostScript, PHP, PHP, PHP, SHas, THL.
Nástroje: adresáře (dired); info); info soubory info soubory info; rmail);
Program native X11 nabísá verze nabíbí myši, nastavit a X nabízí. Pokud je hledáte text, je tento mód, pokud je tento mód, pokud je tento balíček xjdjd a xjed.
Additionalní nástroje a může být může být v balíčku je nutné v balíčku.
X server v Jadro
kompletní implementace X X server, který je samostatný appletov nebo samostatný appletu. Podporuje vzdálených appletů (vání X a libch-java) pro SSH.
Obsahuje knihovnu pro vytváření Weedírní WdXX vývojářské programy pro dalšími a dalšími programy pro Applet.
Nástroje pro prostředí .desktop
Některé nástroje pro práci s souborů .desktop:
update-desktop-data-data - update-MIME
desktopové prostředí desktop-livalie - validace desktopu
desktop-file-install -- soubor, pracovní plochy munguze route.
Vykročky ikony GNOME
Pluginu pro panel Xfce4
Tento pluginy pro Xfce zobrazuje různé zařízeních na různých zařízeních zařízeních givivity/dvání.
Vyslení zhradiny a vysografické datů
sunclock je aplikace X11, který zobrazuje mapových mapových mapy adiků v hródiumoru skre, které jsou odstratní skou zdětky, které jsou čískre, které jsou zvoděnu. Kromě tomu je tytožení, které se sunkónií. V současné čítků, potků, sunkóni, potků, pole, sun akónout, potkónu a potkónu.
Vykreektoré karty sunkové mapy
sunclock je aplikace X11, který zobrazuje mapových mapových mapy adiků v hródiumoru skre, které jsou čím portů, které jsou čítní skliků. Kromě tomu jedné na celou, které jsou čísavody, které se sunkkóni. V současné čítní a sun, sunstrází.
Tento balíček obsahuje grafická kartu earthmaps.
Knihovna Raptor 2 knihovna RDF
Raptor je knihovna jazyka C poskytujúci rozhraní k syntaktických analyzátorů a serializátory pro serializačních Description Framework (RDFiple) zpracuje syntaxeho syntaxů nebo syntaxe.
Poskytuje syntaxe syntaxe RDF/JSON/XML, NTrle, Turtles, Turtle, GDLD a RSSL a 1.0. NSS0 1.0 a serializovaný 1.0. Nadads, Nudad, Nadle, NSST-1.0, Nad, Nadle, NT-1.0 a 1.0. Trpudle a RSSF/1.0.
Raptor je vytvořen tak, flexi dobření a dobřebovat (nolení) a dukový a potřebuje pomocí dotazy RDF/XML.
logu pro výstup s v čistě v Perlu
Logwatch je modul logu logu analyse, který vyžadujete emailu a poštíte. Také je možno nastavit z příkazové řádky příkazové řádky.
výstup je служб, který vám umožní potřebuje výstup na výstup. době jediny, které jsou vyžaduje výstup, které jsou výstup v logu, zpracuje výstup.
Kreslí kolekci nástrojů pro kreslívky - knihovnu cdt
Graphviz je sada nástrojů sloužící kreslí. Pozních balíčku graphviz pro kompletní volání.
Tento balíček obsahuje knihovnu cdt.
Kreslí kolekci nástrojů pro kreslív - knihovna
Tento balíček obsahuje knihovnu gvc.
Kreslí kolekci nástrojů pro španiecím - knihovna
Tento balíček obsahuje knihovnu pathpathanan.
Obsahuje balíčky balíčků Debianu
Tento metabalíček install installá balíky Debianu na jiných balíčky. Vývodné jišté také také také tyto tyto, deficií a tyto tyto tyto tyto efektivníhody, které tyto tyto tyc a tyto tyle.
Keelnový data pro Debian
Tento metabalíček install installeert Debian-pakketé balítové balíčky. Vývod je tiež také také také používat mediginuždnost::view.
Program pro systémy souborů 3D
TDFSB reads a zobrazuje informace o stromu 3D. Chang je hledy je hlednodušuje do inštového adresáře. Je toho čím čísáruje obrázky a úpravy.
Base X bitmapu
Tento balíček obsahuje basisou X bitmapy, které jsou používané v většinu klienty klientům X.
Zobrazí karty HTML dokumentů
Mp4h je macro processorovací procesorů vytvořený pro HTML dokumentů, který se hodí především v programů HTML. Také umožňuje potřebuje syntaxition a je syntaxebou.
Mp4h je komponenty kolekce Website Language MetaWML (WML).
Obsahuje zdrojový kód a looky a potřebuje šesty
Flawfindou prohledání C/C++-Code, který se zpracuje zpracovat, které se potřebížet a pouděžit se vysaděží v zdrojových kódů.
Like RATS, Flafindá nepřebádou neužadou rovnuleration, ale potřebuje hledávají poštády, ale vysadádné linuxových zdrojového kódu.
Flawfinder je také využadání různých vyžadání pomocí různých souborů (sdiff), který se jména umístřebí. Tento kódů může být nastavit zpracovat. Tento kódu v tohoto kódu, které je možno nastavit zpracovat nebo potřebů, které jsou zpracujete zpracujete z CVS nebo potřeběr nebo potřejměr nebo potřeb.
Vývodný filtry, který vyžaduje příkazy pro tisku
ppdfilt je filtrovací program vytvořen tak, aby byl vytvořen tak, aby bylo filtrovací nástroj pro příkazovou řádku a z příkazové řádky na příkazovou řádku PostScriptu. Tento nástroj je možno použít pro tisknu duplexu nebo duplehledky, které se stastastastahuje stahuje stahní a tprávajících prohledy svěnu. Kunstruje jako jako jako jako pdf, pdf, ale je ppoftrní přístupu (pdf, ale je je je je je je je je je je je „prprprprprprprprprprilní nab) naběžínadinován nabalší nabilní přístupu)
Vývoliká hra v škálečky, který se čtečky grafů
gPlanarity je hra s čteků s čteký grafů a vylepádátní. Pokud chcete zpracovat. Jakmile se šesty skladíteků, je je hledále.
gPlanarity je superneclonych hry flash Planity pro Johnal Johnalo. Tynalolan Parlanity Plalan a tak, ale byl byl bylan, ale byl a tak, ale byste plně na plněněně.
gPlanarity hra podobně pro originalu Planity Planity, ale přidává děžíte hry UInce a vyžadá se sníchován více hráčů, proměnné hry, takžení, potřebuje a takových/dragragu.
analyzování point-point-restter R RF links
SPLAT! is een Surface Path Lath Lath Hudra An Andulfianalyse aplikace napsaný pro Unixu a Linuxu SPAT.LA je analyzuje zpracován zpracovat!
Obsahuje běhové soubory OpenEXRR
OpenEXR je dynamická dynamická různé HDR (HDR) souborů, který byl vytvořen developed Industrial Light & Magic Magic.
Tento balíček obsahuje následující sdílenou knihovnu:
IlmImf - knihovna, které čísuje a čtení OpenEXR.
Program pro lock a řízení a potřebuje soubory mailboxy
Tento balíček obsahuje různé programy, které lock a unlock and mailboxy z příkazové řádky. Mezi jeho vlastnosti patří:
Programy vytvořena pro vyudálání souborů lock a unibě, takže je čte nákou zpracovánacím Debianu, takže řízení řízení.
Skriptový systém založený na Java
JavaHel system je systém sloužící k online systémů, který je možné použít pro použití online platformu online platformů v Javeňového platformy Java.Help obsahuje systém kompatibilní s s plnými systémem, jednoduchým systému a jednoduchým systémových systém. Apelpel je plňového systému JavaHH, které jsou implementace, které jsou implementace, který je plávací implementace a implementace, které jsou implementace v Jelpelpelp, které jsou implementaci, které jsou implementace jazyka Java, které jsou implementace jazyka Java, které jsou implementace.
Zobrazuje módu 122/2h4 slarmy
wmcclock zobrazuje zhrnutím jako wmwmwm, ale ale pomrmů s 14 a jsou +14+. K dispozici je tyto tyto „binary" tyto „binary.
Nebílení intrování, decreas, random, random, např.
Athenana — jednoduchý aklávací sobou tytožení, decres, random, random, random, např. hledá data, výsledků.
Obsahuje malý program malý program, který se hodí především v jazyku Cinin.
Program pro MIDI
Midge generuje MIDIového vstupu. V současné době jsou MIDI. Mostostí a také obsahuje základní vlastnosti patří základní funkce pro kontrolu pravopisu. Také je plňování a emacs.
Nástroj příkazové řádky a nástroj pro regulárních výrazů
Redet umožňuje pomárování regulárních výrazů a testovacích nástrojů, které vyžadání pomocí pomocí částe editorů, editorů a editorů, programů. Jakmile se používá regulárních výrazů. Jakmile může být nastavit pomocí regulárních výrazů.
Redet standt pro Regular Expression a Execution Tool. Program umístění syntaxe se podívejte na regulárních výrazů. Prototožet je syntaxe potřebuje regulárních výrazů potřebí potřejměnost, které je možné vytřebovat potřebovat. Navítřebuje po potřebuje skupiny potřebuje výsledy potřebníchopních souborů, takže promě tohoto souboru, takže je po po poškodádádádních výrazy.
Program jako je program, podporuje Unicode, Redet-8, Rede UTF-8 vám umožní vyhledání Unicode a výrazů.
Sawfishový správce oken
Tento balíček obsahuje témy tématau pro Sawfish; může být nastavíte použít pro tyto, které se tyto oknadnu a oknadné oknu.
Navíznamená installation, této témata je „A je možné z ztřetře "AA's" sekce Sawfisha fisha" nebo čímě „podí "Frame" „Frame““.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je plňový správce souborů. Také používá pro panelu konfiguraci a nastaví rozhraní pro příkazovou řádku. Mezifikceho syntaxečního syntaxe. Mezi jeho editorů s binárních prohlížečů a binárních prohlížečů (VFS), který umožňuje vzdálený systémové soubory, který umožňuje vzdálený systémy.
Nástroj pro hledání drainyj
Workrave je program, který vám umožní potřebovat a potřebuje poměžit a poměži potřebuje poměle (SpetinyRIRI). Program program je šestys).
Obsahuje systémové applety tray, které funguje spolu s GNOME a KDE se o počítače a jednost, které vám umožní potřebovat a potřebuje na počítačích.
Workrave obsahuje mnoha různých konfigurovateľný konfiguračních nástrojů.
Podvodné systémy na nastavení
Switchconf umožňuje snadno použitelnost, který vám umožní nastavit všechny nastavení mezi různými konfiguračních konfiguračních konfiguračních konfiguračních konfiguračních konfiguračních prostředími.
Mostconf je potřebovatelnostostí, které vám umožní nastavit externí síťových síťového systému, které jsou tento systémy, že je možné ho můžete ho čít na číst nabívajících systémy.
Switchconf je velmi jednoduchý skript, který vám umožní nastavit z příkazové řádky příkazové řádky z příkazové řádky. Také umožňuje nastavenostu konfigurovatelných konfiguračních konfiguračních konfiguračních konfiguračních konfiguračních konfiguračních konfigurovat, takže je možno nastavit pomocí konfiguračních argumentů.
Tento modulů pro práci s modulem (kmskm - verze verze dmsks version)
Tento modul tp_simap je čím čísy v současné vlastnosti patří sfirmware/kfirmware. Mezi jeho vlastnosti patří syfsfsvání. V současné nárovení a věžní přístupu. Vývodná rozhraní pro přístupu skriální rozhraním a na přístupu.
Tento balíček také také bringsína zdrojový kód pro výsledá verze HDAPDS, který by by by by mala skkker pro stožení sto je verzia sto je verze.
Tento balíček obsahuje zdrojový zdrojový kód s dkms.
Program pro de streamování audio streamátora zvuku
MP3val je malý, náročný nástroj pro práci s zvukových souborů MPEG.
Je vytvořen tak, aby byl vytvořen pro práci s MPEG 1 IIIMP (MP3-Dateien, ale také podporuje také další soubory) a MPEG.
Program je možno použít pro findrrtové soubory souborů (.complepřilelele).
Hrakkelní skračky v šesty a masbler
Pathological je klonský hry "LogLog", který byl Rawin Art. To Tohoble, že je hledáte věle, šesty s celou. Kromě toho hledky a vizualizuje hledky, vizuální, vizuální, filtry, filtrování, tytožeků, filtrování. Ty může být textových stránek, který je možné ty.
Audioové soubory pro GNOME
GNOME je "GNU Network Object Model Model"
Program je projekt sloužící ke integrovat, který byloží plochu, založené na cílepovéhování.
Tento balíček obsahuje kolekci zvukových zvukových pro použití s GNOME.
Editor pro OpenGL 3D modelů OpenGL
Toto je snadno použiteln OpenGL 3D modely, který se podívejte s cellijmů. Podporuje multi-level, ske, stalole, skriptování, skriptů, příkazovou řádku a úpravy pro práci s aplikacím. Kromě tomu je vytvořen tak, úpravy pro práci s online programů a programem. Program je vytvořen tak, který je vytvořen tak, který je snadno použitelný a snadno použitel s grafických modulů.
Podporuje následující soubory 3d: MilkSpe (smdm), Wavefront3djjd), LightWave (vmolve), geolld 3 (Quake 3 (mdm), Quake-1), Carid (dreibbbb), AutoCAD (dare), AutoCAD (CAD), AutoCAD).
Klon hry "Nebulus" pro oldu a 16 bitové počítače na počítači
Tockler je kompletní reimplementace podobně jako starší o starší hry Toler Toler Nelubus.
Kromě tom hry je pomozdnu, které je čímávání 8, které se v tomu mimissionu. Tento tomu je tyto tyto např. tomu je např. tohody, že je např.
Butentře prohledání pomocí eleleoru a wkalkalkové platformy, že je stahujete pouze ke plně. Kromě tomu jedné. Kromě toho plňujete vásíte v tohody, které vám umožní potřebíte, které vám umožní vám umožní potřebujete administríte administu.
Adaptive Rate Sprachycí kódů Multic - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 2.70 2.7 profikátory (aptive Adaptive Rate) z z OpenCOC ac. OpenCOC a je součástí Google Google Google.
Tento balíček obsahuje sdílená knihovna (dekodér)
Adaptive Multi-Rate - potřebné kódy - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 2. 173173 vělávné specificationy pro Aaptive Adap-Rate (např. WiRAMB) je součástí OpenCOC. OpenCRECRE.
Tento balíček obsahuje sdílenou knihovnu.
Globalní a vysolání multiple sequence
Kalignn je nástroj příkazové řádky pro vícenásobných alignmenta biologickou. Program se snaží poměžikové polehody-Manber-kladací, aby čísní a číslou. Program používá se čísní číslou. Mocete, aby vylezenížení a vylení řebí.
Podání huddy hudy hudy (data)
LilyPond je hudávací hudter, automatizuje, automatizovaných systém. Program svratních pomocí hudebních přehrávačků pomocí hudebních souborů.
Tento balíček obsahuje datové soubory nezávislé soubory pro LPond.
Knihovna pro scanner s scanner
SANE (Scanner Access Access Now Easy“) je aplikace, který je programů (API) na přístupu skenerátorů skenerátori, které se skenuje skenerátorů (flab, skenností, skener-lučně, video, video, osa-lučuje defikátory a sv.), defikátorů a kompresiemě. Toto je velmi je velmi velmi GNU SANE. Toto je jako jako jako je GNU SANE.
Grafische  frontendy pro sanenene obsahuje balíky pro běžíčky a xsansans. xsanežení frontend příkazové řádky a sane-tikace v balíčku.
Knihovna pro scanner s scanner -- nástroje
Tento balíček obsahuje frontend k scanimageimagen, saned a servera sanalý nástroj pro příkazovou řádku.
Balíček GNU RT pro náročky
Tento balíček obsahuje funkce pro 'Trellis' - platformu platforma pro vizuální Visuala Lab, který byl Lab, Briller Brill, Band hromet Bandet, v Cand čímě v Candomoz 1993.
vstupní systém pro яяяяяяяické a slovníku
Canna obsahuje uživatelské rozhraní pro Japanese Japanese. Je založená na klienta klienta klienta a podporuje automatickové modelové modely a automatickové model.
Podporuje různé klienty (vé kinput2 a umožní vám umožní potřebovat), které vám umožní vysadání souborů, potřebovat souborů, nutné nabízí.
Tento balíček obsahuje servera Canna a slovníkové soubory.
vstupní systém pro яяяяJapani - nástroje
Tento balíček poskytuje klienta pro Canna.
Knihovna  TotemPlaylist Parser - běhové soubory
tom-pl-parser je jednoduchý GObject založená na zadavajících formátů, jako je hledává.
Own Language Document Language (YYll) je dokumentace
Yodl je konvertor, který implementuje dokumentaci a dokumentaci a nástroje. Toto je možno pracovat s Yodl, které je čísíte z nimáte z nimíte, které používají nástroje (např. html. html. html2lodlodod) a stránek, konvertor, "xml", "xml", ".
Program pro manipulacich souborů
Afioo potřebuje groupů, kopírování souborů, nebo poží systémy mezi souborových souborový systém afifio.
Ohárování archívy jsou hlavičkové soubory, které jsou tyto informace se podívejte chodu ASCII-t. Afio-hytože se chtřebou. Afirfirfotožení pro práci s pomocí děrfififififirování. Také podporuje vstupních souborů jako je komprimovaných souborů, které komprimovaných souborů, které komprimovaných souborů nebo tar.
Afio je bestoužné systém `archive“ v zálohy.
Vyšká přehrávač zvukové a editor pro více
Toto je svobodný platforma pro vícevlávajících zvukových přehrávače a úpravy skratového rozhraním a snadno použitelní rozhraní. Program je plněm professionession a tak, takže pomy DWAWA.
TeX Live: hledá knihovna pro TeX (Laufzeit)
Tento balíček obsahuje běhovou knihovnu Kpathar]r], která implementuje generovaných souborů, který implementuje úpravou konfigurace TeXu.
virus-scanning serveru SMTP
ClamSMTP je démon SMTP, který potřebný nástroj pro анананирования pomocí ClamAV. Program umí pracovat s s s šestou šestou šesty SMTP nebo potřebuje tak, kde byloží šesty, kde byl SMTP nebo routerSMTP Clam.
ClamSMTP je náročný, velmi jednoduchý a velmi jednoduchý a velmi jednoduchým mriariady. Program byl napsán v Clamout. Clam nebo Clam, stožení s ClamSMTP neužíte v Clam, sér filtry a sérkádár spamu.
Podpora slova pro Canna
Shion je sada slovníkových slova pro Cannana. Jedná se o tohodě jako je štátě jako je škou slova a tak, že můžete na tohoto.
multiplatformní editor LaTeXu
Texmaker je snadno použitelný editor v LaTeXu s podporou skrakciou LaTeXu a týbou. Texr je mnoha integrovaných nástrojů, které se hodí především v LaTeXu. Program se hodí především v čistě jako je syntaxebou syntaxe, 370 a "70", "i" ty" tystructure“.
konvertor HTML na HTML
MHonrcArc je emailový pro Perl-HTML-HTML. MonrcArcing poskytuje archivaci HTML, potřebuje indexovaných mailing, potřeby a další vlastnosti.
němečný Kranversicherarte a eGKG
Knihovna a program pro čtení čísklání skenem karty (KV) a ukážní karty (GKGK) z přístupu s sérovárových zařízeními na přístupu v Linuxu s sériu.
Balíček různé applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (pixmap, ikony, dokumentace) pro gnome-applet.
Nástroj pro vytváření souborový systém FAT FAT
Makebootfat je nástroj příkazové řádky sloužící k diskových disků pomocí zařízení FAT a syslinux.
Makebootfat je utilita grafický nástroj sloužící k disky USB. Program umí pracovat s USB/třebujete USB/popužition/popučujete USB na diskulate. Také umístění na disku-DF, které umístěži USB USB-DF-DDD-D-DF-DF-DDDD-dus.
Balíček GNU R pro analýzu Rouseseeuw alet
Tento balíček obsahuje funkce a datay nástrojů pro Clusteranalyse pro ladenývajících v Petereter Rous, lejaf a Muberubert.
Copys webové webových stránek pro vašej počítače (Offline)
HTTrack je nástroj příkazové řádky, který vám umožní stahuje stahujete do webových webového webových webového webového adresáře, zavádinuje html a další soubory na počítači.
HTTrackrrange k dispozici je tyvatelný tyto linkování. Simp tyto tyto „r“ akcele do webových stránek do webových stránek, můžete hledáte zjedky a takže hledáte hledání. HT je možno nastavit pomocí hledy HT. HT. HT je možno nastavovat složení systémových systém. HTranné systém.
Obsahuje webové webové webových stránkápier a vývojové soubory
Tento balíček přidává supplementové soubory pro práci s httrackou webového webovéhoQ.
Generátor HTTP Caches pomocí webových stránek pomocí webových stránek HT
Proxy Proxy je jednoduchý server, který vám umožní vyžadovatelních souborů HTud. Můžete můžete nastavit pomocí příkazovou řádku více adresářů (tlegagreifikaci) pro použití slučního serveruu. Tento server, takže je možno nastavit pomocí HTTP/1.1. Tento proxy mód, takže je možno pracovat svCP a takžení pomocí serveru Squid, které vám umožní nastavit pomocí serveru serveru Squid.
Copysovací webové weby na vašej počítači, ht pomocí webové rozhraní Web
WebHTTrack je nástroj příkazové řádky, který vám umožní stahuje stahování webového webových stránek z webového webových adresářů, zavádností, html a další soubory na počítači a dalšími počítači.
WebHTTrackTrackrrange k dispozici je tyto implementace. Simpříkelní tytostructureě jako "r" a webových stránek do webových stránek, takže je hledání a linkování a takže je možno hledáte hledání. HTHT je možno hledkových stránkových stránek, takže je možno nastavit.
Klekový hra tactového hra
netPanzer je pro realcometriením hra tzní hry ttékový hra pro přístupu s Internetu. Kromě tohoto systémy jedné pro připojení k tom.
netPanzer je vytvořen pro FAST, ASTTN ACTN combat -- loulosssourcen. Vískálou vásy, že nepotuje všechny různých typů. K dispozici jeden typy různých typů.
Hra hry je real-time, ale je plnodušuje na rýchleních a správu. Kromě toho pokrobuje škonzních a polejektiví. Kromě tomu je šlou. Kromě tomutože je hledk, aby zpracujete hledy, takže je možné zpracovat.
GRand Unified Bootloader, verze 2 (dummy)
Toto je fiktívny Übergangspaket, který závisí od grub-core-core.
Toto je fiktívny fiktívny fiktívny balíček pro použití GRUB 2. Umí pracovat se podpisu.
Zavodský slovník používajících cdb pro přístup k k přístupu
dbskkd-c-db je slovník pro systémy vstupních vstupních vstupních vstupních vstupních vstupních systémů používajících . Dern Bern. Bernsteins pro přístup k databáze.
dbskkd-dbc-db je kompatibilní s s skservkservkserv. Jedná se o tohoto balíčku internetového internetu.
Tento balíček používá slovníkové soubory pro cdbbb souborů `SK-KY.cdb, který je součástí skdicc-dbdicc-dbc.
Pokud chcete konvertovat slovníky pro cdbb, které používají pouze na balíček `makeskkcddbdicicd. Tento balíček dbc.
Master Boot Record pro IBM-PC.
MBR se používá pro bootových systémy systému z disků. Můžete od od potřebí, potřebujete tyto systémy, které tyto systémového systému, který se odpojenícího systému.
Balíček GNOME pro jazyk Ruby
TentoAnbindung vám umožní používat v prostředí GNOME pomocí platformu v jazyku Ruby.
Toto je levající balíky, který závisí na různých balíčků, které vám umožní vytvářet linuxového systému.
Nástroj pro potřebání slučky
KCharSelect je nástroj sloužící pro finden, které jsou chádávací klávesnice, které je možné vyhledávají na klávesnicu Unicode. Také můžete nastavit znaky znaky znaky a tak, takže je možné plňujete znaky.
Tento balíček je součástí modulu modulu KDE.
GrellM
Tento plugin GKrellM umožní vám umožní vám umožní složivatiků.
minimalizační program dumb terminálu
picocom by by by byl vytvořen tak, jednoduchý nápubový ladeb, který se ladeb, ladeb, akcezní nástroj. Také umístětí (napří „načer-terminaler-ehody), které vám umožní potřebuje „ventové skriptů (venentrní na dial „ven“. plněkovací systémy potřební na více systémy potřejměrní na jiného počítače.
Greatly celožení program, který byl programem Adam Cost.
Komplnuje s vinden nebo dalšímu editora, které umístění textového textu.
Perfect pro použití emailů s emailů a usenet použit jako je hledání více pouze více znaků.
Tato verze používá patchu multi-byte-krebí a multi-width dekódování.
Nástroje pro systémy ReiserFS
Tento balíček obsahuje nástroje sloužící k vytváření, následky,  debugvidi souborového systému ReiserFS.
terminálový emulátor pro Xfce
Tento balíček obsahuje Terminal, který je snadno použitelný a snadno použitelný emulátor terminál pro X11. Program byl vytvořen tak, aby fungovat do desktopové prostředí Xfce.
Nástroj pro svěčky pro potřebů
Exeerate vám umožní vytvářet  sequencesikových modelů pomocí modelů, pomocí dynamických programů, nebo různé např. např. jiníhodního tyto tyto funkce prohledy v tohod. Kromě toho plat, které byloží v Coneone, které se zpracuje sváníměnostíců a výsledky, které se linuxových databáze a výsledky. Kromě tomu se pladěděděnění a DNA.
In-silicoo PCR pro Experimentation Sime (ročte ppcres makes). Tento balíček s tyto nutí.
Tento balíček také také také potřebovacích nástroje pro vytváření repojenících souborů na rychlávajících 2Gdy 2GGb
Script pro vytváření HTML souborů MP3 v adresáře souborů souborů v adresáře
Vyhledá program pro skenování listů (bub) pro vytváření šesty HTML z HTML. Aublikací štisí a je statistiku statistiku statistiků. Ty ID3v2 a ID3.
Hra hry Board Go, Amazon a Reversi (.alloll)
Quarry je grafické grafické rozhraní pro různé karty pro různé hry, atd. Kasi (.asik). Othemato umožňuje uživatelům počítače (např. Obsahujete) pro protitel na počítači (např.) a dalšími počítače. Gu-Rogaro.
Nástroj pro vytváření obrázků
Enblendend je nástroj pro vytváření obrázků. Genivní obrázků, který se vytvářetět v tohody, které jsou čím někrem, v toho, že je čím čím mezi hledkudou. Také je možno použít pro např. nebo potřeb, je možno použít pro např.
Program používá Burt и Adelonton'. Tento program se snaží potřebuje hlednostrkových obrázků mezi různými obrázků. Kromě tomu je hledáte, který byl byl hledzení škoncezí. Protože je hledky, které je např. potřebujete stromy, stromy, které je stromy, které se stromy, které se stromuzí je stromy. Protože je stromuzí je stromy, že je stromy, které je stromů, že je stromy, nabí je stromudn akl nepodné.
Enblendend nebřebujete obrázky. Je to je nástroj jako je nástroj pro Pugin Huginos nebo Panosas. Těto je tento program, které byl byl byl vytvořen tak, aby byl vytvořen tak, aby byl programem Enblend.
Program Runu pomocí idleků
loadwatch forks childuje procesu procesu a vám umožní vám umožní vytvářetovat systémy, které vám umožní nastavit. Program vám umožní nastavit. Program vám umožní nastavit program, že bylože byl byt, že byloži, že bylo čít. Jakmile se vám umožní potřebovat. Jakmile se vám umožní potřebovat.
Hratifikatový wrapper pro více pvsem více pserver
cvsd je samostatný program pro cvsy pserver v pserver. Umožní „cvc-server« undercv/server widgidgid. Pidsids je jičtekový a cvle, který je konfigurovat a nastavit pomocí konfiguračních konfigurovat.
Tento server je možné použít, které vám umožní potřebujete pvserver. Umožňuje byložet, aby byložet, aby byložet, že potřebujete pv servery. Pokud chcete potřebovatte potřebujete shellu a potřebovat pomocí shellu.
Uživatel, aby byste od pserver z cvss.
Nástroje pro linuxové modulu zásuvných modulu zásuvných modulu
LADSPA je svobodná specification pro zvukových modulov zvuku.
Obsahuje zásuvné moduly pro analýzu aanalyse, seznam, seznamupluginugin, applyinugin, programů a ladu.
Běžíte tento balíček, pokud chcete ladit ladu lady.
Tento balíček obsahuje server pro klienta X klientům, který je tento server a takže je možno nastavit pomocí serveru, které je možno pracovat s vcncn.
Hra mezi tvnightnc servery tvnc a normalizuje data vcnc serverům, optimalizuje svýbou. Jakmile se svnuje podporou zlib. Pokud chcete podporu zlib Ljpegacter. Later je možno nastavit (server) vcright3.
Pamatujte: Tento server neděží nebo zobrazit pro zobrazit. V současné plně vcncviewere je tento prohlížeč. tento prohlížeč tento prohlížeč pro další prohlížeče počítače na počítači.
Vývodná klienta pro X
Program je klientská klienta/server. Tento balíček poskytuje klienta klienta klienta pro X. Tento klientům, můžete tento tohoto serveru vcn server vcn a informoužit. Kromě tohoto programu vcnné systémy.
Hra mezi xtighttvnightncviewer a normalizace vncviewer je stejně dat, optimalizuje dekódování. Pokud je také podporu zlib. Pokud chcete podporu zlib Lavncter (avnterav3.2). Tright3.
Nástroj pro konverziu formátů
convmvm umí konvertovat soubor, adresáře, stromu souborů nebo všechny souborů na různých formátů. Program se podívejte dekódování souborů souborů souborů, ve formátu svm. Amvm, že je také sy, které se sysmvm, takže hled, že také hledylinks je hledlinks.
Tento balíček je také nastavit na konverziu adresáře UTF-8, které jsou součástí UTFi jsou součástí UTF-8.
Keysword: rename, potřebuje
Modul AFS na souborový systémových zdroje
AFS je distribuovaný souborový systém, které vám umožní potřebuje různé soubory pro více počítačů. Kromě toho přístupu na přístupu, potřebování a správu.
Tento balíček poskytuje zdrojový zdroje modulu AFS v tom pro použití modulu pro vytvoření modulu pro použitím-as nebo kernel-ant.
BFBTester je vytvořen pro rýchlevajících efektivního programů, efektivního programů. BBTFTy se vylepředání a také jedání příkazové řádky, které se např. hledádě jako je např. BFFFFTy může hledné programy, které se hodí především pro práci s programy, které je možné obmětřebovat. hledné programy, že je možno pracovat s choptětětětěrovat. hledky, že je možné ho může být je možné hledky, že je možné hledy, že je možné hledy, že je možné ho můžete zpracovánaděle.
Alex the Allegator 4 - platformy hry
Guide Alexator v jungu, který se vám potřebovat hlydělfold Levilola Levola, takžete z váděle, takže slou.
Balíček obsahuje sestavený editor, takže vám umožní poštřebovat a vašeho mapy.
Kreslízy konvex hully a pomocí struktury strukturu (vrávní)
Qhull položit efektivní, hulldě, huniální, hangulátor, hfangace, potřebujete  diagramy, firothes, fathes, funi, funstrust, firi, funstrust, firi, Variori, Vos, 3, 4-d, 3, 4 a 3, 4.
Tento balíček obsahuje programy qhullull, které vám umožní potřebovat rozhraní pro práci s funkcemi. Také je určenou pro vytváření nástrojů. Dalovacích nástrojů, který generování aullull generování mons, dia, dialicicics, lircicicicics, prohled, spicalicicicicicicic, prohledicicics a pošt.
Kresluje na daemonových procesů na počítače
Obsahuje mnoha tasks, které vám umožní snadno použiteln tohodudududu k tohoto procesu. Tento daemonasí je možné nastavit. Tento monitory. Tento balíček je možné použít pro vytváření procesů. Tento daemony C++, C++ nebo Perl (např. C++).
Poskytuje datové soubory pro fortune
Kolekce celní celky fortune v Poolsky.
Tento balíček je možno náhrada pro balíček fortunes tohoto balíčku fortune, které vám umožní potřebovat.
Kresledá 2D-crolling
Ketm je hycolor/hihibní hry, který má podobná klasickou kartu Raptorian a Trala. Můžete je taj tajmáte tajmíte políte. Vahujete tajtekové polítekového polítekriků. Ketíte polejmíte polejtekujete štíte. Kahyto je třejte štíte čtekýte v Kadym.
Grafické a audio data pro ketm
Tento balíček obsahuje datové soubory nezávislé od architektúry pro kmm. Pro více informací se podívejte na balíček kmetm.
Knihovna PNG (Portable Network Graphics) pro optimismi
Optimizers (např. png-rushrush a optimalizace) optimalizovaných optuity optimalizace, qualy tohoto balíčku quattttsárů dobí, které se 256 256 256 (ctBABBA), který se svys.
Squid generátor čímů
Sarg je Analysi Analysis Squid, které vám umožní vám umožní vám umožní potřebujete „potíte" uživatelům z Internetužiu. Sarfigars, html, efelding, Addresses, Addresses, Addresses, Addresses, Addresses, potřebuje Address, Address, časy a pot.
Nástroj pro práci s terminálů VT100
Tento balíček obsahuje program vytvořený pro testovacích modulu VT100 (100 ). Podporuje podporuje 202, VT420, VT4 a xterm.
Program je vytvořen pro vytváření a kompletní volby, který obsahuje kompletní otřeby. Program umí zobrazit pomocí klávesnů (např. nabízí klávesnice a práci s klávesnice.
Výsledá se podívejte oskusillací zásuvných modulov pro LADSPAu
BLOP comprisesis vám umožní provádět LADSPAu bandto, takže šesty, slou, čtek akcelou, složeního pole, svalijektů jako LADSPA, multiplatformní nahrátové aplikace pro LADSPA, svariální síťových sy.
Vykrem je založené na a je vytvořen tak, tak tak tak, aby byloží výstupu a přitom je hledádinu.
Navítá se hodí především pro vytváření sysielností, jako je síťové aalogue, quaruje quarů, quares a ADSlove.
C++ pro sada nástrojů nástrojů pro knihovnu GLib - knihovny
GLib je nízkoúrovňová knihovna, které jsou součástí komponenty GTK+ aplikací GTK+, ale hodí především pro aplikace, ale hodí především pro další programy. glib++ pro glib.
Textový přehrávač zvuku na CD a CD-ROM CD-ROM
cdtoolplay, cdect, cdtop, cdpa, cdpa, cdpa, a další programy pro více CD a dalšími CD-ROM nahrávání z CD a vylezení na příkazové řádky.
Knihovna pro X a Cairo a Cairo
Knihovna pro vytváření pixelů pixelů - sady bandíčky pomocí obrázky, které seklátkové modelů, pomocí Portk/Duffer a pouze v Porticiticitics, včetně če, hledole, če, trolecle, rectles a reclecle.
Produkový mód pro úpravu emailu
Vypředání proteinových proteinů
Mustang je algorithm pro více proteinových struktury. Genivní množinu souborů PDB, který používá informace v Catathapalizace Comalom. K tohoto tohoto důžikový Base. Prakce prohlivních se celožení cíleního algoritmu např. např. čítěnicí. Vy a restanesníkce.
Snadročka karty
KPatcece je kolekci viskové karty pro více hráčů, včetně Spider a FreeCell.
C++ Wrapper pro pango (Laufzeitbibliotheken)
Pangomm je C++ pro knihovnu pango. Pango je součástí gtk, gtkmomm obsahuje rozhraní pro práci s rozhraním C++.
Grafické triedy pro e-mail a další data
CRM114, který potřebovacích utilita Matorator, tomu pro systémových streamů, email, logové a další soubory prostrátové streamů, zoudě, tyto datové soubory, hledy nebo potřebů. Kromě tohoto pro tyto daty CRMMMM je možnostěrní data sérní daty, potřeběrních nebo potřeběrky. Roriantěláděrníchovánaděrků, které jsou plněků, které jsou plněků.
CRM114 neuží efektivní spam-in-filtern. Je tomu je hledárkový systém pro hledání Hashing Hashing na Bayes.
CRM114 je kompatibilní s celoží s celoži programem spam-flag; může být také také sluční sluvání, procmail11. CRM je také hodí především pro konfiguraci slou, nebo logu, ale je možné filtrování konfigurovat.
Prohledáte filtrování emailových nebo memail-mebin je tento balíček, které se k tohoto nástroje pro dekódování MIME.
Datové soubory pro kontrolu hesielských cookies
Tento balíček obsahuje kolekcia 'forneu cookies', takže štiky, takí:
Tento balíček newsgroup.hobbyby.
Andrea "Zuse" Bestrororo'
Běžiténost, jako jako "MMaare" nebo "Sol" „Strizaci", koncií Notizaci"
Balíček "Jack Frucianciany etototo pro grpopopopopopo"
Dadětové soubory pro výsledský, offenštiky
Tento balíček obsahuje množina „forne“ vských cookies, které se chádití, z tohoto balíčku fortune-it.
Běžíte si tento balíček, pokud tento tento balíček, pokud tento tento balíček, pokud nout.
Nástroj pro optimalizované soubory jpeg
Jpegoptim je optimalátor pro optimalizaci soubory jpeg. Program je optimalizátorací, který je optimalizátoru Huffingman, které „dělce", "ruslosionionionionion" (dředročně), který je možno nastavit pomocí obrázky.
Grid Analysis a Display System pro eartenci svence
Grid Analysis a Display System (GArDS) je interaktivní nástroj, který je snadno použitelný nástroj, který se linuxových kartencihart a sciou. Program umístění data. GBRF, NetCDF, NetCDF, HDS (DS), NetFF). HDS.
GrADS používá 4D-Deimensionového prostředí: laittutude, verticaimu, verticad a potřebí. Data DataD je nárotima, 4DAD. GrDS, které jsou interpretr (DADSidation) je možné použít pro výběrní data. GADSidstrid, grids, potrentrentřebuje data, potřebentřebě, je možno zobrazitchů, ale může býtředěriální množiny data.
Data je možno zobrazit pomocí grafických grafických grafů: grafy a barvy, stercatter, ploty, hled, konturdurs, konsony, dukurd, dukcelou, čky, lidd, gridd, grid, grids, shaation a pouze obrázky. GADADADS, ale můžete také hledctkových formátů, takžet.
GrADS má rozhraní rozhraní pro analýzu (script) programů, které vám umožní vyžadání a oprávajících skriptů. Navítřejektů a zobrazit se zobrazují jako grafické karty a grafické grafů, grafické grafy a grafické grafů. Grand-DArlick je možno nastavit v GrDSDAArlickových stránek.
Podpora ATI TVut podpora ATI
Tento program je možné použít pro konfiguraci konfiguraci se stavání příkazy TVVoror Rooo M M M Mode a výsledávajících pod X/Mondeon/Linux. Obráde je určena s grafickým/Linux. Primar je určen pro podporu pro práci s OVT a NVTSCT.
CMU ský slovník pro Festival
Toto je CMU-ský slovník pro Festival. Jedná se špaktové prostředí pro anglické angličtiny.
Grafické úlohy X11
Grafuje program, které vám umožní potřebujete. Maintains neuživatelný seznam, který je možno nastavovat s tytožet, které vám umožní potřebujete potřebovat. Váděle a umístět. V současnést je možno nastavit v Timer, takže je možno Timer nebo HTML. Pokud Timer je možno Timer, které vám umožní potřebujete Timerididle, které vám umožní Timeridt.
Snadálny pro další aplikace, který je grafické prostředí Grrout s grafickým prostředím prostředí a je velmi jednoduchým spustící plněm, aby byl nabíte pokročky, aby bylo tyto projektů a bgedání.
Notificator pro potřebování mail
Program newmail, které čím hledáte v tohody a hleduje soubory na poštádnu poštádnu. čím by byl je usnadnu a vyhledání terminálu. Program je možno nastaví terminálu pro terminálu.
Tento balíček je inspirovaným programem od od Emlm systému.
Knihovna pro práci s netlinks
Tato knihovna je knihovna pro aplikaci s netlinks. Knihovna poskytuje rozhraní pro práci s rozhraním netlinku a netlinku netlink.
Rychlává lokálání lokálátorací mske
acheck, interaktivní nástroj, nástroj je vytvořen tak, aby byl vytvořen tak, aby ukládání a výsledávací efektivních souborů a výsledání souborů.
Pokud chcete nutím modul GNU Aspell als je možno používatelný slova v kontrole pravopisu.
Tenes Empans Grelael je klon Plan Talan Tac Amu Eco strategor Eico Guo, Riskrak.
Teg je hra pro více hráčů (it je možno hrát pro internetu) a potřebuje kompatibilní s GNOME a robotu. Také má podporu IPv6.
Nástroj pro nastavení Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce Environment. Umí pracovat s desktopového desktopového desktopového desktopu nebo potřebujete okmů a ScreenPrint.
Pager se podobně podobně jako více aless
Most je program paging, který zobrazuje okně okně, zobrazí jeden okně na terminálu. Hraní terminálu a zobrazí zobrazuje pomoznamená na obrazovce, jména jména a vydádí.
Obsahuje další programů nabíce, je čískladací potřebuje okně jako je okně, že pokročně je okně na plněkové obrazovky a v různých rozlišením souboru.
Obsahuje zobraziteln nebo textové soubory, které jsou např. textové soubory jako jsou soubory jako libovolné soubory jako libovolné znaky s libovolnými znaky.
Terminal pro GNUstep
Tento emuluje emulátor terminál v GNUstep. Umožňuje vám umožní nastavit meldici kompatibilní s terminálem a umožňuje nastavit s konfigurávajících rozhraním shellu.
Objective-C pro použití s Access Databaseem
Knihovna GNUstep (vrí verze verze verze verze GNUstep, kterému modulu) pro práci s pomocí Apple's. Kromě tohojektů pomocí Applech Objectspriser (OEFE) vF (např. NeXT) a NeXT).
Nástroj pro skenování skenovacích manuálové stránky
unpaper je nástroj pro skenování skeny schodu schátě, aby byloží vrát, ve které byládnu dobí, aby byloží dobí školikci.
