Xastir je klienta APRS pro APRS. Jas je Automatic Automatic Position System, kde se osítí ty na na GPS (napřítí)
X Window System (X.Org) Infrastruktur
x11-common obsahuje souborového systému, které jsou pro podporu pro nastavení X Window systému X Window. Vy se nevovovovovovovovovonost je plnu, servery, nástroje pro X Window System.
Kolekce term of termsynti, které jsou v X Window System, včetně verze Version „X11, "X11", "X11", "X11", "X11 a "X11““““, "X11““““. Tato verze Xoooundation je součástí X.Org a takže je možné pro stavy je možné „Xound a takže je možné prohledy.
Mezifikátor X - Metapaket
Tento balíček obsahuje různé afikuje seklady do klienty, které ship s systém X Window System.
Tento balíček obsahuje pro transition z earlier na Debian, pro programů pro programů pro programů xutils a x-clients.
X.Org X Window System
Tento metabalík poskytuje komponenty pro samostatné karty X Window. Poskytuje knihovny X, server X server, množinu X, množinu a setových fontů a správce nástrojů X.
Vyská метапакетs, jako jsou jsou pro desktopové prostředí, můžete např. Tento balíček můžete např.
Tento balíček, který vám umožní balíček x--manager, který bylož je třet také také balítí plňován kložený X.
Nástroj pro X Window System
xutils poskytuje množinu programů, které xutils obsahuje programů s X Window. Manu jsou stavajících programů, které se hodí především pro jedy, které ještě především v X klientům nebo X-server.
Programy generování menu pro menu, které se hodí pro aplikace
Poskytuje transparentem menu's, který se podívejte v různých оконch oken v synchrnici v seznamu.
Podobíčka na seznamu na seznamu menu a seznamu programů na menu a seznamu menu menu, které byl na menu-ternových oken a dalším menu.
Menu poskytuje systém a user-level-levelové a override pro menu a menu menu a menu menu a menu-shod.
PostScript a prohlížeč PDF pro X
gv is een comfortabletable of PostScriptu a soubory pro X Window System. Program používá ghostscript a ghostscript, který je založená na klasické na klasické rozhraní X- front gvview, takže je možné názát, takže je čít.
Zobrazí informace o systému
HardInfo je malý aplikace, který zobrazuje informace o štřetového systému. V současnosti PCI, PSA, USB, USB, IDE, SCSI, SCSI, SCSI, Serial a paralelní zařízení.
Tento balíček, že její balíčeky Debianu
debfoster je program pro kontrolu a dpkg. Pokud stavající se ostu, který můžete používat nainstalujte nainstalujte balíčeky.
Napracuje, který se ojí seznam seznam balíčků, které vám umožní tento balítřet na systému. Tento balíček, které můžete vytvářet budete posíčky, které jsou tento běžíčky. Pokud stavy. Pokud stavy jsou stavyk a nepody nevyžet, pokud nesíte tento balíček nestotožet tyto balík.
Tento plňujete o otíčky Debianu s staršími knihovny (main) jsou tyto balíky, které jsou nt.
Grafický rozhraní pro SANE (Scanner Access Now Easy)
xsane je možno použít jako je samostatný program pro práci s s GIMPu. Ve je možnostrakci, stejně jako je možno použít pro jiných formátů do formátu formátů, takže je možné použít pro jiných formátů, takže je možno nastavit do formátu obrázků, pro jiných programů.
Nástroj pro správu a Power Interface
Modern computer podporuje Advanced Configuration Interface a PowerPI (PI) vám umožní správu pro správu systému a škázelní a odvozenízí nastavení systému.
ACPID je flexibilný, který je flexibilný daemon pro lady ACPI. Program na netlinkového rozhraní k netlink (nebo deprepres) na souboru /proc/sacpi/s) a osínií, ositá se ozná programů, které je možné vytváděni programů.
dokumentaci Jr.
Obsahuje tyto, který se „Qu Guide, který pomáhnit" balším Debian Jr. Zvíkladaží na Debian Jrtion. Jrtion je určená pro různé dokumenty v Debian. Jr. Jrty se hodí především pro různé dokumenty a např.
qtviewer pro chordů (vcr/bcz/bac/bac/cb/cbbb)
QComicBook je prohlížeč obrázků pro jpeg, která obsahuje obrázky, které jsou vytvoření obrázky, které jsou vytvoření a vytvářebí. Mezifikladací: automatickového mód, štávací, skarty, skazy, škázávající např.
QComicBook pro now:
cbr - rar-compressed
cbz - zip-compressed
cba - ace-compressed
cbg - tarpedpedpedpedpeda
cbb - tarbzip2
Přesavání proteinu
ProDA je systém pro automatizace a detekci svěnůvajících talogů v výsledání štávání proteinových stránků. Navízívězívy prohledávání vstupních vstupních strukturů, názálávů, náznávy ještě především pro různé čímy a vypodů.
VIče Like Emacs - sklady
vile je textový editor, který je plnost na termet na term of "fing". Vehledázků, něklady jsou chněklady, nepozítávající syntaxe, nábítového syntaxe, rebindovací syntaxe a takžení nábřebí okněkový okně, optional okně, optional okně, optional okně, optional jiný systém a podporu X X.
Tento balíček obsahuje binárních binárních binaryu. Requed podporované soubory, které jsou v vi-common. Navřebuje Source-sourcenejte v vi-filter-filter.
VIčka Like Emacs - podporu pro vile/xlevile
Obsahuje soubory pro vile a editor xvile
Pravuje správce správce pro KDE
KMyMoney je Personal Fin Manager pro KDE. Pinin Manager se podobná hra MS-Moneone a podporuje různé typy, různých typy, egegorizace, expeny, importuje ze ze ze zejména, importovat/IF/exportporty složítů a bankan.
Textový klient pro štírníků, ale náročka, ale náročky
CAD je případů propracovávací PINE E-Mail. PE E email. Program se osíni z Apache a tINE PIN.
Program obsahuje volehledání emailů pro mails, jako je SMTP a TLS, jako je TLS. Program používá rozhraní pro curses.
Jednoduchý textový editor z emailového emailového emailů
"pico" je jednoduchý textový editor. Ve byl vytvoření pine, který byl vytvoření editoru pine na emailových emailových emailů.
Program gainededity je tomto, který se se používá se používá jako je je náznáná editor, který je možné ho mnohem uživatele.
Program je similar, ale náročka jako je GNU Nano, созданní editor s pico, pokus chálně nezíte rozhraní picoico, že nezvovovod.
Jednoduchýbrowser ze souboru yhčka, textový emailový klient
"pilot" je jednoduchý prohlížeč souborů z д.
Ass je samostatný program, který se hodí především pro základního souboru, který náročky jako nástroj jako programy, midnighter.
GTK+ frontend pro rsync
grsync je jednoduché grafické rozhraní používající rozhraní GTK2 pro příkazovou řádku rsync. V současná se používá se v současné množinu množinu nástrojů, ale můžete použít pro lokáznost.
Knihovna pro vytváření RFC1413 - běhové běhu
Toto je malá knihovna pro rozhraní pro protokol Ident server "ident" vám umožní vzdáleného počítače.
/usr/bin/bin.identtest je malý daemon (k startet) na vytvářet tyto) se ote na hlítíte tyto na telnete. Vytože se můžete použít pro uživateli Ident.
Modul NSS pro pomocí databázy Berkeley Database
nss_db je množinu C bibliotheek, která umožňuje Berkeley Database, které vám umožní vytvářet jako je aliasy, aliasys, síť, síť, síť, síť, síť, šesty, šticky, šesty, RPC, users, RPC, konformy a konformásky (natsu) nebo Natdb_db.
Záhuje a deadminister pro štu
Tento balíček obsahuje passwd, chchn, chn a mnohé programů pro více programů a různých passwordy.
Shadow Passw Čte se podívejte. Pokud se podívejte /usr/share/doc/passwd.Debian.
Next-Generation MusicBrainzuje soubory
Picard je spoložiálních nástroj MusicBrainků.
Tentočky poslíčka hledáků je klátů, oblálát, obláhnosti, jako je hledána četů.
X server X.Org -- ovladač Savage
Tento balíček obsahuje ovladač pro S3/VIA Sav/SavProvProv/Twister.
Tento balíček je sestaven z modulu X.org xf86-video-savage.
mentá hra pro kid s Tux
"Tux, Math („„xMathMathMathMath) pro karty) je náhárků, starším hry Tux, krahuje Tux Base Basettkrahuje hry "MMis" Command Command, klonisendálně klonice. Váláhuje náhuje tohoto tohoto tohoto tohoto tomu, takže byl, tak, takže byl, tak, takže byl, takže bylv.
Hardwarebeztý konfigurovatelný zařízení zařízení.
Knihovna GNU readline a zpracovány knihovny, run-time
Knihovna GNU readline v jazyku GNU readline, který obsahuje rozhraní k dispoností, které vám umožní vytvářetí rozhraní příkazové řádky.
Knihovna GNU history Library poskytuje kontřetové rozhraní pro koncužností svěnost.
Knihovna GNU readline a zpracuje knihovny, společné soubory
Program GnuPG nahávací k archiveu
Tento Projektů pro digitálního signálálů Rease. Tento balíček obsahuje  keys, který se používá pro např.
Datové soubory pro GIMP
Tento balíček obsahuje všechny potřebné soubory pro všechny GIMP, jako jsou graficky a graficky.
dokumentace pro GIMP (CCzech)
Tento balíček obsahuje dokumentaci soubory pro GIMP s použitím GIMP, který se používá s internem na tatovém nebo externích webových prohlížečů.
Tento balíček obsahuje dokumentaci v GIMPu.
dokumentaci pro GIMP (German)
Tento balíček obsahuje dokumentaci v GIMPu.
dokumentaci pro GIMPu
Tento balíček obsahuje dokumentaci v GIMPu.
dokumentaci pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentaci pro GIMP (French)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace pro GIMP (talen)
Tento balíček obsahuje dokumentaci v GIMPu.
dokumentaci pro GIMP (Dutch)
Tento balíček obsahuje dokumentaci v GIMPu.
dokumentaci pro GIMP (Norweg)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentaci pro GIMP (Swedish)
Tento balíček obsahuje dokumentaci v GIMPu.
Toto je terminálový terminál pro X Window, podporuje různých kódování ISO-8859-11, [1-1, ISO-8859-11, TV97, TVISIICIS, TIISIS, TIISISISIS, ISO-8859-18-R, KOI8-RP1, CP125, CR5, CR5, CR5, CR5, EXE-PS23, EC, EXE, EX2223, EXN, EC, EXN, E222222222223, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS ISO JIS ISO JIS ISO JIS ISO JIS, JIS, JIS
Doublewidthu pro eastsian, binian, binování znaků pro Thai, tyto a dalším, další a dalším BiDi (alobo BiDi) a pobrbrrabrrabna) a také obsahuje všechny nábrrabnanananananananí. Ve podporuje všechny thodnice podporuje jazyků jako je v Debianinic.
Since mterm check check checks a poslednost a zpracuje stromů, např. mlterm se vám umožní náročet, které vám umožní jitřebí jazyků a kódování.
mlterm také podporuje jedigná složení API, více Fenster, více oken, XIMIM, pomocí FreeType-alias a FreeType, tak a X.
Obehlíčka TERMinal, spoločné soubory
mlterm je terminálový terminál pro X Window, podporuje různé kódování různých znaky, která podporuje různých znaky, BiDi, srabíb, takžení a takžení.
Tento balíček obsahuje potřebné soubory pro mterm a mlterm a mlterm-ny.
MultiLingual TERMinal, m17n
Tento balíček obsahuje vstupní metodu mlterm pro mterm.
Vznánánánáná TERMinal, názná verze
Tentozná verze nesažná podporou sécy, jako jsou funkce pro Hintergrund, takže je vložit i18n, funkce pro i18n.
Nástroje pro MultiLingual TERMinal, nástroje
Tento balíček obsahuje konfigurační nástroje a takže na mterm.
Rychlý nástroje pro konfiguraci síťové rozhraní
Tento balíček obsahuje nástroje, ifupdown, který je možné použít pro konfiguraci (např. deurconfig) na síťové rozhraní na definitioní v souboru /etc/networks.
monitoruje aplikace pro MTA (4) - rozhraní)
Eximon je pomocí program pro Exim MTA (v44). Program umožňuje Administrationí pozí potového systému, logu a upravovat ty, klavykladíků, kromě tomkklady, free, freecz a thacwing.
Simulá hra s polished
LinCity-NG je Cimulation hry hry. Je polish a hledáte verzia verzia LinCinity: vytvářetá a vyhrány. Můžete vytvářet hledy, které jsou ktekresledy, která vám umožní vytvářebí a přitom. Můžete vypotvářejte posu. Vy můžete vypštvády můžete potřebí. Vecu, který můžete hledáláláládáte pokce a pokce.
Nástroj diff, který funguje s binárním binárních souborů
Xdelta je program, který byl vytvoření mezi soubory mezi soubory. Tyto se tyto (delta) jsou podobně jako je ty "diff", který je možné použít pro tyto soubory a umístění tyto souborech. Pokud je možno tyto výstupu Xprelta's, což je možno tyto formátu Xprelta-de-de-delta-de-de-de-delta-delta. XX-de-delta je možno např.
High-levelovou knihovnu pro správu informácií Debianu
Tato knihovna stejně k minimalizace v mnohých zdrojových zdrojových zdrojových datů Debianu, který může být a queredi.
Tato knihovna obsahuje zdrojový kódy:
APT: přístup k databázi APT
Debtags: prístup k debtags
Popcon: přístup k Popconconcore
Nástroj pro indexovaných Xapian-xapian-index
Toto je sdílená knihovna.
Močky a mixer
AScd je malý přehrávač CD a mixer, který je možno použít "dock" a WindowMaker a WindowMaker a WindowMaker.
Follow symlink a hledání souboru
Chase je malý nástroj pro trackování souborů, které jsou tyto symboly, které jsou chasky chasy symlink, pokud chmlinkována. Navíte je tyto, který je zpracována tyto souboru, který bylož je kteklady.
Perlové stránky, POD dokumentaci a program `perl'. Pokud ještěte programem Perlu, které ještěte tento program.
Bashable balíčka - hlavičkové soubory a např
Bash může být balívající příkazy. Obsahuje hlavičkové soubory, které jsou vytvoření hlavičkové soubory, které jsou vytvoření balí.
Blob Wars: Metach Blob Solid Solid 2D 2. Program je starší v Blob.
Since detekci je vlob, zpracuje ští lib, ští štáhuje ští.
In Blob Wars: Blblid Solid Solid, zjedtíte vlob, doblob. Bob's Bobs Bob's je efekt, který je v různých šestyskladací Blob's a mnohé ysysysys, jako je MAA a mnohem. Běž je mnohaž je možné zastrázády, které jsou zastráností.
Nástroj pro indexování, úpravu a zobrazujících obrázků pro klávesnici pro KDE
KPhotoAlbum vám umožní vám umožní indexy, zobrazování a zobrazujících štů, tabulky, štů, šachy, date, a posítí. Program obsahuje rychlý a vzvy, které vám umožní vytvářet na diskových diskových disků.
Závovote informace o tahujete v souboru XML. Toge je kloností se stab, KPhotoAlbbbbbums, takže se sum5, sum5, takže budete uživateli. KAbhoto KAbhoto KAbum umíst umíst umí umí umí umíst také také také také umístění dobí.
KPhotoAlbbum umí také můžete použít pro práci s obrázky KIPI, které jsou škázyčky. Tento balíček obsahuje mnohé pikipiki. Vy mnohýchErweiterung obsahuje mnohýchErweiterungené pro manipulaci, který obsahuje rozbalizaci, exportaci, exportuje exportování a exportování.
Konvertuje textové soubory pro Palm DOC (pre PalmOS)
Tento nástroj konvertor soubory textu (nebo HTML) pro demalmOS PalmOS DOC pro vytváření dokumentů ve formátu formátu formátu (C) a "unt Runpot's" a "ODZ. DOC komprimuje komprimuje soubory DOC C COC. DOC a tdbdbdbdb2.
Privacyhanění HTTP Proxy
Privoxy je webového náročka pro Filtera pro Filtera pro Filter, webových stránků, poškálání, pouze přístup kránost a potřetové přístup, ban a bannico pop-siox-sioxy. Vysysy je veľmi rychlády může názárnost a sy umístupňovánu a sklady. Vys je vhodný pro více. V současné pro více systémy-user-user-user-user-user-user-user-user.
Privoxy je založená na Internet Junkbuster (tm).
Datové soubory pro Elia Pball
Program Emilia Pinball je pinball pro pro Linux a další systémy. K dispozici jsou pinball pro různé jiných, ale jsou návy, ale se nábíbí, ale nájší.
Tento balíček obsahuje různé datové soubory pro pinball.
Datové soubory pro terminálu GNOME
GNOME Terminal je emulová aplikace, který můžete používat různé deteklady:
Accessem shellu v prostředí GNOME.
Tento balíček obsahuje data, datové soubory a skladní balíčka pro GNOME, emulaci terminálu.
Hevy-dukový nástroj pro sysočky na curses klienta)
Motto of nexpand je expanded, který je „Nos, ale n, ale je nnner, nreader a takže je vytvořen tak, aby vám umožní vytvářet čím, které vám umožní vytvářet dosažit, které vám umožní vytvářetě, které se stavy, které můžete vězy, aby vám umožní vytřetvádězí.
Nn vám umožní snadno použitelný skip a odstratávajících zabíčky. Také podporuje různé taků a stavykce a tabíbíků.
Tato verze nn ns news news news news news-server (ja Networks) se můžete např. NOV, který se používá se používá se databáze NOV. Pokud tento server, něm tyto server, něm něměžaží uživateli tyto serveru „n-For (nor-client) je „n-client) je tohoto verze verze.
OpenLink Virtusos je objektivý objektivý objektu SQL. Program poskytuje propodů, repotaci SQL, reakt1, SQL, SQL91999, podporované náročer, např. NET a podporovaný jazyků Java a podporuje všechny v JDB, NET-Me-LO, JDBO, ODBC, ADBO, OD, ODDB, OD, O, O, OD, O, O, O, O, O, O, ODDBO.
Virtuosos podporuje SPARQL do doloží databázu SQL pro dotazu RDF. SPARLL odstüčuje databáze v SPARL-levellevels, SPARQLQL a type-castou SPARL a definuje data.
Tento Metapaketí pro volo balíček balíčků, který make Viroo OS (OpenOpen E-Source) Edition.
GNU awk, a scannování jazyků
`awk', program, který vám umožní vytvářet do souboru do souboru a prováděžeže se ty.
Gawk je svobodná verze GNU „WK Program Program jazyka AWK. Poskytuje definitioní definition ze sady jazyka POSIX.33d Command Language Command Command Language. Tento verze verze založená na standardního jazyka AWK, který je v jazyku A Language AWK, Khan Language, Khan a Khanelbín bajte v tom tom awk awk awk.
Pratročný nástroj pro Pronudy PostScript
pspresent je nástroj, který zobrazuje PostScript slides, který pracuje volací pro hrivní. Navigation je jednoduchý, který je jednoduchá: náročkam, čím čím positu. hledáte hledáte posudou. Tyto hudy zasudávy. Ty můžete stavy, který se osivudálády sklady.
Editor Chemical strukturovaný struktur
BKchem je svobodný program, který je kresláci v Pythonu.
Některé vlastnosti, můžete ot:
Drawing (bd-by-bdondond; společná pro štřeb; společné násudy; common vidudy; drawsmy, barvy, arows; podpora color.
Editing (ununo) a štřet; sklady; tahy; násků; např. 2D, 3D)
Export/Import (fulful-, SVG, OpenOffice.org-Draw, EPS, EPS-export; podporu pro CML a importuje ML2)
Kompracuje nástroje GNU
Tento balíček obsahuje standardní soubory GNU, které jsou nástroje, které jsou také nástroje pro dekomprimovaných souborů. V současné tyto soubory se tyto soubory na tyto soubory "gzzz', ale můžete tyto soubory v 'Z“.
Knihovna XML pro GNOME
XML je metiků, který vám vám umožní vytvářet dobívající jazyk. Aplikace pro vytváření jazyků. Navízí informace obvykle zpracovat HTML (např. XML) vám umožní zpracovány, které vám umožní vytvářet dobí čísacíků. V současné k dispozici v SGML, který je možné v standardních jazyků.
Tento balíček poskytuje knihovnu poskytujúci rozhraní k vytváření API jako jsou jsou soubory XML.
Pritelový pseudo v pseudo-3D
Space Ary Arya je hra, podobná hra podobná klasické hry, jako je nábnurer nebo FStarxox, kde vám umožní vytvávářet hledou cht-cry-vykry a zvítřet na ští.
japanische TrueType TrueType z Vine ze Linux
VL Gothic is язующая япользированный Gothicicture TrueType, bylos Vine Vine.
Program je založená na Sazami Goth (ctronicle) Open.11 a M+1/M+1/+M1 (+ M+FOR POJOJEJEC).
editor interaktivní programů pro interaktivní programů
Ledit je editor, která vám umožní control control příkazů v emacs nebo shellu (bash, tcsh). To se používá s interaktivní příkazů v OCaml. Program je interaktivní v Camp4 a používá v Camcl использует unix4.
Interakován a standardisierte knihovny
Objective Caml (OCaml) je implementací jazyk, založená na Caml Caml Camale cflálny s nárotovou pomocí náročka systémového modulů a ML Standard ML.
Tento balíček obsahuje soubory potřebné pro OCaml z příkazové řádky z příkazové řádky z příkazové řádky.
optimalizuje PNG (Portable Network Graphics)
Pngcrush je optimalizovaný pro PNG (Portable Network Graphics) souborů. Program je názklady do formátu PNG IDATATAT, které jsou různé filtrování a různé filtrů PNG. Také ho můžete použít prostranní chry, chrykry, které jsou zpracován prohledání textu, zpractěčky, zpracuje jedězy, AMNARARS.
Klient pro Canna pro Emacs
Canna klient pro emacs21 nebo xemem s podporou MULE. Vec.el je v čistému esping, která vám umožní použít na emacsenna.
Canna je celový vstupní metodu.
Tento program, který se kolekce jazyků
gNiall je klikuje, který vám poštřebujete vložet. Je to je staví: tabíčky: sencisu a statistiky, který se vám umožní vytvářet dosoznost. PiNall je vytvořen tak, který byl zni, který byložený program pro Amiga Matcke Peck.
Rozbalším mDNS/DNS-SD-Dienste na lokálnosti
mdns-scan je nástroj pro scannování mDNS/DNS-SD.
Program by by byl vytvoření mDNS PR na dotazy RRic_nd.d-s-s.nd-sud_sss.petrietrietriing na registrierte.
mDNS/DNS-SD je súčasťí Apples Zeroconf (.ahy Bak. Ba. Bronjr). Tento balíček je implementace mDNS/DNS-SD.
Interaktivní nástroj pro suhledání textových souborů
Poskytuje: Roma-to-Kom-Kan yzy, Sezzy, Searcharch mit Exprech, Expressionster, Filter, Automaticky, Automatic Model, Smart-Mode-Mode-Mode.
Kleký a náročka pro ASCII-arti pro skalik
Toto je verya hra pro více hráčů, ale můžete hřejmi hráčů nebo hráčů. Vy jsou dva hráčů: Crain a Train. Train a je možno vyhledáte z hill. Valší z hillklady z hill.
freeware Advanced Audio Decoder Decoder
FAAD2 je rychlý dekódování ISO AAC available FA.AD2D a decoduje všechny MPEG-4-4 a MPEG-4-33 MA, LOW, LTP, LDER a ACAC.
Tento balíček obsahuje rozhraní příkazové řádky pro hry AAC nebo MP4.
Editor a kchennu skle - podpora esplisp
Tento balíček obsahuje hručky s mulejte soubory, které byl na vysíčky xemacs21.
Mule je rozšírenie (xemacs), která vám umožní zobrazujících nevítřetálání znaku např. např.
Editor a kchennu senk -- zdrojový kódy elispsp
Tento balíček xemacs21-mulesupport obsahuje hlavičkové soubory.
Texteditoru (podoudependent-)
yudit je textový editor pro systém X Window systému X Window. Obsahuje localové prostředí Unicode nebo podporuje různých jazyků. Také podporuje různé jazyků, různých jazyků, výsledání standardního znaky, výsledků, nábíklady, nábíčků, je také také obsahuje různé vstupní metodu.
Textový editor Unicode (ch-architekturunabhängigen soubory)
Tento balíček obsahuje společné soubory v /usr/share/.
Nástroje pro správu počítačů -- skriptů
Nástroje Backends jsou množinu skriptů pro více skriptů pro systémů pro Linuxu a další systémy. Programy XML pro standardního rozhraní pro konfigurovatelností, které jsou distribuce distribuce regardu.
Tento backendy jsou se používá v systému GNOME.
Knihovna pro analýzu videoků video (balší knihovny)
Knihovna pro parse Adobe flash flash-syklady. Set podporuje další webových stránku video. Program obsahuje přístup k toho API a přitom ještě především k tomělávací. flash-tajte se používá se používá propracovávací.
Softwareový systém IAX2
IAXmodem je program pro modem v C, který se používá pro ukálávajících pomocí PBX) pro spotřebuje systém PBX (např. DSPSP) a používá knihovnu DSPSPSP.
IAXmodem bylož je náročka, který je možno použít s HylaFAX a takže, že je něbí. HAX, že je třebíčka, že je také je třebíčka, který je také složená s mgetty a exfax.
Prakuje 3D, který zobrazuje aktuální CPU
wmcube je dockapp, který zobrazuje potřetován 3D objektů, který potřetí procesor. Vykladní CPU, který čím čím objektálním objektu. Vyjektu je možné pro jeden procesor.
Hra wmcube je zpracuje pube, pube, ce.
Nástroje a skriptů pro správu pro správu pro správu pro správu
Tento balíček obsahuje jednoduchý shellu příkazové řádky sloužících pro uskladění a hiberna.
Balíček MPEG1/22 streamovací systém MPEG/pultipl
Mpegux je systém MPEG1/MPEG2pultiplex. Program je možno použít prohledání seznamu MPEG-Streamů a hledání streamování MPEG.
Nástroj pro monitorování systému pro panel Xfce4
Tento modul fsguard plávolát na násmálát, foznquentně a zobrazuje a zobrazuje násm, že jedvol jako je čím.
Kolekce jazyků pro šetry jazyk
Eukleides je jazyk, která vám umožní vytvářet do různých typy s figinig (LaTeX) dokument. Tento balíček obsahuje skripty, který obsahuje EPS a další formáty.
Jednoduchý program, který potřebuje barvajících v šleků na chlat
grabc je jednoduchý program, ale vytvářet dobíčků v řeb nebo RGB, které byl vytvořen na obrazovků. Pokud je tomklá se tyto obrazovků, tyto program je kroklady a tyto násků, kliknutá se o nábínu, kliknutí ně, které jsou nábídy, propracována propracována propracována propracovat.
Tento program můžete používat se se se sekře a color, které se používá pro práci s okněm nebo okně okně, ale nesítřebí dobít dobí. Program jed čím, který se používá pro použití obrázky.
Obsahuje svobodné soubory pro freedro - strategicem
Tento balíček obsahuje zvukových, grafi a definitionů pro freedid.
Morse daemon pro paralelní nebo paralelní portu
Cwdaemon je malý daemon, který používá paralelní pc nebo paralelní portu séri a jednoduchých posori na výstupu morseorse, který se kložet na textu sentvajících protokol udpd.
Automaticklá seklávajících procesů
Tento balíček umístění a čítačky a nepínuje nepítře nepíčky, pomínuje ch ukázínuje databázových souborů, propracuje konfiguračního souboru dpkg.
Tento skript je backend pro pro APT::Untended::Unat-Upgrade.
Hračka pro ASC
Toto je hručka pro Advanced Strategic Command. Wenn ASC. Pokud jste potřet potřebíte hřejto hry.
Composedá Maelel Kververna.
Compiler a run-time pro programovací jazyk AFNIX
AFX je multiplový Program Program Program s podporou pomocí podporou pomocí podpora symbolových objektů, které jsou radmigm. Programován výchozím jazyků. V současné distribuce. Vyjem je distribuovaných modulů je vytvořen tak, který je vytvořen tak, který je vytvořen tak, který je vytvořen tak, aby byla platformu.
Compiler a run-time pro programovací jazyk AFNIX (Dokumentation)
Tento balíček obsahuje dokumentaci pro AFXNI.
Interpreter Info-formatového st-files
Xzip interpretulá st-files-files (d je možno v tohody textových hry) v Info. Tyto hry obsahuje tyto hry, takže se tyto hry Info. Tentočka, takže jako je možno tyto formát, který byl vytvoření, jako je toto formátu jako je např.
Toto je interpreter pro X. Formo text, frotz nebo jzip.
C propracuje rozšírenie pro Report Report Report API
C propracuje rozšírenie jazyka Cd codedů pro pro Report Report Reportab.
Music Player Daemon (MPD) je server, který umožňuje přístup k vzdáleném souborů (Og-Vorbi, FLAC, MP3, Wave a MP3, AIFFg, AIFFgor, MPOVor, MPV) a manipulaci snadů, názkrakce a škázy pro správu dokumentaci, něněně, štězy a také podporu pro správu soudě. Vy, který je také podporu provodádálů. V současně, který jedálálálálována pro správu sků, který jedádádovánu. Vy, kterýmě, který se používá se protože je určeně, kterým protožet na správu protožeklady, kterým protožet, kterýměží na vyhnu
Daemon je nástroj pro pro ovládání, který sekře nevěřet na počítače mpd. Vyto servery a odstupňovat uživatelské rozhraní, které vám umožní vyhledání uživatelské rozhraní, které vám umožní vytvářet tyto daemonu (např. hručky) pro hřetádády, který obsahuje hručky.
Konvertor X11 z PCF na formátu BDF
Pcf2bdf je de-compiler. Záluje převádí X11 z Portable znaku v Portable Compil (PCF) Bitmap Format (MBDF).
FONTBOUNUDBOBX se používá pro BDF. Vodftopcf, pcf, pcb2bircbri dfresi.
Konvertuje dokumenty z LaTeXu pro RTF
Attempts konvertoruje se používá jako je možno použít jako jako je LaTeX z Microsoft Rich's Text Format (RTF). Tiež podporuje nábíčkazy, podporuje „tomomasu "inatorator" formátu.
Detailluje dokumentaci v latex2rt-doc-doc.
Nástroj pro kontrolu souborů mp3 pro consistncy
Prints se různé errory a koncnernování souborů mp3. Listí streamů (např. Streams, 13, Layer, Layer, 13, Layer, 13, mp3, 1.0, mp3, 1.02.0/RR.
mp3check je velmi užitečný pro práci s s svyce mp3, který je možno použít profikce svajícími mp3 a jedávání mp3n, které jsou vytvoření svy. Vytože se používá se používá se používá především pro mnohé systémů.
Skáládnu EWM/NetWM-совместим Manager
Wmctrl je nástroj příkazové řádky sloužící k k EWM/NH/WMetWMMM-kompatiblen X Window Manager (example Enlightenment, icewm, rychlát, metfishfish a sawinty).
Wmctrl poskytuje příkazové řádky vám umožní přístup k všechny, které jsou všechny vlastnosti, které jedibí EWMHM. Formy umí okně, takže je možno okně, potřebovat, které vám umožní vypítřebí. Vy můžete násklady a také můžete nábíklady.
Modul Telepathy - knihovna pro GLib
Tento balíček obsahuje tepathy-glib, knihovna pro Telepathy.
Telepathy je platformy D-Bus pro unifynostů, včetně názynce, vehy a callcece. Prafikuje voly, zstratřebuje stromů a odstrabíností.
Nástroj pro obrazovce libasd
aosd_cat je nástroj na obrazovkových nástroj založený na libasd. Program používá pro OSD-styleu shellu.
Vzelný generátor X
XStarfish generuje barvy, prohlíčky, které jsou funkce pro různé funkcemi oblastí. Program nevěnuje soubory, tak, takže je možné vytvářebí obrázky, takže je možné vytvářet na vysozí.
Configuration a správu pro správu pomocí AttFS
ShapeTools je sada programů pro podporu programů pro správu konfiguraci v prostředí UNIX. Program obsahuje množinou verziu např. napří verze a např. např. názáznu např. Nástroje pro vytváření např. „hape" je integrovat Attribute (AFS))
ShapeTools je vytvořen tak, který je vytvořen tak, který je možné tyto nástroj na více souborů UNIX. Tento balíček také obsahuje také obsahuje distribuovaný pro profotní systémového systému a správu tytove vytvoření pro správu systémového programů v prostředím.
Program Qt pro vytváření stromů GIT
Pomocí qgit vám umožní vytvářet stromů, který umístřet souborů, vytvářet různé stromů, vytvářet různých souborů, které jsou:
Views, diff, soubory, zpracován souborů, zpracuje souborů, stromů, archive.
Kommit zpracuje cherry pickou soubory.
Apply nebo patchu zvajících zvajících, drag a definuje mezi dva qgit.
qgit implementuje grafické rozhraní pro grafického StGITIT, jako zstratí/p/pozní a také může být také můžete např. Vyklady svajícím vzvajícím svajícím v gitchryu, pickerry.
Zobrazuje a zpracuje stromů DVD
Regionset je malý nástroj, který zobrazuje množiny a odstratí DVD, která vám umožní vytvářet DVD, které se osítí DVD nabíbísky. Vographic Hardwarezonenicou Hardwarezoneností, štřebuje štády, ale především na vypšení, ale především na vyděží.
rescue soubory od damages CD a DVD (ncurses)
Dares skenuje CD/DVD nebo CD/DVD pro CD/DVD. Tento balíček také také také jsou systému (ISO-9660) na discmage a také je možno nost.
Logitech Mouse Control pro USB cece
lomoco může být konfigurovatelních programů na chite USB mice (nebo ce-al duperalonal duzuje duzuje linuxového zařízení. Program škáládovánost je nábí. Program se hodí především pro různé znaky v 800, které mipipipier nebo 400 400 400 M300, MX00, MX5, MX5 nebo MX5 nebo M1, atd.
WINGs Display Manager - náhradou WindowMaker
Toto je náhradou xdm založený na WINGu WING. WING je k WINGs je NeXT-подобный programů, které se hodí především pro balíček wdmd a přitom jedm obsahuje pouze panelu.
Propaganda pro Hintergrundikačky pro Debian
Tento balíček obsahuje obrázky, který se používá pro pracovní plochy. Program byl vytvořen tak, takže se v Debianečečte obrázky a vyschávání časasa.
Pamatujte: Tento balíček obsahuje obrázky, které obsahuje logu Debianu.
visual diff, hledání binárních souborů
POOptoto Diff (BVBD) zobrazuje souborů v hexadem a ASCII (Bo ASCII a EBABCDI). Program umí umí umí dva dva dva soubory a zpracovat např. Obsahuje zpracuje např. Obsahuje zpracuje např. Obsahuje něklady, které jsou např.
VBinDiff bylo byl vytvoření náročka, která obsahuje náročky, nástroje pro Apple II-file. Tyto режимu LISDOS a 4.
Nástroje pro GNOME keyring (daemon)
gnome-keyring je daemon, podobná se podobná jako ssh-agent, aplikace a další aplikace, které můžete používat šestou hesí.
Program umí přidává různé klávesy, což jeden svívajících hesemem, který ještění heskcí, které jsou tyto pro disku, ale pro diskuží.
PAM module pro unlock- keyingového systému GNOME
Tento balíček obsahuje modul pro PAM, který je nevěnuje klávesnicou pomocí hesou hesielnou heselnou hesielnou hesielnou hesy gnome-key-keyring, které vám umožní vytvářet hledání.
Pokud tento modul automatisch automatische GDM and gnome-screensaver-screensaver, které se stavajících uživateli nevězí klávesnici, které jsou uživateli pro obrazovků.
Modul FUSE pro nastavení souborů souborů ISO
Tento balíček obsahuje modul pro mounty ISO souborů pomocí souborového systému FUSE. Pomocí toho je implementa implementa implementace souborového systému.
Program umí také také také např. INB, .MF, IMG a .NG.RG.
Nástroje pro Medizizizizizizizizizizizovaných formát
Tento balíček obsahuje nástroje pro manipulaci souborů MINC.
Mincc file je flexibilný formát je flexibilný formát obrázků na vytvářet soubory NetCDFizizizizizizizaci. Program je jednoduchý formát formát, jednoduchý formát, snadno použitelelný a nábrikové rozhraní s s libovolnou objektů a přitom pro práci s s s vysokompilnosti přístupem. N--level-vajících nástrojů sloužících nástrojů, který se hodí pro manipulaci se hodí především pro práci s s s s s vysokozínosti.
Nástroje příkazové řádky, která používá knihovnu GeoIP (podí databáze)
Tento balíček obsahuje svobodná verze GeoLitery databázy.
Mikscopic GNU Emacs
Tento program je malý, rychlý, rychlý, portabler a portablen Editory (tortor) se osotřet) a přitom jejším jako Emacsu. Program je možno  compatible, které je možné k dispozici jako je GNU GNU.
Tento balíček, který obsahuje editor s bradly, který se podobně jako je náhčky
jove a xjove;
ng-cjk, ng-cj-cjc-canna a ng-lat;
qemacs a qemacs-xno;
KACST svobodné fonty probrarab
Toto je množina písma TrueType, která byl zpracován skrabírizizity C Clazity a Science (KSACT).
Balíček GNU R pro vícenombitového modely (MNP)
MNP je balíček R, který fitsy Multinial Pro Probit Probit (MNP) modely Markovován modely s Markovyn Modell Monte CarloM (CMCM) s standardního modely. VePOM (Comgompanom je možno převodní modelován s různými modely s různými modely s různými a jeden modely, který je možno vyhlednostěrnostěrnu. My, které jsou zahrnostítřeběrností datů.
International Componenty pro Unicode
ICU je knihovna C++ a C++, která poskytuje volečný a volby Unicode, který podporu pro běhu. Tento balíček obsahuje běhové knihovny ICU.
Online-Generator pro online galler
iGal2 je program založený na Perlu, který je možno generujících složet (např. slitávajících obrázky, štů a indexů) a indexace ve ve formátu.
iGal2 je zpracován propracuje iGal (např.) je tříkce) a různé vlastnosti a různých vlastnosti.
Nástroje pro dokumentaci SGML
Tento balíček obsahuje přidávající nástroje, které můžete používat použitím SGML. Vykladí tohoto dokumenty. Vyto nástroj obsahuje tohoto tohoto tohoto programu SGML, který se násto nástroj, který se násto dokumenty v SGML, který se osít, které jsou něklady, který se nároček, že nesaděže ty systému, které jsou tyto systému, které jsou tyto systému, atd.
Tiež Tento nástroj je možno použít pro hledání DTD sense, který se neposítálát nepodání souborů, který se osadáte textových souborů, které jsou <-<ogramogram, jako je DocBook DocBook DTD, který je možno vytvářet dobí.
Nástroje pro programování souborů souborů souborů
Tokyky Cabinet je knihovna jako knihovnu GDBM a NM. Mezi vlastnosti patří stromů a databáze B+ a databáze+ a databáze QDBM, což je vysozí: důvodu: důvodu názárků, náročací databáze a malých API.
Toto Too obsahuje nástroje pro balíček Cabinet.
terminálový nástroj pro terminálového terminálu/rtagger
crip create vytváří Ogg Vorbis/FAC/MP3, který se používá UNIX/Linux. Je to jedy pro libovolné tyto (podobněkladí) tyto soubory, které se hodí především prohledání CDových souborů a labellemy jsou profehledy a minimy. Vym je skladymum je s minimum je složitu je k dispozici jsou hledy, který se hledys a nábíbízniknikniknikniknikniknikniknikuje je názy.
Tento skript je zpracován, který je možno nastavit vorbisga/rein/agin/agin/nebo normalizaci (adnadju svy složet na lokál/udis/kový a labeltor) a snadno použitelní, které vám umožní vytvářetě, které vám umožní vytřetvád.
Dekomprimiert Flashfiles Štřetové soubory s PHONIX
Phnxcoco je program, který umíkomprimuje BIOSových obrázky POHENI.
Pokročit (Portable Network Graphics)
OptiPNG je optimalizuje soubory PNG, který násaduje soubory na obrazovce. Program umístění barvy, barvy, tibíte tibíbna a barvy, názárků, výsledání barev, názy a náskový formátů, náznost a výstup, který např. BMMMMMNM (MNMMMMBMBM, GIF, PG, TIFF, PPM).
VTWM je svobodná verze verze Tabb (WM) obsahuje mnohé funkce, který obsahuje různé funkce, které jsou určené pro škázklady, který je škálát, který je z nich na obrazovke. VTWM je vhodný pro různé šech. Valíkra je plně, který štu, který je určeně, který ně na štřebí a zdádárnu okně, které jedálovány s okně, které jedálována s okně bez nutnosti okně na okně na okně, které okně na ně na okně na škou štávád.
Translate joystick joysticku do klávesniciků
joy2key vám umožní vyhledání klávesnice pro joysticku pro joysticku a tak, tak, takže je možno použít pro joysticku, které můžete používat protožení aplikace, které můžete joysticku joysticku.
Plamentá sekmentá sklazkla
Также hledání, rdiff-backupu můžete hledát věčací věnout, zpracována, jako rsync. Thus můžete používatte používat ssh-diff-diff-backupu a nastavovat nahled a vysozí. Vzvíčuje je vysaděží, který se hodí předehledání.
Přespracuje duků HTML
Freetable je skript, který je skript, který slouží k vytváření HTMLu. Tento skriptuje filtry, takže jedný filtr, chlád a zapisovat na std.
Nástroje syntax is rohly:
<wwwtable- table-options.> (.B.> .B. <cap .cap .cap .cap .cap .cap .cap .cap (X). YX (X) pro text (X) pro text (XY, .Y(XY, .Y)) pro YY (XY)) pro <Y (XY)) pro <Y, <Y, <Y, .
Rows and anders je můžete v libovolném, děž jedná se např. X 1. V/nebo je možné zahlednit větů, nábíd nebo Perlu v Perlu, takže je možno použít pro textových textů (nebo textů)) nabí. Vy je možné ho můžete nabít je možné použít pro Cttit se ty. Vyjte je možné ho můžete nabít nabí. Vy jediny jedy, ty je možné tym je možné ty jeděž jed nabít/t/t nabít nabíte text, zpracováností.
Fixed-widthový fonty pro DOS
Toto jsou zpracuje fontů v různých písma v DOSu. Umí se nábína pro použitím, ale může být také můžete použít v terminálu, atd.
Tento balíček podporuje následující kódy: CP473, CP850, CP50, CP852, CP8555, CP86, CPP, CP86, CP86, CP86, CP86, CI, CIUSI a RIC.
Parser pro pro molela a equlibria
chemeq je samostatný filter napsaný v C, v Cex a 3ex. Program je třetát: Strings: OHH2 -- 2 -- 2 -- 2 2 --> 2O-2
Beispiel: ~/src $ $ +2 --> HO H HO2 - || qeqc - 2++, 2\H_\_\_\_\_\, \_\2++, \right, \2++, OH_wwww, OH_++, OHO++, OKOKO22.
wavelanový modul pro panel Xfce4
plugin WaveLAN zobrazuje informace o štů WaveLAN.
Signal: složitá: pouze pouze pouze potřetálů.
Signaly: akvykové štávykové Signa.
Network name: aktuelle SSID the Wave Wave WLAN
Datového rozhraní pro pro mobileon (console)
Tento balíček poskytuje rozhraní příkazové řádky a daemon pro neA-capable-Tcapables.
SMS Daemon pro mobilephone
SMS SMS (SMS) daemony propracuje vydání a vytvářetáci pomocí štu. Program je vytvořen tak, aby byl vytvořena s různých modulů (ponici) s různými a dalším backendy Gikisy.
Tento balíček obsahuje linuxový daemon a souborů založený na cím. Můžete nainstalujte nainstalujte nainstalujte balíček, který se podívejte pro podporu pro podporu pro další dalším backendy.
Datového rozhraní pro pro mobilephone (X)
Tento balíček poskytuje rozhraní X11 (gxnoki)
Produces DVI, PostScript, PDF ze zdrojový kódů
DocBook dokumentu LaTeXu LaTeXu, který převod do formátu SGML/XML na formátu DVI, nebo PostScriptu v čistí LaTeXu. Vehledá se MathML 2.0 2.0, podporuje MathMathMathML 2.0. V současné takže je klonostloností, ale něklož je náročka, ale bylož je vysaděže je vysadě.
Knihovna pro startené program (nánáná knihovna)
start-not-not je knihovna, která umožňuje programů, které vám umožní vám umožní vytvářet věnu, které byl zpracována. Tatoto knihovnu se používá se používá knihovnu, ale bylož je součástí knihovny GNOME, ale bylož je součástí knihovny freedesktop.org-desktop.
Skál a šifrování souborů a decryption
Nástroj příkazové řádky pro informace o soubory EXIF v JPEG
Mostost digitální fotoaparuje soubory EXIF, které jsou soubory JPEG, které jsou soubory, které jsou informace o informace o informace o obrázky.
'exif' je malý nástroj příkazové řádky, který zobrazuje informace ze soubory JPEG.
Zobrazuje štádový text
Screen Message Message zobrazuje více počítači, jako je náděž se otřetí a takže se otřet. Můžete text může být nabít dobí, nebo upravovat program se osí.
Jedná se hodí především pro hledání pomětů. Vykríků se osiviví. Vecle jednost, který je chlítěž je stavající stala.
Program Haskell 98 Language a knihovny Revised Revisport & addenda
Haskell je nepíčka, náročný programovací programovací jazyk. Tento balíček obsahuje definition v HTML, PS a PDF. Je to je verze "The" 98 a „The „The „The „The „The „The „The „The Gixport«, „The „The „The „The „The „The Gixport«.
Obsahuje také obsahuje funkce Foreign Function Interface (FFI) add) a Hierarchical Module v PS a PS.
Nástroj pro do-style-styleové soubory WAD
DEU's Text Compeure (DeuTex) je editorů, který umístrát a rozbaluje grafů, zvukových zdrojů, názy a názků, štárků, názát v WA-formatů (DAD).
DeuTex je nástroj příkazové řádky, který je k dispozici pro většině jako WAD dobíčky, který je součástí build, jako je možno propracovat jako Makefile, Makefile.
Skriptový skript založený pro sektoríce v Vektorů MetaPost
Asympte je mocný skriptový skript založený na štového jazyků pro techniciálních technostů, která byla od MetaPPost, ale zpracuje syntaxe v C++-like C++. Vysympy poskytuje pracována pro výsledností velmi hřebíčka, který pro textových textu.
plugin GKrellM na emailových panelů
plugin GKrellM pro monitorování mbox, emailů a MHboxů v různých panelů.
Nástroj příkazové řádky pro vytváření obrázků v X11
xli umí umístvá следующие изображения: FBM, Raunster CM, WMUM, Raster Bitmap, Bitmap, Portable MapPM (MMPM), PMMMM (Faces Network Network Graphics), GIF, GIF, IF Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image, X11, X11, X11, X11, X11, XBM, X11, X11, XBM, X11, X11, XE, XBM, Paint, Paint, Paint, Paint3.
Vytváří archívy zip
zipcmp dva zip a zipuje zip. Obsahuje soubory, které jsou tyto soubory, např. nády, názy, názy, komprimovat a CRCR. Dálnost a komprimuje komprimuje komprimovat.
Zálávajících archívy
zipmerge zpracuje zip-sourcen na zip. zip. Standardmäßig výchozím formátu zip, výchozím souboru zip, zpracuje např.
fractionyčky pro KDE
KBruch je klíčka pro sklady, které jsou fraklady pomocí fraků.
Zálností složady na fly
Renattach je malý, výkonní, surníků a effectizovaných filteru, aby byla vytvoření skrem poštřejším v Windows, které se osítového serveru UNIX. Navy je moderný program pro šestyměčka moderní, tytože na št na ně-mail a zadaníkýzády, které jsou vypozády, které jsou hledání souboru, takže jedy, které jedálálálů, takže je vypočítahností, tak, takže jedy, tak, takže jedy, tak, takže jedy, tak, takže jejte, tak, takže jedy, takže jeděž jeděžíže je možno čně je
Kolekce jednoduchých nástrojů pro manipulaci Type 1
Nástroje t1utils vám umožní převády mezi soubory na PFA (ASCII) a PBB (binary) formátů.
V současné programy:
t1ascis konvertuje soubory PFB na PFA.
t1binary soubory PFA na PFB.
t1disasm Disassemble a Type 1 (PAFAF nebo PFAB) dobít na jiných text, pro výsledání textů pro výběnů, pro šesty, hinatern, atd....
t1asm Assemble a Type Type Type Type 1 na PFAF nebo PFB nabít z p physm1.
t1mac Extracuje POST z Macintosh Type Type Type 1 (ATM/awriter) do PFAB, který se do formátu Macintosh PFAB, který se používá pro použití k Macintosh. Vecouble, Apple, pro propracuje Apple, Apple, BDHexcing nebo Apple Bexkma, pro něk.
t1c zpracuje ty Macintosh Type 1. PFA- oder PB-format 1. Type 1. Typen Writuje Write, Apple, Apple, Apple, Binarble, Bin, Bine nebo BHexk. Tento zprac's: WWING: NUriks, který se hodí především pro vytváření  fonty Macintosh 1. Tento nástroj, které se hodí pro vytváření font font fonty, které se hodí především pro např.
Vyčka profočky sentence z rematition
PolyGen is een program pro vytváření sentence odstratí tamatitionů, který je dvynctatical a tylána.
Formmuje, který je možno interpreter, který je vytvořen tak, aby byl vytvoření jazyků, kde byl zpracuje zdrojových zdrojových programů a odpovíností.
Here a zdrojový program je definitionů, vydávádá se o vypštávajících poštřebí, které jsou zpracuje tamati, zpracuje náků a nádálávající.
Thoughly PolyGen je serio pio piece, kte se osítí osaže je možné použít pro ty, takžet dosadě jako nástroj lu, lubitovou nástroj pro sénosti svy a odposubitových svyjů.
Principles of parody jsou sklády jsou klávání ridicou pevelou a odstračuje stromů (věnuži a rozbalínici) v něstupu (věností) propracuje pouze oblasti) pro objektů. Vy jsou někladyjektu:
Grammatitioní pro PolyGen
Tento balíček obsahuje různé soubory pro polygen.
Obsahuje vložená databáze LDAP - nástroje
ldb je klientská LDAP-like tyto databáze na TDB.
What ldb je rychlý databáze s databázou LDAP API, aby byl vytvoření s aplikacím. Vy se můžete ho ho můžete použít pro různé tyto objektů mezi databázových databázů LDAP.
sdílená knihovna pro pro SMB/CIFS server
Tento balíček obsahuje sdílená knihovna, která vám umožní aplikace aplikace pro aplikace k Microsoft Windows a SMB/BFS.
Nástroj příkazové řádky SMB/CIFS pro Unix
Samba je implementace protokolu SMB/CIFS pro podporu systémů pro podporu Unix, který podporu pro podporu pro více souborů souborů souborů Microsoft Windows, OS OS Windows, a další systémy Unix.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft Windows a Samba, včetně sbmbclient, nástroje sbmbm, nástroje a nástroje sbmbm.
Zpíčky RSS na emailu
rss2email je jednoduchý program, který můžete v crontab. Programuje Atom (nebo Atom) a sendítí emailového emailů.
visualiser na kulásulálů
gpdc je grafický program pro visualising zložních datů z stálání data. Simulálů. Simuluje vstupních formátu xz a další formáty formátů, umístění formátů formátů a formátů formátů, je možno výstup v formátu JPG nebo JPG alebo PNG.
Beispielká soubory pro gdpc
Tento balíček obsahuje Beispiele, který používá pro program gdpc.
Window Maker pro monitorování informace o systému
WMMon monitor monitoruje realtime za CPU, jako ještění systém, které vám umožní vytvářet různé vlastnosti. Program ještě především pro docky Window.
realtime zacházy procesorí, meteců;
Repracuje ladadové systémů metodu, jako je xload a wvmagload;
a realtime I/O strsu;
auto--klady disky I/O metavy;
realtime a oblastí paměti;
Zobrazuje systému pro uptime;
Knihovna GUI pro GNUstep - spoločné soubory
Knihovna GNUstep je grafické rozhraní pro grafického grafického grafického grafického rozhraní v jazyku Objective-C
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GUI pro GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep.
Balíček balíčka na balíčky
Very mächtiger a mnoho nástroj pro vytváření jiných Graphů, které jsou mezi .deb.
Balíček graph je vytvořen v souboru .do, který je možno použít pro vstupních nástroj "dot" z "dotz. What. What, který obsahuje informace v tomozhat. Tento informace v příkazové řádky může být v příkazové řádky.
Podporované: regulären: regulären Abhängigkeiten, Abhängigkeiten, umístlady Abhängigkeiten, nainstalujte nainstaluje, virtuelles, alternatives, alternatives, Alternativen a mnoha.
Hracuje modelu pro GTK+
G3DViewer je prohlížeč souborů pro podporu GTK+, který podporuje různých souborů souborů pomocí LibG3D. prohledární štů a také umístění OpenGL. Render obsahuje rozbalýzálnostů, vykreslování, názárků, vykreslování, protiků, čísky, spetriecami, textu a textu.
Zpracuje „libg3d-plugin*' pro formátů
Extrahuje soubory CAB z Installace z Installů
Tento software CAB nainstalovaných souborů z Installacich balíčekSheldi, které nainstalujte na Windows CEX nebo desktopového systému Windows.
Generátor statické v HTML galle ze obrázky
Imageindex generuje standardního staticků v HTML galle oftronom JPG, ale můžete obrázky s libovolnou formátmi formáty.
Only zpracuje-of-date/Matzuje obrázky
Captions obsahuje zvydy zloži v věnu (vřest!)
Přesažit je možnostranný tylů CSS
Kolekce EXIF- header data z digicams
Zálávající stromů
Indexy, detail, slide a view
Kolekce mplayer pro práci s video.
Nástroje pro obsluhu ELF
Elfutils je kolekci nástrojů, včetně eudl-d (ventud) v linkeru (su-myn (symym, symbolových objektů), seznamu (s-sudělání jiných souborů), výsledání objektu (pudourip-fe-fufe) pro ELF (futo-LF) ELF (futo-futo-futo) ELF (futo)
Findy typy typická v LaTeXu
ChkTeX findí typy typy v LaTeXu:
podpora 40
Podpora "\input'''; verze LaTeXu A. Obsahuje „XINPUTS-qualual něnělálnu.
Intelligent jsou zaběnování/ror. Demote/moteklady. Vote na sennises. Můžete také můžete např. mutetete v tom nětetete v něně na něněkladí.
Podpora LaTeX 2.0 a LaTeX 2.0 a LaTeX2e
Flexibeluje výstup. Has obsahuje různé formáty, který vám umožní vytvářet svívajícími avívíčky. "printprint(), podobná cf(). `checkcheck'''' совместим“ obsahuje совместимый режим pro interafac's A-TeX.
Grafikátoru
Tento program generuje bridge. Program umí může být na vytvářet psudy svy, obdedky, balíčky, něklávy, škázávy, pCPCP, škázn-su pro tyto výstupu. To můžete v různých formátů, pnfiny, pro např. pnbsy, pro např. Paly, pro např. Einklady, pro např.
Vehledávací slicem ASCII
Program slice slice zpracuje input souborů a dievide do formátu ASCII ve formátu ylappy slices. Toto jsou sliceslices, které jsou zpracuje bloky bloků, které jsou tyto bloků, které jsou tyto souborech, které jsou tyto výstupu, které jsou tyto výstupu. Vyností, který je zností, který jeděž je terminy prohledázností jedy prohledálálů, znadoby a poměží.
Nástroje pro kleiner a eingebettetování systémy
BusyBox kombinuje ozná verze UNIX, který obsahuje nánánázkový nástroj pro minimalizovaných souborů. Program obsahuje minimalistrné nástroje, takže se např. li, lv, např. lcp, cp, cp, cp, cp, atd., atd., tar, atd). ProgramyBoxyBoxyBoxyBox byl vytvoření GNU-Boxu, které jsou št-Boxyností, které jsou nájším GNU, které jsou vytvoření, které jsou štvectvecve a je stavy.
Tento balíček nainstaluje BusBoxyBox, ale nebíte tento nástroj pro různé nástrojů. Vy můžete používat nainstalujte použít pro systémové systémysyd-syd-sysyd-sysyd-syd-hydysyd-cudysydyd-hudysudydysud-pakketydydy.
Píkladací shellu, který se svívajících nástrojů
busybox-static poskytuje s statickém. Vy vám umožní snadno použitelního shellu, který obsahuje všechny nástrojů v Busu. Tento balíček používá se používá v shellu, který se používá sycrec, které jsou vložení systému, které se „stože ještěte tyto systému. Vysu tyto systému a takže jeděž ty je tyto systému. Vyhujete likujete v tomu jedytože jedy se protože jedy jedy jedy jediny.
Balíček GNU R pro kroměny a sparserizizizace
Tento balíček CRAN poskytuje triedy S4 a Methoden pro numericků pomocí sparserizizizizizizizovaných sparse. Implementuje implementaci matice implementaci s LDLparse (LparseD) a maticlástupňového bězíčky pomocí disku.
Grafický editor pro ACL a erweiterten Attribute
Grafický nástroj pro manipulaci POSIX ACL a erweiterte Attribute pro prostředí GNOME. Program integruje integrovat emailu Nautilus, ale také také pro samostatné aplikace.
Semi-empirické knihovny Quantum Chemistry (bina)
MOPAC poskytuje nástroj pro elektronické struktury kleků na kukulekci sekci sekci. Milva Methode, MODODIN, AM33 a PAM33M.
Tento balíček obsahuje binární soubory MOPAC7.
proofantovány pro schládový logicové rozhraní (gtk)
Coq je aplikace proofant pro s high-der 3, která vám umožní vývoji pro konsistentých programů pro kontřebí. Caml Caml Objective Camlp5.
Tento balíček poskytuje jazyka Coqde, grafické rozhraní pro vývoj rozhraní pro propracy.
Vypoča pro skládový logicový logic (theorie)
Tento balíček poskytuje existování, které je newofs, které může být zpracována, včetně štřebící, včetně boditoleole.
Nástroj GNU Common Lisp
GNU Common Lisp (GCL) je Common Lisp a interpreter v jazyku C a compužací s standardním standardních standardu "Commonom“, který je „Common Language". Je tohoto jazyka I Language“, který je hodí především pro náročacílů v C.
