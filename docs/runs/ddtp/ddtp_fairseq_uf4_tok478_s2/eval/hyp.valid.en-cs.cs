Turkische Version derHandbuchseiten
Programy = Benutzery (.g. ls, ls, ls, ln)
= = Linuxové systémy (.B.B. exit, openk)
3 = knihovna pro = .gloc, tisku (zloc)
4= = Devices (z.g. hd, sd.d).
5= = File Formaty a tyto syntaxe, různé soubory (z.B. wt, /etc/passwd, passwd).
= = Games etc.
7 = Css a standarde,macroové soubory, . (např., atd..g.... jako jako ascii).
= = fonty pro příkazovou řádku.
Nástroje - nástroje GNU Internationalisierung
Interestace pro všechny nebo dalších balíčků, které se podívejte použítch programů, které se podívejte použít pro všechny.
nástroje GNU Internationalisierungswerkzeuge pro systém
Tento balíček obsahuje nástroje gettext a ngettext, které vám umožní vyhledání balíčků, které vám umožní vyhledání a dalším skripty skriptů.
X server X.Org -- ovladač zobrazení MGA
Tento balíček obsahuje ovladač pro Matrox MAGA
Tento balíček je sestaven z modulu X.org xf86-video-mga.
Server VNC pro GNOME
VNC je protocol, který umožňuje vzdálené desktopového prostředí. Tento balíček obsahuje VNC, který poskytuje VNC, které vám umožní integrovatelt a serveru GNOME, které vám umožní potřetřeběrání desktopu.
Balíček 4.4BSD-implementation of vi
Hrakový editor pro příkazovou řádku pro Unix. Program je velmi standardního editorů. Je velmi standardního editor, který je štěrný editor a standardního souborového Unix.
Nvi je možno „bug-for-for-bug-bug-bug" pro štikových editorů BSD. As Atzzy, ale nevynačečečky, jako je návy a potřetřetřebíte vzelný, pokud se osíte vloži.
X.Org X server -- ovladače Neomagic
Tento balíček obsahuje ovladač pro Nemagico Magic Magiccipipips, které jsou v laptopech.
Tento balíček je sestaven z modulu xf86-video.org xf86-video-neomagico-magico.
Spell-Checker Orted Word Liste
SCOWL je kolekcia prohledání seznam listsu
Balíček wamerican*, wbritish, a a wisisisische Wortortort (zrosu) je jištisky (předky) poměžíte potřetřebíte potřetíčky, pokud se podívejte tento balíček se podívejte.
WörterbuchWörterbuchWörterbuch für /usr/share/share/dict
Tento balíček obsahuje soubor /usr/share/share/dictamericen-glisch, který obsahuje glischer Wörských výrazů. Tento program se používá pro kontrolu pravopisu a programů.
Vísmall -, -large, verzie a verzie verzie verzie, lidy, lik a wbritischer* a *nanananananad.
Britishský slovník pro /usr/share/share/dict
Tento balíček obsahuje soubor /usr/share/share/dictbritishish, které jsou glisch, které se hodí předehledářských slovníku. Tento program se používá pro kontrolu pravopisu a programů.
Vísmall -, -large, verzie a verzie verzie, okgehné verzie, stanamerican* a wicnanananananananananananananananana.
Program imlib2 based Bildbetrachter
feh je rychlený prohlížeč prohlížeč obrázků, kterýpracuje prohlížeč obrázků imlib2. Program používá pro příkazovou řádku a podporuje různé obrázky sshshows, více více hráčů, více více více víceků a více vícekladní monage (vání znaků TrueType) a rozdětivivivivivivivování (vy, ladaděrní ladaděrků) a přitom (zkladaděrání adresáře souboru, podporovaných adresářů (vání adresářeběrků) a vyděrizace (vání adresářeběrání adresářeběrání adresářů).
Grafické správce oken
Synaptic je grafický nástroj pro grafické k GTK+ a APT. Synaptic, který vám umožní vytřetřetí a také také také umožní využivivivivivivivy.
Vebřet dieser funkce funkce jsou folgenden folgenden vlastnosti patří:
Suarch a Filteru seznamu seznamu
Štáládá systém pro čísky
Brafické balíčky balíčku
Snaditu seznamu seznamu seznamu (sourceslist)
Rychlávačevším pro balíkulogu
Configure packages pro přístupu debconf
Browse všechny vývojářské dokumentace (dwww) je Tento balíček pro všechny).
Lačný prohlížeč obrázků
GPicView je leichtgewichtige GTK+ 2.x používá pro práci s např.x.
Rozbalýzná a schnellerkročky s štiků
Vordnější pro přístup k desktopového systému
jednoduché rozhraní a intuitive Schnittstellen
Minimalizace lib Abhängigkeit: Only GTK+ používá pro reinem GTK+
architekturace: Do Dont je velmi architekturunabhängige рабочего стола
Mezifikový procesor s okněností
AbiWord je vollárný, effizientovaných programů. Program se hodí především pro práci s čístěnosti a snadno použitelních modulů.
Tento balíček obsahuje podporovaných formátů, který export/exexportovýchPlugins, který vám umožní vyudání a WordDPerPer a dalšími formáty formáty formáty. Také obsahuje nástroje protibor, karty, karty a čekbori (vy a Windows Windows Windows Windows/PMPP) a/XMP/XMP.
Mezifikové rozhraní pro práci s výborlla - společné soubory
Tento balíček obsahuje společné soubory, které jsou soubory pro všechny architektury.
Krakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro kontrolu pravopisu překlepů GNU Aspell.
Krakský slovník pro myspell
Toto je krarakský slovník pro kontrolu pravopisu myspell, kterýpracován, který používá v OpenOffice.org a Mozilla.
správce oken pro X
Toto je sada správce oken pro X. Program je tyto tyto, který se osctřetě jako jedě jako balíčky, Window Maker, Enlightenment a FWM2. Tento balíček jsou okně, pokudy, pokudy, že potřebíte nadělávy a dalšího systému.
bestehledí tento program, který je tento program, který se v C++, takžeže attrer, takžeže „oder“ je „malítíčný „pí“.
Pokud nepíte chtíte zkrotřetíte potřetřeběrky nebo Microsoft Windows nebo Microsoft Windows Windows Windows Windows nebo Apples, tento balíček tento balíček, tento balíček.
Knihovna GNU GNU GNU tar
Tar je program sloužících pro prohlížeč souborů jako jiných soubory jako jiných formát tar tar. Pozept se podívejte v cpio a PKZIP. Tarch se podívejte nabě jako je také také také také pro systémů Debianu, který se hodí pro práci schchchchování a dalšího systému.
Textmodus pro адресной ncurses
abook je grafický program pro ncurses ncurses. Program vám umožní viele verschiedene fieldet. Prafifieldí info. Je vytvořen tak tak, ale můžete použít použít použít pro mutt.
Zobrazí informace o ACPI
Attempts, který potročný funkce pro příkazovou příkazovou řádku, včetně ACPI, včetně ACPI a odvoděrmě. Dormaluje informace o ozíče ACPI, aby podpora ACPI.
Knihovna pro práci s i18n
Text-wrapping (oor-fold) knihovna pro práci s Zeichenklávacíměn. Tiež podporuje terminálu (vnternationale), automaticků (znationale), automatickou tytytyty, všechny UTF-8 (JPUC) a znaků (JPUC) a znaků jako Zeichen (JPyyyy, čky) a výběrování (Jady, plněmalíčky), plizace (JKJKJady, coděrizace (vítítítíčky) a výsledání (o) a výsledálálády, které jsou čky, které mohou čky, které jsou plně, cody (nebo plněmelný
3-d modely a simulátory
xbs ball-and-and-stickelný program, který umístění a třiální modely s důvodu. X11 můžetetetečevším a výstup. X11 můžetetetetetetete, atddd.
Signal Signal Signal pro C++ - běhu
Tato knihovna implementuje systémové systémů pro Widget pro práci s chickávacím. Program obsahuje programování a potřeběrizační rozhraní, stavyklady, stavyklady, stavy, stavání objektů a stadyklady k krizacimisi.
Toto jsou běhové soubory pro libsigc++, Tento balíček, pokud, pokud, pokud se hodí přede, které mohou být.
konfigurovatelní/ADSL-Verbindungen
Nástroj pro konfigurovatelný nástroj pro konfiguraci pro konfigurace DSL (PPPoE)
Štivový systém Debianu
Debconf je konfiguraci pro systémy pro systémech pro debian.
Internanadná podpora podporu pro debconf
Tento balíček obsahuje Internananananadné pro všechny debconf, včetně řeběrité jazyky, které jsou podporované jazyků a podporu propracován a podporu propracovány.
Knihovna SID (MOS 658)
Mezifikové hry Tutoru Starr
TuxTyping je hledářáčků, kložní hry hry Tux Pen Penn Penn. Penngui, které jsou v Tuxfish, které jsou kložíte ček, které mohou být důvodu ček. Jakmile se hodí přede čkroček, tak se v Tuxuček. Jakmile se čeček, které jsou kložíte štíte štíků.
Pozkové systém s ducky
Vorklad monitor monitor monitor monitor, z wmtime a wmtimemon, které jsou monb. Běríčky jsou monbble, vyhledání CPU CPU, duzy a du.
Posh je návné verze pdsh, které se osksh, který plně s poměžních balíčků Debianu a potřeběrání.
WARNUNG: Scece of viele viele Debian /bin/sh/sh tento skripty, tento skripty a poshshsh/sshal je možno použít prou.
Knihovna Venem Venema's TCP- wrapperbibliothek
Wiet V Venemasasínost logu logu, také také jako TCPD alebo LDOG_TP.
Tento program program programy logu počítačů v telnet, rsh rsh, rsh rsh, rsh, rlog, finger, atlog, etc.
Nástroje:
Hrakové přístup k počítači, a/nebo počítače/nebo počítače;
Vordnost hledání spoňování a hostů;
Bobílé implementace pro ear-warningu.
Nástroje pro TCPu Venemas TCP
Gracreate a polálálních z clusíčky v testech z Cuuues
Send ball se podívejte v hledálávy (zvína) a dalšího Widgets (zína) a oblasti. tyto potřetřebíte potřetřebíte potřebíte potřebíte v tyto tyty.
Simulator pro Microchips PIC
Gpsim je vollláltor pro Microchip PIC PIC
Gpsim byl vytvořen tak, aby byl takžet jako jedě. Accuracy, který obsahuje rozdětivivivivivivivy v ALL a ALL.
Gpsim byl vytvořen tak tak, aby byl tak, takžežežežežení např. Realí 20Mhzh.
Gpsim byl vytvořen tak, aby se hodí přede standardního standardu. Vorm paignost, včetně jištiků, jištiků, stavy, tytozíčky, takže tyty, takže tyty, takže tyto tyto tyto tyto tyto rcu. Prozkladní tyto ty, takže tyto ty, takže ty, takže štik a štiků (např.).
Mehrzy hráčů pro více hráčů blast-the-themater
XBlast je hra hra podobná pro více hráčů pro více hráčů video/computern (Dynablaster).
2 pro více hráčů
Rychlér 2 pro X-Server (nebo 6 pro joysticku)
Snady 1000
Hračerní modely
Po-Raay renderný grafy
Hratový server pro statistiku
Pokud chcete hročečky, které se podívejte xblast-t-t-t-levelent-level a msight a mb-last-last-sound. Tynbsics-munics obsahuje hudnics-mus-mus.
ausführbare CGI pro MapServer
Tento balíček obsahuje program map mapy CGI. Program poskytuje jazyk MapServer a je možné použít pro WebMap.
MapServer je program pro systémy pro Internet map, které Open Open Geoatatial Consortior (OGC) Scriptinging Script MapScripts in Mapscript.
"freem" pro dokumentační systém pro dokumentace
AFT je dokumentační systémový systém. Jedná se hodí především pro freem, že jištiků, že chložíte v textovém „ložícececececece dokumentu.
AFT má různé hlavičkové soubory pro výběrání dokumenty a „vánílálání skročky do do textovém textového textového textového textového textovém textu.
Right je jetzný výstupu AFTransku (zyků) HTML, HTML, HTMLHTML, LaTeX, LaTeX, RTF a RTF. Také můžete v stavětí výstupu (např. štěžit všechny). V současné výstupu, že je štálálovat je např. Výzylevy, které jsou tento soubor, které se hodí především pro výsled. Výzvovovolýzy, které je možno použít pro úpravu.
Nástroje pro správu IBMPC PowerPC
Balíček powerpc-ibm-utils poskytuje nástroje, které jsou štiků, které se hodí především pro správu PowerPC. Fursahledáva dokumenty pro je plně v tytytyto nástroje.
nvram - nástroj pro přístup k NVRAM
Boolist - Konfigurationsdateien
Podnamename - generovatelný náročky zařízení pro OF
snap - systém pro konfigurovateln
Ppc64_cpucp - nástroj pro cpucp
Ispell, který používá k Voikko-check
Voikko je Finnnish a hyphen na Sagator a s Saguo-mimimimi-Mala.
Tmispell je Ispell, která obsahuje rozhraní pro Ispell, které se podívejských programů, které se podívejských programů, který . (např.B. mail, mailgs) a pro Ispell. Tento balíček pro kontrolu kontrolu programů. Tento programů jako programů jako je pro kontrolu skokonu.
Tento balíček obsahuje množinu Tmimispell, tak, tak, tak, takže „lspell" "tmispell". Podlištice Ispellu Tspellu, že nepštíte hledu.
Generátory a algorithmsy v C++
Tento balíček pro Teile Boost C++ Libraries.
Graphs jsou grafické karty, které se hodí především především pro svlvání znaků v počítači. Concient, stantí stavy, potřeběrízkové programů. V tomělávovovodé rozhraní pro štifiků.
midiPlay je File MIDI, který hledát, který hřeběrání, GMUSB, Sound SoundB, nebo MIDI MIDI. Také podporuje pízor (CF), Microsoft RIFF (RIFF), Microsoft RIFF (RIFF) a tyltitititititi.
Hračil můžete použít pro textového rozhraní nebo grafické rozhraní.
Hrajektu osílální v počítače
Víkročky v počítače je v vavavad! Vytoto štikou polítřetí štiků, Microsoft Internet Explorer, Microsoft, Microsoft Olook, Microsoft, Microsoft MNeys! Vororststst je možno vádíte víte pom počítači, štítíte vzíte tyto tyto počítači!
Debian Almquist - Shell (dashd) je modulu POSIXu.sh.
Since se hodí přede skripty jako skripty v bash a dalších knihovně (making) jedá knihovna, aby bylé a mnohompilních pro systému.
Knihovna S-Lang - běhová knihovna pro běhován
Program S-Lang je programů Cmermer', které jsou knihovna, které jsou vývojářské chodudy, náročte vývojářské prostředích aplikacích aplikací.
Rychlární klienta vzkového klienta
Lafe je klientská klienta pro práci s skladenénými štků. Můžete můžete čtekladní příkazů. Tento změna můžetetetete výstupu z příkazové řádky. Tento příkazové řádky umožňuje tyto klienta. Tento dalším klienta další klienta další klienta.
Broddcast a DVB Transport Streams über eine LANAN
Skripty pro konfiguraci a potřeběrování a shut
Skripte in diesem skripty v diesem balíčku v balíčku tom Debianu a čase a shsh.
Balíček SystemV naběrových mechanismu
Tento balíček obsahuje podpora pro systémy SystemV jako jako System, pro boot boot booting, sh a utzy hledání hlednémy, shici /etc/rcd.
Nástroj SysVititové skripty pro terminálu
sysv-rc-rcconf poskytuje grafické grafické grafického terminálu pro terminálu pro terminálu/share/runrc.d/nanadné rozhraní prohledí a dalšího rozhraní, které vám umožní potřetřetřeběrání a dalším oblasti, které vám umožní vytřetřetěrání svání programů. Vykladní programů, které vám umožní využítěžítí a další skripty.
Upříkové monitora
asmail je malý nástroj pro příkazovou příkazovou řádku. Mezi jeho vlastnosti patří okně, který se podívejte AfterStep a spustěžních modulů, které se hodí především pro AfterStep AfterStep Wharf.
Nástroj pro manipulaci obrázků GIF
Tento nástroj je nástroj pro manipulaci obrázků GIF- soubory. Tiež podporabilé pro gudězků a plňování obrázků (krocros, plňování, cestro, cestru, úpravu a vytřetřetřetřetě, který vytřetřetřetřetřetí a GIF.
Toto je "class" netcat, bylů v *HobBit*. Umožňuje mnohé vlastnosti patří v net-catendd.
Nástroje souborového souboru /proc
Tento balíček obsahuje příkazovou řádku a kompletní příkazovou příkazovou řádku pro příkazovou řádku, „psudodo“, „pudoudo“, který vypřetředěží informace o tyto informace o tyto informace ohledání.
Program obsahuje free, pkill, pkill, pmap, pmap, pmap, ps, pdx, pdx, slab, stoptop, sys, sys, tklad, vstat, stat, .
S-Lang runtime soubory pro jed a xjedjed
Jed je malý, мощнný editor a jiný textový editor.
Tento balíček obsahuje běhové soubory S-Lang, které jsou soubory, které se osd a xedjed.
Editor pro programování (x11 version)
Jed je malý, rychlá, rychlá (přebalíčky) jako modulu xtermu a jiných editorů v textu.
Complete hledáčte v hledávády pro Emacs, CUA (mimimisisi, KDE/Gnomeme/OpenOpenOpen Fome), Borland Brland, Brland, Brief, EDTL (sembling Cembling C).
Edititing: folding; rekudátetetetetete/přadby/skreplace; hledkrementy; placementy; placeaceaceacemimi; více více více více více soubory;
Specialsy (syntatax, ., ...) pro .. Basic, Basic, C, C, C++, DLOR, IDL, IDL, IDL, Java, Fortran, Pascal, Fortran, Fortran, Pascal, Python, SH) a ATeX (saTeX)
Nástroje: editor (diredání soubory); info (nebo soubory info); GNU info; ispell; shellu.
native X11 verzie X11 poskytuje podporu strator, stavání a stavání X. Jakmile se hodí především pro xjedjed, ale můžete v textovém textovém módu, tento balíček nepod a xjd.
Nástroje a módy můžete v balíčku jed-extrad-extra.
server X server v Java
Vordná implementace X server v Java, které jedě nebo eigenständige eigenständige Applet. Také podporuje vzdálené a vzdálených Xjs-java) pro X.
Také obsahuje knihovna pro zatředání Wirdání Wird v Java nebo Applets.
Nástroje pro .desktop soubory
Nástroje pro práci s .desktop souborů .desktop souborů:
update-desktop-desktop-data -- update-base pro update-MIME
Desktop-file-validate -- validaci pro desktopu
Desktop-file-install -- installové soubory pro desktopového
Icons GNOME
Plugin pro panel Xfce4
Tento zásuvný modul pro Xfce zobrazuje seznam zařízeních zařízení, které mohou být givivivivější operad.
Hracy zobrazování a vyhledání dat dat
sunclock je aplikace X11, který zobrazuje mapy a výsledudy v cates a catillillionální portu gunbe, které jsou tyto tylů, čtekightu. Dunk je náktora a potřetřetřebíte hledáte použít pro výbětětěrní a potřebě, tak, takže, takže, takže, takžežežení štik a dalším úkolem.
Sunclock grafické map map map
sunclock je aplikace X11, který zobrazuje mapy a výsledání cates a v catillionené catillillion, který bylé portu gunun, tyto tytyto nightu. Také vám umožní vytřetřetětě jako názků, nátekovétekové a potřetřetřetězků, tak, takže, takže, takžežení a potíte štiků.
Tento balíček obsahuje vektory vektorů eartmapmap.
Knihovna Raptor 2
Raptor je knihovna jazyka C poskytujúci Parser a Parserových stránektivní k Resource Description Framework (RDRDF)
Vordný syntaxe RDF/JSON, RDF/XML, NXML, NTiples, Turtle, TurtleDRDRD und RSSL a 03. 1.0, 1.0/Qud-XML, Nadripsadrips, 1.0csss, RDF/Tiple RDF a 1.0.
Raptor je vytvořen tak, pro plexiálních a vypřetření (ptor) Speicherkonu (ptorí) a stavání) a stavyků (ptor/XML/XML).
logové výstupu v Perlu
Logwatch je modularový logu logu, který se podívejte a mails. Program umí také vyhledání příkazu. Také můžete z příkazové řádky.
Prohledý výstupu a můžetetetetetetete výstupu výstupu. Tají tento výstupní výstupu, které jsou tyto výstupu v logu tytyto formát.
richte pro graphické nástroje pro cdt - knihovna
Graphviz je sada nástrojů pro Graphvischováníchů. Zez se podívejte jiných balíčku Graphvizviz.
Tento balíček obsahuje knihovnu cdt.
richte pro Graphgraphické nástroje - gvc
Tento balíček obsahuje knihovnu gvc.
richte pro Graphgraphické nástroje - knihovna plan
Tento balíček obsahuje knihovnu pathplan.
Rychlády Debianu
Tento Meta Metapaket installiert Debian-Pakete pro práci s Chemie. Virkre. Mezi štifielder v Chemychleví a debtab, chování a potřetíte v štiků.
Rychlávací soubory Debianu
Tento Meta Metapaket installiert Debian-Pakete pro práci s štřeběrání dat. Tento balíček se podívejte v balíčku::viewtag.
Správce systémový systém pro 3D
TDFSB liestuje informace o informace o a zobrazí jako jedí 3D. Zeštěžní Verzeichnis. Chang iného adresáře se hledání do do doměžíčky. Umožňuje úpravy soubory a zpracovány.
Base X bitmaps
Tento balíček obsahuje databázy X bitmapových bitmap, které se podívejte v různých klientech X.
Scroro processor pro HTML pro HTML
Mp4h je program sloužící k HTML určený pro vytváření dokumentů HTML, velmi jednoduchých programování s jiných programů. Program vám umožní vytřetřetě a hledávací syntaxe v HTML.
Mp4h je kernávací komponenty Website Language Meta Language (WML).
Prohlední zdrojový kódů a výsledání pro skročení
Flawfinderuje pomocí C/C++-codecodecode pro práci s štěnění a štiků a štibriků a plněměriků v tyto kódů, se se se sekver.
Likeke RATS, Flawerobachte pohledáčky, že neužíte vululululer, ale štiký akročný pro štiskového kódu.
Flawfinder umí také umístění různé různé změny (diff), který „diff) souborů (diff) tybribring. Tento tyto tyto tyto tyto tytyto tytylevy, který se podívejte v čískrecrecs nebo potřebné systémy pro Quelltextováníování a potřebě jako CVS.
Filtern, který vyhledání adresářů
ppdfilt je programilililil, který se hodí především pro příkazovou řádku nebo z příkazové řádky pro hledání adresáře. Tento soubor můžete použít pro všechny PostScriptu. Tento plex, aby ple nebo vyhledání oblasti nebo plex, takže plex, tak se osítítítíte v GNULLout. V současné „prac“, takže se hodí předečevším pro přístupu.
Jednoduchý hra hra v štkků v štiků štiků
gPlanarity je hra hra hra s špisem, který štředy a štiků. Pokud se potřebíte potřetřebíte potřebíte potřeběrání, chkůzy.
gPlanarity je superclone Parnity pro hry Planity Parity Parity, který byl vytvořen tak nalantantal. Planity Planity, ale můžete v Firefoxu a dalším plněm karty jako Linuxu.
gPlanarity potřeběrové hry Planity tomu, ale takže štik, ale tyto hry, ale potřetřetřeběrů a potřetřetřetálání skročteků, takženíků/drakování a takžení čky.
Analysierenzené čkady návání čtekladní sklady RF-Komplňování
SPLAT! je a Surfaf Path Leth Len Anth L Ley pro Linuxu pro Linuxu SPA. Lindářá pro Unixu. SPATL!
Balíček soubory pro knihovnu OpenEXR Bilds
OpenEXR je návný dynamický formát (HDRHDR) formát formátů, který by by bylérii mnoho formátů a Magicé v počítači.
Tento balíček obsahuje sdílená knihovna:
Ilmmmf - knihovna, který lidy a čít Opens OpenXR.
Program pro lockování a unlockování souborů mailbox
Tento balíček obsahuje různé programy sloužících s locklock a lockových souborů z příkazové řádky z příkazové řádky z příkazové řádky od příkazové řádky. Tieto:
Tento program programů pro práci s souborech na souboru lockování a locking, takže čít štibíčky, takže plně v Debianu.
Program pro systém pro systém Java
JavaHelp je systém online online online online online online online online online online online online v JavaHeln. Vešt JavaHelpelu a dalšího systémového systému a dalším oblasti, který návání objektu v JavaHelávacího systému Java. Tavymel, který okně na velmi účte naběrování systému JavaHHel a dalšího API, který jeděr a velmi jednoduchý rozhraní, který je implementace jazyka JavaHHelný implementace jazyka Java. CHelný implementace jako implementace jazyka Java.
Zobrazí a v 12/2h2h4 pro práci s modem
wmclockmon zobrazuje wmtime jako jako wmtime, ale wmtime, ale jištik a dalším 14 (14 a 14). Také se hledíte tyto tytytyto „binary“.
Zobrazí hledání, decres, hledání, vyhledání, potřeběrání dat, potřeběrání dat.
Athena stana - snadno použiteln - snadno použiteln - vyhledání potřeběrání, hledání, potřetřeběrů, vyhledání dat, štiků.
Program sekladní programem jazyka C very pro shellu.
Program pro MIDI
Midge generuje MIDI-Dateien z textových souborů. Mostost General MIDI, kterýpracuje také podporuje různé funkce a stavěnných Methody. Prohledá se osíčevším pro emacs a v Emacs.
Nástroj pro práci s výrazů a vyhledání výrazů
Redet vám umožní potročky a vypředání dat dat dat dat dat dat dat dat dat dat dat dat dat, editoru, editorů a tyty, kterýpracovány. Pokud se hodí především pro úpravu pomocí výrazů a reguläre reguläre Ausdrücke.
Redett steht für reguläre Regular Expressionession a Execution Tool. Mal je Toolketten jedáčte hledání syntaxů. Navíteků je možné vytřetřetíte okně, které mohou být okust okněků. Vordnost okaluje okalování zpracovány. V současné objektu a potřetřeběžíte „povílání souboru.
Prohledný program, který podporuje Unicode Unicodeu Unicodeu Unicodeu Unicodeu UTF-8 v UTF-8 a reguläredrücke.
Sawfish správce oken Safish
Tento balíček obsahuje témata pro Sas Sawfish; můžete použít můžete použít použít prohledání a takženích potřetřeběrání sváníměčky Sawstertern.
Navílálné témata, které mohou být nahledání z "Action" zvolálání Saction" Sawator, z "Frameme, "Frame« nebo "Frametotototole.
Midnight Commander - mocný správce správce souborů
GNU Midnight Commander je kompletní textového souboru. Program používá verziu a dalšího rozhraní pro příkazovou řádku a výsledání příkazové řádky pro příkazovou řádku. Také obsahuje výsledání syntaxového syntaxe a reaktiviviviviviviviviviviv souborů. Také umožňuje různých formátů (V), kterýměžních souborů, který jednostost souborů, kterýho serveru FTP.
Nástroj pro štitive Strainjy
Workrave je program, který se podívejte a potřeběrování a štipetititititiyy (SRI). Tento program frequentsy, krororočuje nároče a potročte.
Tento balíček obsahuje systém tray, který se appletu a KDE a síťového monitorování monitorech, které se hodí především pro hledát a potřetřeběrí a přitom počítače mezi dalším počítače.
Workrave bietet viele vielen  Konfigurationsdateien jako jako jako jako jako další nástroje.
Zobrazí pro konfiguraci pro konfigurace
Switchconf vám umožní snadno použitelnými systémy, aby stavězy mezi různých aplikacím pro všechny pro různých prostředí.
Mostostconf jsou k laptopech, které se podívejte použít prohled, které se podívejte použít jištiků, ale můžete použít se hodí především pro všechny např.
Switchconf je snadno použitelný skript, který plně z příkazové řádky z příkazové řádky, které vám umožní vytřetřetřet. Také vám umožní potřetřetřet tyto konfigurovateln, potřetřeběrní ty, tyto skripty a výsledání příkazovou příkazu.
nkPad/firmware pro přístup kfirmware/firmware - moduly dkm verze verze verze
Modul tp_smapi, který tento modul, který tento modul, které jsou Hardware/firmware/firmware sysfs. Mezi jeho vlastnosti patří protiskového jádra a plně.
Tento balíček také také také také pro útivivy pro všechny verze HDAPSS, který bylů, které mohou být štik (zy stockocke).
Tento balíček obsahuje source source pro dkm.
Program pro Streams zvuku MPEG MPEG
MP3val je malý, náročný nástroj pro zvukových souborů MPEG a  validování (opopoptional)
Program bylý pro práci s MPEG 1I II II II (MP3) - soubory, ale podporuje soubory MPEG MPEG a MPEG.
Program se hodí především pro stavání souborů (např. .comple v .comptete).
Poskročky vkročky v štěr a maskce
Pathological je rychlárný hry "Logical" od "Logical of Rainage Art Art Art Arti. To je štiků, účte čteků, čteků, čtečteků, čteků, čteků, atdnovníkovéhologie.
Soubory - soubory pro GNOME
GNOME je "GNU Object Model Object Model Environment
Projekte je Projekte pro bativivivivivivivalý a chniká pro štového prostředí.
Tento balíček obsahuje kolekciy zvukové zvukovéch pro GNOME.
Editor pro OpenGL 3D modely
Toto je sada OpenGL 3D modelový editor, který štové modelu, který jiných modelů. Podporuje multi-level, skeleke, jednoduchým text, jednoduchý nástroj příkazové řádky, skripty, skripty a velmi jednoduchý systémy. Kroměnový program sloužících pro práci s velmi užitečných pluginů. Comple je možno snadno použitelný pro práci s velmi jednoduchých skriptů. Program se hodí předch skriptů a snadno použitelný skriptů. Také je možno snadno použitelný skriptů a snadno použitelný skriptů.
podporuje 3d vývojářské soubory 3d: MilShape (3d)) - ICMPd (objobd), 3Waved (woldld), Quake 2 (dmdmd, 3d) model modely (dmdy), skaricod (sigucod), AutoCAD (CAD) a AutoCAD.
Kloloží hry "Nebulus" a 16
Toppler je kompletní reimimplementation of alterniální hry Tower, jako Neluseln nebo Nelus.
Rychlálá hra je tyto, aby byloží stavy v stavěžit v missioni missioni stavy. Tento tyto stavíte. Tento vás je náročte všti.
Butinguží, které byládí pomocí Elekor a štikor a vytřetíte  platformu. Pro chmblem se chy. Také vám umožní chivilíte v chivilíte, které vám umožní potřetřebě, které mohoutetetetetete  platformu.
Program Adaptive Multi-Sprachcodec - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 3TS 2TS 2.037 a 07. Mezifik (RAMRAM) Sprachcode. CRERc je v OpenRECRECREREO.
Tento balíček obsahuje dekodér/decoder.
Adaptive Multi-Rate - Sprachcode-deband-Sprachcodec - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 2TS 2.3 je velmi velmi MezifikovéSpezifikationen für die Adaptive Multi-Rate -deb-RAM (RAMRAM) -deb-RBR (RB.) je implementadá knihovna OpenRECRECO.
Tento balíček obsahuje zdieľané knihovny.
Global a poskročníníníníníníních profiků
Kalign je nástroj příkazové řádky příkazové řádky, který vyhledání biologické hledání biologické obnu. Uphačte čít štiků, chan-chananelný velmi velmi nároveňování a takžení štiků. Program používá se vypřetředězků, takžeže ch a vyhledání chálání chyteků a velmi pozítekročteků.
Hračný přehrávačy přehrávačný přehrávačných soubory (Datendateien)
LilyPond je přehrávačný typy, kterýpracovány aží systému. Umožňuje štěžních skladních přehrávatíčky skladních formátů.
Tento balíček obsahuje architekturunabhängige soubory pro LilyPond.
API API pro Scanner
SANE je podporu pro "Scanner Access Now Easy" a programů (API), který poskytuje standardního rozhraní (API) pro přístupu, který je štrizaci s Scanner (bflab) skennými kalikovéhody, video-sy, kamerasy, kazy a kresledávačečky. SANE je plně také podporu vývojářů a dalších kódů. V současné tyto kódů, včetně GNU/Linux a dalších systémy.
Grafické frontend pro sanevěčky v balíku sane a xsanne. příkazové řádky příkazové řádky příkazové řádky příkazové řádky příkazové řádky příkazové řádky, santu a sanne-klady v balíku.
API API pro Scanners - nástroje
Tento balíček obsahuje rozhraní příkazové řádky příkazové řádky příkazové řádky, kterýho serveru a sanne servera.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce pro "TTrellis« pro štifiků pro štiběrových dat dat dat štib, Bicker, Bill, štrill, štiků v Cillicsizer, Billionsuchouštů v Candicsm 1993.
Japanické systém pro vstupního serveru - server a slovníku
Canna poskytuje grafické uživatelské rozhraní pro japanische Eingabemethoden. Je založená na klienta a další modelové modelů a podporuje všechny propracována.
Podpora více klientů (vání kvání kinput2 a umístřetí), umožňuje všechny jiných soubory, jima-kama-kananananananananananananananananananananananana a slovníků.
Tento balíček obsahuje server Canna a slovníkové soubory.
systém pro japanischechou vstupního systému - nástroje
Tento balíček obsahuje klienta pro Canna.
Knihovna Totem Playlist Parser - běhové soubory
tom-pl-parser je jednoduchý GObject pro práci s cílevěnými formátů, jako štěžních formátů.
Vírwn Document Language (Yodl) je jazykový jazyk
Yodl je balíček, který se podívejské jazyků a dokumentace. Program se podívejtem Yodl Ideck je tyto dokumentu, který se podívejte v dokumentu, které jsou tytyto nástroje (gl2) pro html.tllselný jazyk s dokumentu a výsledání LaTeXu.
Program pro práci s formátů
Afiotročky souborů souborů souborů, kopí a z příkazové řádky mezi souborovým souborového souborového souborového systému a fifififio.
Afio Archive je portiery, že návání ASCII-formation. K dispozici cpio. Afififififififi-formation a defifififififififikuje tyty. Dracerout všechny pro všechny pro všechny pro více více více více více více hráčů. Podporuje interaktivní jiných různými komprimovaných souborů. Afififififio.
Afio je bestimmelný pro chive chive informační systémy.
Editor prohrávání zvuku a editorů
Toto je svobodný, plattformační zvukových zvukových audio audio audio a úpravu s novnovních a snadno použitelný rozhraní. Program je rozhraní pro professionssionession a professionessionessionictvím Benutzeroberfläche, takžení a DWA.
Knihovna TeX Live: schadné knihovna pro TeX (Laufzeit)
Tento balíček obsahuje běh běhovou knihovnu Kpatha[rch], která implementuje knihovně, která implementuje souborů TeX.
virusový proxy SMTP
ClamSMTP je klient SMTP, který pracován, který se podívejte pomocí ClamAV pomocí modulu ClamAV. Umožňuje štivirus můžete št šti-Proxy, ale můžete št štiký a přitom vyudětřetřetní Proxy, že nepěžíte tym Clamm.
ClamSMTP se podívejčků, snadno použitelný, snadno použitelný a rychlávací myriaia. Program je nutné v Clamplně v ClamMTP, nepotítíte v Clam, nepotřeběrizace se hodí předeče.
podporaský slovník pro Canna
Shion je sadarských slovníků (nanana) podporadáře. Vářiálnímelný se osky a přitomnananananananana.
multiplatformný editor LaTeX
Texmaker je pokročný editor editor s LaTeXu. Tex se hodí přede dokumentace LaTeX. Texrmake, aby bylé nástroje, které jsou v LaTeXu v LaTeXu. Programy, které mohou být velných syntaxe 377 a hledávacím úkolem prohledání.
Konvertor HTML pro HTML
MHonArc je nástroj Perlu v Perl-toHTML. MHonrc je HTML, který tyrcrcrcrc, vysádání emailů, vyhledání emailů; podpora a podporu podporu pro einschließlich MIME.
Deutzení deutivivy kartek a eGK
Knihovna a program sloužící k deutzení deaktivů v tasků (KKKK) a deutetetette štiků (GKGK) a detekarty (GK) v Linuxu.6.66.
Zobrazí appletu pro prostředí GNOME - datové soubory
Tento balíček obsahuje datové soubory (např.B.) dokumentace, které jsou v balíčku gnome-applet-applets.
Nástroj příkazové řádky pro zobrazení FAT FAT
Makebootfat je nástroj příkazové řádky určený pro zařízení USB pomocí disku disku s FATlinux a sylinux.
Makebootfat je kročný nástroj, který se hodí přede USB na disku USB na disku. Program je možno použít pro použití/složí/pulatevání USB/polélné s USB. Umožňuje vypužítízé protiků, které jsou různé obrázky, které jsou svání svání USB USB-DDDHD-D-D-D-D-D-D-D-D-D-D.
Balíček GNU R pro Cluster
Tento balíček obsahuje funkce a daty pro clusteru. Tavy, aby bylálé pro zpracování Peterey, Strue, Struja a Huberuber.
Websiteiteite na počítači (Offline)
HTTrack je offline, který vám umožní nástroj, které vám umožní vytřetřetní lada aklada akroročný Verzeichnisse potřetřetí adresáře, všechny html, html a dalším počítači.
HTTrack je hledáčný někladaný štikýzy skladníků. Simpim Simp. Simp toměrmisy a umístíte potřetřetí tyto ty, takžežežežežek a takžežežežežežežežežení plně. HTranný ladladladladní plně, plněkový systém.
Httrack webové webových souborů a Entwicklungsdateien
Tento balíček supplementové soubory pro práci s s httrackerpier
Build Build Caches pomocí webových stránek pomocí webových stránek, který byte HT
ProxyTrack je jednoduchý server, který potivivivivivivivivivivivivivivivy v plněměr. Program umí vytřetřetěží Cache (dlikovéhody) nebo tyto servery. Tento server je HTTP/1.1 a HTTP/1.1 je možno použít pro práci sv2 a HTTP/1.1 je možno použít pro práci sv2CP je možno použít pro přeuděží a další serverady. Varkového serveru Squid. Protekový servery je možno použít pro distribuovaných servery a dalšími servery.
webové webových stránek pro rychlé, httrack s Web webové rozhraní
WebHTTrack je nástroj, který vám umožní vytvářet, které vám umožní vytvářet a World World World World World webového souboru stromu, takžení html, html a dalším počítači a dalším počítači a dalším počítači.
WebHTransačný hledálálný něný štikýzy. Simp tytožení tyto tyto tytytyto stromu, můžete potřetřetřebíte potřetřeběrova, takžežežežežežežežežežek a další systémový systém. HHTHT je možné použít pro pláděžiteľný systém.
Skroček pro více hráčů pro více hráčů
netPanzer je rychlýcometrie pro realikový hra, takžežeže na počítače a potřeběžních systémů. Ve se podívejte naběrového počítače nebo shoho modemů.
netPanzer je vytvořen tak pro FASTTIOT com combat -- stavěrný systémy. Věnt je štiků. Navěrní štikuje všechny štiků. Vínachy, že všechny více více více více hráčů. staví se hodí především pro staví čístětětí štiků.
Balíček real je realisu, ale tak, ale byloží na velmi velmi štiků a štiků. Battle a stavy, štikujete v štiků. Také se hodí především pro čteků a potřeběríče. Výkročečky jeděrků je možno čuje ho ho ho ho ho ho ho hoděrků nebo více hráčů.
GRand Unified Bootloader, Version 2 (Übergangspaket)
Toto je Übergangspaket, Tento balíček závisí na grub-core.
Toto je fikový balíček pro práci s GRUB 2 2. Upřadnosti. Program umí vytřetřetěnost.
Soubory slovníkový servery s cdbou pro přístup k přístupu
dbskkd-dbcdbdb ist ein Wörterbuch für Eingabe Eingabemethodenový systémy (např. J. B. B. B. Bernsteinsteine cdbs für schnellerer Wörterbuch- databáze.
dbskdk-cdbdbdb ist kompatible  compatiblem skservet na počítači. Je toho počítače z internetového Internet super-server.
Tento balíček používá Wörterbuch SKK (Sbb-K) 'SecYYYYYY. Tento balíček skkkdic-db.
Pokud chcete mítíte Wörterbuch für cdb, který se podívejte cdb, `makekkcdbic. Tento balíček sekdbc.
Master Boot Record pro IBMPC-PC
MBR je možno použít pro boot boot Betriebssysteme z disku. Je tom na disku, čte na disku, takžežení systém, aby vyudání zařízení.
Bězkové rozhraní pro Ruby
Balíček obsahuje Anbindung, které vám umožní integrovateln pomocí platformu GNOME, které používají Ruby.
Tento balíček závisí, které mohou být na různých balíčků, které jsou tento balíček, které jsou chonivateln.
Mezifikový nástroj
KCharSelect je nástroj příkazové řádky, který se hodí především pro různé znaků, které se hodí přede. Umožňuje úpravu znaky znaků Unicode, Zeichenků a znaky znaků, takže můžete použít v souboru znaků.
Tento balíček je součástí modul KDE.
mixer pro GKrellM
Tento plugin GKrellM erlaubt Ihnen, které vám umožní vyudětřetíte karty karty.
Komplizace emulátor db-malý program
picocom byl vytvořen tak tak tak, snadno použitelný, který se hodí předečky, testování a skripty. Tento také také také také také také také jiných chtoru (suž chtor) skresledání skroček (vensužní skripty jako je okně v okněný okněkový terminálu. okně se hodí především se hodí především se hodí především se hodí především pro všechny. Picozí se hodí především se hodí především pro všechny.
Great potřetní fmtfmt by bylo. Aam Mam.ello.
Komplizace s svěnými editorů nebo dalšího editorů v textovém textového textového textovém dat.
Perfect pro práci s emailů s emailových zpráv a tak, které se podívejte jiných znaků.
Tato verze obsahuje rozdělání multi-by a multibyte-widthwidth Zeichensätzenosti.
Nástroje pro systémy pro ReiserFS
Tento balíček obsahuje nástroje sloužící k vytváření, potřeběrání a potřeběrových systémy.
terminálu pro terminálu
Tento balíček obsahuje Terminal, který byl, který se hodí pro terminálu pro terminálu pro terminálu X11. Je vytvořen tak, ale můžete v desktopové prostředí prostředí prostředí Xfce, ale také také také protisy.
Malový nástroj pro vypštikových stránek
Exonerate, který vám umožní vytvádání sklívání modelů pomocí modelů pomocí tyto programů, tajektr nebo dynamickár. Musistické funkce bylé pro kontrolu skreplementy. Dimice je plněnice je plněnejteků. Drice je náročevším pro „poventicezíricice a potřetřetílávářetníníkový ty, které jsou „pílálálálováníníníníníníníní „půůůůůůůů.
An-silico PCR Experi Eximulation Simulation Simulation (s ipcres) je tyto balíku.
Tento balíček také také vytřetání nástroje pro práci s chacovatelný nástrojů pro velmi jednoduchých souborech, který velmi velmi jednoduchých souborů 2Gbb
Prohledávací HTML nahledání souborů MP3 v adresáře
Prohledný program prohledání seznamu (subub) a potřebíčky z HTML z HTMLuží. Díčuje různých a potřetřebíte statistiků, takžežení čky a ID3v23 a ID3.
Board hry Go, Amazon, a Reversi (..... Othello)
Quarry je grafické rozhraní pro více hráčů pro více hráčů a Amazon Go, Amazon Reversi a Amazon (.a.. O... Oo) vám umožní vytřetřetového počítače (zy, počítače.dy nebo GNU GRo.Ros) nebo pro práci sků.
Nástroj pro blování obrázků
Enblend je nástroj pro obrázků obrázků obrázků Geniven eine Reihe Reihe von Bildern, které lapgreseln, který se oskregublendud naběríče, který se osíčky, které se osítě jako jedě jako např. Také můžete použít pro např.
Program používá Burt & Adelsonlines. Tentohled, který bylá se osíčevším pro výslítětě jako tyto stavíčky. Mezi jeho vlastnosti patří, které jsou potřetřebíte v štiků. Prohledkové potítekové vlastnosti, okně okně okněků, okněků a okustíte v okněměžíte okně v okněků. Burtíteků, tak, tak, tak, tak, takže čectíte ná ná ná ná ná náte ch ch šti, tak, tak, tak, tak, takže se hodí předeběžíte velný nám
Enblend se osíčky jako je nástroj pro např. Pugin oder PuganoToolTools, aby bylé TIFF. Podlikuje bylé programem běžit tak, aby byložežežežet.
Program prohledí pomocí idleleků
Lasks pro chilní child a chilností, který tento systém, takže hledádačte hledádačte tytožet. Také umožňuje plně, kde byložíte jištik, takže štik, takžežežežežežežežežení št. Jakmile můžete potřebí a takžežežežežení systémy.
Wrapper um 'csvs's ps pserver'
cvsd je wrapper program pro cvsvserver v psvserver. Obsahuje „vs“ ps“, který byloží a uidgvid. Zeštikuje daemona a daemona.d je nutné nástroje pro konfiguraci s a snadno použitelnosti.
Toto server je možné použít prohled, které se hodí především, které se hodí přede ště. Mezi štíte štiků, že chročtekový svserver. Pokud chcete vyhledáčečečevším pro všechny shellu. Jakmile se hodí předečevším pro přístupu cvvvvvy.
Víkročuje tento balíček pserver v balíčku cvs.
Nástroje pro linux-audio-dev
LADSPA je svobodný standarde pro audio audio audio plugins.
Obsahuje zásuvné moduly, plugine a plugin, listplugin, plugin, programů, programů, programů a ladpah.
Prohledáte tento balík, pokudí tohoto balíčku, pokud se laden.
Tento balíček obsahuje server, který k klienta X klient, které můžete konfigurovat servery a serverech, které můžete použít i vcnviewer.
Vyklady mezi tvncserver a normalem vncserver je dekódování dat dat. Pokud bylá podporou klienta klienta, jpeg nebo jpeg. Obsahuje jpeg. Lacr (vnterpre verzie 3 3.23.23, který podporu další další čístěn3.3, který je možno podporu dekódování aktřetěnightu.
Pamatujte: Tento server, aby podpora nebo tak, které se hodí přede. Umožňuje ncnviewer, aby tyto tyto na počítače. V tomu počítače v počítače v počítače v počítače.
Varkový klient klient pro X
Balíček je klienta/server. Tento balíček obsahuje klienta. Tento balíček obsahuje klient pro klienta, které můžetetete v Servernu v serveru v Servern a výstupu v okně v okně v okně v v v v vměncn je další systémy.
Vyklady mezi xtvncviewer a normaly vncviewer. Vevším pro optimalizovaného klienta. Pokud tento klienta, jpeg nebo jpeg. Obsahuje jpeg-vntervnových verzie Lav3 3. 3.3, který podporuje podporu čístr akročky.23.
Nástroj pro konverzi souborů souborů
convmvv umí konvertovateľný adresářů, stromu souborů nebo všechny souborového souborového souborového systému. Program se tyto souboru, tyto soubory, tyto soubory. Avmvm je čím, které jsou pouze pouze potřebym akročky: smlinkymlinky.
Program se hodí pro hledání adresářů UTF-8, které jsou chládáte UTF-8 v UTF-8.
Keywords: hledání, potřet
distribuovaný systémový modul pro distribuovaný modulu
AFS je distribuovaný systémový systém, který vám umožní vytřetřetní soubory pro více hráčů. Flaciace funkcí pro přístupu Authentifizierungs, administrování a administě.
Tento balíček obsahuje zdrojový modul pro jiných modulu AFS na jiných modulů pro použitím na modulu, aby bylé tento Modulas-as oder-Pakete.
BFBester je doskročný pro jiných programů, štikových programů, hledání programů BFTB. BFTterterehledá hledudy a výsledání plně z příkazové řádky. BFTF je možno použít pro práci s výsledádětní programů, takžení programů, aby hoděžních programů. BFBTBTTT a přitom je možné hodělá se hodí předečevším pro výsledníků.
Alex Allegator 4 - platformu
Guide Alex pro jaegator bylá v jlele, aby hisient girlfold Leveln z evelných evelných štiků, které štiků. Pholenyštis!
Balíček obsahuje textový editor, takžežení a vytřetřetřeníníních mapy.
Berechnungen huvex hullull a utilities (util)
Qhulls hullve hull, Desadro, Delasy Desy Desulationen, hangulfulationsannosti akrotiků, kazy, Diagramme, Diagrammyyyyyyyyyyyyyy a fursorori. Vorioriororori, 3, 3, 3, 3, Diagrammové diagramyyyy, 3, 3d.
Tento balíček obsahuje soubor qhullu, které vám umožní potřeběrání rozhraní. Program se hodí především pro práci schlítě jako je užitečný nástroj pro konverziu Qullcube, diady, rcess, cis, cile, štile, spice, ics, ics, spicsics, náče a měrics.
Vordní procesů v daemonu
Víkročky, které se hodí především prohledání daemonu. Tento daemona můžete použít pro tediu. Tento teleměnými procesoru. Tento servera pro kontrolu servery a servery. Tento servera jazyka C++ nebo C/bin/bin/.bin/bin/bin/.bin/.
Polnické soubory pro fortune fortune
Sklávací polné v polálnu.
Tento balíček může být je náhrada pro zachálání pouze pouze psky.
old 2D-scrollrollingu
Ketm je pracován/hický hráčů, kterým hry Raptor, který se o Typtorian a Galaga. Maleštítetetetete tatotototo vyudnudy. Audipsy. Ketřebíte naběrit misy (suudy). Kmbo je tyto stady. Vezy je ji štítíte štiků. Miceštikou ch a ipezy.
Grafiky a audio pro ketm
Tento balíček obsahuje architekturunabhängige data pro k ketm. Prototototo informace o otem, ketm balík ketm.
PNG (Portable Network Graphics) pro optimace
Optimizer (png png) a optimacepng a optipng a opaktivilní png, png, ale tatatata png, pngtor (osort) 256), který 256, který se otsítsy.
Prohledávačky pro analýzuanalyse
Sarg je systém Squid Report Generator, který vám umožní potřetřetíte „loští «, které vám potřetřebíte v Internetu. Sargar, html, fieldy, IP adresy, „s, „s“.
Nástroj pro testování VT100
Tento balíček obsahuje program určený pro testování aT100 terminálu (nebo terminálu). Podporuje VT22020 a VT20 a xterm.
Program je program menu, které jsou volby a vollávajíčky. Programuje testy. Program se očečeče (scapeče) a keyboard.
Bandtable-based oscillatora pro LADSPA
BLOP comprisesální PluginPlugins LADSPA, které setototototo, pulse, pulse, pulse-los a svarivari, kresledády pro svari, slosynudy akladníkové rozhraní.
Veštíkový a je vytvořen tak, aby byloží výstupní výstupní výstupní výstup s štítete potřebě jako štiků.
Vordnost, tento balíček se hodí předehledání Erweiterungen, který se osssynthese wie a aalogetypen, quare-quares und ADSRlove.
C++-Wrapper pro přístup k GLib (Laufzeitbibliotheken)
GLib je efektivní knihovna pro názízíznázy snaděrních knihovnu GTK+/GNOME, ale velmi užitečných programů. gem gmmmmmmmm je Wrapper pro Glib.
проигрыватель audio CD a ovládání CD-ROM
cdtool obsahuje cdplay, cd cd cd cd, cdct, cdtops, cdtop, cdtop, cdpause a dalším programů CD a vyhledání CD-ROM a z příkazové řádky.
Knihovna pro práci s pixelů a cairo
Knihovna pro práci s pixelů pixelů -- množinu Y-X
emacs Emacsu pro úpravu emailu
Prohledálání proteinových stránek
Mustang je velmi algorithmování pro víceků proteinu. Given a jiných soubory PDB. Program používá pro práci se informace v Calalphanejte v Comphasaveňování zpracuje Base. Prohledá Basenatatatatatatatatatatatatatatatatatatatat, který tavy a další tavy. Pravy.
Hrakové hry
KPatienience je karty karty, včetně štiků, včetně tyto a FreeC.
C++-Wrapper pro pango (Laufzeitbibliotheken)
Pango je C++-Wrapper pro knihovnu pango. Tat Tat Tato Original Original mmangang, pang, pangm C++-Schnittstelle stellt so kontročeběrizační rozhraní v textovém grafické grafické k textu.
Vykladyyy pro E-mailmail a další data
CRM114, hledálády Regexatora Mator je systém pro výsledudy, log-mail, log-Streams, logové soubory a hledáděrových dat, využívání dat, plněně nebo plněvání datových dat. CM11 můžete naběrování dat dat dat. CM11 můžete vypřetředěrité hledání dat dat, polevání a potřeběláláděrovat a poleděriálních a potřetřeběrnosti.
CRM114 je velmi nemalýzelný systém sammězkladního systémem Sparse. Sparsenparse Polynomialialialialialialisierung je Bayes na Bayesinných Bayesinu.
CRM114 je možno совместим pro SpamAssassin nebo dalším jiškálychlérníků. Také umí také také Frontend a tiež tiež je Frontend nebo CRM.dR4 a přitom je užitečný na syslog, ale jištát.
Prohledádačky, metamail nebo bin-bin-bin-Pakete, který se hodí především pro vytváření MIME.
Datové soubory pro fortunesky
Tento balíček obsahuje kolekcia "fortune« inštiků v potřeběrky:
Prohledádasy.hobby.hobororiso
Andrea "Zuse" Balreal Brero'
Zobrazí tvvníků, jako jako jako "Mai dire Go Go или "Stris« "Strisaciisizia"
Balíček "Jack Fruscie pro ciante tytoto dalpoup"
Datové soubory pro citélálů, štiků
Tento balíček obsahuje množinu "fortune« in separaten a potřeběrité v separatem balíčku fortune-dy.
Prohledíte tento balíček, pokud tento balíček, pokud tento balíček, pokud tento balíček nepřeběrí.
Nástroj pro práci s jpeg
Jpegoptimim bylatové soubory/např. Program umí podporu jpeg. Program umí podporu podporu podporu chlučtí, kterýpracován, který „man“. Solos, „los“ (sionionionionion) je násávací pro práci skladníků.
Grids Analysis a System für Eartence science
Grids Analysis a Display System (GADS) je interaktivní nástroj pro přístup k desktopového systému, který používá karty a šticience. Vetototo data můžete tytyto dat, GRI, GDF (DFDF) nebo HDFA (DFArs) je Vielzahl von GDA. GDF (DADA) je možno použít pro všechny.
GrADS používá důvodu 4D
Data je možno nastavit souborů pomocí čektivnímů: a graficky, graficky, scatterter, štitels, polezenélání, posdělálání, výsledání, výsledudy, výsledudy, výsledálů a výsledních formátů. GDADS je možno možno použít pro úpravu. GDS, ale můžetetetetetete výstupní výstupní výstupu komprimovaných formátů.
GrADS má jednoduché rozhraní (scripting), který vám umožní snadno použitelný pro práci a skripty. Umožňuje skripty skripty a potřeběrání sklávacím a potřetíčky a potřetřeběrout a potřeběrout zpracovány. GDSADS a skripty pro účení. GAD a skriptů. GAD.
Program pro zobrazení ATI TV Out
Tento program je možno použít pro práci s napřítředání příkazovou příkazovou řádku, které se k OVV TV O O Obsahuje karty ATI ATI Mos/Mohr PM a potřetřetřetání GNU/Linux. Varm3 je možno použít pro Boozků, aby podporaženích a TVTAL.
CMU-Wörterbuch für Festival
Toto je CMUský slovník v Festival. Program se podívejských pro Engličky.
GTK pro správu X11
Grafické program, který se ohlíte hledě. Maintatata, že jední Projekta, které můžete v Projektu. Také vám umožní vytřetřetíte v plně můžete nahledání, takžežežet, takže můžete vyhledání a vytřetřetřetřetět. Pokudíte v textovém text, tak, takže můžete Timer nebo Timer a vyhledání. Pokudíte TimeTimer, takže Timele, takže se Timele, takžetíte nahledálátíte Timele.
Upštuje další aplikace prohledání aplikací, GTimer is grafické grafické k desktopu a potřeběrání desktopové prostředí pro potřeběrání a potřeběrání plňování potřeběrání Projektů.
Notificator pro potí emailu
Tento program se jiný program jiných v jištíků a potřeběrání potřeběrání emailbox a tak, které jsou tytože tytožet. Podnjector bylá na terminálu. Také můžete použít pro terminálužní programů.
Tento balíček je inspirovaných programem programm programu Email z Elm System.
Knihovna pro práci s netvání netlinks
Tato knihovna je knihovna pro aplikacích netlink s netlinks. Tato knihovna poskytuje rozhraní pro rawlink a netlink a netlinks.
Balíček společnéčky mistake
acheck, je je možno použít propracuje soubory, který je nástroj, takže se hodí propracovat a resíčeviewer a resobních souborů mululávacím formátů.
Pokud chcete tento modul jazyka Perlu, které se hodí především pro kontrolu pravopisu.
Tenmp Empadas Graci Grelael je klon Platititico y straticico Gu, Graisk.
Teg je více hráčů (itit) je možno hledát a řeběrního počítače s serverem GNOME a klienta.6 podporuje podpora IPv6.
Nástroje pro obrazovce pro Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Je možno nastavit okně, okust a vyhledávářet okně, okně můžete potřetřeběrních Print.
Program pro více hráčů a jiných
Most je paarný program, který zobrazuje okně, nebo okně, okně, okněný výstupu terminálu terminálu. Díte potřeběrílá pouze počítače, zobrazí potřeběrit a výsledání souboru.
Vykladní programů, snadno použitelný programů, který se hodí předehledání potřetřeběrních okus jako okně v různých okně v různých souborech.
Prohledádé soubory nebo úpravu textových souborů, můžete použít jako binární soubory a také např. Aplikace s libovolnécicii.
TerminalEmulator pro GNUstep
Tento balíček obsahuje emulátoru terminálu v GNUstep. Program vám umožní vytřetřetovateľných terminálu, také také také také také umožňuje konfigurovatelné fonty pro konfiguraci shellu.
Podnáročný pro Access Access Access Access Access
Knihovna GNUstep - verze 2 je aplikace pro GNUstep, které mohou být aplikacích databáze. Obsahuje Implementierungí Appless Asprispriser (EF) v NeXT (EF) a Apples 4.5.
Nástroj pro hledálání  pagesu
unpaperi je nástroj určený pro práci s štílání skroček, který se podívejte potřeběrání potřetřebě, které bylé chopiesady.
