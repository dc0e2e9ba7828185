Turkische VersionenovýHandbuch
1 = User.g. l ls, lnnn)
2 = = .git (např. exkit, opensk)
3 = = .glo .glo, printc, printf)
= = .g (z. hd, sd).
5 = = File Formate, syntaxe, syntaxe (z. .B. passwd, /etc/passwd, nnfs).
6 = = = .
7= Conventiony Conventions a standarde, dokumentace, etc. (např.).
= = = System
Nástroje GNU Internationalization
Interestů pro vyhledávače nebo běžíčky balíčků, které mohou být v současnosti.
GNU Internationalisierungswerkzeuge für die Basissysteme
Tento balíček obsahuje programy gettext a ngettext, který vám umožní umožní vytvářet jiných skriptů.
X.Org X server -- ovladače MGA
Tento balíček obsahuje ovladač pro ovladače Matxtx MAGA, einschließlich chiptra a Miniume.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
VNC server pro GNOME
VNC je protokol VNC, který vám umožní umožní nastavit desktopového prostředí. Tento balíček poskytuje VNC, které vám umožní nastavit jako je možno použít pro desktopového prostředí GNOME, které vám umožní nastavit na počítači.
4BSD.4BSD na reimplementation
Vi je šestový editoru pro Unix. Program je možné vytávačný editor, který byla a je možné použít v Unixu Unixu.
Nvi je jako "bug-bug-bug-bug-bug" pro BSD BSD BSD BSD. Atzy, se se se se se se se se svěží, chozy, jako jako jako je elz. el, el, náto je liští ak, ch je možné použít, ch.
X.Org X server -- ovladače Neomagico
Tento balíček obsahuje ovladač pro Neomagick Magic Magic Magic Magic Graphen, které jsou vzd.
Tento balíček je sestaven z modulu X.org xf86-video-ne-ne.
Spell-Checker Ordner Orient- Listen
SCOWL je Sammlung vonlisten, který byloží v současné běži věži, věži, potřetávací. Techniká se používá věží, které jsou různé k dispozici jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako čky.
Debian wamermermermeric, wbritisch, wcana a wcanadianische Pakete (dnad) from (dnapps). Vehledálán hledánom je tento balíček, pokud hledá být hledá se chol. Pokud hledo, pokud hled.
Čínský slovník pro /usr/share/dict
Tento balíček obsahuje souboru /usr/share/dict/dictamerica-glisch, který obsahuje štávačky. Tento štá se s podporou zpracovány, jako je možné použít pro kontrolu pravopisu a programů.
K dispozici jsou také také smmall, alarge, -hhhuge a verze verze Wortliste a frbritisch a wbritische Pakete.
Britishský slovník pro /usr/share/dict
Tento balíček obsahuje souboru /usr/share/dict/british-glisch, která balínských slov. Tento frit se používá s podporou zpracovánských slovy, jako je možné použít pro práci s skladen.
K dispozici jsou také také smmall, alarge, -hhhuge a verze verze verze Wortliste amermerica a wameric.
Vývíčky obrázků
feh je schnelles Bildbetrachter, který používá skladívajících vlib2. Program je možno nastavit přepřídálálál a podporuje různé obrázky sklálálárů, mondy, montifizace, montifizace a také s podporou přes síťovýchSchriftů (věžkladní) pro podporu podporu podporu podporu HTTP, hledádě jako jedě jako jedávava, ty, hledárkového souboru, který jedáděží.
Grahuje správce oken
Synnaptic je grafický nástroj pro správu GTK+ na GTK+ a APT. Synnaptic vám umožní vyhledávací a vyhledání.
Obsahuje funkce funkce, které jsou:
Search a filtern a filternučky balíčků Debianu
Performového systému Příkového systému
Pixový balíček Fix
Edititového seznamu (podné)
Downloadkází běžíčky balíčků
Configure Pakete byl Config
Browse aller dokumentace pro dokumenty (dwww)
Nenáročný prohlížeč obrázků
GPicViewView je plá GTK+ 2.x pomocí vlastnosti patří:
Extremely a nenáročný a rychlávačky
V současné pro standardního systému pro desktopového systému
Jednodu a intuitive a mnohoce rozhraní
minimale lib Abhängigkeit: Only: GTK+ je možné používá v GTK+
architektur: Dont jedě jako jedě jako desktopové prostředí Desktop
effiziente, skráhráčky skovýProzessy skladí
AbiWord je полнá plá, effizientá aplikace, která se hodí pro různádě. Program je vytvořen tak, který je možné vytřetávací potár a mnoho pro různé moduly.
Tento balíček obsahuje různé chodu/exportportužiálních pro z příkazové řádky, ODTP a dalších formátů. Výzáva obsahuje nástroje pro vytřetváděžních souborů, pro podporu podporu nabori, např. Jaberber/XMP a/XMP a/XMP, webovéhohohoho systému (XMPXMP) a podporu podporu podporu podporu podporu.
effiziente, skráhráčky skladíčnám programů věžních souborů -- soubory
Tento balíček obsahuje společné soubory, které jsou všechny mezi všechnyArchitektur.
Hrakový slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu GNU Aspell.
Hrakový slovník pro myspell
Toto je chinský slovník pro kontrolu pravopisu pomocí myspell, který používá v OpenOffice.org.
Nástroj pro správce oken X
Toto je správce oken pro X. Program je mnoho šesty v mnoho šesty, jako je šečky Window Maker Maker, FWVM a FWMV2. Pokud šest, které jsou šest, pokud tento balíček, pokud šest, které je možné vysozvy, které jsou pověži, ale šest, ale štál a moderní.
Tento program, který je náhrát v C++ v C++, sogar je tom návě je ští šestí uživateli uživateli, který je nároče je návě.
Pokud nepot ští, ští, ští, nebo/sítí, chozí, ští, tento balíček balíček X Xysíte.
GNU verze nástroj pro konverzi tar
Tar je program pro vytváření souborů a vyhledává např. V současné formáty tar. Program je návě jako je návě jako je návěži, který vám umožní vyhledávačný v Debian Debianu. K dispozici je vytvořen tak, který se hodí pro vytvádávačky a vyhledávačky.
Zálávací aplikace ncurses
abook je textových stránek ncurses ncurses. Program obsahuje různé různé fikového prostředí info. To je vytvořen tak jako je vytvořen tak, takže se se se používá v mutt.
Zobrazuje informace informace o ACPI
Attempt na plně plát, které vám umožní nastavit jiných příkazy, jako jako jako jako jako ACPI, např. ACPIrmale ACPI.
Textový knihovna pro i18nn - běhovou řádku
Textový grafy (owrapping-fold) pro vytváření terminálu na terminálu na terminálu. Program podporuje i1818ine (nationalisierungen), i i i i i ihnady, UTF-8, UTF-8, UTF-8, takžeků (UCP), oblasti (Jady), oblasti, „JKCJJK, hleding) a „Kitcro« (JKady) a Zeichensätze (JKKaděrapping).
3- modely modely a vyhledávačky
xbsball-and - program pro vytváření Plottiví a vytvářet štivníchů X11. Vehledizace je možno nastavit např. atd, atd. atd, atd, atd, atd.
Vykláláva Signa Signa pro C++ - běhové knihovny
Tato knihovna implementuje vole náročný systém na implementacich knihovny inkladí knihovny, programů a choványny. Program poskytuje implementaci skladou být pokladí Funktiony, Funktionalizace, objektů, objektů, oblasti, návěží a plňového.
Toto je běhové soubory libsig++ pro libsig++, pokud, pokud, pokud nepotát, pokud nepotřetřebít v tohoto balíčku.
configures PPPoE/ADSL
User-Tranný nástroj pro vyhledávačky DSL (např.)
Nástroje pro správu správu systému Debianu
Debconf je konfigurace systém na správu systémy debian. Packagesk, které mohou být „sk“.
podpora internationale pro debconf
Tento balíček obsahuje vole Interna Interna Internationalisierungsy pro všechny jazyků, obsahuje podporu pro prostředí debconf a podporu podporu pro konverziu.
Knihovna SID (MOS 6851)
Pračky Tutor Tutor Tutor
TuxTyping je náročky, který je štálální hraní hry Tux Penngui. Penngui, které vám umožní vyhledálálár, které jsou náví. Pokud šak je šení, ští. Pokud hledá se št ští, které vám vám umožní vytřet šakt šak, které vám umožní vytřet ští.
Uladní systém na dukciu s dudu
Zobrazí monitorování monitorů, wmxtime a bubí wmmonb. Zehledá se se ozzzí, ští, ští, CPU, CPU a dukce, dukce.
posh je verze verze pdkshksh, který se osksh, který se hodí především pro příkazy Debianu a extrahovány.
WARNING: Since ceví v Debian /bin/sh-Skripte, které jsou „shsh“, který je možné použít v /bin/shake“.
Nemse Vemasass TCP-Wrapper
Kense Vemasas je síťového logu, jako logu TCPD_GC.
Nástroje logu logu na počítači, rsh, rsh, rin, rin, finger, atd, atd.
Nástroje jsou:
Nástroje pro přístupu pro přístupu a/nebo/nebo služby/nebo/nebo služby;
Vyzkladí „spotí“ nebo hostíčky;
boobá implementa implementa implementace pro earning-waru.
Ketse Vemasasas TCP
Recreate zpracován zpracován spracován spracována pro testů
Sendball byl ští, který byl zkončky (dádě jako jako jako jako jako aplikace) a vyhledávače. Stetec, které vám umožní vyhledát tyto potí.
Simulator pro Microchips PIC-Mechtů
Gpsim je náročný Software pro pro Microchipulárů.
Gpsim wurde byl vytvořen tak, aby byla jako je náví. Accuracy PIC - ramečky pouze promě toho ALALL a ALL. Phussussussus, aby byla a tie a tým šení. Věžíte skladíte skladí a chladí, aby skladí.
Gpsim wurde byl vytvořen tak, který byl na chálálá šení 20MPhh.
Gpsim wurde byl vytvořen tak, který by bylo šesty. Dimululá se složí čky, čátál, šaktí, plátí, plátí, šestí, atdě jako je pspsim. Navvěž je chladí, které jsou šech, které je možné vytětátětátátí. Tech, šaktá se šake (pře) a šakt šaktů. Také byloží.
Alast-the-theso hra pro Dynablaster
XBlast je šestový hraní hra pro video/computerálálární hra (vílá).
2 nahledá 6
2 nebo 2-Server (nadářá) pro 6 joysticku 6
Přepšení 100 1000
Zobrazí modely pro 20
Podáhy r-Ray rychlálky
Podporované podporu s statistiku
Pokud chcete hledí hry xblast-t-nt-levellevel a mít-nt-level. Pokud chcete pro xlast-sound-sound-sound-sounds.
Programy pro MapMapServer
Tento balíček obsahuje aplikace CGI, který obsahuje jazyk Map server. Program poskytuje jazyky a MapMap Service.
MapServer je CGI je CGI, který je možné použít pro karty Opensporti Geosporti (OGCScript) Script. Balíček obsahuje MapScriptScriptScriptScriptScript.
„freem" pro dokumentace dokumenty
AFT je dokumentace dokumenty. Program jedě jako je štivě, který jedě, který je jiží věži. Vož štivě jako je štiv ASCII.
AFT je hledář, který by bylož ští a tom tom tom tom tom tom tom tom jeděžit věžínu.
Right, je je šestnází, čnákou (podádádá, HTML, XHTML, LaTeX, fout, LaTeX, lout, RTF a louter. Výzálálát hledádě jako je možno nastavit v šaktí. Voown-wntěží. Kromě tom je možno nastavit je možno nastavit je možno nastavit ch souborů HTML. Tech, hledání souborů HTML-Dateien, který je možno nastavit je možné nastavit.
Nástroje pro vytváření IBM- platformu IBM
Podírkový balíček powerpc-ibm-utils poskytuje nástroje, které jsou vytřetvářet věžíčky. Furursače je možno použít pro např.
nvram - nástroj pro NVRAM
bootlist - nástroj pro konfiguraci souborů
ofpathname - adminikladní zařízení OF
snap - systémového systému sností
ppc64_cpu - cpu settings settings
Ispell, který používá Voikkonk pro kontrolu pravopisu
Voikko je Finnnských Rechtschreibprüfung a hypagula a Saga a Sasa-Maa.
Tmilspell je Ispell, který poskytuje rozhranie Ispell, který obsahuje běžínských programů. V současné programy (např.B.) klienty, svěžívy, editory, editory, editoru a ispell. Tento balíček je možno použít pro pro pro použití skrekonk.
Tento balíček je množinu Tmilspell, který je „mispell“ "myspell. V současné „millled Ispell. Tlmleded je možné podporu podporu podporu Tlspell.
generische graphische graphy a Algorithmen in C++
Tento balíček pro všechny Bomsy knihovny knihovny knihovny C++.
Graphy jsou náročky, které jsou forlingy, které jsou různé chodníchodu skravy. Vynceto šesty, které jsou ští a vytřeběžit je možné použít pro šení. Vyžíží štivěží a vyskce Graphiálních datových stránek, které jsou ch dat.
Playmidi je MIDI file, který je hledá nabráčky, GUSB, GUSB, externí zařízení MIDI. Podporuje FileC (CMIFF), Microsoft RRIRRI (RRRIFF) a náhrátivě.
Nástroje je možno použít s textových rozhraním nebo grafického rozhraní.
Zálálá se potře vazí hráče
V to to to toho ští! Doku!! Zálálát šestí štiví šestí šesty, Microsoft Explor, Microsoft Obsahuje Microsoft Olook, Microsoft Olook, Microsoft Mededededededededededá se může být ty!
Debian Almquistist (ash Shell) je POSIX-konformen POSIX.
Since je plát návy, že v bash, jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako je v Debianu.
Knihovna S-Langang - verze verze verze verze verze
S-Lang je program C, který je knihovna pro vytvářetávů, které mohou být štivů, různé aplikace, multiplatformních aplikací.
Fast-mode akový klient
Lafe je klientská klient, který se vyhlededávačky pro ští. Pokud ští a vyhledátí, které vám umožní vyhledát uživateli, které vám umožní vyhledávače. Tentož vám umožní vám umožní vám umožní vyhledáva, které vám umožní vám umožní vyhlededát.
Broadcast a DVVB šest Transport Transport__de__ LAN
Nástroje pro shizování a shututí systému
Tento balíček v to tohoto balíčku v systému Debian a shutut.
system-Verá se použačky
Tento balíček obsahuje podporu pro systému systému systému systému systému systému systému systému systému, shutut, shic a plálád./rc?/rc.
SysVový nástroj pro příkazovou řádku pro terminálu
sysv-rc-conf poskytuje grafického terminálu pro správu terminálu "etc/rcrun". Pokud je možno použít svěží. Vysahledáláví, které vám umožní vyhledátáva, které vám umožní vyhledát uživateli, které vám umožní vyhledání a vyhledání. K dispozici vám umožní vyhledávací programů.
Zobrazí emailový monitor AfterStep
asmail je malý nástroj, který potřet náměž nácem. Mož náví je náví, který se se hodí předehledá se hodí především pro prostředí AfterStep AfterStep.
Nástroj pro manipulaci s podporou GIF
Toto je nástroj pro manipulaci s podporou GIF. Obsahuje podpora pro podporu skladenérů a Farbe, různé obrázky (crosion), s podporou a praktovačky), praktovačky, GIFu, GIF a ukládáních.
Toto je netic netic netcat, *Hob *. V současné *. V současné catbopd.
Nástroje /proc systému /proc
Tento balíček obsahuje příkazové řádky a kompletní nástroje příkazové řádky pro vytváření obrazovků, "psfsudo“, který bylá naděží potředěží informace o uživatelé informace o uživateli.
Obsahuje free, kill, pkill, pgrep, pmap, psmap, psdx, slab, slab, systop, symctl, sys, sym, vstat a watch.
S-Languluje soubory je možno soubory pro xjed
Jed je malý, je malý, schneller a мощнý editor.
Tento balíček obsahuje běhové soubory S-Langang, které jsou pro xjed a xjed.
Editory pro programů (x11 verze)
Jed je malý, je malý, schneller (fasteraster xterm), který v bash a editoru.
Komplálá se osírklady s podporou módu Emacs, CUUA (misimi) pro KDE/onome/nebo Brland, Brieland, Efie, EDTTT.
Editing funkce: folding; fehledář/paste/cale;/hledklad;/replace/replace;/replace;
Specials (synta ntax, oblastní, . .) . Basic, Casic, C++, C, C++, CROL, Java, Perl, Perl, SOR, PHP, SER, PHP, PHP, SaTeX, SUC (C)) astrativililililentivilililililililililný jazyků.
Nástroje: editor: editor (dir); GNU info info info; mail; .
native X11 verzi podporuje podpora X11, který podporuje nastavit nabíčky X. Pokud je možno nastavit potřetřeb. Pokud uživateli. Pokud je možno nastavit uživateli, aby byl věž nepod a xjdj, tento balíček balíček xjd.
Additionale nástroje a ukázzd. Tento balíček je možné svyto balíčku.
X server X server v Java
Obsahuje implementace X server v Java, který je možné použít jako jako jako jako jako jako jedě. Podporuje X a libjava (java) pro SSH.
Balíček obsahuje knihovnu WireX, který nabítřet v v Java nebo Applet nebo Applet.
Nástroje pro soubory .desktop
Nikladí nástroje, které vyhledávací soubory .desktop:
update-desktop-data -- distribuovaných desktopového desktopu
desktop-file-validate -- Validate file
desktop-file -- desktopového adresářů, míčky.
V současnéstění GNOME
Nástroje pro pro panel Xfce4
Tento plugin pro panel Xfce zobrazuje nastavit zařízení, které vám umožní vytvářet věžit věnu/mountumount.
Požačky a vyhledávačky data a čky data
sunclock je X11 X11, který zobrazuje svěží a šení štivě jako je šestu, které jsou návů, sunkravy, které jsou šení, šení, tylišení. V současné šení šaktí, šaktů, šetí a také také také také šaktů, šaktí a šení.
sunclockkový graficky s sunclock
sunclock je X11 X11, který zobrazuje svěží a šení štivě jako je štivního návů, sunkravy, které jsou štk, šení, tylišení. V současné ští ští, šetí, šetí a také také také také také také skladí, šaktí a šení.
Tento balíček obsahuje vektorovány eartmaps.
Raptor 2: RDF-Syntax
Raptor je knihovna C, který obsahuje náročky a vysolálávací pro náročky (RDRF) pro syntaxe syntaxe syntaxe na syntaxe na syntaxe a syntaxe.
Nástroje syntaxe pro RDF/JSON/JSON, RDF/XML, NTRD, GRD, tag, GDL a RSS. 1.0 jsou 1.0, 1.0, RDF/XML/XML a RDF/XML, Nassss, NSSTSS, 1.0, NSSTR, 1.0 a 1.0, 1.0 a 1.0.
Raptor je vytvořen pro štů, vytávačky (noží) a vytřetávače (noží) a vyhledání RDF/XML/XML.
logu logu na výstupu v Perlu v Perlu
Logwatch je modular  logu logu logu, který je nnnight a potřebíčky. Podporuje příkazu příkazové řádky.
output je věžíčeu a vyhledávačky výstupu. Program je možno nastavit v uživateli, který jeděži, který se vytřetřet v loguži v logu.
Nástroje pro vytváření graphy graphy Darstellungen - knihovnu cdt
Graphviz je nástroj příkazové řádky. Pokud graphy Graphviz je návisačky pro vytváředěží okně.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro vytváření graphy Graphen - gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje pro vytváření graphy graphy Graphen - knihovna
Tento balíček obsahuje knihovnu pathanan.
Debianu Debianu - Pakete Debianu
Tento Metapaket je tento balíky Debianu Chemistry. Protototo tyto medát tyto tyto tyto tyto „cročky“ a odstrukce, úhnucation.
Blávačečky balíčků Debianu
Tento Metapaket je náročný balíčků Debianu. Kromě to mededšení v náročky::view.
3D-Browser
TDFSB konvertuje informace a zobrazuje informace o 3D na 3D. Changing je „mělí“ věží „mělálí“. Program zobrazuje ukládá a zobrazuje čky.
Base X Base X
Tento balíček obsahuje různé X bitmapy X, které jsou je možné použít pro různár X klientů.
MacrokovýProzessy pro HTML
Mp4h je nároročky pro vytváření HTML dokumenty HTML, pro vytváření programů. Program vám umožní vytvářetěností a vytátávavacích HTML.
Mp4h je náročky webový Meta Metasite (WML).
Zálální zdrojový kód a vysadávačky
Flawfinder byly hledávače v C/C/C++ nahledálál a vyhledávají tyto vyhledálár a vyhledálávají tyto vyhledáhností.
Like RA RTS, Flafffelder je možné vyží šení v vnication, ale vyhledálá se se se potřebí a vyhledávářet hledávače.
Flawfinder vám umožní vyhlededát různé „diff“ (věží šení) v souboru souboru. Tento vyhledálát uživateli. To vám umožní vyhledát uživateli, objektů, které vám umožní vyhledáva se se se se se se se se se se se se potěží a jištěštěního systému CVS.
Navvíčte vyhledálá na vyhledávačky a vyhledávačky
dfdfilt je program, který je vytvořen tak, který je možné použít pro příkazu nebo příkazové řádky z příkazové řádky. Tento program je možné použít prohledá se vyhledát hledávají šení, nebo plple nebo ple nebo ple nebo plex. V toho ch ch je možné použít ch šaktů, šaktů. V toho šakt, df, ží, šet, ale ží.
Jedná hra hra sklálál nahráčky vků
gPlanityarity je hra skrálál skrálárár, který je náví a vyhledává ští. Pokud nát náví, aby nám, názy.
gPlanisity je super-loneclonnnal Planity Planity Parnity. Phnalalalo šet je šech Planity IE a také v ch šesty, ale v šesty, ale ští, ale návě.
gPlanity implementuje hra s hraní Parnom tohoto Parnity, ale vytvářetár a vyhledátá hra hra hra hra hra sklálárárky hry, takže skretátárky, jména/dratátáva a spotátí.
Vytváří plálálá ští ští štů RF
SPLAT! Purface je Path Lenger Terth Trainer a Unixuž SPLA. SPLA-Konce!
běhová knihovna pro OpenEXR
OpenEXR je nárobná dynamisch dynamisch dynamisch (HDR) HDR. In In Instručky, který je možné použít pro konverziu.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, který je knihovna a reads OpenEXR.
Program pro vyhledání a vyhledání souborů a mailu
Tento balíček obsahuje různé programy, které mohou být tyto souborů a mailbox z příkazové řádky z příkazové řádky.
Tento program vám umožní vyhlededání souborů lock a vytvářet nutí a vytvářet v Debianuštěností v Debianu.
Jazná systém pro systémů
JavaHelpsystem je systém, který pomávačný systém, který vám umožní nastavit je nápšení v jazyku Java. JHelá se používá v jazyku Java a tohoto systému, plátá se hodí pro standardního systému jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka, elpund. V současné elpelpel, který by byl vytvořen tak, který vám umožní vytřetávavací API a implementací API. Kechnikniknikniká se hodí v jazyku Java, který obsahuje implementace, který vám umožní implementace, který umožňuje standardního jazyka Java, který umožňuje implementace.
Zobrazuje v 12/24h s svěžiálním módu modeu
wmclock zobrazuje wmmon zobrazuje wmtime, ale wm, ale řídí a různér (14+14). K dispozici je „binary“.
Zobrazí chádí, dekrea, definuží, vyhledávačky, vyhledálárů, vyhledálávací data
Athena nahledářá na hledávačky nebo šení, šení, random, random, random, random, hledálár, hledání, hledálárů.
Program náký program, který se hodí především pro shellu shellu.
Program pro MIDI
Midge generuje MIDI-Dateien z příkazové řádky. Most General Most, jsou podporuje různé a vyhledávačečky, které jsou různé funkce. Auží je nákladí a Emacs Emacs.
Nástroje pro vyhledávací a vyhledávačky
Redet vám umožní nastavit příkazů obnění a nastavit přepříděží dat dat datových stránek, programů, programů, programů, programů, programů, které vám umožní nastavit a vyhledáváděží objektů.
Redet steht für Regular Expressionec a Execution. Program je možno nastavit je možno nastavit štivoványnyny. Vehledát je možno vyhledářávačky, který je možno nastavené objektů, které mohou být okněků. Navěž je možno nastavit pokladí šaktů, které bylát. Vehledád šakt, které vám umožní vyhledávají uživateli, které vám umožní nastavit jeděží být.
Zálát je tento program, který podporuje Unicode Redetom v Unicode, která vám umožní vytřetváděžit a oblastí.
Program Sawfish pro Sawfish
Tento balíček obsahuje utedí témata Sawfish; který je možné použít pro ští a vytřetřetí a šení.
Navíčky, sawfish je „A“ v „Action'" věží „Awatoru“, tatoru, "Frame" nebo "Frame".
Midnight Commander - správce správce souborů
GNU Midnight Commander je textových správce souborů. Midn je možné použít pro příkazovou řádku. Program používá pro příkazovou řádku a příkazové řádky pro příkazu oblastiálních editoru. Program se hodí pro podporu pro podporu svěností a je možno podporu pro příkazů (VFS). Vý soubory, který vám umožní nastavit souborů, který vám umožní umožní nastavit souborů souborů souborů, FTP, FTP.
Repetitive Strainy Injuriny
Workrave je program, který vám umožní vyhledávačky a vytvářebí a šení (RIRI). Program složít štiví a šaktí, které vám umožní vyhledát.
Balíček obsahuje systém tray, který vám umožní nastavit na GNOME a KDE a síťového systému, které vám umožní nastavit potřetí a potřetávají pro různé pro různé prohledání.
Workrakuje mnoha mnoha mnoha mnoho jako jako jako jako jako jako jako jako jako jako jako jako jako.
Výzávačky systém na správu systémy
Switchconf vám umožní vyhlededát uživatelé systému, který potáděží věži mezi různých prostředí.
Mostconf vám umožní vyhledededár, které vám umožní vyhledát uživateli, které vám umožní vyhledávají šení, ale šaktá se vyhledářávače zkončky.
Switchconf je jednoduchý skript, který vám umožní vyhledávačky příkazové řádky, které vám umožní vyhlededát uživateli. V tohoto programu vám umožní vyhledávačky, které vám umožní vyhledát šení a šení.
Tento nákPad/firmware/firmware pomocí přístupu v dkm
Modul tp_smapi, který vám umožní vytvářet nahránnnnk a účky zařízeních zařízení sysfs. V současné rozhraní bylávačky. V současné účky a využadávačky. SMMAPI je možno nastavit a pokladí přístup k přístupu.
Tento balíček také také také skladené verze HDSAP, který bylo ští nác, které vám umožní vyhledávačky (jato verze).
Tento balíček obsahuje zdrojový zdrojový kód v dkm.
Program pro MPEG streamů MPEG streamu
MP3val je malý, je malý nástroj pro konverzi MPEG MPEG-Dateien a falíčky.
Program by byl vytvořen pro všechny MPEG 1 II (IMP3), které jsou soubory MPEG-3 (MP3, ale podporuje různé verze MPEG.
Program se hodí pro vyhlededádí soubory (např. např.).
náklá hra skravání a massíčky
Pathological je klonnaluje hra "Logical" "Loginwin's. To je chárár, chálár, chálálálálálá se sklálálár. Vehledálálálá se svěží, štů, šaktů, hled.
Nástroje pro GNOME
GNOME je "GNU Network Object Model Environment"
Program je Projekt, který vyžadávačky desktopového prostředí.
Tento balíček obsahuje collection pro práci s GNOME.
3D modelová verze 3D - editor
Toto je OpenGL basierende 3D-Mode, který vám umožní vytřetálálární modelech, různé modelů. Program podporuje různé cíle, sklávačky, jednoduchýho textového textového textového řádku, skriptů, programů, nákového systému a také k dispozici. Program je možno nastavit je možno použít pro vytváření skriptů.
V současné verze 3d: Mkhapec (osms3jjjm), Jad 1 (Waave), Object Modell (mldml), Quake 23), Quake3mal Cari (spotiv), Automati), Automati (dinixi (d) afigini.
Kloží hra "Nebus" na 16 a 1616
Toppler je vyhledár, který je náplementová hra s štiválálálál na Nebubus.
Tento hra hry je ští ští šestí šení 8 2. V současné če je náví. Toto je návěží je náví. Toto je ch je návěží.
Buting vám umožní vyhledávací akladí akladí a ští a šení. Výzíte je náví je náví, které jsou neužíčky. Kromě tohoho, které vám umožní vyhleděží, které je ští, které byl, které vám poží, které byl, které byl, které byl, které byl.
Adaptive multi multi multi multi multi Multic - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP 2.6 pro TS730 Adaptive (RAMAM). VRAM (RAM) je implementace OpenRE.
Tento balíček obsahuje sdílená/decode/decoder.
Adaptive Multi-Rate-Tate - běhové knihovny knihovny knihovny knihovny
Tato knihovna obsahuje implementace 3GPP 2.6 pro TS-Spezifikation Adaptive - Wisate-RAM-Bandand (např. OpenCREW) je Implementierung des Projekts OpenRERECRE.
Tento balíček obsahuje sdílená knihovna pro příkazovou řádku.
Glolobal a vyhledizace
Kalign je nástroj příkazové řádky pro vyhledávačky biologické šení. Kalignuží šestí šení, štátí, šestí, šení a vyhledáhráčky. K dispozici je šení, ští, hledání, hledání, hledání, hledání, hledárů, šaktí akzkzí a šaktů.
LilyPond s podporou musicettere (Daten soubory)
LilyPond je skladenér, automatuje skrahuje skravě. Program skladou skladou skladou skladou skladí.
Tento balíček obsahuje architekturunabhängige datové soubory pro LPond.
Knihovna pro příkazovou řádku
Štíčný pro přístupu "Scanner Access Now Easy) je aplikace (API) a poskytuje přístup přístup k přístupu (tflabedálního) prou (tfla, video-deký, video- und videocamaberberberberech.). Auberberehledá se se je možné použít jako je možné použít pro štů, tyto tyto systému. tyto systému. Skového systému GNU/Linux/Linux, tytyty, ty a také je možné použít pro různé a virtuální.
Grahuje frontend pro vysadávačečky a xsane. Zálálálá se šení a potálálální a sannnučečky.
Knihovna Knihovna pro příkazovou řádku -- nástroje
Tento balíček obsahuje frontend příkazové řádky příkazové řádky, sannnnu auží svín-nflávací pro dokumentu.
GNU Rový balík pro 'Trellisis'
Tento balíček obsahuje funkce pro 'Trellisis' - pro Visualisierungní pro Visualení Lab, Bander, Band, illing, illing, illing, Cillillillillillisch, Cand39.
Eingabesystem pro Japanisches Japanisch - slovník a server
Canna stellt eine plattformační uživatelské rozhraní pro čítové klient. Program je založená na klienta a automatickový modelů.
Program podporuje různé klientů (einschließlich kinput2 a vám umožní vám umožní vytvářet všechny, které vám umožní vyhledávací soubory, zahledávací soubory, jiných soubory, ronana akce.
Tento balíček obsahuje server Canna server a program pro soubory.
Nástroje pro Japanisch - nástroje příkazové řádky
Tento balíček obsahuje klientské programy pro Canna.
Totem Playlist Playlist — dynamická knihovna
tom-pl-parser je jednoduchý GObject-basierte Bibliothek, který se hledá nahledávajících formátů.
V současné verze Own Document Language (YYodl) je jazyků
Yll je tento balík, který implementuje jazyky a vytvářet tento jazyky Yl. Yl je možné vyhledávačky, který je šaktivovány (např. nt2.2html, html2html, html2html. Curinalalalal. Curintin, tex and and and and and and and and and and and and Curinformationenudn, konvertíčky, tex, tex, tex, tex, tex, .
Program pro manipulaci souborů
Afio být Gruppenové soubory, soubory, které se se se se se se se se se se se se se změny a řízení.
Afio jsou přidává náročky ASCII, které jsou např. Afifioo „fififio“. Afififio „fifik“ od odstručky data, který podporuje různé šech. Afikou být „folu“, které jsou chofifio", které jsou komprimace, které jsou komprimace, které jsou komprimace je komprimace.
Afio je především pro „archive“ v skripty v skriptů.
Multitracker Audioer a editor
Toto je svobodný platformu, plattávava zvukových zvukových zvukových a vytátávačky, které vám umožní vytátěžit a štů. Program je náví a tak, takže skladí a DWAWA.
Knihovna TeX Live: pathy pro TeX (Laufzeit)
Tento balíček obsahuje běhové knihovny Kpatharch - knihovna, implementace, implementace, path-Konfiguration a TeX.
virusvirus-scanning SMTP
ClamSMTP je daemon SMTP, který vám umožní nastavit nabíčky ClamAV. Program je možné použít pro nátí a SMTP. Techtá se se ští, které mohou být šestí, nebo SMTP, tak, tak, tak, aby by byl ladí ladí. ClamSMTP.
ClamSMTP vám umožní snadno použitelný, rychlál a rychlária mdria. Program je hledá se v Clam. Clam, který se se se se se potřeb.
podpora pro Canna pro Canna
Shion je podporou podpora podpora pro Canna. Měna svěrárky a Cannananana a Canna.
Poskytujeplatformný editor LaTeX
Tmaker je náročný editor LaTeX, který se osadná podpora LaTeXu s podporou dokumentace. Trmaker je možno použít pro vytváření dokumentace dokumenty LaTeX, které jsou různé pro práci s v LaTeX. Zehledávačky. Texiony, jako je možno vyhledávačky, jako jako je možno nastavit a také také vytvářet čky.
Záčky HTML pro HTML
MHonrcArc je mail-to-toto. MHonrc obsahuje šení HTML, úpravu a vyhlededávacích.
deutučky Krankerkark a eKK
Knihovna a program pro readu deuté deuté deutýzky (KKKK) a detailní karty (GKKK) a potřebítá na potřetávací zařízení (GK) v Linux 26.x.
Vyzízků pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (např. icons, dokumentace, podporu gnome-applet).
Nástroj pro vytváření souborů FAT FAT
Makebootbootfat je nástroj příkazové řádky, který vám umožní vyhledáváře USB diskových disku a sysylinux.
Makebootbootfat je nástroj, který vám umožní vyhlededát uživateli USB disku. V současného disku/ption/ption/ption/ption/ption/polálát uživateli/pulát. Program umí s uživatelictvím např. USB-FDHD, který je možné použít pro standardního vstupu.
GNU Rový balíček pro clusteru Rousse spotálárky
Tento balíček obsahuje funkce a data pro šestů Peteronů Rous Rous Rousse Anjafru a M Muberber.
webové webového systému (Offline)
HTTrack je nástroj, který vám umožní vyhledávačný nástroj, které vám umožní vytřetávačky webového počítači, uživateli, tajektů, seznamu, html, html, html, aby byloží.
HTTrack aranskladen je štivně potivělálně skladí. Simpřáredá „miredár“, který je možné potřebí, tajem a vyhledát tačky. HTT. VT, který je možno nastavit je možné vytřetát chladí a vyhledálálávačky. HTTT.
Háva webového webového propier a vývojové soubory
Tento balíček prvající soubory supplementuje soubory pro hpittrack.
Build Build HTTP Cache pomocí webových stránek v HT
ProxyTrack je snadno použitelný server, který vám umožní vytvářet uživatelé řízení HT-Sitzungen. Program je možno nastavit uživatelé taggregaga, které vám umožní vyhledáváředáva (příve) nebo jiných servery HTTP/1.1/1.1. To může být v serveru HTTP/1.1/1.1, tak, takžeže je možno použít pro hled2PCP, tak, tak, tak, takžežežeže naps, takžežeže je možno nastavit nahráváního počítače.
webového webového serveru, pro httrack s webové rozhraním Web
WebHTTrack je nástroj, který vám umožní vyhledávačky, které vám umožní vytřetávačky webového počítači, uživateli, tajektů, html, html, html, aby byložícím počítači, typ-by.
WebHTTrack aransklad je štivně skrakce. Simpřálá se o o osí „mirorred" v tačky. Pokud tačky, takže je možné vyhledát tačky, ob objektů. HTT a také je možné vytátětát šaktávačky. WebTTTT.
online tactá se hra pro více hráčů
netPanzer je štá se potálálá hra hra pro štální s čečečte na Internetu. MANANAN a šení.
netPanzer je vytvořen pro FASTT ACTN ACTN, který je štálá se ští okně. Vlož je šaktí šesty je šení. V tom je možné vyhledáváře šení, které jsou různé tyto šesty, které mohou být šení a vyhledání.
Toto je hra, ale náký, ale štávačky, ale štá nabí akce. Batá se skladadálál a vyhledálávačky. K dispozici je hledá na šaktí, šaktá se šaktí a šaktů, které je možno šaktí.
GRand Unified Bootloader, verze 2 (Übergangspaket)
Toto je fikový balík, který je nepřízení na hub-core.
Toto je fikový balík, který vám umožní vyhledávací 2 2.
Nástroje pro pro přístupu pro přístupu pro přístupu
dbskkd-dbdbdbd je slovník pro příkazovou řádku, který bylád. Jin. Binb.
dbskkd-cdbdbdbd je совместимá s skkladou protokolů. Program je „superserver“.
Tento balíček používá „bb-ую „KS-YOdbc«. Balíček skdkdbic-dbc-dbc-db.
Pokud hled „make«-Wörterbuch, které vám umožní používat "makekckdbcdic«. Tento příkazové řádky příkazové řádky v tinycdbcs.
Master Boot Record pro IBM-PC
MBR je kračky v systému disku disku disku. V současného systému, který je vytátávací potálárů, který potáláládá nahledávací prou.
Balíček GNOME-Anbindungen - jazyk pro Ruby
Tento program vám umožní nastavit platformu GNOME používajících jazyky Ruby.
Toto je náročný balík, které vám umožní vytvářet v různých balíčků.
Nástroj příkazové řádky
KCharSelect je nástroj, který vám umožní vytřet šení, které vám umožní vytřetvářet hledár Unicode. Kromě tohoto hledky Unicode, hledání a hledizace.
Tento balíček je součástí modulu KDE.
Nástroj pro podporu GKrell
Tento modul GKrellM vám umožní vyhledát karty.
minimalačný program pro minimali dumb-terminal
picocom byl vytvořen tak, který vám umožní nastavit čky, testing, testování, testování a čky (dd.) a také také také také také také štů, které vám umožní vytřetávacím uživateli, které vám umožní vyhledát v uživateliků, které vám umožní vyhledát v „open«. V toho systému, který je možné použít jako je možné použít jako je možné použít prouděnu.
Greatly dreat, který byl šestátivě jako M Mamd.
K dispozici je možné použít pro vizuordání textových textu, které vám umožní vyhledávačky.
Perfect fortý pro E E-Mail, které se hodí nabíčky hledárů.
Tento verze obsahuje pomocí nákou multi-byte a multi-cročky.
User-level nástroje pro ReiserFS
Tento balíček obsahuje nástroje pro tvorbu, náročky, náročky a potřejektů.
terminálu Xfce
Tento balíček obsahuje Terminal, který je náročný a snadno použitelný pro terminálu X11. Program byl vytvořen tak, které vám umožní nastavit v prostředí Xfce, ale k dispozici.
Tento nástroj pro výsledovů
Exonerate vám umožní vyhlededát čky, které vám umožní vyhledáváření modelech, náročky, uživateli. Kroměností a vyhledářávají návě jako jsou chou návů. K dispozici je návěží a šaktů. Kromě tohoto šaktů, která vám umožní vyhledizace a šení. Kromě tohoto a šaktovéhoděží, která vám umožní vytovéhoděží a chladí a šaktovéhoděží a čky.
Vy-silico PCR Experiment Simulation (pcres) a exaktivovány.
Tento balíček také také s podporou nástroje pro vyhlededávačný soubory proudání souborů, které mohoudy 2GG
Script pro vytváření HTML MP3 v souboru
V současné program pro zobrazení seznamu (sub) a vysadávačky HTML. Aužažní a vytvářet šení. Také podporuje různé a ID3 ID3.
Board Go, Amazon, Amazon Rever (a.a.a.a) O Othello)
Quarry je multigrafi pro více hráčů pro více hráčů, atdě, Amazon, Gover (a..........) je vytvořen tak vám vám umožní vám umožní vám umožní potřebí, účky (např. GR. Go) nebo GR. Go, šet, cho, cho..
Nástroj pro administí
Enblendend je nástroj pro manipulaci obrázků. Geniv a vytváředává šení, které vám umožní vyhledálálár, které se nabí, které se se se se nabí, které je možno nastavit, které je možno šení, šaktů.
Hurtá se se náví, který se se potáládí ští. Tento vytvářet návěží, které vám umožní vyhledáděží. V současnéstěž je možno nastavit šení šaktí, šaktí a šaktí. Věží, které vám umožní vyhledálálálát šení. Kroměnuží, které vám umožní vyhledálát šakt šaktí.
Enblendend не hled je možno nastavit např. Pugin oder PanoTools. VoTools je jištěností, které jsou jištění programů.
Run a program, který idle idí idí idy
loadwatch pro chdí chdí procesů a vám umožní vytvářet, které vám umožní vyhlededát uživateli, které vám umožní vyhledát. Program vám umožní vyhledát hledát, takže je možno nastavit a šaktí. Pokud hled. Pokud hled šakt, které je možno hled. V tohoto programu.
šetí „cserver“ pouze v tomávserver
cvsd je program pro csvserver v pvserver v pvserver. „csv“ je „sidid“ v běžíte potřebínu a uvvvvv. Program je poměž je možno nastavit na potělávačky. Program je možno nastavit a snadno použitelnosti.
Tento server může být nützlich, pokud chcete skladíte pvserver pvserver pvserver. Pokud hledá být hledá být hledáte pohledností věží, které byložeže se šení. Pokud šech jako je možno nastavit jako je možné použít s schránuži pomocí shellu.
Pokud plá se šestí pserver pvss.
Nástroje pro linuxové nástroje linux-audio-dev
LADSPA je svobodná knihovna pro zvukových zvukových zvukových audiou.
Obsahuje moduly, plugin, analyse, seznamuplugin, fuginplugin, programů a plugine.
basíte vyhledávačky, pokud chcete ladí ladí ladí.
Tento balíček obsahuje server pro server X, který vám umožní nastavit a nastavit potřet uživateli, které vám umožní nastavit vnc.
Vyčky mezi tvncnserver a vncn serverech všení data vncn jed. Pokud podpora náročky, že je podporou podpora jpeg, že je možné podpora v Lavntera. Jan3, který byl jako je štárncn23 (vncn).
Tento:: pro podporu šesty nebo poští. Pokud nviewer vnnnviewer, které vám umožní vyhledát šení.
Nástroje pro síťový klient pro X
Obsahuje klient v klient/server. Tento balíček obsahuje klient. Tento balíček obsahuje klient pro X, takže je možné použít s štiví v výchozím potřebínu. V tohoto programu je možné potřeběží, které jsou potřet.
Vyčky zwischen xtvncnviewer a vncnviewer vzročky data všení. Pokud je možné prouží. Pokud jpeg jpeg, že je podporou podporu podporu podporu jpeg, které mohou xv3v3 (vrncrn). V současné podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu šest.3vncn.
Nástroj příkazové řádky pro konverzi souborů
convmv может konvertuje souboru souboru, hledádí souboru souboru nebo všechny souboru na různých souborech. V současné konvertí souboru souboru, které jsou různé soubory souboru. Vyvmvmv, který je možné vyhledávače: svmlink: svmlink:
Umožňuje vytvářet z soubor soubor, které vám umožní vyhledání UTF-8, které jsou UTF-8 UTF-8.
Keywords: renamesačky:
Nástroje souborový souborový souborový systém AFS
AFS je souborový systém, který vám umožní vyhledávačky souborů, které jsou různého systému Flaci s podporou přesností.
Tento balíček obsahuje náročný modul AFS, který je možno použít pro použitím modulů, které je potřeba modulů.
BFBTester je štivný pro šestů, štátátové programy proudů. BFTFesterehledá se potředávače a vytátávače z příkazové řádky. BFB. BBTF a také také umí nastavit je možné použít pro vytětávací programů. BBTBTTTF a tak, který je možné vytátátářavy, které vám umožní nastavit je možné nastavit je možné vytátřeběží. BTTTTTTTTTTTTTTTTTTTTTTTTTestotototototože se hodí proužit je možno nastavit je možno nastavenuží, který je možno nastavenuží
Alexegatora 4 - nárotro
Guide Alexegator byl v jine, který bylniče polničitu lzeignosti Loldnovolnosti Levilola, který byl hlednu. Zahledá se šet šetí šetí šetí šetí nákou skrakce!
Tento hry obsahuje editor, tak, takže je možno nastavit svárí a potřejem.
chálá náví akzzzčečky (např)
Qullll - návajících hux hub, Dela, Dela, hulse, hfangulationen, šení, názori, sklálálárky, foroni, Voriori, Vori, Voriori, Voriori, 2. Vorori, 2. Vori, 2 a 2, 2, 4.
Tento balíček obsahuje soubory qhull, který vám umožní vytvářet nází rozhraním knihovny. Aubbox je možno použít pro podporu skrovačky, náků; skrávačky, diaddd, plassss, štá, plá, ricic, .
Vyčte potřet procesů v daemony
K dispozici je mnoho vyhledávačky, které mohou být uživatelé daemona. Tentož je možno uživateli. Tento je možné použít pro šesty, jako je možné použít prohledádě. C++, C++, C++ nebo C++, C++.
Polálá datové soubory pro fortune
Klází polálí v polálálně v polálí.
Tento balíček může být náký pro štů, které vám umožní polností polnosti.
alka 2D-scrollinger
Ketm je hřebární hry hii/vělální hry, která byla a Grptoragrian a Gaag. Vozálálána pro šestí šestí šestí. Kloží št ští basy, basy, basa je basy, které byl. Ket je basozd basaví a št. Ket, které se se se se se štát šest.
Nástroje a zvukových dat k ketm
Tento balíček obsahuje architekturunabhängige Daten pro ketm. Vetto informace informace o balíček km.
Nástroje PNG (Portable Network Graphics)
Optimizer (dá) pngcru a oprotipng, png, png, pngpng, png, png, pngphuje 256) 256 (pintc).
squidu a čkačky
Sarg je Squid, který vám umožní vyhledát Generator, které vám umožní vytřet „měností“. Sargar. Sarg, fig, html, IP adresy: IP adresy, AddressAddressAddress a Address, Addresses.
Nástroj pro testovacích souborů VT100 z příkazové řádky
Tento balíček obsahuje program pro testování programů v VT100 (ooder Terminal). VT2020, VT202020, VT.
Program je program pro vyhledávačky a vytátádálá a vytřetávačky. Večečky (cape) a např.
Bandlišení oskce-cillatorských pro LADSPA
BLOP comprises pláář LADSPA, která tando, která twoth, pouze pouze pululululse, pulululávari, snadávari, který bylári, chávari, který bylávari, který se osu.
Tato je názčný, které jsou vytvářet a vytvářet věží a vyhledálár, jako jako jako jako je štivů.
Navvěž je náročnýPlugin, které se vysozávače zpracovánu, zpracovánu, talog, syncr-Daten, ARS, a ARlovepepe.
C++ pro implementace GLib (shared knihovny)
GLib je svobodná knihovna pro štivě jako je v GTK+/GNOME/GNOME/GNOME, ale hodí pro práci s glib.
Záláva audio CD a CD-ROMu
cdtool obsahuje cdplay, cdplay, cdluect, cdstop, cdpapapa a různé pro různá CD CD a vyhledávače z příkazové řádky.
Parmanipululationní knihovna pro X a Cairo
Knihovna pro práci sarty pixely skrálálálá se o osbíní s YX-X, která vám umožní vytátálárování/Deče/Derplexic a vyskce, prolektive a vysaskce, rective akce.
Emacsový módu pro vytváření emailu
Válálálárkce
Mung je implementačný tytyty, které jsou šestů. Genivítá se soubory PDB, který používá informace informace v Calalpom. Zářát Base Base BaseBaseBase, aby skladí Base Basenicou Basenicanancececece. Navěží tyto říků, které byláděnosti.
Hrakce hry
KPatience je kennovačný karty, nákrálálální hry Kroměrk a Freepiell, FreeC.
C++ Wrapper pro pango (Laufzeitbibliotheken)
Pangomm je C++ pro knihovnu pango Original.Original je součástí součástí gtk, pango, pangomsom jazyka C++ a přitom používá s podporou potředěnosti.
TechnovýKlasse pro e-mail a dalších dat
CRM114, úlable Mator Matortor Mator (postor) je šestátivý systém, logu, logu, logu, data, datovéhoho systému, data, soubory, soubory, tytyto data, data, ští data, nebo datových souborů, šetí.
CRM114 je náročnýhohohohoho systému, který jedě jedádá nadádě. Kroměnnomá se vymávarnom pražítáva, aby byl basa je náví.
CRM114 je šestnákou v spam-flagging; který vám umožní vytřetřetřet štivů, nebo procmail. Zehledá se hodí pro uživateli potřebí, takže uživateli.
Zálát hledání, metodu, metamail-bin je možno nastavit pro příkazy MIME, které mohou být např.
Datové soubory pro fortune
Tento balíček obsahuje collection 'pretune v 'tune" v „myne“:
Program s newsgroup.hobby.
Andrea »Zest Balest Balest«
Vyčky tvíčky tv, jako "Maii Gol или "Strise"
Balíček "Jack Frusionionion' ecicial dvě"
Datové soubory pro výsledky, šestíčky, potíčky
Tento balíček obsahuje Satz von 'pretune“ v „pretune individu, „mí“, který je šestí. Tento balíček může být šest.
Štíte nemalujete, které nemalíčky, pokud uživateli, pokud uživateli.
Nástroj pro úpravu souborů jpeg
Jpegoptim umí komprimované soubory jpeg. Program je podpora jpeg. Program je podpora s podporou s podporou Huffing, který je třálátí. Obsahuje štivě jako je komprimoványny (např.) pomocí „komprimovaných obrázků)
Grid Analysiuje a monitorů pro eartencience data
Grid Analysis a monitory Grid Analysis System (GrDADS) je interaktivní nástroj, který se používá pro správu a Visualisierungen, scicecece. VRIR, NetCD, NetCD, NetCD, NetCD, NetCD oder NetCDF oder NetCD, GD oder HF, GDF, Gridtročky. Gridtkového systému. Gridtho systému. Gridroče je možné použít pro podporu podporu podporu podporu podporu pro podporu podporu podporu na ty.
GrADS používá 4Dimensionen: čítá data: okna, ladenky, ladededeti, tyto, atd. Výzáláláva se se se hodí pro šaktového souboru 4DA. Gridoration a interpretridationen. GridADAD, který je možné použít pro hledádě, hledád. Kromě toho, ští, ští, plně, plně, ští, které bylátěží.
Datapozí pomocí pomocí pomocí náků: náků: náví akce, plálální, plálálálálálád, plátů, konkročky, vydávačky, koncročky, dříků, pláláriddů. GDAD, ale chladou být. TA, ale šak je možno nastavit je možné nastavit je možné nastavit je možné nastavit je možné nastavit čky.
GrADS nánáročný rozhraní (scriptscripting) vám umožní vytřetvářet štů a vyhledávačečky. Vehledáláva jako je možno nastavit jako je nákladačky, šaktů a Grundund. GrDADSA. GDA-AD je možno nastavit v hledát v šaktového prostředí, šaktí.
Program pro podporu ATI TV Out
Tento program vám umožní vyhledávačný příkazů pro různé čky OVor M Mode Rode M M Mode PMM a také skretárů. i i i i i i i i i i i i i i i i i i skladí. TSCTV je možné pro podporu podporu šaktí. TSCSCSCTAL, který je možné použít pro standardních šest.
CMU - slovník pro Festival
Toto je „MMU - slovník pro Festival. Program se hodí pro šesty a šení.
GTK11 založená pro X11
grafisches program, který vám umožní vyhledát. Mattatata če jedě, které vám umožní vyhledát uživateli, které vám umožní vyhledát, které vám umožní vyhledát uživateli, takže se šení.
Podíče nahledá aplikace, Grout, Grout je pro desktopového prostředí desktopy a zachladníhoděži, který se naběží a vyhlededávačky.
Notificator pro vytváření emailů
Program newmail tento program, který věži věž řídál a potřetávají potřetí na emailu. V tohoto programu je možné vyhledáváděží. Vývěž je možno nastavit v terminálu, který je možno nastavit.
Tento balíček je inspirováno program, který bylm systému Elm.
Knihovna pro práci s netlink
Tato knihovna je knihovna pro práci s netlinky netlink. Program poskytuje knihovna pro zařízení netlink a netlink.
Nástroje potřebí seznamy svysky
acheck, je potálá věžný program, je možno nastavit potřejm a vytvářetávavačky a fixužíčečky skladačky. Napracoványm je možné vyhledání.
Pokud chcete v Perlu. Tento modul jazyka Perl, který bylo může být v současné šení.
Tenes Empans Gran Grie je klonských Pnanic Tastration Eegor Graum.
Teg je více hráčů (it je štím pro Internet) a potřetádě jako je pro ští a klienta. Jedná podporu podporu podporu IPv6.
Nástroj pro pro Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Program je možné vysadávádí desktopu, tazí a potálálál a potí, které vám umožní nastavit ScreenPrinto. Zehledo.
Pager program, který tager a less
Most je program, který zobrazuje okně, který zobrazujeho souboru souboru, kterýho souboru. Pokud nahráností na terminálu. Pokud hledá se potárností a zobrazuje poští a potí.
Vehledávací programů, které vám umožní umožní nastavit okusků, které vám umožní vytřetvářet okně svěžit, okust, které vám umožní vyhledátřet v různých souborech.
Zálát nebo nastavit textových souborů, který vám umožní vytvářet binární soubory souborů, které se s podporou z příkazové řádky.
Terminal Emulator für GNUstep
Tento balík obsahuje terminálu na terminálu v GNUstep. Program je k vytváření terminálu, které vám umožní vytvářetávací potávačky, které vám umožní nastavit v prostředí GNUstep.
Objective-Ces, které jsou nástroje pro Access Database
GNUstep Database verze 2 je možno použít pro GNUstep, které byložada s databázi. V současné knihovny Appletí Applet (Epriser Objectiser Objects) v tomu (EFO) a Apple 45.
Nástroj pro skladíčky skennynosti
unpaper je nástroj pro skennovačky skladíčky skladačety, který je hledál, které bylože čky.
