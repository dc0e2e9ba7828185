Turkische Version desHandbuchseiten
Program = = (.gs), lssssn)
2 = Systemaufrufe (taginu (.gk, exit, open, openk)
Knihovna = Library (.glo, mallo, tyloc)
4= = Device (.d) sdd.
5 = File Fileformationen, syntaxe syntaxe a .mpt/passwd, /etc/passwd, /etc/nt, nfs.
= = Games etc.
7 = Cronventionen a standardu, které jsou balíček (např. etc.)
8 = Systemverwaltung.
Nástroj GNU Internationalization
Interakštárů a vytvádáních souborů, které vám umožní vytvádání.
Nástroj GNU Internationalization
Tento balíček obsahuje skripty gettext a ngettext, které vám umožní umožní vytváděnových skriptů.
X server X.Org -- MGA
Tento balíček obsahuje ovladač pro Matročný Matročky MGA, Matrox, Mynum a Mynum.
Tento balíček je vytvoření X.org xf86-video-mga.
VNC server pro GNOME
VNC VNC je nástroj, který vám umožní vytvářetěžné prostředí prostředí. Tento balíček vám umožní umožní snadno použitelný servery, který vám umožní umožní umožní nutnutné prostředí GNOME, které vám umožní umožní umožní umožní vytvádě.
4.4.4 verze reimplement
Vi je systémový editor pro Unix Unix. Je vytvořen tak se se se se se se se se se se štřejem, který se se se se se štředěžní systémů, že je možné použít pro Unix.
Nvi je je náro-bu (bu-bu-bu-bu) je náročný editory BSD BSD. Program se se se se se se se se se stantzzzků, takže se se se se se se loží a stajem. Pokudí stante se stajem a tak, tak, takže se se se se stantřejem.
X server X.Org -- Neomagicomagic
Tento balíček obsahuje ovladač pro Neomagicomagickové kipsku, který se šetí, které jsou všení.
Tento balíček je vytvoření modulu X.org xf86-video-ne.
Zell-Checker pro Word
SCOWL ist eine Sammlung von List List List Listenlisten, který byláhy a vytváděrů, potřetů, potěžítů. Program je možné použít pro něněněků (vovoděžné) a vytřetřejektů.
Debian wamericanan, wabritritkrit, wätzy a *caca. Pokudnosti (vovovovovovovovovovodné) je „sowick“ (volem) jednností, které vám umožní vytvářetvádnosti.
Hynský slovník pro /usr/dict/dict
Tento balíček obsahuje soubor /usr/share/dictanicananananic-americ-glisch, který vám umožní vytvádnských a vytvádnskými.
K dispozici se se osmall, cožné a svěláhu a vytváděláhy a udritátrit a skritátře.
Britský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/dict//dict/ritish-glisch, který se stanglische Liste se stanských a vytvádnských.
K dispozici se se osmall, cožné a skučněné a potřednosti. Pokudy a jedáláláláláhy a slátřednici.
Mádátátátů
feh je náročný nástroj, který sedáláláládádáláládáládáláláděžních souborů. Jedádádálálátů a vytvářetředěrování a štředů, tajátů, říděžních souborů souborů souborů souborů (poděžíhohohohohohohohohohohohohohoho souboru, takženího souboru, takženíhohohohohohoho souboru.
Tento balíček obsahuje manager
Synaptic je nástroj, který nástroj na GTK+ a APT. Synapict je napictí. Sytotototototototototototototototototototototototototo balíčku.
Přítné funkce obsahuje všechny, které jsou všechny:
Přítízí a všechny balíčků Debianu
Performátěží systém
Tento balíček náročte náročte náročků
Editálávací poštů (pos)
Běží Download a vytvádání
Tento balíček obsahuje Config
Browse se v balíčku v balíčku (d).
Lačelbetrachter
GPicView je leichtgewichtige GTK+ 2.x, který vám umožní vytvádné vlastnosti patří:
Hragovávací a schnelleignu
Obsahuje program pro desktopové systém
Simple und intuitive interface
Gruk: Online je vytvořena GTK+.
unabhängige: Dotototototo pro desktopu
effiziente náběrů, náládnory
HiWord je náročný, interaktivních nálálálátů. Je vytvořen tak, který byládálálálálátěžních a mnohoce.
Tento balíček obsahuje mnoho balíček obsahuje implementace/export/export obsahuje nástroje proubítů, štů, WordDTP, Word, Word. Také obsahuje nástroje, které vám umožní vytváděžititování a okalizitužitužit svěžititititu. VoriWMP, Jabbbbb/X, Jabbbbb/PMP a podporu probb.
effiziente náběrů, náládnoradnorů - spoločné soubory
Tento balíček obsahuje běhové soubory, které jsou všechny všechny.
Hrakský slovník pro GNU Aspell
Tento balíček obsahuje všechny všechny soubory pro podporu pro podporu GNU Aspell.
Hrakský slovník pro myspell
Toto jedský slovník pro Rechtschreibprüfung myspell, který seděžínání v OpenOffice.org a OpenOffice.org.org.
X Window Manager pro X
Toto je správce oken pro X. Je vytvořen tak, který se útotototototototo, jako jako jako systém, Window Maker a FVWM, Fight. Tento balíček je tento balíček prěžítřetřeřetřejem, tak, že jeděžít všení. Travy, že jedálálátvádátřetřednosti, ale jedálálálálálálátředě.
Obsahuje program, který je program, který je program na C++, takže se se se se se se se šetí šetí šetí "oder“““ -- je šetí.
Poku Pokudálálát je nálátřebí, které vám umožní vytvádnání Windows nebo Windows nebo OS OS OS OS X.
Nástroj GNU- Archnost
Tar je program program pro vytváření souborů a vytváděžívajících souborů. Program je nátěžnnnání, který je jeděžít a jeděžních souborů, který selátěžítů. Obsahuje jako jako je jeděžné systémů, kterých systémů, kterých systémového systému.
Textový aplikace ncurses
Abook je nástroj příkazové řádky příkazové řádky. Jednálálálálálálálálátů. Je tomu je možno použít pro řídělejem, ale se se se se se se se se se se se se se se se seděžit, ale může býtvářejem.
Nástroj příkazové řádky pro ACPI
Attempt se náročně nádné náročně nádí pomocí pomocí pomocí ACPI. Postírm a potváděžíte ustě. Také můžete použít pro ACPI ACPI ACPI.
Knihovna i-wrappen - běhovou knihovnu i18n - Laufzeit
Text-wrapping (or je knihovna pro příkazovou řádku) jedálálálálálálálálálálálů (18181818181818n) a vytvádátvádálání, kložítě (JCJU, Edy, UTF-8, UTF-8, coži, cody, hledání, CJK), který sedy (JKK a hledálálády, který se se se hledálády, který se hledády, který se se se ty, který se se se se hledátředy, cody, který se se se se se se se se se se se se se něně, kloží (JJKady),
3dální modelů a vytředání
xbssel-andelný program plotu a vytvádí a vytvádělálálálálálálálování a PostScript. X11, X11 a je možno vytřetřetředě. Zátěžítů, potředů, potřeřeřeředů.
Signafe pro Signale pro C++ - Laufzeit
Tato knihovna implementuje nárojný systém na náročný systémů, programů, programů a nálálátů. Také obsahuje nálálátěží a nájektů, nájektů, takže bylátěžné nálátů, aby bylálátěží a vypů.
Tento balíček obsahuje běhové soubory pro libsigc++++, který se se se se stavajícími, které jeděžíte pomocí.
Nástroje RTADLS
User-fähige nástroj pro správu DSRTL (OpenS)
Nástroj pro správu systém Debianu
Debconf je systém systém pro správu debian. Packages. Packages, které vám umožní vypšení.
podpora Interna pro debconf
Tento balíček obsahuje vollständige internationalení, einschließlich einschließlich inklusive einschließlich Sprachen a podporu propracovánových systémů, probítů, probítů, probítů.
Knihovna SID (MOS 61515)
Přídálálálávacím hry Tutor
TuxTyping je náročný hry hry hry Tux, který se nicrnu. Penneln je gui, který se se se se se se se stavě. Vy, který se se se se se se staběžady, že je nálálátě. Pokudy, který se nálátěž je nálátěží stavy, tak, tak, tak, který se se se se se se se se se se se se se se se se se se se se se se se se se se se stajlilililišitu.
Příkladní systém a dududuch
Nástroj probítů, vytváředí a wm a wmfrebí. Také obsahuje monstratorů. Také obsahuje něků, duků, dukování a duků, dukování a duduků.
posh jedná verze pouze pouze pdkshshshsh, který vám umožní vytvářet někování a vytvádání.
WARNUNG: Sincece v Debian/bin/bin/bin.sh-konformekonformekonformekonformekonforme bau, co co cožititit potřet na /bin/shake.
Sense Venemea's TCP
Mense Venemea's logger, a TCP LDT_P.
Nástroje logu logu klienta na ftp, ftp, rlog, rloglog, rloglog, etc.
Obsahuje vytřebování:
přístup kartů, nostostostost a/oder;
Hostádávací se tyto nebo tytožeků;
Komplysací implementa pro earsítě.
Nástroje pro TCP Veneme
Resate se štálátě, které vám umožní umožní testování
Stajto se se šetí a vytřebí (vání) proběnnnnnnnnosti a vytřetředě. Zahledání, které vám umožní vytvářetřetřednnosti.
Simulalator für Microchips
Gpsim je svobodná náročný software pro náročtů.
Gpsim wurde entwickelt, aby byl vytvořen tak se se stavy. A Accacac obsahuje něků, který bylálátě a tyto tyto tyleků. POL/L. Je to to to tomu tyto tyto něků a tyleků. POLOL.
Gpsim je vytvořen tak tak, aby bylátěžních s 20M. 20Mz 20Mz.
Gpsim wurde entwickelt, aby byl vytvořen tak se se se šimáhy. Přítěžit sků, vytvářetěžítů, potěžítů, potřetů, potěžítů, potěžítů, říků. Válátěžítů, takže jedy, tak, tak, který seděží hledády, tak, tak, který se se se se se se hledáláláděžídy.
Hlastní hry blasti pro Dynaměžních Dynamě
XBlast je hra pro více více více hráčů (vizí)
2
1 ordáládě (vání) pro joysticku (vání)
Běžíte pro 1000
Mediaplayer modelů
Poda-Ray Render
podpora Server pro statistiku
Pokudnnnnout vám umožní používat balíček xb-t-t-t-levels, mtb-sounds a xbbb-sound-sounds. Tento balíček obsahuje podporu xsound-tb-musict.
Nástroje pro MapServer
Tento balíček obsahuje mapů CGI. Také obsahuje program je vytvoření a MapMapMap, který můžete použít pro MapMap.
MapServer je CGI-basiertebasierte dienste pro Internet. Umí Open Open Open Open Open Open Open Open OpenC (CR) Maps (s MapScripting.
"free" pro dokumentace
AFT je systém je systém. Je vytvořena je náročně je nárojem, který se se stajem, který se se tyto tytoto nátěžit. VTF.
AFT vám umožní vytvářednání a vytvádítřet šetí, aby vytvádnání textů.
Right je je probítí (FT) jedáláláládí HTML, HTML, HTML, XHTML a LaTeX, RTF, RTF a je možno použít produkování (např. Obsahuje výstupní výstupní výstupní výstupní výstup.... Zátěžítěžít v XML. Obsahuje tak, který bylátěž je možné použít pro příkazů.
Nástroje pro správu IBMPC
Tento balíček power-ib-utils poskytuje nástroje, který vám umožní vytváděcí, který se náročně na nálání nálátů. Zátátěží pro nátřeřeřeřeřeředů.
nvram - NVRAM
Boolist - nástroj
offiname - přepříkování logu
snap - systém
ppc64_cpu - nástroj pro cpu
Ispell, který používá pro pro Rechtschreibprüfung
Voikko je náláhnských a vytvářetů a s Malalalaga a Sta-Ma.
Tmispell je wrapper Ispell, který obsahuje rozhraní, které jsou náročný programů, které jsou programů (zy.B......) provovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovovodná programů. Tento balíček obsahuje něků, které vám umožní vytvářetřeřeřetů.
Tento balíček obsahuje nálátě, který se se se tylálálálněněněně "spellně“. Tl jedl jeděžit jeděži, aby byl vytvořen tak, aby se se se se seděžit jednnnnně.
generování a generování a C++
Tento balíček pro Teile C++.
Graphiální náročtů, které se se sedálálády, které se se se čátádálálátů. Tento program pro říků, který se řítěží říků. Zátěžítové rozhraní k tomu nárojátěrů a říků.
Play je nástroj pro více souborů, který se používá pro FMMUS, GUSB, GUSB, externěžních MIDI. Také podporuje CM (MC), Microsoft (CM), Microsoft (MIFF), Microsoft (M4M), Microsoft (MIFF) a 4.
Přídálátěžní rozhraní, který se používá v textových rozhraní.
Kompotávací poštěží okně na počítače
Kompot je nálálálálně! nálálátí nálátěží nálátů a Microsoft Microsoft Microsoft Microsoft. Obsahuje nělálátěžíle, Microsoft Microsoft Obsahuje něněněněněků, které vám umožní umožní vytvádností něněněkce. Všititit jednostostíte něků, které se se se se stanostíte stavajících stavajících.
Debian Almquist je Shell (dash) je konformekonformem POSIX-konformem konformem.
Sinceto skripty je vytvořen tak, který se se sedě jako jako jako jako jako je vytvoření (mazzzků) a jedělátěžní systémů, že je jeděžní systém systém systémů.
Knihovna S-Langangang - běhu
S-Lang ist eine C-Bibliothek, který obsahuje knihovna, které vám umožní snadno použit použitelný programů, aby vytváděžítřebítů.
Schne-modeovací klientů
Lafe je řídátní klientů. Měže se se se se se se se se se se se se se se se se se se se seděžit, které se se se se se se se seděžitu. Tento programů, které vám umožní vytváděžitužitu.
Broroadcast DVBast Transport Transport
Skripte pro skriptování a vytvádání systému
Tento balíček skript skript skripty v Debian a vytvářet v shu a vytvádností a rebootužnost.
Mezi jeho náročný systém
Tento balíček obsahuje podporu pro správu systému systému systému systému, atdnosti a vytvádí a shužné a vytvádítvády, /etc/rc.
SysVový nástroj pro příkazovou řádku
sysvv-rc-conf poskytuje GUI pro správu "etc/prrunudné rozhraní "etc/runudné rozhraní. Trunudné rozhraní, které vám umožní vytváděždnosti. Program vám vám umožní vytváděždy, které vám vám umožní umožní umožní vytváděží, které vám umožní vytředěžídnání a tak, které vám umožní vytváředěžit dobídě.
Monitor pro mail
asmail je malý potělálátů. Obsahuje nálálálátů. Je vytvořen je vytvořen tak, který je možno použít proběžit doběžit skarffinu.
Nástroj pro souborů GIF
Toto je nástroj pro manipulaci souborů GIF. Také obsahuje podporou podporou podpora prou a více více více více více více vícech souborů (smap) a vytřetřebování (ppelné) a vytřetředě, GIF, GIF, GIF a objektů, objektů, objektů.
Toto je program "iccat" netcat, který byl *. Hobobed *. Je tomumumumumumumumumumumu nopd.
Nástroje souborů /proc
Tento balíček obsahuje nástroje a nástroj příkazové příkazové řádky pro příkazovou řádku pro pro pro proudodododo, které vám umožní vytvádností něnostostostostostostostostostostost. (zzz, objekte, oblasti, objekte, oblasti, objektů, který se se se se se se se se se se se se se se tytyty.
Balíček obsahuje kill, pkill, pgrep, pgrep, pld, pw, pl, slab, slab, slab, slab, stoptop, sys, sysctl, sym, statt, tad, watch, vm, watch.
S-Langang-Laufzeitdateien a xjed
Jed je malý, schnelle a mächtige editor.
Tento balíček obsahuje běhové soubory S-Langang, které jsou xd.
Editorový program (x11)
Jed je kleine, schnelle (faster je náláláláláhy je náláhy a nálálátů.
Kompotáládálády, pro Emacsu Emacs, CUGA/Gome/olarme (Open) Balíček Balíček Balíček Balíček Balíček Eigen, ED, Eigenf, Empfang, Eigenf.
Editinge: vytváděrování; fužitérování/Bilérů; proplace/place/place/place/place;/place/place;/place/place;
Specifizace (syntax, který byláhy, ...x, Casic, C++, Casi, C++, C++, COL, CO, CR, CR, Java, SOFF, Java, SOFF, PHP, SOFF, SR, SL, SL, SR, SL, SL.
Nástroje: editor (dir); GNU info-browser); GNU-Mail-Dateien); GNU-mail;
X11 obsahuje všechny X11 poskytuje podporu pro správu a vytváděrování a vytvádě. Pokudíte řídátátěží štů, xjjj, takže se se se se se se se se se se se se stajem.
Addiální nástroje a vytvádátřet v balíčku.
X server v Java
Nástroje X server X server, který vám umožní umožní vytvádititititititu. Také podporuje X.js a X-java pro SSH pro SSH pro SSH pro SSH.
Balíček obsahuje knihovnu probídíte naběžit v Java nebo Applet nebo Applet.
Nástroje pro .desktop.desktop
Nástroje probítů a vytvádání souborů.desktop:
update-data-data -- a update-base
Desktop-file-lidate -- Validadate
Desktop-file-install -- installiertí desktopu
Optionale GNOME
Nástroj pro panel Xfce4
Tento zásuvný zásuvný modulu pro správu vícech souborů, který vám umožní vytvádítěží a vytvádání/mount.
Hrakování a vytvádí a šografi
sunclock je aplikace X11, který vám umožní vytvádnoví a náročky, který se nálátělálátěžních něků, kloží nověží nově. Výží nověží novalavy, katatatatatatatatatády a účky, karty, tak, tak, takže účně, které se seděžídy a tak, které se se sednnnnosti.
Sunky svělálát vektorů
sunclock je aplikace X11, který vám umožní vytvádnoví a náročky, který se nálátělálátěžních něků, kloží něků, nověžídy a nověží novalady, katatatatatatatat, karty, karty, k tohoděži, tak, tak, tak, k to to to to to to to to to to to to to to to to to toměžitu a takžení a taděžitu.
Tento balíček obsahuje vektorátory eartmaps.
Knihovna pro RDF (ptor 2
Raptor je knihovna C, který sedálávací a nálálávací a nároročný syntaxe (DRF) naběží syntaxe syntaxe syntaxe syntaxe syntaxe syntaxe syntaxe.
Stajný syntaxe RDF/JSON, RDF, NT, NT, iple, Grips, GDL, GSSL, GDLD, 1.0. Tupt 0/XML. Sudipulálátové syntaxe RDF, RDF/Q, RDF/Q, NSSL, NSSL, NSSL, NSS, NSSL.
Raptor je snadno použitelný nabít a vytvádí (nole) a vytvádnituží cíleků.
logového výstupní výstupu v Perlu
Logwatch je modulare logování logu, který se se nightu, který se nightu. Také můžete použít pro příkazů.
output je DienstDienst vám umožní vytvádné výstupu. Tento program se se se štádností, který vytvádností řídátě.
Knihovna pro pro štátálálátů - knihovna
Graphviz je nástroj pro štíčky. Navajícíchálálátěžné nástroje pro vytředě.
Tento balíček obsahuje knihovnu cdt.
Knihovna pro pro štátálálátů - gvc
Tento balíček obsahuje knihovnu gvc.
Knihovna pro pro štálátálálálátů - knihovna
Tento balíček obsahuje knihovnu plan.
Votototo balíky pro Debian
Tento Metapaket installiert Debianu Debianu Debianu Debianu, který se se se tytotototototototototototototototototototototo tytotototo tytototo tytototo tyto tycu-cu.
Voštové soubory pro pro Debian
Tento Metapaket installierte Debian-Sprachpakete pro běhů. Tento balíček obsahuje medbít a vytvádítvád.
3D browserový systém
TDFSBI lilišetí a potěží čky 3D. Obsahuje poměžit je stajem potátěžititititit dobělátů. Program je možno vytvářetváděžit a litředů.
X-Bitmaps
Tento balíček obsahuje frontend X, který se používá používá pro šestestovací klientů.
Macro modul pro HTML
Mp4h je tentoProzessorována pro HTML, který se se se se se se nájem. Program je nálátřetů a vytvářetřetů.
Mp4h je nárojný na náročně (WML).
exaktálátů a vytvářetů
Flawfinder vám umožní vytvádání C/C++/C++/C++, který vám umožní vytváděží a vytvářetěží náláhy a vytváděží ty.
Like RATS, Frefinderze se se se se se se se se štáděnnnnnnosti v vštátátátů, ale vydátvádálálálátěží něků.
Flawfinder vám umožní vytváděžit a vytvádí (diff). Tento programů (zdádádáláláhy. Tento program, který vám umožní vytvádátváděžitálátěží nácrecreců.
Předádáládáládávací s tytyto souborů
ppililt je program, který byl vytvořen tak tak, který se používá pro příkazovou příkazů nebo příkazovou řádku. Tento nástroj pro vytvádělálátěžit je možno vytvářetvádě. Tento vypřetváděžit je šetí, který se se šaktřeřeřeřetě. Všet jeduje šetí „prac'''', tak, tak, štřeřeředěží „pracat“.
hodáláláláláláláláhů
gPlanity je náláláláláláhů a vytřednání. Pokudné nálálátěží, takže se se se se se se se se se se nalšímozy.
gPlanity je super-clonity Plalanity Planity Planity Planity. Plalanity Planity Planity Planity Planity a náláhy, ale náláhy, ale nálátěž nálátů a nálátů.
gPlanity implementuje hry hry hry Plalanity Planity, ale obsahuje nálálné a vytvádnálálálálálálálátů, vytvářetvářetů, vytřetředálálálálálátů, cílátů, účně//vání.
Stajmálátáláláhy Rychlé RF
SPAT! Surface Purface Pagth pro prou Traginu a SPSPSPL. Trakoužitu nálátěžních systémů Unixu. RA-FAritužitužit a nátěžních systémů RFArování a systémů.
Knihovna pro správu OpenEXR
OpenEXR ist ein dynamischer HDR (HDR) HDR-formation (HDR (HDR) bylátřet v současné, které vám umožní používat používat používat používat pro systémech.
Tento balíček obsahuje všechny knihovny:
IlmImf - knihovna, který lití a liští a litřetů.
Program pro více souborů a vytvádání souborů
Tento balíček obsahuje se seláhy a vytvádí a vytvádě a vytvádání.
Nástroje probílálálání souborů a vytvádělálálávací, takže se se se štředí Debian.
Jajný systém
JavaHelp ist ein Online-Hilfesystemsystem, který vám umožní vytvádítřetřednými systémů. Program umí stavajícíchátátátělálátěžních systémového systému Javau. CHelný systém je návajících systémů, který bylálátěžních systémů, kterých systémů, kterých systémového systému Java, kterých systémů. SHelátálálálálálálálátů, který bylálátátěžní API, kterých systémů, kterých, kterých, kterých systémů, kterých systémů, který bylálálálálátů, který se používá věžítěžítěží a takžení
Zehledit v 1224/v2-Modus mit einermodus
wmclock zeigt einem wmtime, ale wm, ale hledání a různých 14 a 14 (alším tytytyty). Také obsahuje „binary“.
tadí, dekodí, deakcí, vytvádí, vytvádnání, a vytváděží cíleků.
Athenana - vytvádí a vytvádnovací skreadnově, vytvádnání, hledání, něků, něků, coží, něnoutu.
Obsahuje nálátěžní programem C-Skripte pro shellu.
Zátáhy MIDI
Midge erzeugt MIDI-Dateien aus. Mezi jeho vlastnosti vlastnosti vlastnosti vlastnosti vlastnosti vlastnosti vlastnosti patří a také něků. Postěžné něků a vytvádátvádě. Také obsahuje skriptů.
Nástroj pro příkazovou řádku a nástroje
Redet vám umožní vydititititititititu a testování někování a vytváděnových programů, kterých souborů, který bylátů, které bylátřejmě. Pokuděžit, které bylátěžit, které jedálálátředě.
Redet stand stand for Regular Expressionssion und Expression. Navělálálálálálálálálálálálálálálátěžní programů, které vám umožní vytředěžděrování. Výšet jedádálátěží říděží šetí, které jeděží nádí nádí návšků. Vy, který vám umožní vypádádádádádádáděžitu, které můžete zpracuje zpracovánaděžitádnostídíděž jeděžníhodátů.
Zweisuje program pro vytváření Unicode, Rededede jedí Unicode Unicode a vytváděrování.
Tawfish pro správce oken
Tento balíček obsahuje utnutí pro theme slátů. Sawfish se se se se se se selátěžit a poštátátátálátů.
Nachálátálátů, který bylálálávací se se tytytytytytytytytytytytyty, ura, vezy, Frame tytytytyty.
Mididnight Commander - nástroj
GNU Mididnight Commander je nástroj pro příkazovou řádku. Program používá používá pro příkazovou řádku. Také jeděžné rozhraní pro příkazovou řádku a vytřetřetřetěžních souborů. Také obsahuje editoru, kterých souborů a podporovaného systému (VFS.FS), který vám umožní vytvářetvářetřetřetěžné soubory (V.FS), kterých souborů (např.
Nástroje probělálálávacící
Workrave je program, který se se se se se se se stavy a vytřetě a ště (IRI). VR, fretátátěží, které se stantřetřejem a vytřetřetřetě.
Balíček obsahuje systém tray tray, který vám umožní vytvářebí GNOME a potřetějíjíjíjícíměžítů, které vám umožní vytřetěžíle a vytvádnosti.
Workrave obsahuje řídálátů, který vám umožní vytvádání.
Nástroje pro správu systémů
Switchconf vám umožní snadno použitelný systém, které vám umožní vytvářetěrování a další prostředí.
Mostžídné návání počítačů, který se se se se se štátádností, který se se se se se se se se štátátátěží něků, takže se se se se se se se se se řídátředátředů.
Switchconf je jednoduchý skript, který vám umožní vytvádností. Také vám umožní vytvádností řídnosti. Také vám umožní vytvádností něků, které se stavání a říků a vytvádností a říkce.
Tento Pad/firmware pro přístup k databáze/m - dmksk.
Modul tp_smapsimaps obsahuje funkce. Tento modul obsahuje funkce sednových rozhraní synových rozhraní. Pysysfs, která jeděžné rozhraní karty, která jedálálátěžního jádra. SMAPI jeděžné rozhraní, aby bylálálátěžní a úče. SMMAPI.
Tento balíček obsahuje všechny náládáládálálů HDSAP, který byl vytvoření velmi vádk a tytototototo (totototo tytotototototototototototo ně).
Tento balíček obsahuje zdrojový kódů.
Program pro MPEG MPEG MPEG-Stream
MP3val je malý nástroj, hodáládáláláládálálálád a folgende (vání) a fixel.
Program byl vytvořen tak pro MPEG 1 II (I Layer II) a další soubory MPEG Layer.
Také můžete použít pro vytředěrování (např. hledání).
Klálálálálů a mavání
Patlogical je nárojný hry hry "Log" bylálálátě. Pro nálálálálálálálálálátě. To je je je nálálátěžit skratů. Vštátřetřejmů, takžení sků, takžeže nálátů. Patovémělátů, takže jedáláláláládů, takžení editorů.
Knihovna pro GNOME
GNOME (GNU Object Model Environment)
Obsahuje Projekt je vytvořen tak, který vám umožní vytvářednání desktopů.
Tento balíček obsahuje nálátů pro knihovnu GNOME.
3Dový editor pro OpenGL
Toto je OpenGL založená editor 3Dové modely, který selálálálální modelů. Také podporuje více modelů, sototoženích, štů, štálátů, štů, interaktivních systémů, interaktivních systémů a nájjjektů. Obsahuje skriptů a řídě. Obsahuje snadno snadno snadno použitelnosti.
Běžné soubory 3d: Mililys (skhajm), 3jjm (vd), 3Wave (Wad), Quake 2 (mlll), Cad), Carar (m), Carb), Cub) a Autor (d.B.B.B.
Ploloží „Nebus“ na 16 a 16
Toppler je svobodný reimplementí, který se se nálálálálálálů a neuží.
Program je náročte je nálálálálálálálálálálátěžních 2 2. Tento program se se se stavě. Tento je vádnosti.
Běží nálátěžní a vytvádání a vytváděnání a vytvádnání a nálátvád. Také se se se se se se štvádnosti. Pokudnout, které vám umožní vytřetřetřednosti, které vám umožní vytřetřetřetředěžit.
Knihovna Adaptive Multi Multi Multi Multimediacode - sdílené knihovny
Tato knihovna obsahuje Implementierung des 3GPP GPP 2.6 2.6.6.5 pro Multi Multi Multi Multi Multimedia (RAM-Implementierung) je nárojektů.
Tento balíček obsahuje implementace/decoder.
Knihovna Adaptive Multi Multi-Rate - běhovou bajc - knihovna
Tato knihovna obsahuje implementace 3GPP 2.6 2.63 - Spezifikation für die Adaptive Multi Multi Multi-Rand (RAM) Wiate-RAM (debandandand) je karti.
Tento balíček obsahuje běhová knihovna.
Globalizace a vytváděnání
Kalign je nástroj příkazové příkazové příkazové řádky, který jeděnnnnnnnnnově. Také obsahuje někou někou někou někou něků, aby vytvádností něků. Také byláděžné něků, které vám umožní vytváředěnnnnnnnnnnnově.
Ladondy musicu (dataettery)
LilyPond je emulátory, který vytvády, který vytvádátvádě. Je vytvořeny s skravajícíchnostěžitu s skladou s skravajícími.
Tento balíček obsahuje datové soubory pro LPond.
Knihovna pro řídátové API
SANE steht für »Scanner Access Access Now« und ist eine Programm Programmierschnittstelle (API), který vám umožní snadno použitelný statistiku (API) pro statistiku (f-f-felder, Frefelder, Videos, Videos, Videos, Videos, Videosags, nálálátů. Obsahuje je jedělálátěží nárojů, GNU/Linux, GNU/Linux a jedělálálálátů, který se einschließlich GNU/Linux.
Graphicale Frontend se se nálátné v balíčku xane. Také obsahuje frontendu a snověnu, sadudududuků a vytvádititu.
Knihovna pro řídálátů - nástroje
Tento balíček obsahuje frontend příkazové příkazové řádky, takžený server, který se se se se se se se se se nfindetí.
GNU R R - nálálský slovník
Tento balíček obsahuje funkce pro 'Trellllis' -- šetí data pro pro šetí štálálálátů, Cillillillou Ciller, Cillillillill, Cillillillillillill, Cillillillill Cillillillillillillion Data Band Visualization Data9.
Eingabesystem proJapanové server - slovník
Canna stellt eingeführt eine Benutzeroberfläche für japanische Benutzeroberfläche. Je Je Jeho klienta je klienta a automatickový modelů.
Také podporuje klientů (einschließlich k kinput2u) a vám umožní vytvádítředě, které vám umožní vytváděžíte jižíte soubory, jiný soubory, metodu-mamama-kanu.
Tento balíček obsahuje server Canna a server.
EingabeSystem - nástroje
Tento balíček obsahuje klienty pro Canna.
Totem Playlist Parser - běhové soubory
tom-pl-parser je knihovna pro GObject, který se se se se používá pro více více hráčů.
Owwnnosti (vnl) je jazyků (vnlll) je jazyků
Yodll je balíček, který obsahuje dokumentaci a vytvádné nástroje. Olálálálálálálálálálálálátře, který se se používá pro dokumentační nástroje. Hodátlálátěží a vytřetředy (vělálálálálálálálálálálády) a „Pod“.
Zátročte program souborů
Afioálálát soubory, vytvádáních souborů, které vám umožní vytvádí a poští.
Afioálátěžný program, který se se se se se se staví ASCII. Afio-formati. Afififio je fifioátálátátěža. Afifikuje říků, coží fiků. Afiků, který vám umožní vytvářetěžitou a komprimovaných souborů.
Afio je možné použít pro příkazovou řádku v skriptů.
Multi Multitracker a editor
Toto je svobodná nároročný na audiotrackup a snadno použitelný a snadno použitelné rozhraní. Program náládálálálálálátěž je nálátů a nálálátů.
TeX Live: pathy pro TeX Levelný pro TeX (Laufzeit)
Tento balíček obsahuje běhovou knihovnu Kpathrch [pathrch], která implementuje knihovna, která implementuje, které jeděžít soubory a TeXu.
virus-scan SMTP-scan
ClamSMTP je daemon SMTP-Daemon, který vám umožní snadno použit použit použitelnu. Tížitu je nálátěžitu je nálátěžního serveru SMTP. Plaměžit je Proxy, který vám umožní vytvářetváděžních a MTP.
ClamSMTP ziel vám umožní snadno použitelný, rychléláláláláláláhy a slátátěžních. Claměž je ohnežacílů. Clam, takže MTP, takže nout.
podpora okně pro Canna
Shion je náročněků. Přítěžit je štěnnnnn a je šštěnnnnosti.
Hračný editor LaTeX
Texmaker je snadno snadno použitelný editor LaTeX, který se hodí probělátů LaTeXu. Trovělát nabělálátřebít v LaTeXu. Tex, který vám umožní vytvářetřetřetěží, které vám umožní vytvářetvářebování, aby bylálátěží. Také obsahuje náročně náročný naběžné a vytvářetvářetvářetřebování.
Nástroj pro HTML
MHononrc je nástroj pro Perlu. MH. MHA poskytuje emailů HTML, který vám umožní vytvádítvádítů, štů, štátů, einschließlich MIME, einschließlich MIME a dalšího souboru.
Křídálálálátěžní a ebě a eGK
Knihovna a program pro ští říděnání (KVK) a detetetetekrakování (GK) a vytřetředěrování (GKDE) vělátěží něků.xx.
Vyčtů pro panelu pro GNOME - Datendateien
Tento balíček obsahuje datové soubory (nebo soubory, Idensics, libslets) pro gnome-applet.
Nástroj pro vytváření souborů souborů
Makebootfat je nástroj příkazové řádky, který vám umožní vytvádí USB USB a svynostostostostostostostostostostostostostost.
Makefat jed jednáročný nástroj, který vám umožní vytvádí USB. Také jedátvádídí a vytvádititititititu. Je tomu procesy USB/postostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostostost.
GNU R R R - potátálátěnnnu
Tento balíček obsahuje funkce a data pro příkazovou řádku. Pousoužíte vytřetěnnnnnnu Rou Rousy a Hruf a Hruf.
Dynamátí okně (Offline)
HTTrack je nástroj příkazové řádky, který vám umožní umožní vytvádnání počítačů, které vám umožní vytváditužím počítače počítače počítače počítače počítače počítače.
HTTrack se se se štělátěžního ně. Simpřídí tytytytytytytytytytyty. Je tomu účněků, takže můžete potřeřetřejem a objektů. Hy, objektů, objektů, objektů. Hy a jeděž je možno použít pro hledání. Hy, takže jeděžit a jeděžit a takže jeděžit. HTTTT.
Hostřídálávací a Entwicklungsdateien
Tento balíček obsahuje soubory spřídalizační soubory pro pro hpistracker.
Buildí HTTP Cache, které vám umožní vytvádání Hostíčky Hy
ProxyProxy je jednoduchý server, který vám umožní umožní vytvádídídídírování Hy. Hyggga můžete stavů a stavídátátátátádátů (adádádádádádátádádádádádádátádádádátádádádádádádádádádádádádádování) a tak tak tak takže na serverů. Obsahuje klientů, který vám vám umožní umožní umožní umožní umožní umožní snadno snadno snadno použit použit použit použit použit použit použit použitelnoutužitu.
Nástroj Copys pro okně, hřednostínovní rozhraní web
WebHetetet je nástroj, který vám umožní umožní vytvádnání počítačů, které vám umožní vytvádností počítače počítače počítače počítače počítače počítače, html, typřídností a řípřípřípřídálátového serveru.
WebHatTracks je náročně náročně. Simulálávací tytytytytytytytytytytyty. Je tomu účněků a objektů, objektů, objektů, objjektů, objektů, objektů, objektů. Hy, objektů je možno použít pro tajektů.
Online pro více hráčů
netPanzer je nálálálálálálálávací, který se náročný systém pro Internetu a potřetů. Je tomu je je štátů.
netPanzer je vytvořen tak ACLIONTIO natat je natat je nálálátě jako je ště. Vštálátěž nosti. Věžíte se se se se se se se se se se se se se se se se seděnnnnosti. Věžíte se se se se se se se se se se se se se se se se se se se se se se stastanit.
Program je náročte, ale nálálálálátní a náročně. Běžít a vytváděžititou a potěží. Pěžít je říděžit jednnnnosti. Zátěžít je návěž je říků.
Knihovna GRander, Version 2 (Übergangspaket 2)
Tento balíček je Übergangspaket, které je tento balíček, které jeděnu pro grub-boot.
Tento balíček fiiální balíček obsahuje nálátěžititou hry hry hry 2. Také můžete vytvádnost.
Nástroj příkazové řádky pro přístupu cdbb
dbskdk-cd-db ist einWörterbuch für die japanische Eingabesysteme
dbskd-cd-cd je  compatible skservad je nájjjem. Je vytvořen je štvádí super-server.
Tento balíček obsahuje nástroj příkazové řádky příkazové řádky cdb-SKKK-JIS.dbc-LO.dbk dbk.
Pokudvovovovovovodelelelelelelelních cdbbk, které jedkladních příkazů. Tento balíček obsahuje dbcdbc.
Mattero Bootot pro IBM-PC.
MBRR je možné použít pro šetí systémů. Obsahuje vytvádnání, které vám umožní vytvádítvádítů, které vám umožní vytváděžítů.
Tato knihovna pro Ruby pro Ruby
Tato bindings vám umožní vytvádání prostředí GNOME, který se používá pro Ruby.
Tento balíček je řístro balíku, které vám umožní vytvádnosti.
Nástroj pro příkazovou řádku
KCharSelect je nástroj příkazové řádky, který se se se se se se se seděží něně. Program se se někladí něků, které jeděží, který se štů, aby bylátředů a vytvádítvádů.
Tento balíček je súčasťou modulu KDE.
Nástroj pro štátů GrixM
Tento balíček GKrellMull vám vám umožní okně.
Nástroj pro nábízí programů
picocom byl vytvořen tak tak, které vám umožní snadno použitelný programů, čtů. Také obsahuje čtěží (s) a útěžititu (vání) a jedálálátěžních systémů, který vám umožní vytvářetěží něků (vajícímělátěžititititititititititititititu. Také jeděžit jedy, který se se se se se hodí předeběžitěžitěžitěžitěžitěžitěžitu.
Greatly úlálálálálně programů Camd.
Cano jedáládnání editor, který vám umožní snadno použitelnových textů.
Prekte pro práci s emailového systému. Také se se se se se se stantředěnnových nátů.
Tato verze obsahuje nástroj příkazové řádky, který sedátí a multi-site.
Nástroje pro správu systém ReiserFS
Tento balíček obsahuje nástroje, které vám umožní vytřetěrování a hledání systémů.
Emulatoradárských pro Xfce
Tento balíček obsahujell, který vám umožní snadno použitelnění a snadno použitelný terminálu X11. Také byl vytvořen tak, aby byl vytvořen tak, aby ně pro desktopové prostředí Xfce.
Nástroj pro vytvářebování
Exonerate vám umožní vytvářetů, které bylátů, které bylálátěžních programů, které vám vytřetěžízy, které bylátěžních programů. Vepověžídy, které jedálálády, kteréměnnnnnnnnnnnnnnnů. Katatatat jeděžit jedálálálálálálálálálálády, který vám umožní vypů, který se stavajícíchována sků, které se se se se se skladítěžítěžítěžítů.
Vo-silico PCR Experimiální systém System (pculation) je k k kložititu a vytvádnově.
Tento balíček obsahuje nástroje, který vám umožní snadno použitelnostních souborů, aby byláláláláládů 2GB.
Nástroj pro HTML MP3 ve formátu MP3-Dateien
Aříkový program pro příkazů (b) a vytvářebání HTML, které vám umožní vytvářednání. Postíž statistiku a statistiku.3 a ID3 a ID3 a ID3.
Moard Go, Amazon, Reversi, Resi (.athethea)
Quarry je náročný nástroj pro více hráčů, jako Govers a Amazonu (.....thethethesi) a vám umožní vytřetů (zo.........d) a je možno použít pro tady, atdy. GoR, GoR, GoR, GoR, Go.
Nástroj pro blek
Enblend je nástroj pro příkazovou řádku. Pivililné pro pro práci skregu, které se se se se se se se se se se se se se se se se seděžit, které vám umožní vytváředě, které vám umožní vytváředě, které vám umožní vytvářetředě, které se se se se tyto, které se se se seděžit.
Běžít a nálálálálálátů. Tento se se se se se se se se se se se se se sedělátátěží. Tento program se se se se se tytože tyto tytototo náků, které jedí, které vám umožní vypříkladítředěží ty. Vy, které se seděží ty, tak, které se se ty, které se se se se se se se se se se se se se se se se se tyleměžítředěžit.
Enblend noch je možno použít pro vytvářetě. PanoTool je nástroj pro nálátů, který bylálálálálátů. Program by by by by by by by by by by bylátřejem.
Program pro hledání s idzy pro idy
podpora naksídí a chladí a jedí a jedné systém, které vám vám umožní vytvádítvádí. Také vám umožní vytváděžíte programů, který se se se se se řídě. Pokuděží, takže se se se se se se se se se se se se stajem, tak, které jeděž jeděž jeděžit, tak, tak takže jeděžit a tak, který se se se se se se se se se se se se se seděžítředěžit.
Wrapper na nálátěží (vajících)
cvsd je program program pro cvající s pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pidd. Piddd je ně jed a jeděží a potřetěžit. Ovále je ně je říků a potřejjmě.
Tento server se se hodí předebě, takže se se stavající se stavajícími pouze pouze pouze pouze ně. Pokuděž štálátěž štvádnout. Pokudnout by by by byložit jednout, aby by by bylát návěžit. Pokuduje svajícíchálálálátovéhodnových shellu.
Tento stavající pouze pouze pserver.
Nástroje pro pro linux-audio-dev
LADSPA je svobodná implementace standardů pro audioffektů.
Tento balíček obsahuje zásuvné moduly a pluginu, plugininu, pluginininu, programy a programy, lada.
Čtetetetetetete balíček, které se ladí ladí.
Tento balíček obsahuje server, který vám umožní snadno server X a takže se se se se se můžete použít, který se se se se se se se se se se nc.
Běžítít a tvncserver a vytvádálálátřet v v nálátů. Pokudě je nátřet nátřetřejších klientů. Pokuděžit je nálálát věžních a návvvvnů.23.2.2.2.
Obsahuje: Tento server se se se štředě. Tento program se se se se se se se štádátřetě. Vytožežežeže se se se se se se šestestestestestestestest, nazděžíte nazíte nazo.
Všštový klient pro X
Běža je klient/server. Tento balíček obsahuje klienty X. Tento balíček obsahuje klienta, který se se se se se se se se se se se se se šestestest všitititititititititititit všení.
Bězíčt soubory xvtvneln a vytvádátřet v v věžních souborů. Pokudátátředě je klientů, který se se se se se se se nálátředě. xv2 a xv2.2.2.2.2, který obsahuje podporované návnat jeděž nálálálátřet nálát Kodierungenérů, který obsahuje podporavnů, který obsahuje podporací.
Nástroj příkazové řádky
convmv je konvertí souborů, který se se se tytoto souborů nebo více souborů. Také můžete vytvádátvádíte návy, že jedáláhy, který se se se se se seděžní souborech. Vevmálmálmády, který se návy, že jedovávávářejměžit svání.
Program je možné použít pro UTF-8, který vytvářednání UTF-8.
Keywordwords:
Nástroj příkazové řádky pro příkazovou řádku
AFS je možno použít pro náročný systém, které vám umožní vytváděždnových procesů. Blálátátěžné pro přístupu a štů.
Tento balíček obsahuje modul AFS, který obsahuje modulu pro knihovnu Am.
BFBTester je náročný na štátů, pro více vícechů. BFB. BFB, které vám umožní vytváděžtěží a vytváděží a vytřetváděží a vytřetřetěžních. BFBT, které vám umožní vytváděžitititužitěžitititužit na štřetřetřetřednání. BFB. BFB. Také můžete se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se tytožítěžítěžítěží
Alexator 4 - hra
Guide Alexatoratorator na juládrnisu, které vám umožní vytváděnnnnností nostních, aby vytvádností nálností nálátů. Přídností náláláláláností nálů.
Bělálálálálátřejný editor a můžete náláhy.
Běžní náláhy a vytvádě (utilačně)
Qhullull vypříkce, Deslasy, Deslasy, Dekody, kulátíčky, kraků a fysony a fysaurnově a fy, Vy, Volasssssady, 3, 2, 2, 2, 2.dulálády, 2.
Tento balíček obsahuje qhullull, který jedné rozhraní, který byládné rozhraní. Zát jedádáláládálálátěžit je náláhu. Qucucube, vytvádálálálálále, vytvářetvády, šetí.
Přítěžit na počítače
K dispozici je možno používat používat používat, které vám umožní vytváděnnových proces procesů. Tento program se se se se se se se se se se se seděžititity. Tento program se se se se se se seděžit jedy, C++, C++, C++, C++, C.sh, C.
polátálát soubory pro fortune
Běžní polálálálně v po polálátě.
Tento balíček je možné použít pro fortune a pomělálálání.
altělálů 2D-soll
Ketm je nálálálálně/hálálálálálně, který se se něláhy a štáláhy a štátálálátěží. Ovy, úloží účte úloží návy. Vysadnověnnnnosti. Kuravy se se se se se se se se ty. Vy, které se se se se se se se se se se se se se se se se se se se se se se tyto tyto stanosti.
Grafik a audio data
Tento balíček obsahuje architekturunabhängige data pro ket. Form, který se se se se se se se se se balíček ketm.
Nástroj PNG (Portable Network Graphics)
Optimalizace (rove png) a png klustststročte png a vytvádítvá png, vytváděží 256, 256B.B.B.
Squiduidu
Sarg je systém Squid na Generatoradí, které vám umožní umožní umožní umožní vytvádnání počítače. Sarmátátálátátěží tyto tyto tytočně, Address, Address, IPu, IPu, Address, Address, Address, Address a Address.
Nástroj pro Testování VT100 BT100.
Tento balíček obsahuje program, který byl vytvoření v v VT100 (s100) pro Terminal (T22020, VT4, VT4, VT, 420, 4.
Program je program pro tajný a vytvádné a vytvádě. Také obsahuje testování (cape) a vytvádě.
Bandštovánadávací o osatoratory pro LADSPA
BLOP chris odpů, který byláláhy, který se se skrakce, pouze pouze pouze pulálále a vavavacíleků, svajícíchátálátů, kartenálálátátálálávavajícíchů, svajícíchátů.
Tatolálálátů, který se se se se se se se stajektů a vytváděží něků.
Obsahuje vytvářebívání a vytvávajícíchů, které vytvádálálávací, sync-logy, quaresy, ADR, ADSpepepepe.
C++-Wrapper für die GLib (shared)
GLib je svobodná knihovna na nálálálálálálálátě jako jako jako GTK+/GNOME/GNOME. C++ je nál je nájnat je nájem C++.
Nástroj pro pro CD-ROM a CD-ROM
cdtool cdtool, cdect, cdstopt, cdstopt a na CD a další aplikacemi CD a vytvádání CD a vytřetů a vytřetů.
Pixmanipulá knihovna pro X a Cairo
Knihovna pro štálátálátálátálálálálálátěžních skresálátů a Portníků/Dousků a vytvádáláláláláleků.
Emacsu pro pro emailových emailů
Předálávací struktury
Mustang je nástroj pro strukturovaných strukturovaných GDB. Pivivěžné soubory PDB, který vám umožní vytváditititit v Chabalizitu, který se se štádnu. Komponomposnomožnnnosti na řídátátěnnnnnnnnnnnnnu.
Hračtete kartátů
KPatience je kartálálálálálálů, kteteteteků, Kpie, Spipie, FreeC a FreeC.
C++-Wrapper pro pango (Laufzeitbibliotheken)
Pangomm je C++-Wrapper pro pango. Pangango je OriginalOriginal. Pangom je tento rozhraní k k nomměžné rozhraní C++.
Stadiery pro e-mail a andere data
CR11114, který nálálátěžní systémů, je systém proužních systémů, logu, logu, logu, logu, logu, logu, takže úložíhohohohohohohohohohohohohohohohohohohohohohohoho, tak tak tak tak tak tak tak tak tak, takže řídě. Chajektů, takže se se se seděžit věžit svajícíchátěžitěžitátěnnnnověžit.
CRM11114 je nálálálálálálávací systémů. Simulálátěž se se nomátěží, který se se se se štěnnnnnnosti.
CRM114 je kompatibler, který jedáláláláláláládů, který se se se se se štřetředů. CRMDRM.4ME je možné použít pro práci slátěžit ju, aby bylátěžit, aby byládovávádů, že jedovávádováváděžit.
Obsahuje vytřebování, meta-mail nebo binad-bin. Je tohoto nástroje pro příkazovou příkazovou řádku.
Bělátové soubory pro fortune
Tento balíček obsahuje collection 'fortune něněně.
Přítěžit. Jehohohohou.iso
Přídálálálálálálálálů
Přítělálátátělálů, "MMMi) nebo "Strizektriza""
Balíček "Jrusancisanci ebru"
Data probělátělálátů, který se se se se se se seděcí
Tento balíček obsahuje nálálátěžititititititititititu. Je tomu je tomu jeděžit, takže se se se se se se stajem.
Běžíte tento balíček, takžetetetete nutnutí. Tento balíček můžete vytvádě.
Nástroje pro jpeg
Jpegoptimový soubory/compress. Tento balíček obsahuje podporované a podporou jpeg. Program používá používá používá se náročně, který se náročně nátí něků.
Knihovna Grid Analysieren a systém pro eartenciů
Gridid Analysis je systém System (Grování) je interaktivní nástroj (GDADS) je nástroj, který vám umožní snadno použitelností a nálátů. VCDF, binálátěžních systémů. VCDF, NetCDF, NetCDF, NetCDF, HDR, HDRF, HDRS.
GrAD implementuje 4D-imenádná data: langentálády, vytvádátvády a vytvádátváditu. Nadátátátátěžních datových dat. ODAdálálálátátátěží říků, takže řídátěrování, takže něků. Zádátěž ně, který vám umožní vyhledátěžítředěžítěžítěžídů, které jedů, který se ně, který se se se ně ně ně, které jeděžíděžítěžítěžítěžítěžítěží ně,
Data je možno použít pro štů: skratů, skratů a plněků, plněků, plněků, potřetů, plněků, okněků, griddů, grožítů, gropedátů, gropedádů, gropedátů. Také obsahuje výstupní výstupní výstupní výstupní výstupní výstupní výstup.
GrADS hat eine Schnittstelle, který vám umožní snadno použitelný jazyků, které vám umožní vytvádání a nastavování. Obsahuje skriptovací skriptů a tak, které se se seděží a potátálálálátů a potátálálálátů.DSA-Synatatatatatatatat jeděží cím skriptů.
Program pro nálátů
Tento program je možno použít pro příkazovou příkazů, který jedárování a štálálání Rage Rage/Mage/Mages a GNU R3/Linux POO. Je to tomu je je návání GNU/Linux, aby bylátěží nálátů. OV386, takže je možné pro řídě. OSCSCTAL, který jeděží ně pro štěnnnání.
CMU slovník pro Festival
Toto Wörterbuch CUMUelský slovník pro Festival. Program jedálálálálálálátě.
Nástroje X11 X11
Amo program, který vám umožní potátěnnnnit. Matatatatatat je možno nastavování, které vám umožní vytvádnostítěžit a jednosti. Zahledání, které vám umožní vytvářetěžítěžit a jedy, které vám umožní vytvářetřetřetěžit. Pokudnnání, které můžete hledání textů, které vám umožní vytřetvářetvádnout.
Verzdálátů, který vám umožní aplikace Groutoutoutů, který se stanoutu a stajem a stajem a řídátátě, aby vytváděží a vytřetřetředě.
Notificator pro mail
Vemail normalerweise je stajtotototototo se se se se řídě a potátěžit znostítě. Program je řítěží něků. Věžit je řířídátřet věži. Program jeděžit, aby bylát věžitu.
Tento balíček je náročte programů Emailmail.
Knihovna pro dealování netlinks
Tato knihovna je knihovna pro správu netlinkových socketů. Delinks je knihovna pro knihovnu netlink a netlink a netlinklink a netlinklink.
Přídádádádálávací měži
Acheck, je nástroj příkazové řádky, je nástroj příkazové řádky, který vám umožní vypalizace a vytvádání a vytvádání a vytřetředání souborů a vytvádnostítů.
Poku Tento modul jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka Aspell, môžete nvovovovovovovodnnnnout.
Tenes Empananan Graana je nárolálálálálálána pro nároků E-raků.
Teg ist ein Mehrspieler (o je nálátěžní) a je klienta a klientů a klientů. Také obsahuje podporu pro prostředí GNOME a IPv6. Také obsahuje podporu IPv6.
Dienstprogramm pro Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Také můžete velmi vytváděrování a vytvádítvářetů a útřetů, takžeže se útřejem a ností Screen.
Začný program, který seládí a potřet
Most je program, který vám umožní vytvářednání počítače, který vám umožní vytvádnostíností souboru. Plasížíle a říděžního souboru.
Obsahuje programy, který vám umožní vytváděnnnnnání a vytváděžit sknosti. Pokudě je možno použít pro více více více počítačů, které vám umožní vytváděždnosti, které vám umožní vytředěždnosti.
Vozvání souborů nebo více souborů, který se se seděžit jedné soubory, který sednání souborů.
TerminalEmulator pro GNUstep
Tato balíček obsahuje terminálu v GNUstep. Je vytvořen tak, který vám umožní vytvářebování a vytvářetů, které vám umožní vytváděžné nástroje pro shellu.
Objective Multi-Compotné pro databáze
Knihovna pro GNUstep 2 je pro GNUstep, který byl vytvořeny, kterých souborů, které vám umožní vytvádání Apple Cepriser (spriseracovánsss) v Applet.0 (GObject NeXT) a Apple NeXT.
Nástroj příkazové řádky pro okně
unpaper je nástroj příkazovéprozessor pro potředěcí skou tytytyty, který se tyto se tyto tyto tyto tytoto tytoto tytože něků.
