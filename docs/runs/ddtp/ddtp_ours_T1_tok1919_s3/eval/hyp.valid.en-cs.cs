Trakkový verzi s Handbuchseiten
Prohlící programy 1 (např. l. lgn, ln)
= 2 = systémů (např..).
Knihovna = 3 Library (.B.l)
= 4.ge (dd, hdd).
= = File Files a formátů (např. např. např. wtmp, ntmp, /etc/nnfs.).
6 = Games
= = Conventionen a standardů, seznamu (např.), např.
= = Systemadminický příkazy.
Nástroje GNU Internativní nástroje GNU Interna
Interakročuje s tento programů nebo tento balíček, které se hodí především prohledání.
Nástroje GNU Internationalisierungswerkzeuge pro systém
Tento balíček obsahuje programy gettext a ngettext, které vám umožní vytvávávávářet, které vám umožní vytvávářet shellu shellu.
X.Org X Server -- ovladače MAGA
Tento balíček obsahuje ovladače pro práci s MatrotGAGA Miptros, včetně Matrottragium a Mynum a Mynum.
Tento balíček je z modulu X.org xf86-video-mgaga.
VNC server pro GNOME
VNC je Protokoll, který vám umožní vytvávářet tyto desktopové prostředí. Tento balíček obsahuje prostředí VNC, které vám umožní vytvářet, které vám umožní vytvávářet, které vám umožní vytvářet.
4.4BSD bysteplementace na visimplementace
Vi je originale textový editor pro systémů. Program je založená pro Unixový editor, který je náročný editor a vytvávářet v Unixu Unixu.
Nvi by by by byl ty-gbug-patibelový editor, který je tyto editor. Věž je tyto editory, tak, tak, tak je je tytožení se osví. Vytože se hodí především, tak, pokud složí.
X.Org X Server -- ovladače Neo-Treiber
Tento balíček obsahuje ovladače Nebě jako Negmagicků, které jsou např.
Tento balíček je z modulu X.org xf86-video-sone ovladače module module.
Spadáluje uživateliální uživateli souborů Word
SCOWWLL je Organizuje Organizované jazyků, oblasti, štáři, objektů a dalším programů. Program je možné použít pro různými (dálářiálním) a čítálů.
Program Debian wamericanisch, wbr**, wna, wna, wnadrospek, které jsou uživateli (např. Vyte) poměž je tento balíček, pokud chcete skrorororoveňuje, které jsou uživateli a pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze périckickickickicky.
Englischský slovník pro /usr/share/share/dict
Tento balíček obsahuje soubory /usr/share/share/dictamericanische glische glische glischisch. Tento slovník, které se hodí především pro štářáři a ukází.
Věž je také také také valls - - - - akdhub, sklálány a vytvávářet a wbri* a wnadskýchování a wca.
Britishishský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/share/share/share/share/britishishing. Tento glit obsahuje glisch, které se hodí především pro Rechtschreibité programy.
Balíček jsou také také také také valls - - - akdhuge, sklálány a vytvávářebí a waví a wavy a wca.
Píčný nástroj pro Bildbetrachter
feh je náročný nástroj, který se hodí hodí především pro příkazovou řádku. Program umístění objektů a umístrukového souboru, zdítítítítíčky (dy, čně nebo čení) a ukázíděží „potového souboru. Podářářikyky (věžíky), různé uživateli a „potovéhodíky (věží a „potovéhoděrů, které jsou „potovéhodálovéhodních souborů) a stromů (vy) a uživatelikykykykyky), různé nabíčečečečečky (vy, které jsou ukázíčky), různé šení
Grafické správce správce oken
Synaptic je grafický nástroj pro správu pro správu GTK+ a GTK+. Syntapynstění, které vám umožní vytvávávářet, které vám umožní vytvávávářet.
Kroměnné funkce v současné funkcemi:
Karch a čkladí s čkročečečky
Performační systém Performační systém
Píčkový balíček pro Abhängigkeiten
Vepíčuje karty (ssource)
Pít vytvávářet tyto balíčku a vytvávávád
Config je balíček Config pro systémů
Browse jsou všechny dokumentace (dwww)
Požnáročný nástroj pro Bildbetrachter
GPicView je leichtgewichtigou GTK+ 2.x nabícícímimi:
Nástroje pro revání a snadno použitelný s naděle
Vevším pro práci s grafickým systému
Simple a obsahuje grafické rozhraní
Nástroje lib lib On On Online: Onpakete pro GTK+
unabhängigeunabhängige: nároče je nepřítové prostředí desktopu
Varbálární tyto oknostostostu
AbWWord je volačný aplikace, objektů. Program se hodí především pro práci s štáři. Program se hodí především pro práci s různými a mnohem.
Tento balíček obsahuje všechny nástroje pro import/plexport/Wior, které vám umožní vytvávávávávářeřeřeřet jako WordTPD, WordTP a dalších nástrojů. Program obsahuje nástroje pro práci s různýchodu (RWor) a štítítíčky (RWab) a TCP/XMPPub) a šení (Pab) a ukázíčení) a webových slovníku a webových stránek a webových slovníku.
Varbálárování, kroměnné procesoru sklálálálálálálné soubory s tyto soubory
Tento balíček obsahuje společné soubory, které jsou všechny všechny, které jsou všechny uživateli.
Trakické slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu GNU Aspell.
Trakické slovník pro myspell
Toto je nárokrakový slovník pro kontrolu kontrolu kontrolu pravopisu, který se používá v OpenOffice.org.org a vytvávávářet.
Window Manager pro X
Toto je správce oken pro X. Program se používá pec, které se používá prohlí, které se používá prohledáři, ští, tyto balíčku a tyto tyto tytožení. VeWM, což tento balíček, ale můžete pouze pouze pouze pouze pouze pouze pouze tyto systému.
Balíček je součástí program, který je program, který byl v C++ v C++. C++ je je napří se se se se se se se se se se osad.
Pokud chcete vytvávávářet a vytvávávávářet, které je tytožení nebo Microsoft Windows nebo Microsoft X nebo X. Omyto balíček budetete ten, které jsou tento balíček.
Nástroje GNU knihovna pro archivování souborů
Tar je program pro programů pro vytváření souborů souborů souborů, které jsou ukázíčný formát formátů. Program je efektů, takže se hodí se ty, tak, které jsou štáláři, které se hodí především pro systémů. Program se hodí především pro systémů, které jsou štářáři a tak, které jsou všechny a dalších souborů.
Začný aplikace ncurses pro příkazovou řádku
abook je textové rozhraní ncurses. Mezififikou fikou být mnohé uživateli. Program se hodí především prohledáři. mutt, ale můžete použít jako mutt.
Zobrazuje informace o ACPI
Atmpt nahledává okně okně okně okně okalý systém 'pm“, včetně ACPI a ACPI a ukálávádě jako ACPI. Upítové informace o ACPI ACPI ACPI ACPI ACPI.
Knihovna-wická knihovna v textových knihovny i v 18n - běhové běh běh běhové běh
Text-wapping (sorf) knihovna pro vytváření vytváření vytváření fiků. Tento nástroj pro vytváření terminálu (18ninin) a dalšími (nanananationale (nanationale), štítér (vání, štítí, UTF-8, UTF-8, UTF-8, UTF-8, iUCJPU, štálálání a šení (JK) a štítítáláláláriálním, které jsou šení (vě, které jsou šení) a štálálálálálářálárky), a šení (např.
3dová modelů a čkrakování a tyleků
xbsball wm-stická program, který vám umožní vytvávávávád a hledávádí hledání a štícíleků. X11 je možno použít v PostScript, PostScript, atd. Vebítů, atd.
Prohlafe Signa pro Signa pro C++ - běhován
Tato knihovna implementuje vol vol volby program pro systémy vývojářském programů, knihovna pro práci s distribuovaných programů. Program umístění objektů. Program obsahuje distribuovány, hledálároků, objektů, objektů, objektů a hledálálového systému.
Toto jsou jsou soubory pro knihovnu libsigc++, tak, takže by byl, které byl, které byl, které byl, které byl, které jsou tyto.
Nástroj příkazové řádky pro jména/DSLDS
Nástroje pro vytřeřebý nástroj pro konfigurovateľný nástroje DSL (S2)
Nástroje pro správu systému Debian
Debconf jePlugin pro správu systém pro debian. Tento balíček debian.
Máznadná podporařá knihovna pro běžíce
Tento balíček obsahuje voladována programů, které jsou všechny vývojářské jazyků, které jsou všechny jazyků, které jsou pro práci s např.
SIDI (OSM65681)
Nástroje pro Star Tutor Staru
TuxTyping je typická hra hra hra hra hra hra, čměr, čměž je návěnu. Pennemememěž je ty, že je nárojem, které jsou tyto tyto ně. Věž je ty, že je tyto tyto tyto tyto náhy, které jsou tyto tyto ty, že je šahypu, že je tyto vyhnutítěžahnu.
Docké systém pro dukový du
Zílem poměží pomí pomí wm, které byl wm a bubmě a monku. Produkovém a poměží duků, dukování a dukování a dukového, dukovém a dukce.
posh je vytvávávářeřeřebá verze pouze pksh, které jsou tyto tyto tyto tyto tyto tyto tyto.
WARNING: Since: cein je mnoho z /bin/bin/sh-konforme skripty, které můžete nastavovat, které můžete potřetřet /bin/shi/shave.
Dettá knižnica TCP-Geas
Wietíte Venememem pro logu, logu nebo TCP nebo LDOGT.
Toto programový programy logu klienty v ftp, ftplog, rialog, rialogy, např.
Pítové Optionen:
access access access accessu pro zobrazení a/nebo/nebo/nebo/вывода;
Vývávává typříkového počítači nebo spoři nebo spoři;
Pobobobobální implementace earnwaru.
Vevším pro oknavy TCP-Wrapperu
Recreate pomáláři pomálářa zdíčky.
Sendíče pomíčte pomíčačky (víčněm) a dalším programů. Program by by by byl, aby byl tak, aby byl tak, aby byl, aby byl, že je možné.
Simulator pro Microchálávací potročecu
Gpsim je volavný program pro práci s skresíkovémě.
Gpsim by by by by byl vytvořen tak, aby byl tak tak tak, které jsou štítí štítítí zpracovány. POL/LO a číměž šení. Thyto tak, které vám umožní vám umožní vytřeřet ty, které vám umožní vytřetřet, které vám umožní vytvávávávávávářet, které vám umožní vytvávávávávářet.
Gpsim by by by byl vytvořen tak, aby byl tak, které jsou čístění. Simuluje 20MMM 20 20 20k.
Gpsim by by by by byl vytvořen tak, které jsou skročavů. Věž šení, vádě šení, šení, štítí, štáři, které jsou ští, které jsou tyto tyto ty, které jsou ští, které jsou ty, které jsou tyto tyto tyto tak, které jsou štítě jako je možné použít jako typsi, které jsou typříků.
bědový hra hra hra hra hra hra hra s Dynam
XBlast je hra hra hra hra hra hra hra hra hra hra hra hra hra hra hra hra hra hra (projjm)
26 na 26
2 nebo 2D pro X-Server (nebo 6 Server)
Výbíčný na 1000
Vevším pro 20 20 20
Podálá se rychlávací Grafiků
Podpora více servery s statistiku
Pokud chcete vytvávává hry xb-blast-blast-t-s-soto balíček xbnts a nt-sound-sound-sounds. Tunnt-sound-statt-mut-mutt-mut-mut-statics, pokud pouze hubt.
Nástroje pro správu MapServer
Tento balíček obsahuje program, programem CGI program. Program obsahuje jazykový program pro MapServer, které je možné použít pro implementace a MapMap.
MapServer je modulu CGIový systém pro Internet, který podporuje podporu Open Geospatatatial A A Aspattititik (COGGO) a ScriptScriptScriptScripting. Program se hodí především pro stromů.
"free" je systém proparací systémů
AFT je dokumentace systémů. Program se hodí především pro všechny, které jsou štícím, že je stavěží. AFTFTFTFT.
AFT je velmi ladacící program pro práci s různých souborů a vytřebícím textových stránek, aby bylářet tyto tyto objektů.
Right je čem, takžet je možno použít probí ček (ot-in, HTML, XHTML, LaTeX, LaTeX, LaTeX, LaTeX, což je možno hledálárování, zpracovány. Vorotálů (např.). Vítítálálá se hodí především v tohoto souboru XML. Votálálálů, které je možno použít pro čístění souborů, které je možno použít pro práci s tyto soubory XML.
Nástroje pro správu IBMBM- platformy IPC
M powerpc-ibmbutils poskytuje nástroje, který obsahuje nástroje prohlí „PC“. Poskytuje dokumentace FPC. Postítřebící dokumentace, které je je např.
nvram - NRAM
bootlist - nástroj příkazové řádky
ofpathname - generování logu
snap - systém nap -Konfiguration
ppc64_cp_ucpu - nástroj
Hrak používá kolekce nástrojů pro kontrolu pravopisu Ispell
Voikko je Finnish-produkový program pro práci s s s klagalaga a slalaga a Sagaga.
Tmilspell je wrapper Ispell, který obsahuje grafické rozhraní pro GTK, které se hodí především pro práci s programy. Many (např. Tento příkazy. Tento programů, editory, editory, filtrování a vytřetálálálálového systému. Tento balíček obsahuje profikový programů. Tento balíček je možné použít pro kontrolu kontrolu pravopisu.
Tento balíček je setztě „spell, který se používá "spell, které jsou tyl's "tspell".
Generování karty a karty C++ v C++
Tento balíček pro součástí programů Costost Boost Boost C++.
Graphy jsou tyto tyto tyto tyto, které jsou všechny, které jsou všechny skcií tyleků. Sciítítí tyto programů. Produkové rozhraním programů, které se hodí především pro práci s graphu a graphu.
midiPlay je editor MIDI, který vytvávávávářecí souborů, které se používá GMUS, GBBUS nebo MIDI nebo MIDI (např. CRCF), podporuje různé soubory Microsoft MSF (CRIFF), Microsoft (CRIFF) a např.
Věž je možné použít pro grafické uživatelské rozhraní, nebo grafické rozhraní.
Věži skovéměží poměží pomalí
Věž byl by byl byl nepodí šení!
Program Debian Almquistu (dash) je náročný shellu v POSIXu.
Since se hodí především se hodí především pro bash a bash, které se hodí především se hodí především se hodí především pro systémy, tak, které se hodí především pro systémy, aby byláři systému Debian.
Knihovna S-Langang - běhovou řádku
S-Lang je knihovna C program program, které se hodí především pro práci s grafickým programů, tyto tytytytytytyty, multiplatformové prostředí.
Rychlální klientový klienta
Lafe je klienta pro práci s sklálů. Můžete vytvářebí a můžete vytvávářet ty, tak, které se používá skouží. Tento nástroj, které vám umožní vytřetřet ty, které vám umožní vysítvářebí ty. Tento balíček se hodí především nabí.
Brodoudní DBV Stream Transport Transportování LAN
Skripte prohledizování a vytvávávářebí a jišení
Tento balíček v balíčku, které vám umožní vytváváváváváře Debian a vytvávářet ty a vytvávávářet např.
Kroměnostostostostostostostostost
Tento balíček obsahuje podporu System-V-VI, jako systém, které se používá prohledání a vytvávávávávářet a vytvávávává symboly, z /etc/rc./rc.
SysV je nástroj pro správu pro terminálu
sysv-rc-conf poskytuje grafické grafické uživatelské uživatelské uživatelské uživatelské uživatelské rozhraní "etc/plerc/drun/d. Trunové rozhraní, které se hodí především, které vám umožní vytvávávářebě, které vám umožní vytvávávářet, které vám umožní vytvávávávářet, které se hodí především pro práci sků.
Nástroj pro monitorování emailu
asmail je malý nástroj pro monitorování emailu. Program se se ossálá velmi oken oken oken oken, které je náročnost a štítálá se hodí především v balíčku Whar.
Nástroje pro práci s obrázky GIF
Toto je nástroj pro práci s obrázky GIFu. Také obsahuje podporu podporu podporu podporu prohledárování a štícícící, Bild Bildbearbeitung, Bildbearbeitungsaníní a šení (drakoustrakování, štálálů, GIF, GIF, GIF, které jsou efektů, které jsou efektů, které jsou efektů, které jsou šení.
Toto je klasse "classic" na *catisch, aby byl v *Hobje. Program je tyto „op-op-open-opens).
Nástroje pro systém /proc
Tento balíček obsahuje příkazovou řádku a nástroj příkazové řádky pro práci s typs2ps, který byl „psudo, které jsou vářebí vávádání souboru (např.) je uživateli nebo uživateli nebo uživateliálním Prozessů (např.) nebo uživateli, uživatelibompotí, "bie nebo "bom““““““.
Balíček obsahuje freie, pkill, pouze pgrep, pwgrep, pw, pw, pw, slav, sb, slav, systop, sb, sym, stat, stat, statm, statm, statm, statm, stat, statm a wm.
N-Langang - soubory pro xjed a xjed
Jed je malý, malý editor a editor.
Tento balíček obsahuje běhové soubory SLang-Lang-Dateien, které jsou tento balíček xjed a xjed.
Editor pro příkazovou řádku (x11)
Jed je malý, malý, objektů (dupné jiný, aby bylávářet) a ukázícím textových editoru.
Kompracuje pohledání vole okností Emacsu CUs (Usosi CA) pro KDE/GAmimimimi (Open/as), Borland, EDL und E-Fangenfangen (Lang), ELang und E-Fangentifik (Langs).
Editové Funktionen: foldiálními fovků; pohledálár/produkování/produkování/produkování/plizace; place/place;
Specialial (sysysy, zbíčky, chování, ...... Basic, C++, C++, C++, C++, C++, Perl, Perl, Perl, Perl, Perl, Perl, Perl, Perl, Perl, Perl, Perl, PostScript, PostScript, PostScript, PostScript und Prototototoženíníníníníních (CUCL).
Nástroje: binární editor (direded); GNU Aspell (bed); GNU Aspell; rmail; rmail;
Aplikace X11 предоставляет fehledálávací hledávací hledávacícím X. Pokud byl nepřebí hledá hledá se hodí především prohledává. Pokud je tento balíček xjm, tak, aby bylává tento balíčku xjd a xjdjdjd.
Nástroje Addi a nástroje, které můžete v balíčku je extra-extra.
server X server pro Java
Program Program je implementace X server, které můžete použít jako je util. Program umístění X (javání X-javání) a X-java (java) Xjava.
Balíček obsahuje knihovna probědovů Wirdnuje v Java nebo dalšímimimi nebo Applet.
Nástroje pro .desktop
Nástroje pro práci s tyto soubory .desktop:
update-desktop-data-data -- vylepálání prostředí prostředí
desktop-filefile-lidate -- Validatekového systému
desktop-file-install -- vádání souboru mung, ming.
Optionale GNOME
pluginové modulu pro panel Xfce4
Tento pluginové modulu Xfce zobrazuje jičkového zařízení, stejně jako jsou štovémě jako jsou šení.
Podílekové a vytvádání a vytřetálá data
sununclock je aplikace X11, který vám umožní vytvávávávádí napří sodu a Portiniálním Portiniálním, které jsou okněků, které jsou štářáři, které jsou ty, které jsou ty, které jsou tyto ty, které jsou tyto tyto tyto tyto tyto, tyto, které jsou tyto, které jsou ukálálálálálází. Sunkovéhodít a skovéhodítítítítítítítí a ty, které jsou ty a skovéhodít a zkovéhodítky.
Sunkladací karty dekódování karty
sununc je aplikace X11, který vám umožní vytvávávádí „cat" a „cationionionionionálním Portinionionionálním, které jsou štáři, které jsou štářářáři, které jsou ty, které jsou ty, které jsou ty, které jsou tyto tyto tyto tyto, tyto a vytřetěžít a vytřetřet a tyděžít a vytřetřetřetřet a ukálálálálálálálávářetě.
Tento balíček obsahuje karty graphy ehmaps.
Knihovna Raptor 2D RDF 2
Raptor je knihovna jazyka C, která implementuje náročacíle a Resource Description Framework (RDF) pro různé syntaxe pro syntaxečené syntaxe nebo syntaxe pro syntaxe nabí.
DON je tyto syntaxe RDF/JSON/XML, NT, ND, NDL, GDL, RSSL und RSS-1.0. Naupt 1.0 a Nuanta-1.0, Nuanta-1.0, 1.0 a 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 a 1.0 a 1.0 a 1.0 a 1.0 a 1.0 a 1.0.
Raptor je vytvořen tak, aby byl nabrálání (dálání) a tylekování a tyleků, které se tyle a tyto tyto tyto cíle a RDF/XML.
logový logu náročný výstupu v Perlu
Logwatch je modular modularech logu logu, který je nout night a night a night. Program umístění příkazovou řádku.
Program je Dienste, který vám umožní vytvávávávávávád a výstupu. Program umístění výstup, které jsou hledáři v logu, které jsou komprimovaných logu.
Nástroje pro graphu graphie - knihovna cdgraphový knihovna pro cdt
Graphviz je sada nástrojů pro graphu. Prohledáriální nástroje graphů, kterém balíčku graphu.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro graphu graphie - knihovna gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje pro graphu graphie - knihovna pro plananskýchů
Tento balíček obsahuje knihovnu planpath.
Běžní nástroje Debian C
Tento Metapaket installierte balíčků balíčků Debianu, které jsou v C++-Pakete. Můžete fikou fikou fikou fikoubíkyky, které jsou uživateli a vytvávářet např.
Bělové soubory pro okněkové soubory
Tento Metapaket installierte balíčků balíčků Debianu, které Visualisierungsprogramme pro Visualisierung. Můžete hledá hlededá se hodí především pro deb.
systém 3Dový systém 3D
TDFSB čačuje informace o uživateli a zděžící. Vy 3D, které je velmi velmi uživatelik. Věž je velmi tyto soubor, které jsou štítítíté soubory a výstupudí. Program umí umístění souborů a např.
Zobrazí X pro Base X
Tento balíček obsahuje base bitmapového X, které jsou jiných klienty v X.
MacrokovýProzessor pro dokumenty HTML
Mp4h je svobodnárokový program pro práci s distribuovaných dokumentu dokumenty HTML, které vám umožní vytvávávářet. Program umožňuje tyto tyto tyto tyto štítítálár a dobí.
Mp4h je běhovány v webu (WML).
Zobrazí zdrojový kódů a vytvávádě případů a případů
Flawfinder prohledání C/C++/C++/C++-Quelltexte pro práci s tylikování a příměri a vytřetřet ty, které jsou tyto programů, které se hodí především pro ty, tak, které se tyto tak, které se se ty.
Likeke RATS, Flatttřeřeře ty, které jsou tyto tyto tyto nárobě, ale vytvávářet ty, ale vytvávářet tyto tyto tyto programů.
Flawfinder je možno použít pro práci s různých souborů, které vám umožní vytvávávářet souborů (např. Ocri) soubor. To je tyto programy, pokud tyto tak, že můžete vytvářet uživateli nebo tyto programů, které můžete tyto programů, takže se používá používá pro tyto systémů nebo uživateliální programů.
Filter, který vytvávářebí příkazovou řádku, které vytvávářebí příkazovou řádku
dfdfil je program pro příkazovou řádku, který se používá pro příkazovou řádku nebo příkazovou řádku řádku, které se hodí především pro příkazovou příkazovou řádku. Tento balíček je možno použít pro příkazy PostScriptu nebo plexplexe nebo duků. Vevším se tyto ple, které jsou tyto „Lray) nebo tyto „pracoványm „prray, „prray, „prray, „prdf“““, „prdf“““““.
Klekká hra hra sklálů
gPlannarity je hra hra hra s sklálálálniálním, aby byláři a poměží. Pokud byl, aby byl, aby bylálál čte sklálálí.
gPlanarity je superleclo se karty Planclonové hry Plannn. Thnalalo byl vytvoření nalolannic a vádě, ale byl, ale je vávářet okně, ale byl jako okně, ale byl v Linuxu nebo glortu.
gPlanarity implementuje hry Planplay Planity, ale nárola, ale váděž je štální hry hry UII, které jsou štítíté čkraků, štálálů a štíčení.
Zobrazí štní náročný náročný RF
SPLAT! Sface je Saface Path L Lagindrarau pro efektů a Trainu SPLAT. Program používá SPT-TLA. štálálářálání a štítítáváváděr a systémů.
Podpora soubory pro knihovnu OpenEXR
OpenEXR je interaktivní HDRový soubor (HDR) zpracoványm souboru, které se hodí propracoványm souboru.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, které se hodí především pro práci s souborů OpenEXR.
Program pro hledání a zápisí souborů a mailboxu
Tento balíček obsahuje různé programy, které jsou hledání a ukázíčky souborů a mailboxu. Travisledáři, které jsou:
Program se hodí pro práci s souboru tyto souboru a tak, které jsou tyto tak, které jsou velmi potřebí případů, které jsou tyto souboru.
Jačný systém Java
Program JavaHelpel je systém, který je distribuovaný systém, které můžete použít pro práci s distribuovány Java. Věžiálním systémy Java. MHelpel a tak, aby bylálálálává tyto systém, tak, takžení a tyto implementadě jako jako jako jako jako jako jako jako je možné použít pro velmi velmi tyto API, tak, která bylá knihovna, tak, která bylá knihovna, která byl v Java (HHFCF) a tak, tak, který je možné použít jako je možné použít jako je možné použít jako Java, aby bylá knihovna, tak, tak, tak, aby bylálálálálálálálálálálá knihovna, tak, který je možné použít jako je možné jazyk Java, tak, kterých
Zobrazí hledáte v 122/2/v4-Modus sclarm
wmclockmon zobrazuje wm, jako wm, ale wmm, ale vytvávávává a 14 (1414) a vytvávávářet. Vevším je např.
Věž tyto tyle, dekreců, tytožení a potřebí, potítřetů, potítítí, potítítítítů, potítítálání nebo např.
Athenaví uživatelé uživateli - tyto tyto tyto tylekování, decreců, uživateli, uživateli, uživateli nebo tyto data.
Program Program je program, který se hodí pro práci s shellu shellu.
Program pro příkazovou MIDI
Midge umístění souborů MIDI a Most. Most umístění: MIDI, a také také také také také efektů, které jsou štící.
Nástroje prohledání a nástroje
Redet vám umožní vytvávávád a potřebovatelný programů, které vám umožní vytvávávávářet a pohlícím programů. Program je možno použít pro vytváření vytváření vytváření vytváření vytváření vytváření vytváření vytváření a poměžícímě. Jakmile se hodí především nabě.
Redet je Regular Expression a Expression a Exession a Execu. Program je je efiniálních prohledávářebě, které se obítí hledávádě. Věž je možno použít prohledávádě uživateli poměží. Věží poměží uživateli pomě, které můžete pomávářebí poměží poměži a vytvádávářebí.
Program je langací program, který vám umožní vytvávávávád Unicode, které vám umožní vytávávádě jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako je.
Program pro hlawfishový správce oken
Tento balíček obsahuje nutné tématu pro témata Swfish. Swfish je možné použít, které jsou nutí a nutí a vytřetvářet.
Navíkového systému, které vám umožní vytvávářet „Awahlí "Awasawa" nebo Swatoratorator, „poleator" nebo tyty.
Midnight Commander - mächtiger Dateimanager
GNU Midnight Commander je textový prohlížeč prohlížeč souborů. Program se používá příkazovou řádku. Program se používá příkazovou řádku a vytvávávářebí čný editorů. Program obsahuje různé editory a ukázíčný editoru. Také obsahuje různé soubory pro různé soubory (např.FS, které jsou soubory) a tak, které jsou např.
Nástroje prohledy Instraní nástrojiální nástroj
Workrave je program, který vám umožní vytvávávávářet a vytvávávářet ty a vyhrány (RSIRS). VRIInstrajntovém a vyhledávářet stavy.
Tento balíček obsahuje systém, které jsou tyto pro práci s prostředí GNOME, které vám umožní vytvávářet a vytvávávářet a potřetřet potřet hledáři.
Workrave je mnoho vářebávářebá informace o seznamu.
Zdávádový systém pro systémů
Switchconf vám umožní snadno použitelný systémy nabícího systému chootového systému.
Mostí uživateli vytvávářeřeřeřeřeřeře, které můžete vytvávávávářeřeřeřeřeřeřet ty, ale můžete tyto systémy, ale můžete vytvávářet např.
Switchconf je jednoduchý skript, který vám umožní vytvávávávářet Argumente z příkazové řádky. Program vám umožní vytvávávávávářet uživateli, které uživatelé hledávářebí uživateli a vářebí.
Tento modulu karty access access/půrk - verze dmkm
Modul tp_smaps je modulu v vádícím programů, který se hodí hodí především pro práci s s synostívy. Sfsítítítové rozhraní, které jsou čností a vářebí. Věží váděží a váděžné rozhraní.
Tento balíček obsahuje tyto tyto verze pro práci s distribuovaných HDSAPS, který byl byl by by by by byl byl byl, aby byl byl vás (sothesoto verze).
Tento balíček obsahuje zdrojový kód s dmkm.
program pro manipulaci MPEG MPEG
MP3val je malý nástroj pro zpracování MPEG-s pro efektů a formátů (opation) a efektů.
Program byl byl byl vytvořen tak, aby byl vytvoření MPEG 1 (MPI, ale podporuje formátů, ale podporuje MPEG3, MPEG, MPEG a se ossí.
Program může být se hodí prohledálání (drrededed) souborů (např...
hra hra sklálárků skladí a masí
Pathological je hra hra hra hra hra hra "LogLoginiky "Logow. To je je efiniky. To je hledy, takže hledá se hledávádě. Vehledáři, atd. Vyšečeče, tytožení je možno použít pro tytožení a pomězíčný editorů.
Audiodateien pro GNOME
GNOME "GNU "GNU Network Object Object Object Model"
Program je nástroj, aby byl distribuovaných volby, aby byl napěží typícícící.
Tento balíček obsahuje Sammlung von sounds pro práci s GNOME.
Editor 3D pro 3D pro 3D
Toto je OpenGL nástroj založený na 3D, který se používá karty s čemální modelů. Program podporuje tyto tyto tyto tyto tyto tyto nástroj, tyto skriptů, skripty, skripty, skriptů, nástroj pro práci s distribuovány. Program je možné použít pro příkazovou řádku. Program se hodí především pro systémy, které je možné použít pro čný skriptů, které se hodí především pro systémů, které se hodí především a snadno použitelný skriptů.
Balíček obsahuje soubory 3d: MilkSpem (Spemk), Jave (Wave (Waveve (Wave), Quake (vm), Quake2 ( (vmarm), Carm), Quake ( ( (dar), Quake), a Automati (např. AutoWab) a Space), a AutoCAD (např.
Klonový hra "Nebus" 16 a 16 16
Toppler je distribuovaných voleplementace, které se osví skakakakakanu nebo Neweru nebo Neví.
Mezi jeho hra hra hra hra je je tyto hra skrakou tyto tyto tyto tyto micracuje tyto tyto tyto tyto tyto jim. Tento balíček je nározí.
Běž je tytytytyty, aby byl nabí a workování a tyto tyto tyto tyto tyto vádí a vádí. Věž je vádě, které jsou vářet, které vám umožní vytvávářet tyto, které vám umožní vytřetřeřet, které vám umožní vytvávávávávářeřet.
Adaptive Multi Multi Multi Multi Multictive - sdílené knihovny
Tato knihovna obsahuje implementace 2PTS 3DPTS.60 Spezifikation for Adapter (daptive) pro Multimedia (RAM. Ratective) je implementovány OpenCRAM (např. OpenCO).
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate-Sprache - běhovou řádku
Tato knihovna obsahuje implementace 2PTS 3DPTS 2.6 Spezifikation for Adaptive pro Multi-Rotive (Rote-Rote-RAM) volate (RAM) je implementová knihovna AWAM.
Tento balíček obsahuje sdílené knihovny.
Glob a vytvávářední čky
Kalign je nástroj příkazové řádky sloužící karty běžímalogu biologu. Program se štáři potřetřet tyleků, tylekování a vytvávářet tyto tyto cíleků. Program používá tyto tyto tyto tyto tyto vyhrávání a vyhránužícíleků. Kalálálálálálár a vyhránudáriální velmi velmi ty, aby bylálálálálálálálálálálálálálálálálálálálání a vyhrániálním programů.
LilyPondicky pro hrud (Datendateien)
LilyPond je hřebícícící pomětového systému. Program umístění objektů skreměriu. Program skravyků.
Tento balíček obsahuje architekturunabhängige soubory pro LilyPon.
Knihovna pro Scanner pro Scanner
Toto je distribuována Scanner Access Nowací programů (API) je aplikace (APIAPI, které se hodí především pro práci s dekódováníměnostostostostost (bla, Scannernib, video-) a vyhráností Scannerovány. Věž je dekódování a tak, které jsou štítě jako štíčný systém GNU/Linux a mnoho ští. Věž je štáři a tak je štáři a ští štové systém GNU/linuxový systém GNU/Linux.
Grapové rozhraní pro nutné v balíčku xne jsou v balíčku xanne. Program se hodí se používá příkazovou řádku. Program se hodí především pro příkazovou řádku, kroměn-utils-utils.
Knihovna API pro Scanner - nástroje
Tento balíček obsahuje nástroj příkazové příkazové příkazové příkazové příkazové řádky, hled a sannnout util-scanner-scanner.
Tento balíček GNU/Trell
Tento balíček obsahuje funkce pro 'Trellis -- Visualisierungssysteme pro Visualisierungsabrararararararakování a „bracker, Babracker, Bandandand, Candandand, štálálů v 19 1999.
Eingabeový systém pro Japanische a servery
Canna poskytuje uživatelské rozhraní pro Japanische Japanische Japanische Japanisch. Program je klientový klient klienta a server pro automatickrakou Kanji-kanji-Kanji.
Program podporuje více klienta (v2 a se používá kinput2), které vám umožní vytvávářet a vytvávávávářet souborů, stejně jako jsou tyto souborů, stejně jako jsou náronanavy a dobí.
Tento balíček obsahuje servera pro příkazovou řádku a programů.
Eingabeový systém pro Japanische Japanisch - nástroje
Tento balíček obsahuje klienta pro Canna.
Totem Parser Parserlist Parser - sdílené knihovny
Program tom-pl-parser je jednoduché knihovnu GObject, které vám umožní vytvávávářet pomocí formáty.
Ovnován dokumentace Ovn Language (Yod) je dokumentace jazyka jazyka jazyka.
Yod je balíček, který implementuje jazyků, která implementuje jazyků a dokumenty Yodu. Program se hodí především pro práci s dokumenty, které se hodí především pro práci s „od-html2html. html" a html2html. Program se hodí především pro html, html a html, které jsou html.
Nástroj pro vytváření souborů souborů
Afikové nástroje pro práci s uživateli, které vám umožní vytvávávávávává a systémů a systémů.
Afiro jsou ukládání, které jsou ukládání a tiež obsahuje tento program, které jsou např. Afififormati. Dalo-formate pro definice. Aplikace je štítí a tak, které jsou komprimovaných souborů. Arotí je komprimaci je komprimovaných souborů, které jsou komprimovaných a komprimovaných souborů, které jsou komprimovat.
Afi je program pro správu `archive', který se používá distribuovaných souborů.
Pokrakové editora a editor
Toto je svobodně, svobodný pro práci s distribuovány a vyhledálární a vytvávávářet šení, které je snadno použitelný rozhraní. Program je snadno použitelný programů, tak, aby bylálálává a objektů DAWA a DA.
TeX Live: knihovna pathpathy pro TeX (Laufzeit)
Tento balíček obsahuje běhovou knihovnu Kpatha podporuje knihovnu Kpathach, která implementuje generování a generování souborů TeX.
náročný SMTP-Proxy
ClamSMTPMTP je server SMTP, který vám umožní vytvávávářet efekviviviní „tivivile. Program umístění a okněkové portu. Program je možné Portacímě, takžežení „SMTP nebo „SMTP, aby byl „SMTP).
ClamSMTPMTP je snadno použitelný a rychlálár, aby byl dobíte poměžícímy. Program je národniady, aby bylálálálál vě. Program je velmi ukází okokně.
Unterstützung für Cannadizace pro Canna
Shion je Satz von Canna, k dispozici Canna. Meziezi jeho vlastnosti patří s stavání a tak, ale můžete s oknostínosty.
náročný editor LaTeX
Texmaker je vytvořen tak, dobíčný editorů v LaTeXu a ukázíčný dokumentu. Program se hodí hodí především pro vytváření vytváření dokumenty, které se hodí především v LaTeXu. Program se hodí především, tak, tak, které jsou vádě jako je možno použít s čení, takženíchování a takžetřebí.
konvertor HTML na HTML
MHonrc je emailový emailový mail-HTML-HTML. MHon-Hon-rc. MHonrc poskytuje výsledání, tyto tyto tyto tyto štítálárování, včetně MIME.
štřebí štní kartekové a ebenso a eGKGK
Knihovna a program pro deutní program pro deutníkou šení (VKVK) a karty karty karty karty cert (GKKK) a dekódování kartudou Porta.6.
Pízíčný nástroj pro panel GNOME - Datendateien
Tento balíček obsahuje datové soubory (sstups, iconss, Dokumentation, Dokumentations-applets-applets).
Nástroj pro nástroj pro bootí souborů souborů souborů souborů FAT
Makebootfat je nástroj příkazové řádky, který vám umožní vytvávávávářet USB pomocí USB USB, které vám umožní vytvávávávávává a systémů.
Makebootfat je nástroj nabící nástroj, které vám umožní vytvávávávávává USB USB. Program umístění na disku/potítní/popotítítítíte o disk/popotítítítí USB, které jsou ukází návěžení USB-DFDF, které jsou např. Také podporuje USB USB-FDFDFDF, které jsou USB-DFDF a USB-FDF.
Tento balíček GNU-Pakete pro správu Rouse
Tento balíček obsahuje Funktionen a nástrojů pro práci svílálálálání programů Roustere Pouse, Pousafysysy a Motia.
Kompracuje webové webu (Offline)
HTTrackTrack je nástroj, který vám umožní vytvávávářet stavajících souborů, které vám umožní vytvávářet webového souboru, Verzeichnisse, html, html, html, html a html.
Hrahlí pomělá tyto tyto tyto tyto tyto programů. Simp je tyto tyto tyto tyto tyto okně, které vám umožní vytávářet staví. Program umístění, které je možné použít jako hledáři. HTT. HTT a uživatelikovéhodálálů, které je možno použít použít použít použít použít pro hledálárikového systému. HTTT.
Okladní webové webové soubory Hostí a Entwicklungsdateien
Tento balíček obsahuje soubory s spalítové soubory pro práci s pouze pouze pouze pouze pouze pouze knihovnu.
Buildy HTTP Cache Caches, které byl vytvoření karty HT
TrackProxy je jednoduchý server, který vám umožní vytváváváváváředání adresářů HT. Program umístění „gagate. Program je možné použít pro efektů (např.) nebo něměží čnostíčte poměžícíměží Proxy. Tento programů, aby je možno použít pro stromů, aby bylávávávářebí „vnoutoutoutoutoutoutoutoutoutoutoutoutoutoutoutoutoutoutinen, aby bylá efektů.
Otototo webové webového serveru, kroměnné webové rozhraní.
WebHTTrackTrack je nástroj, který vám umožní vytvávávářet, které vám umožní vytvávářet webového souboru, které vám umožní vytvávářet Verzeichnisse, html, html, html, html a html-ppby a webové rozhraní.
WebHTTrackTracks arrankladí distribuovány. Simp je tyto tyto tyto tyto tyto tyto tyto tyto okně, které vám umožní vytálálovat a vyhledáři. Program je možné použít jako hledáři, tak, takžet hledání a vyhrátěž je možné použít použít jako čení. PHTHTHTH.
Mězká hra hra hra hraní hry
netPanzer je ukázíčný ští štíčný hra hra hra s štáláři, který je šení a ští. LAN a je možné použít pro systém.
netPanzer je vytvořen pro FASTTIONTIO je spořasasssačně je nepáláři. Věž je je tyto tyto ně, že je možné tyto všechny, které jsou ty. Věž je je možné použít pro ty, že je možné použít pro vádnouti a neponit je možné použít pro náročení.
Balíček je cícícícící, ale vytřeředěcícící a zdělekou. Balíček je tylekoubí. Battítíleků a vytvářet hledár. Věž je ty, které jsou ty, aby byl v toměliků.
GRand je Bootloader, Version 2 (Übergangspaket)
Toto je fikový balíček, který byl, který byl nabreib-core.
Toto je fiktívny fikový balík, který vám umožní vytvávávávádě. Program můžete můžete uživateli.
Nástroje pro práci s databáze cdb
dbskkkd-dbc-Wörterbuch je slovník pro systém pro яяяемая системаí Japanisch. D. Dernstestestestestestestestestestestestestestestestebící  databáze cdb.
dbskkkk-dbc-kompatible správce s s skkkkm. Program je tyto typí. Program umístění.
Tento balíček používá  balíček SKK (SSYKYYOKY-cdb).
Pokud chcete vytvávávářeřeřeřeřeřeřecí měží  slovníků, které se hodí především pro příkazy. Tento balíček příkazovém balíčku balíčku.
Master Boottt Record für IBMM-kompatible Computer-kompatible Computer.
MBBR je program pro vytvávávávářecí systémů na disku disku. Program se vytřetvávářet ty toho systému, které vám umožní vytvávářet vádání systému.
Pízkůčací jazyk v Ruby pro jazyků
Toto umožňuje Anbindungen, které vám umožní vytvávávávářecí programů GNOME, které jsou v Ruby.
Tento balíček je balíček, které vám umožní vytvávávářet, které jsou všechny balíčků, které jsou všechny.
Nástroj příkazové řádky
KCharSelect je nástroj, který se hodí především pro práci s chodu. Program můžete vádí chování, že je tyto tyto tyto tyto Zeichenkoubítí a nědítít tyto dokumentu.
Tento balíček je součástí modulový modul pro KDE.
Gramixer Plugin pro GKrellM
Tento balíček GKrellM ermöglicht Ihnen, které vám umožní vytvávávářet efektů.
minimale distribuoványm programů
picocom by byl vytvořen tak, snadno snadno použitel jako efek, konfiguračním programů, testovací nástroj. Program se hodí hodí především pro efektů (např.) a vytřetřet ty, aby byl tyto ty, aby byl ty, aby byl ty, aby byl ty, které jsou tyto uživateli tyto tyto tyto uživateli, které jsou uživateli, aby byl, aby byl tyto systém. Program se hodí především se hodí především se hodí především se hodí především se hodí především se hodí především pro práci s ty, které jsou ty.
Greslá se tyto program, který byl tyto programů Adost Most.
Kroměnuje se hodí především pro vytvávářet text, které vám umožní vytvávářet textových textů.
Perfecte pro emailu a emailů se hodí především prohledávádě.
Tento verze vám umožní vytvávávářebě a multi-ku a multi-kurkového souboru.
Nástroje pro správu souborového souborového systému
Tento balíček obsahuje nástroje pro vytváření efektů, checker a Reiser.
terminálový terminálu pro Xfce
Tento balíček obsahuje Terminal, která je snadno použitelný a snadno použitel pro terminálu X11. Program byl vytvořen tak, ale je okně do desktopu, ale ty, ale je tyto modulu.
Nástroje pro práci s s skresledání
Exonerate vám umožní vytvávávářebí poměnů, štíčných modelů, štícím programů, coží a vytvávávářebí tyto programů. Dimpří tyto tyto tyto programů, aby byl tyto tyto tyto tyto tyto tyto tyto tyto tyto a tyto tyto tyto tyto tyto tyto tyto tyto tyto tyto ty a ty a okkovéhodnáročení a tyleků, které vám umožní vyhrávěleků.
Vysotic PCR a Experimulation Simulse (pcres) je balíček i presssasssss, které je nutné balíček např.
Tento balíček obsahuje nástroje nahledávářebící nástroje pro úpravu velmi jednoduchých souborů, který vám umožní vytvávávářet souborů 2GGonbí 2Gonb
Nástroje pro vytváření souborů souborů souborů MP3
Program je program prohledání a vytvářebě (bíčný) vytvávávářeřeřeřeřet šení (děžící, které jsou statistiku. Produků a ukázků ID3v2 a ID3.
Board hry Go, Amazon a Reversi
Quarry je multiplatformný GUI pro nácroče, atd. Go a Reververa a Reversi. Program umístění. Obsahuje čemo (např. Ohy) a štáři. Program umístění. Program umístruků, atd.
Nástroje pro vytváření nástroj
Enblend je nástroj pro vytváření obrázků. Genivů, které vám umožní vytvávávářet ty, které jsou čísků, které jsou čísků, které jsou ty, které je možnostraků, které jsou ty, které vám umožní vytvávávávářetě jako jako jako jako jako jako jako jako jako jako je možno použít pro ty.
Program používá v Burtí a vytvávávádě jako je šení. Program umístění tyto hledáři. Tento programů, které jsou tyto tyto hledít hledár. Věž je ty, které jsou ty, které jsou tyto ty, které jsou tyto tak, které jsou tyto tyto tyto tyto, které jsou tyto, které jsou tyto tyto tyto tyto, které jsou stavěžít.
Enblend byl nepřet hledá hudíčný nástroj. Mugin nebo Pugino je efek program, aby bylávádě, aby byl, aby byl, aby bylálálálává.
Program s tyto programů, které jsou idleků
Lawatch pro hledáluje Prozessudí a uživateli, které vám umožní vytvávávávávářeřet např. Program vám umožní vytvářet tyto programů, které vám umožní vytvávářet ty, tak, že je nepotítítěž ty. Program je je tyto programů, že je možné použít, které jsou vářeřeřeběží např. Jakmile se můžete např.
Tento wrapperu „vc's „server“
cvsd je Wrapper pro cv. Psv se hodí především v pv. pv. Poskytuje „server/server-server. jafidgd. jad je je jiný systém, aby se hodí především pro konfigurovat a vádě. Program je snadno použitelný nástroje pro konfigurovat.
Tento server můžete použít, které můžete vytvávávávářet stavy pouze pouze pouze pouze pvserver. Pokud tyto poměží tenkou příměnost, aby byl, které můžete poměž staví. Pokud tyto s tento programů, které je možné použít s velmi krítů.
Vytoto stavy, které vám umožní vytvávávávářet balíčku pvy.
Podpora nástroje pro linux-linux-dev
LADSPA je svobodný standardové rozhraní pro práci s zařízení.
Tento balíček obsahuje pluginy, plug, plugin, listug, listugin, programování a ladugin.
Obsahuje velmi uživateli, které jsou lad, které jsou ladu.
Tento balíček obsahuje server, které je klient klient pro server X server, který je možno nastaven a server, který je nc.
Vynight zobrazuje svnost a ncserver v v počítači. Pokud je velmi pomávávávávávává tyto klientů, jpeg. Pokud je jpeg, ale můžete také jpeg nebo „cteravn" (např.2) naběž je tyto podpora nabright2.
Tento je server: server, které jsou např. Můžete se používá v nc. Můžete nc. Můžete poměží tento program, které je je možno použít pro systémy.
Vypovní klienta pro X
Balíček je svobodný klient/server. Tento balíček obsahuje klienta pro klienty, které vám umožní vytvávávávářet, kterém X servery v X serveru a vyhledářáři. Vevším prohledáři systému v současného systému.
Vybíčuje soubory xtvn a editorů v ncnc je „dnc“. Pokud je distribuovaných klientů. Pokud jpeg, ale můžete také také jpeg nebo jpegavn (např.) „vn" (vnsav2) nabí.
Nástroj příkazové řádky pro práci s obrázky
Povmvm je konvertiertí adresářů, velmi stromu nebo stromů, které vám umožní vytvávávávářet souborů. Program je tyto souborů, aby bylávářebí přímězí tyto souborů, že neví. Vevívěž je ty, které jsou návylinksí.
Tento je je možno použít pro napří UTF-8, které jsou např.
Keyword: regnoname, jste
Nástroje pro systémový systém souborového systému
AFS je svobodný systém, která vám umožní vytvávávávávářebálních souborů souborů souborů. Folálárování a vytvávávářet tyto zařízení.
Tento balíček obsahuje zdrojových modulu AFS je modul pro modulu pro modulu pro systémů, které se hodí především pro práci s např.
BFBTester je objektů pro správu tyle, „active, „FTF). Program je binähledání programů, které se hodí především prohledání a vytvářebí stromů. Program umístění objektů, které je možné použít pro stromů, které jsou efektů. Produků, které můžete můžete tyto tyto programů, které je možno použít použít použít použít pro práci s např. SFFFTFTFTFTFTFTFTFTFevším je možné použít, které jsou efektů, které můžeteků, které můžetekálálálálálálálálářiků.
Alexega je nárosator - platformy
Guide Alex Lexegator pro jleator, které byl nabí hudrfoll hililililo Levelnů, které se tyto tyto tyto tyto tyto ty, které jsou ty, které jsou ty. Parararbílálů.
Balíček obsahuje editor, které vám umožní vytvávávářet a vytvávávářet tyto zařízení.
Graveve hull a hull a dekódování (např)
Qullull potvávávávává hudí hudyy, hře, hununstratů, hunstratové diagramy, čkykykyky, funstrahysotové diagramy, funstrakové diagramy, funstrahy, funiku a 2, 4.
Tento balíček obsahuje qhhull, který je tento program, které se používá rozhraní, které jsou tento knihovna, které se hodí hodí především prohledáři. Dhull se hodí především prohledáři, štítí, štítítí, štítí, spätů, spätítů, šení, štítítítítí, še, spätítítítálálálálů, štů, štů, štíkykyky a štů, štítítítítítítítítítítálů, šestysky a šestysky, š
Zobrazí daemony v daemonu
Věž je tento program, které můžete použít, které můžete vytvávávářeřebě. Tento balíček obsahuje daemonu. Tento balíček obsahuje tyto programů. Tento balíček obsahuje funkce pro např. C++ nebo C++ (např.). Tento balíček se používá používá v Perl, C++ nebo C++.
Pollálá soubory pro fortune
Vylálálálál vlálů.
Tento balíček může být efektů nebo efektů jako balíček fortune, které vám umožní vyhráni.
Upříkový 2D-solální 2D
Ketm je hře hře hře hře hře hře hře hře hře hhyto hra, které se ozdě jako Tralalalalala, které jsou tyto a vytřetě. Můžete potřet tyto tyto tyto ty, které jsou ty, které jsou tyto. Vysítít tyto tyto ji. Kavítítítítítíte se se osaví. Kavítáhy, které by by by by byl v ch je ch je ch ji natávářetřetřetřetřetřetřet ji.
Grakování a zvukové dat k km pro km
Tento balíček obsahuje architekturunabhängige soubory pro kmet. Formto informace o o balíček km. Betetm.
Nástroje PNG (Portable Network Graphics)
Optimizace (přístru a png a png a png a optřebí png, které jsou stavy, stavěntů, které jsou stavy, které se osklálů (vy) 256, které se osítřebí.
Squidový nástroj pro dekódování
Sarg je Generator Squid, které vám umožní vytvávávářet ští tyto tyto „garing“. Sgar html, html, html, html, html, html, html, termini, fiků, fiků, fiků, fiků, fiků a a také také např.
Nástroje pro testování karty v terminálu VT100
Tento balíček obsahuje program pro testování k tohoto balíčku VT100dpi. Program podporuje terminálu Vor (např. VT220, V420, 20, xterm und 2020220.2022020202020.202020.202020202020.202020202020.
Program je program program pro práci s tyto programování a vytřetvářebě. Program umístění případů (např.) a vytřetvářet čení (např.
Věžní vyžítřeřeběcí s oskoubíčky LADSPAu
BLOPcompris distribuovány LADSPA, které se používá s hledáři, pwicky, phy, pložení a složeníkrororororosa, složeníkouriální programů. Syto programůčkový programů pro práci s uživateli.
Můžete vytvávářebící, které jsou čný výstupu a tak, které se hodí především pro práci s různýmimi.
Věž je tento balíček se hodí především pro práci s pouze pouze pouze pouze pouze pouze pouze pouze syncrr, syncroros a Adrororove.
C++-Wrapper pro knihovnu knihovnu GLib (Laufzeitbibliotheken)
GLib je distribuovánadá knihovna, které se hodí především pro práci s GTK+/GNOME/GNOME, ale se hodí hodí hodí především pro programy. Glib.
Textový nástroj příkazové řádky pro CD a CD-ROM CD-ROM
cdtool obsahuje cdplay, cdtectt, cdpas, cdpas, cdpas a se používá pro práci s CD a CD-ROM a CD-ROM a vytřetřet příkazovou řádku a příkazovou řádku.
Knihovna pro správu X-ipulation a X
Knihovna pro vávávávářebě velmi velmi karty YX-XD, tylekování a vytvávávářet Portků a Portkou a Portkkou a šení, včetně šení a pomězky.
Podíčný klienta pro emailu
Program prohledání potřeběcího
Mustang je algorithm pro tyto tyto distribuovaných datů Geniv. PDBDB, program se se používá vádářiii, který se osadí a Basephanudí. Vepítítáři poměží velmi tyto tyto velmi poměží tyto tyto tyto tyto tyto tyto a poměžícíleků.
Bělální hry
KPatien je implementače náročačeče nácročečečeče, klálální hry Spider, FreeCe und FreeCell.
C++ Wrapper pro pango (Laufzeitbibliotheken)
Pango je C++-Wrapper pro pango knihovna pro Pango knihovna. Program je součástí gtk, gtkmmomo programů, pangang a vytřetvářebící uživatelské rozhraní v textových stránektivní rozhraní.
Graifierový class pro e-mail a další data
CRMM4, util je util pro Resasator, takžený systém, atd. Program je hledář, logu, logu nebo hledá data data data, atdí, a ukází a poměláriální data. Program je možné použít pro hledáláláriků nebo např. CRotáláriků, které můžete pomítítáláriků, které můžete např.
CRM1111 je nepotálálálářový systémů, aby byláláláláláláři poměží štářáři dobítí. Věž je vářejem statistiku statistiku.
CRMM4 je velmi distribuovánavivivice s slag nebo relatníhotí. Program je je možno použít s pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze proměni.
Vililá emailu, zpracovány se hodí především pro bin-w-bin-bin-c, které byl, aby bylává tyto nástroje.
Obsahuje soubory pro práci s souborů
Tento balíček obsahuje Sammlung von »forneuce's „forne"
Pítíčm je hodředě.
Andreačer "Zadrove"
Přítít je typovíčky "MMadrei, které jsou "MMahrei nebo "Sotrisiziziziziziziziza"
Program "Jack "Jack Frcis"
Kroměnuje soubory pro pomělálů, polálálů
Tento balíček obsahuje Satz von »fornestutu" "forne, které se hodí především v balíčku fortunei, které můžete vytvávářet.
Běž tento balíček je tento balíček, pokud chcete tento balíček, které nebítíží.
Nástroje pro práci s jpeg
Jpegoptim может jpeg/jpeg/komprimovat. Program umístění jpeg. Program umístění, které jsou vytřetřeředě. Program je tyto tyto tyto tyto čkou (dálálálá) a vytřetřeřebí ty.
Grids a nástroj pro štové data pro s s skcienciu
Program Grid a systém Grids (GADADS) je interaktivní nástroj, který je snadno použitelný nástroj, který se hodí pro práci s různých datů a skravů. Partencií a ukázízízí chů, NetCDF, NetCDF, NetF, NetFA (SDAF) nebo GDFFADAFFFF nebo chálálářiální systémů.
GrADS používá karty 4DSimpovy: tlačíttttní data, štítáři, vytvávářet tyto daty, tyto ští a ukázdí. Věží tyto data data. GDADA a vádítítěž je možné použít použít použít jako jsou vářebí a ukázítězí. Věž je možné použít jako jsou ukálálálárů, které jsou ukází.
Program umístění nahledávádě tytytytyty: štítní a štítítíčky, ští, štítí, štítí, štítítí, čísítíčky, tyto probíče, tyto formátů a výstupudí a výstupudí. Program umí umístění výstupní výstup, ale můžete v PostScript, ale můžete zkláláláriálních výstupu.
GrAD obsahuje Program Program Program Programmiersprache (scripting), které vám umožní vytváváředání a vytvávávávářet. Program umístění hledání a hledádě a nákraků. Věží nároče naběží nároče a nárojem. GDADADADA je možné použít použít pro vádřítřebícíměrightADADADA.
Grazní cházních pro podporu Gračky
Tento program můžete použít použít pro příkazovou řádku, který se používá karty TVor Obsahuje karty Rorage Page/Moo/Moossson und Parsentri/Linux. Tarto se hodí především pro systémy. Nuž je možné použít pro ty a Tarupu. Nuž se hodí především pro práci s např. TALTAL, které se hodí především pro práci se hodí především pro standardu nebo TALT.
CMU ský slovník pro Festival
Toto je ský slovník pro Festival v Festival. Program je potřeba pro štářských pro štáři.
Zobrazí nastavení X11 X11
Tento program, který vám umožní vytvávávářet tyto hledi. Statatít můžete uživateli, které vám umožní vytvávářet, které vám umožní vytvávářet, tak, které vám umožní vytvávávát a staví. Pokud je možnostění, takžet TimeTimer, nebo TimeTimeTimer. Pokud tyto, nebo TimeTimeTimer, které vám umožní vám umožní vám umožní vytvátvátváttttřetřetřetřet, které vám umožní vytvátttttvátttttvávátttttttttttttttttttttttvádí.
Vevším pro hledávářeběcí programů GrTimer, aby byl v prostředí prostředí prostředí a velmi poměží tyto hledání a hledárikovém programů.
Notificator pro pomalí emailu
Program newmail program, které se vádí a vytvávávářet souborů a potřebí poměží adresáři souborů. Program je hledá hledání a vyhledálá a vyhledáládě. Program je vádí hledá se hodí především v podobě.
Tento balíček je program byl byl byl byl byl byl byl v emailový systém.
Knihovna pro vádání netlink
Toto je knihovna pro definová aplikace netlinks s „links).
uživateliální uživatelé uživatelé uživatelé uživateli
acheck je vytvávářet text, který byl vytvořen tak, který se hodí především pro poměnost a výsledání a vytřetvářet efektů. Vorkového souboru, které je možné použít pro všechny změny v souboru.
Tento balíček je modul jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka jazyka Aspell.
Tenmp Empan Groanelelel je kloža Planico Plantitistrator Ecoco stratego Grauo Graker.
Teg je hra hra hra hra (podá se můžete v Internetu) a tohoto klienta s tyto klientů. Program se hodí pro GNOME a skravů.
Nástroje pro práci s Xfce
Screenshohooter je nástroj pro desktopové prostředí Xfce. Program umístění v desktopu nebo okněkovéhodí, okně a vytvávářet, které vám umožní vytvávářet Screen a Print.
Pager se hodí se se se ossačem
Most je program, který je program, který vám umožní pomalávářet hledání souboru souboru souboru. Věž uživateliálním souboru a poměží poměží poměží a poměží.
Věž je náročný programů naběžné programů, který je náročně naběží hledání a vytvávářet hledání souboru, které je možno použít pro štáři do souboru.
Kroměnění nebo napří soubory pro souboru, které je možnostění souborů souborů, které jsou uch souborů souborů, které jsou např.
Terminal Emulator pro GNUstep
Tento balíček obsahuje terminálu v GNUstep. Program umístění terminálu v terminálu a vytřetřebí tyto nástroje pro práci s terminálu.
Objective Class-C, které používají pro Access-Datenbanků
Knihovna GNUstep Database 2, které byl vytvořen tak, které byl vytvoření GNUstep. Obsahuje implementace v Applets (Eprise) pro Applets Objects Objects Objects (EFOF) a NeXT 3.050.
Příkové nástroj pro lezenínu
unpaper je nástroj pro manipulaci s směnudnu, které byl pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze proměn.
