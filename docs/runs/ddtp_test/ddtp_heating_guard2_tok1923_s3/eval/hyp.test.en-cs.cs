Xastirir je APRS pro APR X. Polyčas je pokročilný systém pro systémů, kde je škázkového systému GPS, ve kterémě případů (zděži) na obrazovku X.
X Window System (XX.Org)
x11-common obsahuje seznamu souborového systému, které jsou výchozím systému X Window System. ji je tento klient klient klienta, kompletní klienta a knihovny, běhového systému X Window System.
Běž terminuje terminovány pro X Window System, včetně „X X11  "X11" a "X11" a "X11", "X X11 a "X11" v X11 X X11. Tatoundální verze verze verze verze Org. Zdinová verze verze verze Org je možno používat v Debian Foundation a také Org.
Vyzkové klienty X - Metapaket
Tento balíček obsahuje různé různé skrementů skládaní klienti, které jsou v X Window X Window.
Tento balíček obsahuje pro transaktionen z elilililililililililili v programem xmerabase a xs-client.
X server X.Org X.Org
Tento metabalíček používateľského komponenty na samostatně jako samostatně X Window System. Program poskytuje rozhraní pro X server, knihovny X server, X servera, set a klientů a klienta X.
Tento metabalíček taltalovány jako je tyto desktopové prostředí pro desktopu, které jsou tento balík je možné vytřetvářet a ukladit.
Program by by by by by měla tento balíček xs-manager, které musssí také nutím.
Nástroje pro X Window System
xutils je sada nástrojů sloužících programů s X Window System. Manyto programy se hodí především pro programy, takže se hodí především takže se hodí především pro X server X.
Vytváří programy pro všechny menu na obrazovce
Vebízkového menu menu v okněm v stačím v stačím v stavajících v prostředím.
Malízkového seznamu seznamu menu, které vám umožní upravovat ze obrazovce akového menu menu, které jsou okně-manager a další vlastnosti.
Menuu-levelování a nastavení konfigurovatelný a konfigurovatní menu prohled akce menu na menu.
Programy a prohlížeč PostScriptu pro X
gv je prohlížeč comfortable prohlížeč souborů PostScript a PostScriptu pro systém X Window System. Je založen založen založená na X. Je založená na klasické na klasickou X Window a ukázkového systému X(1), ghostview.
Zobrazuje informace o systému
HardInfo je malý program, který zobrazuje informace o hardware hardware hardware. V současnosti se ohledá se zpět, PCI, PC, PSAP, USB, USBPer, SIDE a IDE.
Tento balíček obsahuje tento balík balíčků Debianu
debfostost je program pro apt a dpkg. Pokud tento program, což máte tento balík, což tento balíček tento balíček tento balíček.
Program, který máte seznamu seznamu balíčků, které vám umožní vám umožní nastavit všechny seznam balíčků, aby fungovali výchozím systému. Pokud tyto balíčků, aby byste si tento balík je tento balík nepoužažadnujete, pokud tento balík, pokud tento balíček budete tento balíček, pokud tento balíček neuž tento balíček nestalovat a tento balíček.
Tento pomáte vám umožní využahránu out Debian (věž out) spolu s outacím, které jsou jsou nout.
Gracný frontend pro SANE (Scanner Access Now Easy)
xsane je možno použít jako program, který vám umožní vytvářet obrázky obrázky obrázky a GIMP. Naviac je možno nastavit hledáte, xsananane, můžete hledáte hledární formátů a program prohledání toho souboru.
Grafické ažitní daemony Power Interface
Ornnové podpora Advanced Configuration PowerAC a PowerAC (PI) vám umožní vám umožní konfigurovatelný systémů a nastavit nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení.
ACPI je flexibilní, flexibilní daemonu pro práci s tytožeků ACPI. Program se tyto rozhraní pro tytožekového systému (nebo /pipipis/nebo /pipis) a tak, což je možno nastavovat a zjistí programy, takže ho ho ho můžete použít pro nastavení.
Dokumentace Debian Jr.
Obsahuje forkem, které jsou „Quickickickicky Guuide“, který poměli v Debian Jute. Jution v Debian Jution v Debian Jr. Ve je kompletně, aby fungovat zpracována v Jr. K tomu, aby bylá případů a nastavit uživateli.
qtr prohledárků pomocí nác (sbcr/pbz/pbrc)
QComicBook je zápis doplně pomocí jpeg napsa a jpeg/jpeg, který se snažíte číměž např. K tohožíte hledáte a překoností:
QComicBook pro tyto souborů:
cbrr - rychle
cbzzí zip - komprimovaný
cba - akce-compress
cbgg - tarzipped
cbb - tarbzip2
Příkového uspořádání proteinových proteinů
ProDA je systém pro sledování a aklárkcehoho akovéhohohohohohohohohoho šestnákového klávesnu. Givine architektury se Čí architektury děnsínsítěnu. Naděž staví se staví se šečkového vstupu. Pro rozdězkovéhoděnu a dalšíhodí se šeče.
VIke Lake Emacsu - via-likelike
vietí je textový editor, který je kompatibilní s terminem v terminemem `fer'. Kromě toho, mnohozí, mnohací, mnohemě jako je zpracováno, snadno použitelníků, více hlední a hledků.
Tento balíček obsahuje plně-mode. Reuququired jsou podporované soubory v vizuálnímětového kódu v textového kódu Source-filter. Balíček je Source-filter v balíčku xvile-11.
VIke Lake Emacs - podporu vizulex/xle
etřetové soubory pro vizuální editoru xvile.
Správce oken pro nastavení pro KDE
KMyMone je Palonersersch pro KDE Final Manager. Obsahuje podobně jako AMy-Mone-Mone, Quickcate, expressione, expresy, exex, exexpen, explnost a schnůbrování schárů.
Textový klientový klient, náročný, ale náročný náročný náročný, ale náros
Toto je využadá se INEIN na emailovou emailových klientů. Program se zpracována vzí Apache a tře Apache. PINEININE.
Obsahuje funkce funkce pro práci s emailových protokolů, jako TLS a IMAP curses a je curses. Program používá rozhraní pro curses.
Jednoduchý editoru textových šifrování, šifrování, emailový klient
"pipico" je jednoduchý editor, ale snadno použitelný textový editor. Program byl vytvořen tak, pevine, psine, pineine pro emailovou emailu.
Program gainemem, který vám umožní vytvářet, takže se vzt aklárkci, které je možné použít jako je mnoho editoru a mnohem tyto editoru.
Toto je podobně jako velmi jednoduchý editor v GNU Nanono, který je vytvořena pouze picooo.
Jednoduchý prohlížeč souborů z šifrování, šifrování, emailový klient
"pilot" je jednoduchý prohlížeč souborů z šifrovat z šifrování. Program je nynynynynynyny, aby byla být vás (Apis) na obrazovce (směž např. Asměrtextové příkazu a na obrazovce.
Ass je složný program, takže se hodí především prohledávací programů jako chtící program, jako je sidnid.
GTK+ frontend pro rsync
grsync je jednoduchý rozhraní pro GTK2 pro příkaz GTK2 pro příkazovou řádku. Program podporuje v současného riadka nabírků, ale můžete nastavit v současnérů, ale můžete použít pro složírizovaných adresáře.
Jednoduchý jednoduchý klient RFC141 - běhová knihovna
Toto je malý knihovna pro přístupu Identtný server Identt; "ident", umožní vám umožní vzdálené „iden's, aby bylo nepoužadnosti.
/usr/bin/inintridenttest je malý démon (oto) je malý démon zjedno, že byste vám umožní vyžadáte, takže ho ho ho ho ho použít, tak, aby byte ident.
Modul NSS pro databáze pro Berkeley Berkeley Berkeley utiling
nss_db je sada jazyka C, která vám umožní používat Berkeley Berkeley Berkeley Berkeley aliasy, které jsou aliasy, aliasů, aliasů, síťových síťových síťových síť, síť, síť, síť, síťového systému, síťových služby, síťových služby, síťových služby a chá a dalšímě. Navns_dbs_dbs_dbs_dbs_dbs_dbs_dbs_dbs_dbs_dbs_dbs_dbs.
Šifikace a administer a řízení dat
Tento balíček obsahuje passwd, passwd, chsh, chn a mnoha různých datových programy.
Shadowováno, podporuje podporované /usr/share /usr/passwd/passwd/README.
Příkové soubory NextGBrarara - datové soubory
Picard je náhánu skratníkem MusicBrainu.
Tento newt tlačíčem je výsledky, vypotálálátě, jako je opročací, jako je hledářací hledá v např.
X server X.Org -- ovladače Savage
Tento balíček obsahuje ovladač pro S3V3/VI/AVage, Sav/Sav/awisterie.
Tento balíček je sestaven z modulu X.org xf86-video-avagesage.
Hracná hra s Tuxm s Tux
„Tux, Math Math (MathTuxux, je MathMath, Math“) je hraná akrkázkován hry Tux. Komečá se plněkový akrkádníkového systému "Dise, je chárníkového systému. Výž je ch, chž chůž chýběž chů, takže se cht chů.
Hardware konfigurovatelou konfigurovatelou tenc.
GNU readline a čítady a knihovny knihovny
Tato knihovna GNU readline se čístupního uživatelské rozhraní, které se hodí především pro příkazovou řádku, které se hodí především pro příkazovou řádku příkazové řádky.
Knihovna GNU Tato knihovna poskytuje uživatelské rozhraní pro správu rectřetěnost oblasti na obrazovce.
GNU readline a společné knihovny, společné knihovny
GnuPG pomocí náhrázkového okna
Tento projekt Debian je využadáři systému Resese. Tento balíček obsahuje vzkové soubory, které se používá pro tytožet na klávesnici.
Datakové soubory pro GIMP
Tento balíček obsahuje hlavičkové soubory, které jsou všechny snímky snímnímky a snímnímku.
Dokumentace pro GIMPu (Cze)
Tento balíček obsahuje dokumentaci pro úpravy GIMP, aby byl vytvoření v jazyku GIMP nebo v webu.
Tento balíček obsahuje dokumentace v GIMPu.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace v GIMP.
Dokumentace pro GIMP
Tento balíček obsahuje dokumentaci pro Engličtina v GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci pro špatistalace v GIMP.
Dokumentace pro GIMPu (French)
Tento balíček obsahuje dokumentace pro franzranzštiny v GIMP.
Dokumentace pro GIMPu pro GIMP (II)
Tento balíček obsahuje dokumentace v GIMPu v GIMPu.
Dokumentace pro GIMPu (DD)
Tento balíček obsahuje dokumentace v GIMPu v Dutututch.
Dokumentace pro GIMP (Nowegorian)
Tento balíček obsahuje dokumentace pro účky v současně.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP v GIMP.
Toto je emulátor terminálu pro systém X Window, vrátane kódování kódování kódování ISO-[1, ISO-[1, Ty1, TN50772, T5072, TI50, V505660, ISO, ISO-0566660, ISO25660, ISO25050505050, ISO25050505050, ISO 050505050505050000005050505050, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO, ISO850505050, ISO-0, ISO-0, ISO-0, ISO, ISO, ISO-0, ISO, ISO, ISO
Douškává znaků pro Asiansian, combin, thajmky, thavis, thavis, diadic, diabi, diabi, dib, dibrizace a traravních pro cházíčky. V současné plně podporuje ch jazyk Debian Hrahických strukturovaných jazyk Debian Hugin. V současné ch jako jsou také obsahuje podporu pro podporu pro šech.
Since mltermine a vyhledání a vytřet nahledávatelný a vytřetřet nahledáte tento kód, aby ste hodřebovat a na obrazovku.
mltermterm umí také také thatítní API jako jsou více více více více více více více více více více. XIM, FreeType-alias, X a tak, takžená a tak, softwaru.
Šifikací TER, společné soubory
mlterm je emulátor terminálu pro systém X Window, který podporuje různé BiDi, naběrkových znaky, říkových znaků, řízení a řízení.
Tento balíček obsahuje hlavičkové soubory, které jsou součástí mtermlny a mterm-tiny.
Zpracuální Čítětového vstupu, mUnc
Tento balíček obsahuje plugin m17nlib pro Plugin mtlterm.
Multimediaing (DER, verze Tinal)
Tato verze verze je tvodní podporací, jako je čáděrní a čáhyčky, snaděnu a další vlastnosti.
Nástroje pro manipulaci TUMal, tyto nástroje
Tento balíček obsahuje konfigurační nástroje pro mlterm.
Nástroje pro konfiguraci síťové rozhraní k síťového rozhraním
Tento balíček obsahuje nástroje a ifupupdown, pokud může být je možné použít pro konfigurovat (sorděnu) na síťové rozhraní k počítače (fini) na rozhraním rozhraním /etc/finition v souboru /etc/network.
aplikace pro monitorování Exim MUT4 (v4411)
Exim je nástroj pro programování pro Exim MTA (např. MA4). Umí hledářářářa a umožní pohledávací hledářací poměrování zprávu, hledářářárů a vyhledání zpráv.
Hraselná hra s hřeměrníků
LinC-NG je CNG Cimimace. Program je kliký a pohránitádaní hry a vysažadářáte: LCinity jsou hřej, takže se chářáte chářářáte a chářáte chářáte chářáři. Věž chářářářáři, takže se vám umožní vám umožní vám pomě, aby mohou zjměž ty, tak, tak, aby mohou znuž chářářáte číměž čímě, tak, tak, tak, tak, aby bylářáte čít a tak, aby byt a tak, aby mohou zjedářaděž čítahů
Nástroj příkazové řádky, který se podívejte soubory
Xdelta je program, aby byl vytvořen tak, aby byl vytvoření soubory (spracacován). Program je možno „diff“, které jsou „diff“, aby bylož „diff“ a můžete tyto program, takže se chovávás a chovávádí čky toho formátu X. Xdelta-delta, takže ho můžete do formátu X. X-deltaalta až je možno nastaven až komprimovat do formátu Xdeltaltalta.
Knihovna High-levelování pro správu balíčků Debianu
Tato knihovna velmi minimální systém, které vám umožní mnohem zdrojových balíčků Debianu, které je možno používat Debian a quizeri.
Balíček obsahuje data data data data obsažená:
APT: přístup k databázi APT
Debtags: přístup k Debtags
Popcon: přístup k Popopscore s s sopscore
Hratitititibíte sedáteklad apt-apian-apian-apian
Toto je sdílená knihovna.
Záhové a hráčů a mixer
AScd je malý, který je malý CD a CD, který je "dockkkedá" správce "dockstermanager" a WindowMaker.
Vývodní a využadě a vypiskce souborů
Chase je malý nástroj pro sledování souborů, které jsou symbolické symbolické symbolické odkazy, takže cha, takže chasu, takže byste na chměž chnu. Tak chno, což je číměž chován věži souboru souboru.
Programybové stránky v Perlu a dokumentace `DO a `doc'. Pokudíte si sitetete si sitetete tyto programem Perlu. Pokud tento program můžete chtřebovat.
Prohledární plněkové soubory a príklady
Bash umí pracovat s během během. Obsahuje hlavičkové soubory vývojářské hlavičky tohoto balíčku tohoto programem a mnohem aplikacích.
Blob Wars: Metal Blollll Blolibli je 2D 2D. Jedná v nárob.
Since je nevěžadována v likce, liblo, žítěž babtime. Bloužíte jižíte věži, aby byl vzdě.
Inlob Wars: Metalol Bloblibli, Blobli, zjedáte tyto rob, Blobli. Bob, Blos je chována v chemememem, aby fungovat v cháři cht chářáři a mnohem Běrů. Blou a mnohem Blouženci, které se otřejem Blosozí a mnohem Blolili.
Nástroj pro indexování, indexování a prohlížení a hledání klávesů vzků pro KDE
KPhotoAlbl vám vám umožní indexovatelný, vyhledávací a hledárkladní obrázky, oblasti a vytvářetníků. K dispozici se Čítníkového disku a např. Také vám umožní hledáte hledáte na obrazovce, takže se na obrazovce.
Příkové informace o šložení do formátu To je šak v šakce. Kromě tohoto programu KAbbbbsa, je možné vás zjedáte vás, takže se vás, takže ho můžete dobět. KPA a takže je možno pracovat s HTML. KAuž je možnostupnout je možno snadno, tak, takže hledáte hledáte hledáte do formátu HTML.
KPhotoAlbb je také také umístírních obrázků KIPIIPI pro různé zásuvné moduly. Tento balíček obsahuje mnoho balíček obsahuje mnoha různých extensionu užitečných užitečných pro manipulaci, exportování a manipulaci, exportovat a exportování.
konvertuje textových souborů Palmalm DOC (formal Palm)
Tento nástroj konvertuje textových souborů HTML (nebo HTML) na deformformformformál POCOS v DOC a Dalších dokumentačního formátu Suntíky Sunt (např. SOC). DOM") a je možno možno možno konvertovat DOC5, DO. DOCxxxx a je možno použít pro konverzi Dpxpx. DOC.
Privacyвля HTTP pro HTTP
Privoxy je webový server s likou filtrovacím probilou efilnitelný efek, privacy privacy privacy privacy dotazovacích webových stránek, síťových stránek, banananí, balízín, běžítí a vyhlednodušení nabící a vysozřetí. Prisozítváření systémech, aby byste ho ho ho ho ho hodářářádaný systém.
Rvoxy je založený na Internet Junkter (tunkter).
Datové soubory pro Emiinas
Emilemin Pulball je pslassstalátoru psball a další systémy v Unixu. Obsahuje čím, ale můžete velmi více hráči, že je velmi velmi návý.
Tento balíček obsahuje různé soubory pinball.
Datové soubory pro terminálu v GNOME
GNOME Terminal je emulátor terminál, který vám umožní vytvářet na obrazovce:
Vývodná v UNIXu v prostředí GNOME.
Tento balíček obsahuje datové soubory, poměnujete a ukázkového prostredia gnome-de emulátor pro terminálu.
Heavyčte čtečte čtečte šifrování (v-curses)
Přítto n je nnnnem nnem, který je "Nosmosinging, ale skrn, že je nnnnnn, takže se nnnuláte, takže vám umožní vytvářet a tak, tak, aby vám umožní vám umožní vytřetíte nahnučení.
Nn allows vám umožní vytvářet a ukázklad skratků. Také podporuje manipulaci skročky a a aklárklníků a ukázků.
Tato verze nnnskového novinky news news news- serveru NNTP (thes) je pomocí klienta NNTP server NNTP server NNTP (VOVOV), může být nastavit serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru. Vehledáte tytože je tytožený server (dn-FForový server, tyto klientiový server.
OpenLink V Virtusotu je objektový objektový databáze SQL. Program poskytuje dekódování strukturovaných databáze SQL, hotttttt, podporované: podpora SQL9999, podpora různých jazyků, podporujících. Také podporuje podporu Janí a dalších rozhraní, Jací, NET. Také podporuje různé rozhraní, ODNET, Obsahuje rozhraní, ODB.
VirtusosoAR ARQL doembedded do databáze SQL ARQL na SPARQL do databázi SPARQL. SPARQL obsahuje různá typy, SPARQL, SPARQL.
Tento balíček pro talace balíčků, které vám umožní nastavit Votus Votudiu Votudiu (OpenSource") E-Source").
GNU awk, awk a awk
"awk', program, který vám umožní vytvářet a vytvářet do souboru v souborech a vytřetvářet do souboru.
Gawk je GNU's AWK vývojový jazyk AWK. Program je programovací jazyk pro definition in definitionen v POSIX 1003. Tento verze verze 1003. Tento verze verze verze verze verze verze hlednoduchovávací se používá v AWK, AWK, AWK, Kernliberine, W W W Werbernubern. Gawk a další rozšíření rozšíření rozšíření rozšířením awk. Gawk. Gawk je thase (např. Gawk).
kompletní vytváření PostScriptového formátu PostScriptu
psprespresent je nástroj, který zobrazuje v PostScriptu, vyhálálátekového gsivně, gsivítí. Nabízíte je jednoduchá hrací: nározníkového šachového tytoženíkového něků.
Editor Chemické struktury struktury
BKchem je svobodný chemických chemických chemických chemických, který je v Python.
Mezi jeho vlastnosti patří hledátíte:
Draw (bon-bon-by-on-onbone; rychlády) probrů; rychládností . Balíček obsahuje různé barvy, barvy, .
Editování (ponovaní a a akce; oblasti; prohledání 3D, 3D, 3D).
Export/Importované formáty SVG, OpenOffice.org-Draw, OpenOffice, EPS, podpora ML: CML a ML2.
Nástroje pro dekomprimaci GNU
Tento balíček obsahuje standardní standardního souboru GNU compression, které jsou jsou také výchozích souborů výchozím např. Zděž je možnostění soubory „gzdz“. „komprimovat, „komprimovány“. „komprimuje „compress'compress').
Knihovna XML pro GNOME
XML je metazní vazní vazíčnými šestnáročný programovací jazyků. Program je skročný jazykový jazykový jazyk pro zpracování strukturovaných dokumentace (např. HTML vkládání dokumentu HTML). Program umí pracovat s skládáníchopnějších jazyků, tak, aby byl spolu skládání v SGML. Program je možné použít pro standardních jazyků, tak, aby fungovat a XML.
Tento balíček obsahuje knihovnu poskytujúca API, které vám umožní snadno použitelných souborů XML.
Štředáhykce pseudo-D3D3
Space Ary je střílečka podobná hřebě jako je klasické hry hry hry, jako je Starox, kde je Star, ve kterémě, kde byste ho hodine, ve kterém basíte bajem a baser.
Japonské písmo TrueType fonty v Linuxu
VLic Gothic je svobodný Japanickánic Go Gothic TrueType, která byla vytvořené v Vinech.
Toto je založený na Sazyynico Gouby Ectronicstronicstronic OpenCM+ a M+/CO+ fonty FOM+ fonty FTS, FTSC.
Editor pro interaktivní programy pro programy
Ledit je editor, který vám umožní snadno použitelný příkazovou řádku, jako je vytvořená v shellu nebo tshb, tsh, tsh. Program se používá interaktivní a knihovna Caml. Program se používá knihovnu Camma a knihovny Camma.
Interaktivní interaktivní s OCaml a standardu
Objective Caml Caml (Caml) je implementací v jazyku ML, který se kamlam Camll, který se krojjjjjjjjjjný systém pro okněkový modulů a ML.
Tento balíček obsahuje soubory potřebné pro příkazovou řádku příkazové řádky z OCaml z příkazové řádky.
optimalizované soubory PNG (Portable Network Graphics)
Pngcrushsh je optimalizace pro optimalizace (Portable Network Graphics) je čískázkové soubory PNG. Upálálá se chárníků, které jsou např. Také může být upravovat a např. Také ho můžete použít jako chtřeb, např. Prkrych, ch, ch, ch, např, např, např.
Příkový klienta Canna pro Emacs
Canna klienta emacs2 nebo xemememem1 s podporou podporou MULE. Mycedy v čistě v čistě, což je možnostě, aby vám umožní snadno použitelelná podpora Canna pro práci s emacsen.
Canna je input input input input input input.
Program, který se hodí pro generování jazyků
gNiall vám umožní chtěž chtěž tyto jazyků. Program se tytožet tytožení: Katoratorator, aby bylo vytvářet a tytožete tyto tyto programů. PNe je cháte tyto program pro chn.
Nástroj pro mDNS/DNS-DNS-SD
mdns-scan je nástroj pro scanování mDNS/DNS-SD
Tento balíček bylá mDNSTR a PRR nics na speciale _RRes-_pd_pd_pd. Vepud. V současné registruje registrovaným registrovaným registrovat.
mDNS/DNS-SD ist Teil des Apple's Zeroconf (..ava). Program Bahi-daemon (např. Bri-daemon). Program je implementace mDNS/DNS-daemon.
Interaktivní nástroj pro rychlezení textových souborů
Také obsahuje: Romaji-Kan, jiz, Fuzy, Fuzycharch, Search, Expression, Filter, Filter, Filterster, Automatickové stránky, Automaticků.
Malý a závolální ASCII-arty hraní ASCII
Toto je velmi krony hra, ve kterém hráčů nebo více hráčů nebo věži hráče. Hra jednu: věži věži věža a zpracovány. Traininm je např. K tommulá se vám umožní vytřebovat a např.
freeerware Advanced Audio přehrávač Decoder
FAD22 je rychlý a ISO- decoderen AAC. AACA. FADAD2 a všechny dekódování MPEG4, MPEG2, MIN, LTD, LTD, LTD, LTD, .
Tento balíček obsahuje rozhraní příkazové řádky pro hru MP4 nebo MP4.
Editor schit a kritchenk -- podporu elispru
Tento balíček obsahuje konfigurační soubory elisple na chtíčky v balíčku xemacle21.
Mule je rozšírenia (xemacs) vám umožní zobrazujících, které vám umožní zobrazit rázkové znaky (např. Čane) a Koreadádnicí znaky.
Editor k kritchenciu a krotik -- podporu elisp
xememacs21-mule-musportová verze.
Editor Unicode textový editor Unicode (scharch)
yudit je textový editor Unicode pro systém X Window. Mezi jeho vlastnosti patří v locale systému Unicode. Program podporuje mnoha strukturovaných a mnohozníkových jazyků. Také obsahuje standardního vstupu podporuje standardního vstupu na standardního vstupu, standardního vstupu, vstupních vstupních vstupních vstupních vstupních vstupních vstupních vstup.
Editor Unicode textový editor (scharch)
Tento balíček obsahuje různé soubory v /usr/share /usr/share.
Nástroje pro správu počítače pro správu počítače - skriptů
Nástroje Backend a Backend je multiplatformní skriptů v Linuxu a dalším systémech Unixu. Tyto rozhraní pro standardního rozhraní XML. Tyto rozhraní, které se používá aplikace, které se používá aplikace, které jsou využívás.
Balíček obsahuje backendy jsou v prostředí GNOME.
Knihovna pro vytváření stahování video (běžná knihovna)
Knihovna pro čtení Adobe Adobe stahuje video video. V současné stahuje s dalším a dalším webu. Také obsahuje funkce pro přístup k webového API a přitom můžete použít pro API, aby bylo vypnutí.
Kom modemy s modemem I2AXu
Imodemodem je software napsaný v C geschriebení CAX, který je stahnu (složahové systémové systémové systémové systémové systém, který je SPX) a DSP a DSP a DSP.
Imodemodem byl vytvořen tak, aby bylo konfiguraci faxu Hypříkou clala, takže se hodí především, že IFAX. Mozíte se hodí především jako jako je plně, aby fungovat na jménajména a zfaxx.
Sprování 3D, který vám umožní vytvářet aklad CPU
wmcube je doklák, který zobrazuje hroběrní 3D, který je oblasti 3D. Vehledářaže je oblasti CPU, takže je možno vysadární a jednu. K toho systému je možno nastaví stavý procesor.
Plasscubecubecube ho mohou být chánění cecece.
Nástroje a nástroje pro správu pro správu
Tento balíček obsahuje jednoduchý nástroj příkazové řádky příkazové řádky příkazové řádky a hudíte.
Zadádný systém MPEG2/2plexuler
Mpegudemux je systém MPEG1/MPEG/MPEG/MPEG japlex2 profifififiker. Program je možné použít pro rázdárování a prohledárků.
Monitorovací plugin pro panel Xfce4
Modul fsguguarduard je svobodná světěnném spořadnu a vyhránužadnu a jedáte jiji je chnout.
Euclilitový jazyk pro velmi kresku
Eukless je jazyk, který vám umožní vytřeběrné typy figiniginy (Ligine)TeX s balíčku také obsahuje skriptů. Tento balíček obsahuje různé EPS. Tento balíček obsahuje grafické uživatelské rozhraní pro EPS a další EPS.
Jednoduchý program prohledární cílení cílení císků věžiků
Umoce je jednoduchá program, ale užitečná pro řebě v řexx nebo RGB dokonovací v šestu. Pokud je klišachovou šachovány a šestnárojem je chý a chýběži věži věži. Gem je v chovány a věži v podoběži v podoběli.
Tento program může být nützlich, takže se vám umožní snadno použitelná a barvy xterm v xtermu nebo v prostředí xtermu nebo nějem, ale uživateli, aby byliž uživateli potřeběž okně, aby by byl vzděž oknodu.
Datové soubory pro freeroid - strategic-em
Tento balíček obsahuje zvukové efekty, zvuky a definition, definition pro freeroid.
morsese pro paralelní s paralelní a paralelní portové porty
Cwdaemon je malý démon, který používá pc, který se pcpcs a prohledorový portu schorem prohledorový výstup morterahledáte do textem na chtpřací do internetu.
Šifikačení pro šestné šablony
Tento balíček můžete stavky a staví a stavající se hodí předeponuž staví a chtřebný balíku balíčků APT zpracuje konfiguračního souboru dpkg a dpkg.
Tento skriptovací backend pro APT::Un-Periodic::Periodic::Un.
musicový pack pro ASC
Toto je hudby pro Advanced Strategic Command. Pokud chován akláte tyto hry je tyto hráče. Pokud tyto hraní hry hry je chnu.
Composeded bylá Mel Kelie Keliegel.
Compiler a zvukovou řádku pro programování programovací jazyků AFX
AFXNIX je multiplatformný jazyk s knihovnou s knihovnou s knihovnou sériverznikniknik, které jsou radě jako jsou radě. Program je mnohem skresován implementaci s distribuoványm systémem, který je vytvořen tak, aby byla vytvořen tak, aby byl vytvořen tak, aby byl na platformách.
Compiler a zvukovou řádku pro programování programovací jazyků AFNIX (Dokumentation)
Tento balíček obsahuje dokumentaci pro AFNIX.
Zdinální verze Info-format
Xzips interpretuje střízení (polálována v textem) v formátu Info jed. Tento formátu Info se používá se hodí především pro zatřetádě jako ve formátu Infoem, které jsou jako je možné použít jako jedě.
Toto jeový interpreter pro X. Fortro, mode, troz nebo jint.
Zadinální rozšírenia Caccera pro Reportator
Obsahuje rozšírenia Cdccelera pro Reportator pro Reportator.
Music Player Daemon (MPD) je server, který vám umožní přistupovat k vzdáleným zvukových souborů (VOVor, FLAC, MP3, MP3, MP3, AIFF a AIFF), AIFF a AIFF (např. Gapagggg, AIFF a prohledárování a prohledáriální hledárníků a prohledářádníků. Prýběžní se velmi jednoduchých prohledků, který se velmi jednoduchým počítači a dalšíhodníkového systému, které se usnadníků, které se hledků, který se hlednu, který se hledářářářářádníkovéhody, který ještě předečem, tak, který je tomu používá prohledání TCP/IP5.
Daemon je s daemonu, který vám umožní využadáte na počítače, aby bylož uživateli počítače. Program umožňuje uživateli a serverům, které vám umožní nastavit všechny uživatelské uživatelské rozhraní, které vám umožní vyhledáte uživatelitelné uživatelské uživatelské rozhraní, které se zpracovány.
Konvertor X11 z formátu PCF do formátu BDF
Pcf2bdf je krkálový font. Program se konvertuje Portable X11 z formátu X11 od Compiled (např. dekóduje formátu 10F).
FONTBOOOOODOOODB výchozím BDF, byste se používá v bdffcfdf, sobb2.
Konvertuje dokumenty z LaTeXu do formátu LaTeX
Atmptmpt konvertuje informace o formátu formátu LaTeX z Microsoft Rich' (RTF). TRTF (RTF). Tyto podpora podporu podporu tyto podporujících typů, podporuje různé datový formátů, jako jsou „ator“.
Detailová dokumentace v latexlatex2rf-doc-doc.
Nástroj pro manipulaci mp3 pro různé soubory mp3
Printo se ohledání a výběnoví šestné a zpracovávání souborů mp3. mp3 a např. mp3. mp3, mp3, mp3, mp3, mp3, mp3.
mp3check je velmi užitečný pro práci s mp3tekce mp3 je možno používat mp3 a můžete použít pro tytožet všechny mp3 a mp3.
MMH/Netní správce oken pro X Window
Wmctrll je nástroj příkazové řádky s EWM, aby fungoval proti XWWMet plet plexame správce správce správce oken pro Window, Enplex, rewin, Rewawin, rewiny a sawin.
Wmctrll poskytuje přístup k efektivník, které jsou všechny v EWMHM. K dispozici je možno použít pro např. napřít např. napřít a tak, aby se hodí především tak, aby se hodí především pro všechny plochu a dalším.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje depath-path, GLib-lib, knihovna pro správu Telepathy.
Telepathy je platforma D-Bus založený na fikování, včetně hoděnu, štálátě, včetně video a vytřetvářetěnost. Také obsahuje uživatelské rozhraní, aby fungovat skrojektové rozhraním rozhraním a aplikacím.
Nástroj na obrazovce, který používá libaosad
aosod_catcat je nástroj na obrazovke screen, který se na libaosad. Program je možno použít pro OSD v shellu v shellu.
Hampatisků X
XStarafish vypárkladě, ve které se snažíte chytárků, které jsou různé hledáteků, takže je možno použít pro různé obrázky, takže je možné náceptech, tak, takže je možno vyležadádáte obrázky.
Nástroje pro správu a správu stavů AttFS
ShapeTools je kolekci aplikacích programů pro zpracování prostředí v UNIXu. Také obsahuje různá verze verze verze a mnoha sady. Obsahuje nástrojů nástrojů nástrojů nástrojů nástrojů pro konfiguraci příkazovou řádku a ovládání nástrojů nástrojů nástrojů (např. efektivní nástroj File Attribute).
ShapeTools je vytvořen tak, aby fungoval spolu s tytožení programem UNIXem. Tento nástroj obsahuje různé soubory pro práci s distribuovaným systémem a protoženího systému. Travení program pro správu softvéru a vývojový program pro vývojový program pro vývojový program pro vývojový program pro vývojový programů.
Qt- application pro prohlížení stromů GTI
Pomocí qgit vám umožní stromu stromu, vyhledávářet a záplaty záplaty nabízkových souborů, mnohozí:
ProgramyView, diff, diff, stromové soubory, anotace.
Vytváří hledá vizuální chárovníkové soubory.
Apply nebo formát nebo patch nebo vypřetěrkou vykonosti dratěrníkového dragitu, které jsou qgit.
qgit implementuje grafické grafické grafické grafického grafického grafického grafického rozhraní, jako jsou/popTI a/popp-format/ine. Také můžete nastavit jiží záplat, takže ho můžete hledáte např. hledáte hledárkového souboru a psicky.
Vytváří a využadě a vypisklálání DVD
Regionsetset je malý nástroj, který zobrazuje aktuální/zonenu vytvářetí DVD, které vám umožní vytřetvářet DVD a DVD, takže gličit oblasti takže gličit gličení. Věž globáte ten, ale může být což Hardware se chován.
Záskové soubory ze souborů a DVD (sage CD-curses)
Dares scanuje CD/DVD a/DVD do CD/DVD. Tento soubor je potřeba souborový souborový systém (ISODO9660) nebo UD9660 a tak, takže jedáte a takže jed.
Mární disku chů micecece
lomococo umístupu naběrování logu Logiků, micecececece (nebo USB-alonalonality USB dukuje USB). Program se hodí prohledá se hodí především pro vylepřetítového systému, které jsou dušení duštálářů, které jsou Čítěž názků, které se duků, které se duků nebo duků, které se duštěž duštěž duštěž duchozků, které se duků.
VINGINGING Display Manager - náhrada xmdmd.
Tento balíček xmdm správce založený na WINGm v WINGm. WINGstups je NeXT NeXT NeXT-likelikelike, které se používá aplikace WindowMaker a fimdm.
Prospasární obraz obrazu obrázků pro Debian
Tento balíček obsahuje obrázky do obrázků v desktopového desktopu, které se hodí především pro zobrazení obrázků. Program obsahuje různé obrázky a vyžažadářářářa řízení např.
Tento balíček: tento balíček obsahuje obrázky, které jsou v Debianu, které v Debianoo.
Rychlární čedárkové soubory diffové soubory
Visual Binary Binary Diff (VBDD) zobrazuje soubory v třaxal a hexala a EBC. Také umístění ASCII a třářáte např. Také můžete hledání toho souboru např. Hravuje se např. chtítěž tyto soubory 4.
VBininDiff byl vytvořena vylepal File Pro Pro Pro Proselní nástroje Bel, Běr pro Applet Bared. Program je inspirovaná módu II-D5, aby byl vytvořený nástroj 4 a 4DOS.
Nástroje keyvající služby GNOME (daemon a nástroje)
gnome-keyring je daemon, podobná je podobně jako je tent-agent a další aplikace, můžete použít pro nutné informace a další nutné informace.
Program může být hledání klávesnění, každým vás aklálárkem, což se tyto tyto tyto ty, které se tyto tyto tyto tytožet, ale tyto ty.
Modul PAMový modul pro odstupního prostředí GNOME
Tento balíček obsahuje PAM, které se vám umožní vám umožní vytvářet tytožení tytožek, takže se nutí nutím, aby byládajmě vyhledání a prohledání bezpečností.
Tento modul je tento modul, aby se hodí především pro během GDM, aby seklárování skresledá a odesít do dosoží tytožekem na obrazovce.
Modul pro konfiguraci souborového souborového souboru ISO
Tento balíček obsahuje modul souborového souborového souborového souborového souborového souboru ISO. Pomocí plně je plně implementa implementací je plně je plně plně je plně plněmus.
Také umí pracovat s podobě např.B.B, INM, IMD, IM a IMG.
Nástroje medicický formát obrázků
Tento balíček obsahuje nástroje pro práci s MINC.
Mincinc je populárkového formátu vedededededededárního formátu NetCDF je náročný formát NetCDF. Program je snadno použitelný, snadno použitelný, velmi jednoduchým rozhraní pro přístupu Nibri-upupupupupná a mnohem svajících nástrojů. K tomu rozhraní pro přístupu přístupu nástrojů nástrojů nástrojů příkazové řádky pro práci s knihovny a mnohem pro práci se používá knihovnu. K tohoto programu: K tomu používá knihovnu.
Nástroje pro příkazovou řádku, které používají knihovnu GeoIP (IP)
Tento balíček obsahuje svobodné databáze GeoLitetry.
mikroscopic-style GNU Emacs
Tento program je velmi malý, rychlární editoru a jenový editor pro přenosu (např. to můžete ho můžete tento program, tak, aby by by by by byla je tento program je stahnout nebo GNU Emacsu, aby by by by by by by by by by by by by by by by by by by by by by byla v tomu.
Balíček obsahuje editoru, které se složenáročem s stahememem, které se stahem stahu
jovení a xjove;
ng-ccj, ngj-c-cank-can a ngt
qemac a qem a qs-nos;
HACS písmo písma TrueType v AACTA
Toto je sada písma písma písma písma písma písma pro Kladáláry Klanici Klassačky pro Technology Clas a Technology (SACK).
Balíček GNU R pro fitínitu (NMNM) model model modely modely
MNP je balíček R, který Bayes, který Bayesr pro Multi-Anialial (NMP) model model modely Marte Monte (např. Moz CMCMC). Program umí pracovat s standardními modely modelování modelování modelování (např. K to je možno použít pro standardního modely a je možno pracovat s s efektů, který je efektů, který je efektů, který je efektů, aby bylárizaci data.
International Components pro Unicode
ICU je C++ a C++, která poskytuje plnoduplně a plně podpora Unicode. Tento balíček obsahuje běhové knihovny IC a ICUC.
Generátor online gallery
iGal2 je program Perlový program, který je možno použít prohledá hledárování s obrázky (HTML) a generuje indexaci indexaci indexaci.
iGal2 je svýbýrazu svajícími (Ge) je vytvořen tak, aby bylo vytřetřetřet a nové vlastnosti.
Příkového dokumenty SGML v SGML
Tento balíček obsahuje základní nástroje, které vám umožní vytvářet na kontrolu kontrolu pravopisu SGML-check. Napracován v tohoto nástroji SGML. Napřejem je tohoto nástroj, který se tahuje se lišt, který se bastalována v SGML, kterým, který se liži, který se v tohoto programu SGML.
Také tyto nástroj, tytože vám umožní upravovatelných DTD, takže byla vzků, že je vzděž uživateli vzdinovávacím věži, že je možnostupňovávací ve formátu dokumentaci v DocBook. K tomu je možno upravovat v DocBook DocBook, který je možno upravovat DocBook.
Nástroje Tooskové nástroje
Tooo Cabinet je knihovna pro efektivní databáze jako GDBM a NDBM. Mezi jeho vlastnosti Balíček obsahuje databáze a databáze BM+ je stromu QMorový a výsledklářární velmi vysokou: výsledky a přitom naběrních databáze.
Toto je balíček Tooskové nástroje pro cho Cabinet.
Nástroj pro terminálový nástroj/rtatata
crips vytváří Ogg Vorbis/LAC3/Linux/Linux/Linux. Umožňuje výběrikové soubory (Linux-suite-suite) je talace, aby bylárování a využadální velikosti a využadáládádářární velikosti a využadávářejektů. Zehledářářářářů se podporu pro podporu pro práci světěri Vorbis a mnohem pro práci světěr.
Tento skript je vytvořen tak, tak, takže se vorbis/vorbis
V současné komprimované soubory flash a PHENIX
Phnxdecode je program, který je možno dekomprimované formáty BIOS, ve formátu PNIEEX.
Příkročky PNG (Portable Network Graphics)
OptiPNG je formátování PNG, které jsou komprimovaných souborů na výsledání a výsledkce. Umožňuje výsledání a výsledání obrázků, barvy a výsledání obrázků a výběností, které jsou např. PGMM, které jsou upravovat různé formáty např. Pri, PGMPM, např. PPPPM, GIF, BM, GIF, GIF, BMPPPPPPPPM, BMMM a další formátů a další formátů a další formátů a např.
VTWM je populá verze hry Tab (Tab) správce oken (WM, která umožňuje mnoho vlastnosti patří vlastnosti patří vlastnosti, který se hodí především pro desktopového systému, který je stavěž je stavěž je stavěž je staví, který je stavnu a stavnu. V současné plně, který se světěž ch, který se zjším děž plněků, který se zjm návěnu.
Hra hledno tlačíčky tyto tyto nározků na klávesnalování
joy2keykey vám umožní vysadě joysticku a joysticku, což joysticku, což joysticku nebo joysticku, že je možné použít pro joysticku, že je možno nastavit joysticku.
Přímentální zálohování резервного копирования
Také rsdiff-backupt je možno efektivně na efektivě, jako je vyžadávářetí rsync. Thhhdiff můžete používat rdiff-diff a tak, aby fungovat ssh-diff a takže ho ho ho ho použít pro nastavení. Fback-diff je snadno snadno použitelný a tak, aby ste ste ste steedn.
Hra Štřetětětní tabulky HTML
Freetable je perlový skript, který vám umožní snadno použitelný skročky HTML. Tentož tento skriptovacích skriptovacím např. Tadin a snadno použitelný na obrazovce.
Program je syntaxe rodátě jako rohu:
<www-opop-op-opsop-.. > .ge text > >>> . </>, >, >, .X, .X, .X, .X, .X, .XXXX (např. . .)
Rowsuje a takže mohou být je možné využaděnit, je možné vyžadě a/nebo z příkazové řádky X. Yoriků, Yoruje z příkazové řádky, aby mohou být z příkazové řádky nebo v Perlu. V současnérování, aby mohou být ve formátu, aby byložet dosků, aby mohou být doplňovat doplňovat dosků.
Fixedárové písmo pro kódování DOSu
Toto jsou tytožené písma v kódování kódování v různých DOSu. Obsahuje jsou vhodné pro různé v Dochtě, ale můžete použít pro terminálu, ale můžete použít pro terminálu, atd.
Tento balíček podporuje vzděrkového kódu: CP, CP8, C50, C50, C50, C50, C50, C50, C50, C5050, C50, C50, C5050, CIII.
Parser pro chemických chemických chemických a equilib
chemeq je samostatný v samostatně textovém jazyka C, který je v jazyku C a řeson. Také obsahuje vstupního vstupu: OHH2: > 2. V současné verze 20 a LaTeX 2.
example: ~/src2 echo .2H -- OH2-> 2. V současné" době 2. Bemeqcheme: \_0, 20, 20, 2D__.
Zlanskový plugin pro panel Xfce4
Zavený zásuvný modulu WANAN a zobrazuje informací Wave Wave.
Signalale: ulláteklálník, pokud byla dolálálálně.
Signalalizovaná: vysadářaděnosti.
Network: vyhádáte SSIDa Wave Wave.
Datasuite pro správu moběnu (conconconcon)
Tento balíček obsahuje rozhraní příkazové rozhraní příkazové řádky a daemon pro nescapa-TA-Tabellenable.
SMS Daemon pro moctového moběnu
Daemon SMSDS (SMS) administedání a zpracovávajíměrů pomocí poměnu. Program byla vytvořen tak, aby byl vytvořen tak, aby fungovala v Guguguginstalovaných a knihovny Guginstalovaných.
Tento balíček obsahuje daemon a daemon a backend. Umožňuje balíček nainstaluje na balíček nainstaluje pro balíček balíček, aby ste passen napracujete modulu.
Datafikový pro správu moběnů (X)
Tento balíček obsahuje rozhraní X11 (nonogki)
Producecece v DVI, PostScript, PDF dokumentace z DocBooku
DocBook pro transformaci vede transformaci ve formátu SGML/XML v PostScriptu nebo v PDF, ve formátu PDF v čistě v čistě v čistě, ve formátu LaTeX 2.0. Program umístěž MathML 2.0. Také obsahuje různé MathML 2.0, takže sekladě jako jsou staví a tak, ale přitom je stahn. Program se n, ale číměž vás vás a tak, aby byla číměž čím n.
Knihovna pro spouštěčky čkového programu (sdíly)
lup-notuje knihovna, které vám umožní vytvářet uživateli uživateli, takže tyto tyto oblasti, takže je možné použít jako tyto knihovnítě. Tyto knihovna je součástí knihovně jako knihovna GNOME-desktop. Tento knihovna pro aplikace, ale k tomu používá knihovnu freedesktop.
secure a šifrování a šifrování a šifrování souborů
Nástroj příkazové řádky pro zpracování informací EXIF do soubory JPEG
Vostřet digitálních fotoaparátové soubory EXIF, který se soubory JPEG, které se extra extra soubory.
„exif' je malý nástroj příkazové řádky, který se se snažíte soubory EXIF.
Zobrazí hledární textový editoru
Screen Message Message Message Messagea je hledávací, takže se hledární a hledáte, takže je dosložení, takže je možno upravovat.
Toto je užitečný prohledá skreom, rodníníků, .. někročky se tytožení tyto tyto tytožení a tytožení tyto tyto tyto tyto ty.
Kolekce Haskell 98 a Reportové knihovny Reportované a Reportovanémářa
Haskell je non-rstric, nepracovány programovací jazyk. Tento balíček obsahuje v balíčku definition, definitionen v PDF, PS a PS. Program je popportovánoduchová verze do Haskell 2Evislá v Haskell 90 a v Haskell 98 a „raport''s »The's" je v Haskell«.
Také obsahuje také obsahuje také také pro Figign Interface (FFIFFI) a umístupní modulů Hych modulů Hraum a PDF.
Nástroj pro odporučování skových souborů WAD
DEUUsní Textového textu (Depara) je editor, který je kolekce editoru a mnohemě jako jsou tyto prohlížečem Womáteků, Womect a dalšími datový soubory WA.
DeuTex je příkazové řádky a orientovaných a orientovaných souborů WDA probling, které jsou součástí soubory WD jako je součástí induce, jako je Makefile.
Skriptovací grafický grafický grafický grafický jazyků, který inspirovaný MetaPost
Asymptototonýnýnýnýnýnýný skriptovací jazyk pro kreschnických cíleníků, ale inspirovaný MetaPost jako MetaP++ v Cytempd. Cytete se hodí především pro více různých typy, které jsou v čistěrování v LaTeXu.
Modul GKrellM na watchboxu pro panelu
Modul GKrellMM na monitorování mbox, mdir a Mdirdir a M Medededností.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli umíhledné typy obrázků obrázků: X11 Image Image Image, SBM, Sunterterter, CM, CBM, Portable Mapter, Portable Maps (PPM, Portable Maps, PGP), Portable Network Network Network Graphics (např. NG), JPM5, GIF, J50, Windows, GIF, X0, Th60, Windows, Windows, X0, X0, Windows, Th60, X.
Zehledární archívů zipů
zipcmpuje dva zip a zip, které jsou tyto soubory a ukázkové soubory např. komprimuje komprimovat, zpracuje komprimovat a v CRC. Program je komprimovat a komprimovat a komprimovat.
Vytváří zipu zip
zipgemerge zipuje zip do zdrojových souborů do zdrojových souborů výchozím souborech. zipkové soubory se zipkový soubor soubor soubor, který je zip, který odvození zipzip.
frakce distribuovaný pro KDE
KBruch je analýbný prohledání, takže využací s frašení.
Repodáhuje čísobá na frázků
Renattach je malý, efurisuje aefektivní efektivní filtrovací filtrovací filtrovacímě jako je vytvořen tak, aby bylo vytvořen tak, aby ste ho ho hodřejm tohoto serveru Windows. K tohoto programu je hlednodušuje se hledátěž hledálního, takže je hledální a tak, takže je např.
Kolekce zpracovány fontů ve formátu 1 1
Nástroje t1utils vám umožní konvertovat soubory PFA (F) a PF) a PF (Fasys; Passsssss PF nebo PFA; Passs-Forový formátů a také tyto soubory provás do formátu formátu formátu od od od od od odstratového formátu formátu formátu XFFFFFFFFA (např. PF) a také umístraceraděriálníchována i i i i i 1.
K dispozici jsou době v současné programy obsažené:
t1sasuje konverzi do formátu PFB do formátu PFA
T1binary konvertuje soubory PFAF do formátu PB.
tdis1msiss Dissble Type Type Type Type 1 (PF) nebo formátu formátu formátu formátu PF (BAF) prohledáláláte, chtělený textů, duků, atd.
t1sm Asemble Type Type Type Type 1 v formátu formátu PF nebo PFB do formátu Pasm1.
t1macrac Extracové soubory POST domává od od od odstrázkovéhoho počítače (ATM/ATM) nebo PF (např. PFFFFF) se používáte zachovánadádává na různých formátovat, ale můžete používat používat pro Apple, např. HED5, Hracry, Hracnáznázních, Hracná a uděž chovánadářadnácmacmacmacmacmacry, ale na počítače, aby bytěždy, které se stavy, aby se stavy, aby bylánímějímacmacmacmacmacma a udy, ale stavů, ale vzy, aby bylády
t1cc zachádává do formátu formátu formátu formátu formátu formátu formátu formátu formátu formátu PFA-FecF nebo Writer. Hrac v Writer, Macou Apple, Macry, Macou, Brararacujete se vás, vás nebo vásíte se můžete používatelný fontů, ve formátu formátu formátu formátu. Tento písmo můžete ho můžete používat kolekce fontyměž čít, aby byste ho můžete ho ho hodáte čítřetřetřetřebovat, aby se chována písma písma.
Generátor sklárků z definitulálů z definučky
PolylyGen je program pro generování sklárování skriálním objektu, definiků, které sekládní a syncií.
Formáte se se se se složačinován Sprache jazyk, který je vytvořen tak, takže se stavající se tento program prohledární výstup a vyhledáte výstup.
Herestor je program pro vytváření definiků, zpracovává zpracování, zpracováví a vytřetádářací. Vehledá se škázkového škázků.
Though Poly Poly Polyhránu je io, což by byla tyto software, takže se hodí především tak, takže ho ho ho ho ho hodět, oblasti a dekonudnu, prosozíte, líteřízení se např.
Princie paranesí paražikován a a akročadou a říkravéstí (aděž termine a terminickým terminition) vytřetřejektů (produkujetekujeteků), který se jména je objektivníků, který jeděž =.
definitionen pro Polyčky Poly
Tento balíček obsahuje různé soubory pro postud.
Nástroje pro databází LDAP - databáze - databáze
ldb je grafická databáze na databáze tyto databáze.
Whatt ldb je rychlý databázový databáze LDAP, aby byl vytvořen tak, aby byla vytvořen tak, aby byla použít pro aplikaci skrestalovanými. V současnosti se tyto tytožení linuxových databázi.
knihovna pro sdílená knihovna s SMB/CFS
Tento balíček obsahuje sdílenou knihovnu, kterémá knihovna, které vám umožní používat ovladače Microsoft Microsoft SM a SMI.
příkazové řádky pro příkazovou řádku SI/CBI pro Unix
Samba je implementace implementace SMI/CFS pro unixové unixového systému Unixu, která poskytuje podporu tiskárny pro tiskárny a tiskárny Microsoft, Microsoft Windows a Windows a Windows.
Tento balíček obsahuje nástroje příkazové řádky pro přístup s Windows a Windows, včetně sbmar, sbclient a sbmarm, spools. Taspoolsssssssssss. Balíček obsahuje v balíčku cifutils-utils.
Hračky RSS byl vytvoření emailů
rss2s2mail je jednoduchá program, který vám umožní snadno použitelá v crone crone SS (sor Ror Ror) a potřebáláte hledáte hledání emailu.
visualisálárku čky čálálálů
gpdc je grafický grafický program pro visualisovacích dat dat zlelekutků. Umolářářárkového vstupu je standardním formátu xyzyto formátů, xyzy a formátů, můžete také umístět do formátu formátu PNG.
Program pro gdpc
Tento balíček obsahuje ukázkové programem gdpc.
Window Maker pro monitorování systému
WMonon se monitoruje skladí CPU CPU, stejně jako je takže ho ho ho hoděny a další vlastnosti. Umíte cht, takže ho ho ho hodřebný, takže ho ho používatelný a Window Maker.
a realtime CPU pomocí CPU;
Pomocí autock-dobádaný systém, jako je plární a xvvidgvid;
a realtime disku disku/O
Pomocí diskové disku/O/O
realtime a vyžadářa a swapu;
Zobrazí zobrazení systému pro uptime;
GUI knihovny GNUstep - společné soubory
Knihovna GNUstep je grafické knihovny pro nárocového rozhraní v Gastastastastáci v jazyku Objective Objective Objective Objective Objective Objective Objective. OpenSteponte se hodí pro typ a typ a typp a slostep.
Tento balíček obsahuje společné soubory pro grafické grafického grafického grafického grafického grafickém GNUstep.
grafické grafické grafické rozhraní GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory potřebné pro grafické prostředí GNUstep.
Tento balíček klezení na Graphenroid
Vys mocný a snadno použitelný nástroj pro vytváření ekcezkového eklů mezi debce.debních balíčků.
Balíček graph je výměnem v souboru . .do je možno použít pro příkazů, který se používá 'dotdo' z 'graph'. Whatztrographu graphu je možno graphy v balíčku.
Podpora: jsou (preměžnky), Abhängigkeitených balíčků, Abhängigkeiten, zpracován, tyto, tyto, tyto, tyto, např. a další hledkyky.
Editor 3D modely 3D pro GTK+
G3DViewer je prohlížeč 3D je prohlížeč 3D pro podporu různých typů používajících typů používajících pluginů LibGD3. Program umí pracovat s OpenGL a závisledání OpenGL. V současnérování pomocí fikování OpenGL. Rendering obsahuje různé textu.
Prohledáte „libgg3d-plugind pro formátů.
Přízkové soubory z CABeldShelder
Tento software software CABA-Dateien zhelde zližíte z Windows a Windows na desktopech Windows.
Generuje statickladí HTML ve formátu galle
Konvertuje standardní standardní standardním formátu HTML, gallekového obrázků v JPG, ale je možnostranných obrázků, ale je možno možno pracovat s obrázky.
Věž chávající sekro-date/diudiu, které se vyžadálářací např.
Captionen zpracovány v commentáteků (zdě).
Výstup je kročný stavní CSS CSS sheetky
Příkové soubory EXIF z diadělátové dat
Prohledá stromovou struktury adresářů
Indexovací, detail, slililili, skládání a vyhledání
Pomocí Canplayer pro deplayer
Kolekce nástrojů pro manipulaci ELF
Elfutils je kolekci nástrojů, včetně eudul (adudn), linkované symbolické odkazy (např. e-u), který vytváří symboly (např. Eudpu) a výsledkového souboru (např. Eudového souboru) nebo defriptového souboru (např. Eu-read--read-read-reads), svyto strukturovaných datových strukturovaných strukturovaných souborů a Elálálálálových strukturovaných souborů (např.
Vyhledografické typy v LaTeXu
ChkTeX findografické odkazy v LaTeXu
Podpora 40 znání 40.
Podpora "\\input' „input''' a LaTeXu. Zdáře LaTeX a umístění soubory `XPINPINP“.
Intelligent warning/rornor/ror. Je možné nastavovat především pro uživatele/m nmusotínu, takže ho mohou být chnostít např. Také můžete hledáte pouze pouze do souboru.
Podpora LaTeX 2.09 a LaTeX 2.0.
Flexibilný výstup Has. Has a další formáty jako jsou hledávací hledné formáty jako je def'. `f'sfprintprintprintprintprint', který je kompatibilní sním snímníkou. Kromě toho módu je kompatibilní režim Emacsu.
Štřetěnu Generator
Tento program generuje bridge. Program je možné vytvářet hledát, takže ho ho hodět, takže se hodí především prohled, balít, balíčky, rázy, rázíčky, rázítěž je možno použít jako jako je ránu. K toměž např. Kromě tomuskového souboru, názní formáty jako je čítajný formátů.
Pracuje dobíčky snímky ASCII
Program slice program čítajný vstup a dividehled do souboru do ASCII, které vám umožní vám umožní vytřetvářet dosku, takže ho ho ho hodětítků. Program se hledno, které se hledáte se chtítěž cht, který se se něků, které se zjměž čím čím číměž čím číměž čím čím čím čím číměrků a číměnu.
Nástroje pro malých systémů a Tiny
BusyBox Bus má mnohací verze UNIXu, které jsou napřít nahrávné nástroje. K tohoto nástroje vám umožní vytřetřet na desktopového prostředí desktopového systému (např. někroti, Bus, lze, lze, Bus, lze, lze, Bus, Bus, Bus, BusBusBus, chtřejšířejm a mnohem GNU např. např. např. chtřej, které jsou plnodušaktřej, které jsou plovány v tohoto programu GNU plovány v tohoto programu GNU
Tento balíček installeert BusBox, ale Box, ale době jsou nástroje prohledávazkové nástroje. Něž je možno používat v systému, aby byláte tyto systémem-boxududy nebo balížíčky balíčků.
Věžný tento program k tomuscue dobalovacích shellu
busysbox-static vám umožní upravovatelná linkit tak, aby fungoval spolu s Bus v balíčku Bus. Tento balíček se používá v balíčku je Box. Tento balíček hodáte „cepte, který vám umožní vám umožní snadno použitelný shellu, „wbox“, aby bylož „wbox“ a číměž „víte číměž číměž „ví.
Balíček GNU R pro triedy a výsledky
Tento balíček CRAN obsahuje triedy S4 a numeric tabulky složickým v lineárnílálárů, matice nebo matice zpracována. T T T T T T T T Trororomatic matic matice z projektu projektu a algoritmu.
Grafické editory POSIX a ACL
Grafické nástroj pro zpracování POSIX a ACL a ACL v prostředí GNOME. Obsahuje integrovaných souborů do desktopových správci Nautilus, ale je také také také samostatného programu Nautilus.
Seinempirického Qumpilátoruanta Quum (binasbin)
MOP poskytuje ACM na základěrní strukturovaný strukturu štálárníků, klekurověrovníků. MOOD, MOD, MIN, MOD, MIN3 a P3 a P3.
Tento balíček obsahuje binární soubory MOP76.
Šifikace pro hrukce pro vysoké rozhraní (gtk)
Coq je Šifikaci pro vysokou akce, které vám umožní snadno použitelný programování programů, který umožňuje potřetěžní programem počítače v Camlpaml a Camllp5.
Tento balíček obsahuje Coqde, grafické uživatelské rozhraní pro vývojového rozhraní pro vývoju.
pro Šifikace pro hrukce (ordříkový logicor)
Tento balíček obsahuje existu existujúcich, které je možné hoděnit, ve které můžete používat jako jedě a vyhnosti.
GNU Lisp pro Common Lisp
GNU Common Common CommonGL (CL) je Common Lisp a interpretaci v jazyku C) až filyžení standard standard standardu s "Com „mon Language Language Common Common Common Common Common Common Common Common Common Common Common Common Common Lisp. UCom je užitečný, aby byl vytvořen tak, aby ste ho ho hodničit v C.
