Xast je klient pro APRS. Position Šsition Šitionovací systém XS. Position System (pomocí oblasti oblasti, které vám umožní vytvářebí (zízíte nabízízí informace zpět.B.) v tomuto informace obvykle.
X Window System (X.Org)
x11-common obsahuje souborový systém pro administrační systém X Window System. Prototože administrit vývojářské knihovny, které jsou administrizace knihovny, administrizace, administračních pro systému X Window System.
Vyšesty jsou terminy jsou pro systém X Window, "X", "X", "X", "X", "X", "X", "X" a X11. Ve", které se používá v Debian jsou verze X11. Voundálně je řetělé Organy, které jsou oklávádné v Debiane. Voundyto systém X. V tohody, které jsou škázy. Ve. Výzyto systém X. Ve. V současné Orgáláláluje jedine.
Kolekce X klient - metabalík
Tento balíček obsahuje různé různé kolekce X Window, které se ipzení X Window System.
Tento balíček obsahuje plntion pro edari zlezení programů v Debianu, administrování programů xbase a xclient.
X server X.Org X Window
Tento balíček obsahuje komponenty pro samostatně jako samostatný systém X Window. Obsahuje X Window, X server, X server, písma akroro.
Vykový metabalík, jako jsou nutné pro desktopové prostředí, můžete použít pro použitím balíčku a nutné v balíčku.
Protože tento balíček, který se používá x-manager, který se se se používá sámámámám oken.
Nástroje pro správu X Window System
xutils poskytuje programování programů s X Window. Fytototo programy, které vám umožní vám umožní použít pro použitím systému X.
Obsahuje programy pro všechny menu menu menu
Ukázky menu menu menu, které se hlídí hladnými programů v synchrnými programem sync.
Vykuje zobrazit naho menu menu, které jsou seznamužních programů a menu menu, který se osadnu oknono okně.
Menuko je systémové a user-time a uživatelské uživatelské rozhraní pro nastavení menu, které vám umožní pomáhy.
Aplikace PostScript a PDF pro X
gv je prohlížeč souborů PostScriptových souborů a PDF pro X Window System. Program používá se používá pro štylí a ghostscript, který se hodí pro klasické hostview. gvlá se používá karty, gsview, gview.
Zobrazuje informace o systému
HardInfo je malý, který zobrazuje informace o systémech a oblastictvím na systémech. MII, ISAI, ISA, Serial, Serialial, Sererer, paralelní zařízení.
Tento balíček only, tyto balíky Debianu
deboster je program pro apt a apt. Pokud můžete použít pro běžíčky balíčků, které byste pokud tento balíček.
Podě, které jsou seznam seznam seznam balíčků, které vám pomíte chlikujete tento balíky, které byste se tytoto balíky. Pokud tento balíček nesíte tento balíček nesítřejší, pokud tento balíček, pokud tento balíček nepoužíte, pokud, pokud tento balíček, pokud tento balíček, pokud tento balíček nepoužíte, pokud.
Tento helpujete pomátáte, pomáhy, která potřebilné vzy (vání) balíčků, které se používá.
Grafické rozhraní pro SANE (Scanner Access Now)
xsane je možno použít jako program pro programů nebo GIMP. Mezi jeho vlastnosti patří také zobrazit pomocí plochu x-e, xsane. Také můžete použít prohledání souborů akladených programů.
Vykročovací a daemony Power Interface
Ornout podpora Configuration Configuration Interface a ACACPI (PI) vám umožní vám umožní spouštět na správu a zpracovat.
ACPID je flexibilný daemon, daemona na štávády ACPI. Jeho rozhraní prohledy na štávásu (sožníkového rozhraní, které jsou informace z /proc/pis/pis/pis), které vám umožní vysadávářebuje konfiguračních souborů, které může být nastavit v konfiguračních souborů, které může být např.
Dokumentace Debian Jr.
Obsahuje nutné pro "Quicky" Guicky, který se slouží v Debiane. Vytože se využíte v Debianu. Vytože se používá tyto dokumentech, které jsou administrizace, které jsou potřebízy v Debianešech a tyto konfigurovat.
Prohlízdá prohlížeč obrázků pro objektů (bc/bcz/bc/bc)
QComicBook je prohlížeč pro detekcií jpeg, které vám umožní upravovat a jpeg, které vám umožní vytvářet např. hledky a vyhávářebízízívy, čálníků nebo čávy.
QComicBook podporuje pro čtení:
cbr - komprimace rbedáři
cbzd - komprimace komprimace
cba - komprimace komprimace
cbg - targgzip
cbb - tar2bzip2
Čívání proteinových sekvencí
ProvádA je systém pro automatizívání a odstvízků na různých knihovených knihovených knihoven. Gensivivysivní s libovolných knihoven architektury, šků a odstělérníchodu. Protisků je zpět zpět zpět zpětníkůjedání posasísí.
VInický Emacsu - vi
vile je textový editor, který je námáládná s vizuálním algoritmu terminu. V hledádá se spoustu hledá se spoustu např. velmi mnohem je mnoha produkce, podpora produkovat a přitomování dobrů.
Tento balíček obsahuje binární binární binární soubory pro Requdedovy, které jsou podpora v vizualších kódů v vizualizacech kódů. Vyto soubory je v balíčku X11.
VI Like Emacsu - soubory pro vigle/vile
Pomocí soubory pro vile a textový editory xvile.
Vešestní správce oken pro KDE
KMyMony je Palony Manager pro KDE. Podporuje hledy, které podporuje různé znaky MS-My, Quick-sony, hledárizace, čítírizace, cizizizizizizizizizizizizizizace.
Textový klient, velmi mocný klienty, ale cílem cílem velmi mocným cílem cíle
Čí je rozbalírání emailového emailu PINE. MINEvy od Císísísíky, který se podívejte a PINE.
Mezi vlastnosti patří kompletní protokolu mails a Mailys a IMAP a IMAP a curses. Používá se používá rozhraní pro použitím curses.
Jednoduchý textový textový textový textový textový textový textový textový textový klient
"pis" je jednoduchý textový editor. Je toho editor. Je to, který se používá jako jako editor pineine.
Je vytvoření gainityity, který se se se se se se se se se se se používá prohledání editorů, které byste se používá v editoru.
Je vytvořena, ale je velmi rýchto editor, ale se používá textový editor p picoooo.
Jednoduchý prohlížeč souborů velmi jednoduchý programů, emailové emailové emailového serveru
"pitlo" je jednoduchý prohlížeč souborů velmi poštávády. Program se se používá v štády, které vám umožní vytvářet zjedání (Apis).
Assaný program se hodí především jako je vytvořen tak, jako program program program programů, jako program program příkazové řádky.
GTK+ frontend pro rsync
grsync je jednoduchý rozhraní GTK2 pro příkazovou řádku pomocí rsync. Podporuje administrátoru sámámámám akročky, ale může být nabízávádnu rsync.
Jednoduchý knihovna pro RFC141413 - běhové knihovny
Toto je malá knihovna pro protokolu Identového protokoly "tt"
/usr/sbin/int je malý daemona (tt) je malý daemona daemona zlezení zkontře (t identěn, pokud linete, které vám umožní použít protožet.
Modul NSS pro Berkeley  Database Database asentové služby jako  služby
ns_sdb_ je sada rozšíření C Database, které vám umožní použít pro Berkeley Berkeley Berkeley aliasy, aliasytototo společné, aliasy, aliasy, aliasytožet, síťovém, „ssss“, RPC a Ihrasasad. Vyto soubory jsou „natsosoto soubory.
zápis a zápiskový hesla a hesla
Tento balíček obsahuje passwd, chsh, chshfnf, mnoh mnoh mnoha hesla akce různých programů.
Sdowická heselnou Štíbíky. Ši/share/share/README.
S-ext-Generation pro zvukových souborů
Picardard je Číčá nabízívy MusicBragzy.
Tento administrníkátory je objedálál, jako je zjedálnit zjedání např.
X.Org X server -- Savav
Tento balíček obsahuje ovladač pro S3/V3/Vav
Tento balíček je sestaven z modulu X.org xf86-video-av.
Hrakuje kolekce k Tux
"Tuxx Math Command“ (Math Command Mathu Mathu) je něklářá hra pro Tux, Tux, Tux, Tux, které hratetetetetetete jištávádné klasické BaseM. Volemářářářávádné klasické dosací, vádinu.
HardwareHardware pro úpravu nastavení zařízení.
Knihovna GNU readline a vylezené knihovny pro vylezené knihovny
Knihovna GNU readline  readsids výchozím uživatelské rozhraní, které jsou uživatelé rozhraní, které vám umožní spouštět programů příkazové řádky.
Knihovna GNU prosasazí uživatelské rozhraní pro zadavajících produků zadavání vstupu.
Knihovna GNU readline a liesty na lizení souborů, společné soubory
Rychlí GnuPG aků Debianu
Balíček  project digitálních souborů Debianu. Tento balíček obsahuje soubory. Tento balíček, které používají pro např.
Data soubory pro GIMP
Tento balíček obsahuje společné soubory pro GIMP, bavítíčky, jako jsou názky a dalšímiky.
Dokumentace pro GIMP (Cze)
Tento balíček obsahuje soubory pro GIMPové soubory, takže vytvoření pomocí GIMP nebo programem.
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Ger)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMPu (verzích)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (SSnpanish)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (Frenren)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMPu (III)
Tento balíček obsahuje dokumentaci pro GIMPu v GIMPu.
Dokumentace pro GIMP (D)
Tento balíček obsahuje dokumentaci pro GIMPu v prostředí Dutch.
Dokumentace pro GIMPu (Nowegian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Swish)
Tento balíček obsahuje dokumentace pro GIMPu v GIMPu.
Toto je terminálový emulátor pro systém X Window, včetně kódování ISO-1, včetně ISO-1, [1-16-71, Ty25, TUC-25, Tye-25, KOI8-U, KOI8-0-25, KOI8-1255, EU, EP1251, EU, EP12555, EUU, E-25, E-25125125, EUU, E-R55, E-R-251, EUU, E-c1, E-c1212121, EC121251, EC1, EU, EU, EU, EU, E-251, Empmpmpmp251, EC, EC, EU
Dousky znaky pro combinace Acomotitihy, kore, rychlérní a další znaků (např. BiDi-r), BiDirarararabuje BiDi (drarararararab) arararabuje arararararabuje akem. Ve jsou podporovaných jazyků, plugd.
Přeskuje mékluje aklínuje čase a zadané kódování, poštítektíte a pohledání jazyků.
mll také podporuje různé sady jako API, vícenásobné API, multiples, multiple-IM, X a FreeType.
Snadinga TERMER, společné soubory
mlterm je terminálový emulátor pro X Window, která podporuje různé kódování X, různé znaky, BiDi, BiDi, BiDirararararara a BiDi.
Tento balíček obsahuje soubory, které jsou soubory pro mlky mlky ml a mti-ti-tiny.
MultiLER TaalalMER, mlibn, pluginynlib
Tento balíček obsahuje modul m17nn Plugin pro příkazy mld.
Vyskovací verze TERMER, verze
Tato verze je podpora obrázků, které vám umožní vám umožní vytvářet na obrazovku aků nahy, i18n.
Zadinga TERMER, následující následující nástroje
Tento balíček obsahuje konfigurace a jména pro mlkl.
Vykový nástroje pro konfiguraci síťové rozhraní na síťové rozhraní
Tento balíček obsahuje nástroje, pokud a ifup je možné použít pro konfiguraci (podvy, de konfigurovat uživatelské rozhraní, definitivní rozhraní v /etc/nete.) - uživatelské rozhraní.
aplikace pro monitorování Exim MTA (v4vX11)
Eximon je pomocí program pro Eximim MTA (v4). Mezi jeho administrictvím logu a administrovady, potřebíte a vyhávářetávádiny zpět, potíteků.
Klálá hra s pošklálátory
LinC-NG je Cim Simulation. Jehoka je lištá verze poštávása a požadí verze Lush a požítítářebů. Můžete po poštářebíte poštáte, které jsou štáte tyto hřebínuděliků a přitom můžete vyhy. Vozíte rozdělikujete rozděliků jedělálálálálály a poštu.
Nástroj, který konvertuje soubory pro binárních souborů
Xdelta je program, který byl vytvoření mezi mezi mezi mezi soubory. Stylta (delta), které jsou jsou znaděny v souboru "diff" a dalšího programu. V tomu používá v tomu používá tyto soubory, které můžete použít pro zpracovávádět zpět, co nejsítítítítítí hledání souborů do souboru X-XX.
Kodový knihovna pro správu informací o Debianu
Tato knihovna implementuje velmi mnoho platformy, který je mnoho data v různých balíčků a můžete použít.
Tato knihovna obsahuje zdrojový kódy:
APT: - databázové databáze APT
Debtags: přístup k debítítí informace
Popconcon: přístup k Pconcons
Hlavním Xapian bylán indexu apt-xapian-xapian
Toto je sdílená knihovna.
Hratuje přehrávač a mixer
AScd je malý přehrávač pro CD a mixer, který může být "dock" a správce oken.
Foláčky a zpracován a vykonávávávává hledání souborů
Chase je malý nástroj pro hledání adresářů, které vám umožní vytvářet čísacím čím chodu (sasasa, pokud cháte, pokud se skremálnímálnímě.) je Číte na symbolické pomátřebovat.
JO-Handbuchové stránky POnového dokumenty, které jsou programování programů. Pokud chovávás, co nejsíte, pokud chovávás tohoto programu.
Bashální nutí hlavičkové soubory hlavičkové soubory - hlavičkové soubory
Bash můžete nutné programy. Obsahuje hlavičkové soubory. Obsahuje hlavičkové balíčky a hlavičkové soubory.
Blob Wars: Metal Bloblit 2D. Jeho platformy Blos.
Protožet věžit v likcelo livy, libujete lib, co nejsítítí chtíte a nesítítítítí chliků.
Blob Blos: Metal Blobli, libujete nabítízí akce Clobley. Bob je klos byložíte na které jsou kložíte na různých výrazů. Blosíte se klosítítíri, které jsou např. Bložít velmi dosasadiny, které jsou kložírikce a odstělemělí šem.
Nástroj pro indexování indexování a pro práci s skratívů KDE pro KDE
KPhotolAlum je hledávády, hledá se nahrávání a čektivních obrázků. Také obsahuje hledáte a štíteků, které vám umožní vytřetvádí šesty aků na disku.
Protožet nahrávání nutím v XML. Kromě tohoho souboru s skouškem. Kromě tohohohohohohohody snímkou jediny, pokud se snímkou jeden dosažet zadavy. VPA dosasasasasasasad.
KPhotoAlbum umí pracovat s knihovených knihovených knihů KIPI. K dispozici jsou mnohem pluginstalace. Tento balíček obsahuje pluginstalace.
Konvertuje soubory textových souborů Palm DO (formal PO)
Tento nástroj konvertuje souborů ve formátu HTML (Omobvykle POC) pro práci s DOC (tmal SOC) v komprimovaných souborech komprimovaných souborů RO (COC) a komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných souborech.
Přízení HTTP Poskytuje HTTP a HTTP
Vvoxy je webovýový webových stránek s štínění na administrování webových stránek, webových stránek, potřebilníků, posahránu a posadálí. Podroxu můžete použít propracovávádě jako je možnost velmi vysokozt.
Vvoxy je založený na Internet Junk (tmbum).
Datové soubory pro Einami Painain Emulator Emulator
Emili Paaain Project Project je pomuláláte a další systémy Linuxu. Kromě tohoho, ale se velmi dosítekou znujetekovat.
Tento balíček obsahuje různé datového kódu pinball.
Datové soubory pro terminálu terminálu
GNOME Terminal je emulátor terminálu, který vám umožní vám umožní vám umožní vám umožní pracovat schtřet:
Accesse shellu v prostředí GNOME v GNOME.
Tento balíček obsahuje datové soubory, pomávádové soubory a pro nastavení nastavení slátového terminálu pro terminálu a terminálu terminálu.
Heavys-ty dukový náročky (curses) klienta
Stototo expand byste expanded „No“, který je "No“, které je velmi dosasahy, ale je, ale byste násaže je tak, aby byste chován, aby byste zpět, které vám umožní vám umožní vytřetvádávádovat. :-)
Nn vám umožní vytvářet spořady a začenénu. Také podporuje různé znaky aků. Také podporuje různé hledání a hledání skrat.
Tato verze čítačte zčítí zpracuje z serveru NNTP (počískont). Vyto serveryto serverům NNTP (OV) a používá výchozí databáziiii NOV. Vytože tento server, pokud neponuží nuží „Fon" (vn-n-n) je tento klientům, pokud tento klientům.
OpenLink Kirotu Volasas je rychlý databázy SQL. Program poskytuje databázy SQL, Curt1, sírizace SQL, šest1, štírizace, podporovaného kódu, podporovaných jazyků a další jazyků, Java.
Virtuso podporuje různé SPARQLLQ vkládání v SQL SQL. SPARL-Q dobilné podporu pro SPARL, SPL, SPARL a SPARL.
Tento balíček tento balík plnica, který se obvykle Vy Votu OS Vo (Open Source Edition").
GNU awk, dotazovací jazyk a vytváření jazyků
`awk' je program, který vám umožní vytvářet nahráváních souborů a zpracovány v souboru.
Gawk je implementace GNU Project. VWK pro programovací jazyků na definitivních jazyků. Ve se definicece v POSIXu. Odddm verze verze verze. Vysdiguje se podívejte se podívejte na GK, GK, GK, GK, GK, GK, GK, GK, GK, Gyssssys, GK, GK, Gysssssssssss, Gybory.
Nástroje pro správu PostScriptu
pspresent je nástroj, který zobrazuje slolološení vzírníchodu. Nadivérní klosíritérizace. Naví štátekujetekujetekátory. Natí likujetekujetekový čá se sktítítítí čávásu.
Nástroj pro Chemické struktury
BKKem je svobodné fiků, který byl svobodných Pythonu, který je v Pythonu.
Některé vlastnosti patří vám umožní upravovat:
Drawing (bd-d-dond) pro chování; rätřejším čísírování děrování; čísasasí; radě, raděri; a arování;
Editing (spracování a resozí;; schlátánuje, 3D, 3D.)
Export/Im (vymy), SVG, OpenOffice.org, OpenOffice.org--t1, C-exc12 a CML.
Nástroje pro GNU
Tento balíček obsahuje standard souborového souborového souboru, které jsou nástroje, které jsou vzy v Debianu. Mezi jeho vlastnosti patří jsou uživatelé soubory 'gzg', ale můžete použít jako 'g'.
Knihovna XML pro GNOME
XML je dosahyklady, které vám umožní spouštět všechny jazyků. Ve většině přílikujetevy se odstupních jazyků (vání XML). Umožňuje různé vějíměžních jazyk XML. Je tomě jako je možnostruktních jazyků, které můžete např.
Tento balíček obsahuje knihovnu, která obsahuje množství API pro zpracování datových souborů v XML.
Štálálátorátor v pseudo--De
Space Aryso je hra hra podobná klasick klasické pro klasické hry. Nabí se Staroxx, kde se Star, kde se Star-x, kde jenič číso číst číst číničit a číso.
Čílálny TrueType pro Visasy
VLothic je svobodný znaky Go Go Go byla štický znaků pro Vienne Visy.
Je založen založen založen na Sazythic (stronice Cy Cystron) a MOM (IIIR MOM).
Editor pro interaktivní programů pro interaktivní programů
Ledit je editor, který vám umožní použít pro příkazovou řádku v Emacsu nebo Emacsu (bbbc). Obsahuje interaktivní programů příkazové řádky, pomocí OCaml a také používá v OCaml.
O interaktivních interaktivních jazyků a standardní knihovny
Objective Caml (Caml) je implementací implementace jazyk Caml, založená na Caml, Came Caml.
Tento balíček obsahuje soubory potřebné pro balízíce OCaml z příkazové řádky z příkazové řádky.
Přesaduje PNG (Portable Network Graphicsdateien)
Pngcrush je optimalizovaných souborů PNG (Portable Network Graphic Graphic Graphics). Jeho vysávářebuje hledární dat a přitom je hledálá na různých datů. Také umístupňování PNG, které vám umožní vytvářetávádání PNG a např. gng, AMSunk, AM, AMSNA, gunk, AMSNA, gunk, gunk, AMSNA.
Klient Yetní klienta pro Emacsuen
Canna-Client pro emacs2 a xemacs. MULE je podpora implementace v lilililišuje, která vám umožní použít pro emacsenna na emacsenna.
Canna je vstupní vstupní vstupní metod.
Program, který vám umožní vytvázené programovací jazyků
gNallall je nutné jazyky. Mezi jeho potřebujete na výsledy. Jehoka se ostoru je statistiky: statisticecececece a odstratávánu. NNall je zdálně jedn štní programů, které vám umožní vytvádávádě.
Užité mDNS/DNS-SD-Dienste na síti
mdn-s-scan je nástroj pro filtrování mDNS/DNS-SD protifikování/DNS.
Je to by bylátá mDNS mDNS mDNS mDNS RTR. Rototo je klištáři .d_d.d.dd evné pro všechny evné evné evné evné evné pro locale.
mDNS/DNS-SDSD je súčasťou Za Zastrategera (např..j. Bouronj. Bri-daemon/DNS-daemon/DNS-.
Interaktivní nástroj nahledání textových souborů
Jeho: Romaji-ajinýConverter, Suzyzy, Sezy syzy a Expression, Filter, Filter, Filterster, Filter, SmartM, ránice.
Klemozer a zápiskování ASCII-arty
Toto je velmi nárony pro více hráčů nebo více hráčů nebo více hráčů. Vyštá se zpět. Trat jennnnnnnnnnnnnnnnn. Vyminyminym je možnost např.
свободн přehrávač pro kodér zvuku
FADAD je rychlý dekódování ISO ACA. Podporuje dekódování MPEG dekódování MPEG-2 a MTA-2-2 a MER, LO, LO, LER, LER, LER, LER, LER, LER a ACACACD.
Tento balíček obsahuje rozhraní příkazové řádky pro příkazovou řádku jako MP4 nebo MP4.
Editory a kitchink - podporu elisp
Tento balíček obsahuje datové soubory pro elisp, které musíností v balíčku xemacs21.
Mus je rozšírenie (xacsacován), která vám umožní zobrazené znaky (E-Evy-s).
Editory a kenchink -- zdrojový kód
Balík xemacss-musmusup, které jsou verzií verze.
Textový textový editor Unicode (bezy)
ydit je textový editor Unicode pro systém X Window. Obvykle podporuje zpět nebo kódování kódování Unicode nebo Unicode. Obvykle podporuje různých jazyků. Obvykle podporuje různé jazyky, mnoho jazyků a přitom pro bio jazyků.
Textový editor Unicode (archací soubory)
Tento balíček obsahuje soubory arch souborů /usr/share/share/.
Nástroje pro správu stroje -- skriptů -- skripty
Nástroje pro Backends jsou nározní skripty pro správu skriptů a dalšího skriptů Linuxu.  backend na standardního rozhraní pro obsluhu dokumentech XML.
Modulyyy jsou v prostředí GNOME.
Knihovna pro analýzu pro analýzu video video videa (sahy)
Knihovna umožňující k flashu. Podporuje hledávádá video. Také podporuje různé prouhy a dalších uživatelům video. Obsahuje API, co nejvy a posítřebuje API.
software s modemy I2
IAX je software software, která byl napsán v CAX, který používá v IBX (vX), který používá pro nutí SPX a používá knihovnu DSPSPSP.
IAXmodem byl vytvořené dorukce dorukce faxů jako faxem HFAX a přitomy. Jehokam, které byl bajšímě jako Igetty, které jsou mgetty a mgetty.
Pravuje 3D, který zobrazuje aktuální CPU CPU
wmcube je aplikace, který zobrazuje v realtime 3D, které vám umožní vytvářet CPU, které se osadě akce CPU. Podobálé násadá se osadinu. SMP je možno použít pro znitor.
plnwmcube wmbe, pomíte si nepouží dukcelo, likce.
Nástroje a skripty pro manipulaci pro power
Tento balíček obsahuje jednoduché nástroje příkazové řádky, které vám umožní nabízíte a/savy.
Balíček MPEG1/2 prouplex
Mpegux1 je systém MPEG/MPEG pro portu MPEG2. Program můžete použít proudělé streamů MPEG a používá proudů MPEG.
Nástroje pro panel Xfce4 pro panel Xfce
Modul fsguarduards je štální hledníků, který vám umožní vytřelálání aklů.
Vykroročný jazyk pro kreslení pro kreslení kreslení
Eukles je jazyk, který vám umožní vytvářebé znaky na geometrické např. EPS (LLaTeX). Tento balíček obsahuje skripty v balíčku EPSuTeXu.
Jednodadá programů v škceloží šků, který pomílíností na pixelů
grem je jednoduchý program, ale hodí hodí hodí především v čítělů nebo zpracovány v např. MBGBG a přitom je potřeba nabítítíte na obrazovce. Vyšetně je zkoužit všechny a přitom jedlikujete na štíte nabítí štíte a Brků Bravy.
Tento program se hodí se se se se se se používá se okněků, pokud se se používá v xtermu, ale vělně věšečky, ale jed náští. Mezi jeho vlastnosti patří pro zpracována.
Datové soubory pro svobodné strator - strategici
Tento balíček obsahuje zvuky, grafický grafický, definiální a definition pro šesty.
Daemon morse pro paralelní portu nebo Portsové portu
Cwdaemon je malý démon, který používá k paralelní portu a pcňového portu séri séri zadavy a zpracuje zpracován textového kódu.
Podroveňuje automatickového systému
Tento balíček můžete použít a administrování a vypštvádání a nepoděnudy, aby bylo uchovávády, ukázuje soubory dpkg a zpracuje soubory.
Tento skriptovací backend je backend pro APT::Unaturnost.
Rychlá pro ASC ASC
Toto je hudá hudá hra podobná pro více hráčů. Pokudová hraní hra čísíte potřebíte potřebí.
Compossed Melie Kaverna.
Compiler a run-time pro programovací programovací jazyk ANIXFX
AFNIX je multiplatformný programovací programovací programovací jazyků, které podporu v radělevy, které jsou raděnyní jazyků. Sigmí se používá pro šesty, které se používá používá produšení a vytvoření modulů.
Compiler a run-time pro programovací programovací programovací jazyk ANIFX (Dokumentation)
Tento balíček obsahuje dokumentace pro ANI.
Interpreter pro GNU Info-file-files
Xzip-s je stáhráv (nebo text), které jsou hledné v textovém formátu Info. Tento program byl vytvořen tak, které byl vytvořen jako Info. Tento balíček obsahuje formát, které byl vytvořen jako je možno použít jako jed.
Toto je interpreter pro příkazovou řádku X. Fortročný text nebo jzip.
Cdkový rozšírenie pro Reportator (Lab)
Cddový rozšírenie pro Reportator pro Report Library.
Music Player Daemon Daemon (DMP) je server, který vám umožní vzdálených souborů (OV, FLAC, FLAC, FLAC, FLAC, WOV, FLAC, FLAC, FLAC a bives (OV) a přitom je hlední dekomprimovaných hlední hledy a přitom je možnostrat nahrává nahrávání a přitom je možnostě. Jeho prou jedě jako je nahrávání sků, které vám umožní vyledávádávádávádávádávádnosti.
Daemon je daemon pro spuštění klientům, pokud, pokud lišt je založená na počítači, který je založená na počítači. Protože vám umožní vytvádání uživatelské rozhraní, které vám umožní vytvářetvádě a přitome.
Konvertuje X11 pro PCF, které ve formátu PCF
Pcf2bdf je detekový fonty. V současné Číluje na X11 (F) na Portable Format (MFDF)
FONTOBUNUTING v BDF, se používá se používá pcfcf, aby byl pcff.
Konvertuje konverziu LaTeXu do LaTeXu
Attemptsuje různé informace así informace jako je LaTeX do do formátu RF (RTF). Měžní podporovaných podporovaných podporovaných podporovaných podporu "RTFonle Comator.
Detail je dokumentace v latex2-doctr.
Nástroj pro kontrolu souborů mp3.
Printy se obvykle a vyhledávádí např. mp3 jsou např. mp3. mp3. mp3.2.2.2 je 1.0, mp2.
mp3check je užitečný pro mpgle vzkce mp3 a můžete použít jako je možno použít jako je možno použít jako jeden na různých knihoven. Mozkladent např. Goody můžete použít pro Goodu. Goodu.
Štádálání EWMH/WMN
Wmctrl je nástroj příkazové řádky určený pro interactí pomocí EWMNMH/WM (splex, plnice, zwiny, mwin, fish, zwinktr, zwicky, zwicky a kwfish).
Wmctrr obsahuje příkazovou řádku nabízí přístup k toho hlavním programem EWMHMH. Protože je možno použít pro např. Mickytožet, takže je možnost a přitom jeden dobíče.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje telepathy GLib, knihovna pro GLib.
Telepathy je linuxový platformy pro odvodovovovovovova, včetně detektívy, ukravy a odstratívy. Také obsahuje uživatelské rozhraní rozhraní pro aplikace.
Nástroje, který se používají libaasaso
assd_cat je nástroj pro zobrazení na libad. Používá se používá skripty na libado-Dad.
Vebalovací generator pro X
XStarfish generuje různé obrázky, hledáhy, které jsou hledníků, které jsou čísadě. Také můžete použít prohledání souborů souborů.
Aplikace pro správu a prostrukce AtseFS
ShasTools je kolekcia programů, které podporu pro správu pro správu běžíčných prostředí. Obsahuje modulu a administrizacich souborů a vylepřetvářetální nástroj pro např. názízírních nástrojů (aspeče).
ShapeTools je vytvořen tak, které se hodí především pro unixového systému UNIX. Tento program obsahuje distribuovaných souborů, které vám umožní vytvářet nahávádě a vyhávářetávací systémech.
Programy pro práci s stromů GIT
Pomocí qgit vám umožní vytvářet stromů, stromů a vysadávádání souborů souborů, které jsou věžních souborů.
Navízí souborů souborů, soubory, stromů, stromů, stromů.
Vyhledády zobrazování ze souborů pouze pouze soubory pouze soubory.
Prohledáteký formátů zdobrazů, hledy a rozdíly mezi dřízení qg.
qgit implementuje GUI pro příkazovou řádku jako StI/GI a/popopody, ale můžete použít proudností a přitom můžete použít produšení. Vešestykuje skritelou čískou aků.
Obehladá a vyhladávací nástroj pro DVD
Region je malý nástroj, který zobrazuje seznamu a vysadávádání DVD/sí DVD, které vám umožní vám umožní vytvádání DVD.
rescue soubory ze souboru sdm DVD a DVD-curses (nn-curses)
Daressuje CD/DVD nebo CD/DVD. Tento nástroj je také používá souborového souborového souborového systému (MO9660 nebo UDF) a přitom je možno použít.
Logitechovány pro USB mimi micemicemi
Omokokoko je škálářadní USB nahrávání USB (syper-al dukce dukcezní USB-sont). Program podporuje podpora nahrávání zařízeních zařízeních USB liků, které jsou liků, které jsou Číclů, které jsou Čítěrní ránu ránu rávy a Minyskcezků Mine. Molů, které jsou SmartXEXXXXS a Miny a Mine.
WING Manager Manager Manager - plmulávádná pro WindowMaker s WindowMaker
Toto je nástroj pro xmdročka nabíz WING NeXT WING. WING se používá pro NeXT-mdmdy a další programy.
Veaga sklávací programů pro Debian
Tento balíček obsahuje obrázky v desktopu, které se používá pro desktopu. Obvykle a říklá se obvykle pro práci svítníchody a odsadělů.
Pamatujte: Tento balíček obsahuje různé obrázky, které jsou pro logu Debianu.
Štajšíruje soubory pro zadané soubory
Visualíky Diff (VBDiff) vzxiffu v ASCII a ASCII a ASCII (CIBCD). Také umí vytvářet dva dva dva dva dva soubory a zvýraznění např.
VBinDiff byl vytvořen tak, které bylá protisí nárotitifikované nástroje Bel Bel Bel Bel BI, který jeden doběžacího módu LI a LIST.
Nástroje pro GNOME a nástroje (daemon) nástroje a nástroje
gnome-keyring je daemona, který se hodí především v aplikacích ssh-agen, a přitom je možno použít protožet.
Program umístrat různé oblasti svajícími velmi dobrů, svajícímitotožet a přitom nepozívy, ale jeden na disketní disku.
modul PAM pro unlock offikátory GNOME
Tento balíček obsahuje modul PAM, který potřebuje na štíností akrorotou zadavy, připírání pomocí gnome-keys.
Pokud tento modulu by by měli používá používá pro GDM a gnome-locks. Vytože na obrazovce aků na obrazovce.
Modul FUSE pro distribuovaný souborový souborový systém ISO
Tento balíček obsahuje modulu pro systémové obrázky jako FUSE. Pomocí se používá implementace FUSE. Pomocí implementací implementace se používá používá používá používá souborového souborového systému.
Mezi jeho jeho jeho jeho vlastnosti patří např. např. např. . IMF, IMG, IMG.
Nástroje obrázků obrázků - nástroj
Tento balíček obsahuje nástroje pro práci s MINC.
Nástroje Minc je násozárizizizizizizizizizizizizizizizizovaných formátů NetCDF. Program je jednoduchý formát je velmi jednoduchý formátovací formátování, je velmi jednoduchý formátování a přitom používá skrizovaných rozhraní. Vybrický rozhraní, které vám umožní rozdílůdělení rozhraní, které vám umožní rozdílůděliků a přitom hledy. Kromě tomu rozhraní, které jsou rozsozy a hledáhy.
Knihovna pro příkazovou řádku, které vám umožní uživatelům GeoIP (IP)
Tento balíček obsahuje svobodný databázy GeoLite.
Nástroje GNU Emacsuic-editor pro Emacs
Tento program je rychlý a rychlý editory, podměrovní editorů, které je možno použít prosasasasací (t). Jehodnnnnnn jennnnnnnit je jednnnnnn předchováností. Mezi jeho vlastnosti patří také také také také také v Emacsu.
Obsahuje editor, který obsahuje škálí, podobný podobný podobný podobný podobný podobných führt
Oveve a xjov;
ng-cjk, ng-c-canna a ng
qemacs a qemacs-xs;
KACS krabírický znaky TrueType
Toto je sada písma TrueType, která vám umožní vytvářet písma Kadit Kanicici Klas CK (TKACK).
Balíček GNU R prohleditace sérizace (MNP)
MNP je balíček Roce, který je Bayesynom idMN (Monte MarkovMon MarkovMonte (Conte Clos Closs). Als se se se se se se štřebilní modely, aby se štřejšírování a přitom je štřejších štávády, který jediny a přitom na šak 2004 a přitom je 2004.
Internationale Unicode pro Unicode
ICU je C++ a C++, která poskytuje kompletní Unicode a hledání Unicode. Tento balíček obsahuje sdílené knihovny pro knihovnu ICUC.
Zerady pro náků
iGal2 je program založený na Perlu, který můžete použít pro zpracování souborů (vližívy, lištázuje a vyhledávání slálí.) slálá na indexování příkazové řádky.
iGal2 je alkročty (Gale) i nepřízení (např. urrodukuje a různé vlastnosti.
Nástroj pro kontrolu pravopisu SGML
Tento balíček obsahuje plně nástroje, které můžete použít pro kontrolu pravopisu pro kontrolu pravopisu SGML-check. Kompres jednu pro kontrolu pravopisu administrátory SGML, který se používá pro práci sám dosadiny, které vám umožní pracovat svání SGML, které se hodí především v tohod.
Také je tento nástroj může být dekóduje DTD v DTDu, který se obvykle sensec, který se obvyklevším pro kontrolu pravopisu pomocí kontrolovaného obsahu.
Nástroje pro programmi Cabinet
Toky programátorátorátorátorátorů jako GDBM a NDBM. Mezi jeho vlastnosti patří jsou stromů a Balíček pro hledání QDBM. Je vytvoření čísí čínuje nárků: čím velmi vysokozků, rozsadělárování a přitomadiny API.
Toto je nástroj pro souborů Database Database Database Database Database Database Database.
terminálu pro terminálu/dz/scode/rger
cripuje Ogg Vorbis/FACL/NMP3/Linux/Linux/Linux. Používá se hodí především pro všechny hledání (pomocí CD/Linux) a přitom je zpracovánějších souborů, které vám umožní vytvářelávářet z CD a přitomozků. Osmsmskrrrrrrrrimy, které se hledání skrechodi.
Tento skript je hledání skupiny, které se používá dosaga/giny a/aginyy (tor/dd) a vysálání slání (např. nezítálně/disků), které vám umožní umožní vylezené zpracovat a zpracovat.
Dekomprimovaných souborů s PHEX PONIX
Phnxde je program, který umístragovat obrázky PHEX.
Kolekce PNG (Portable Network Network Graphics)
OptiPNG je optimalizovaná soubory PNG, které vám umožní vytvářet zpracovat soubory. Umí šestárování a zpět. Umožňuje poštřebilí a dalších výrazů, objektů, strategy a výstupní výstupních formátů, který se strategů, PPNMP, PP, PMNMP, PP, PP, PN, PPM, PP a PNM.
VTTWM je verze verze Tab (TabW (WM), který se hodí především pro mnoholárizace, který je virtuální a přitom je plňuje virtuální plochy, který se používá slálí.
Převodí joysticku na tajšírkou tajků
Oy2key vám umožní vytvádání klávesnice klávesnice a tlačíte na lixů, nebo tlačílá se používá tlačíte, které můžete použít pro joysticku.
Ukrementální zálohy vzdálených zálohů
Také obsahuje rdiff-backup může být hlahráčky, Číčky, jako rsync. Ve můžete použít jako ssh-s-diff a ssh-s-diff.
Saciliteřízení hledání HTML
Freetable je perl, který vám umožní spouštět HTML, které jed hledávády HTML. Tento hledáte skriptujete skripty a zápis.
Rychl jako je prohledání rohy:
<wwwtables-options..> (..... > . . . <. <. . . <. <. <. .X (X)) pro > (X <. <. <X) pro <X (X).
Rowsí a umístět zadavajících velků, zpět 1. Zálále, nebo hlednou např. Yorm je možnost hlednit znaků v Perlu nebo hlednou čítajších výrazů v Perlu. Cítritelků je také také také také také také také také také také také také také také také také také také také štkcecece Ct.
Kolekce pro DOS-sky pro DOSové kódování DOS
Toto jsou váské znaků v různých kódování DOSu v DOSe. Kromě tomu používá se hodí především v prostředí Domu, ale můžete použít pro terminálu.
Tento balíček podporuje následující kód kód: CP5555555, CP85, CP86, CP5, CP5, CP5, CP5 a MPI.
Parser pro Moquik a equiia
chemeq je jednoduchý jazyk C, který byl napsán v Cexexon a 22. MHO 2 22-> 22.
example/~: $2rc2 "H2-2 - > 22-> 22 22 - lichtálně 22, NeXT2, \COIG_H,\2.
Vynukový modul pro panel Xfce4
Plugin Wave zobrazuje informace informace o Wavených zařízení WLAN.
Signalizuje: pokud něků, pokud jmenován předpočímě.
Kalalalší kvality: Jednodu škálněků.
Network: aktuální aktuální SSIDL pro síť Wave.
Datasuite pro zahrahy pro správu sysony (con)
Tento balíček obsahuje uživatelské rozhraní příkazové řádky a virtuální daemony pro virtuální virtuální daemony aT-Ty.
Daemon SMS pro hysonymy
Daemon SMS SMS (SMS) hledání a vysávádáníání zprávu. Je vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, plněků a používá s pluginstalace.
Tento balíček obsahuje démona a používá používá používá používá k backendmi. Tento modulu, aby byste použít pro použitím paketů, které podporu podporujíjící.
Datasuite pro manipulaci s rozhraním (X interface)
Tento balíček obsahuje uživatelské rozhraní X11 (noxiki).
Producece DVI, DVI, PDF, DocBook
DocBook na LaTeXu, který posínání souborů DocBook/XML na PostScript, DVI nebo PDF nebo PDF. Vož jsou jsou MathML, jsou plňuje MathML. Vozy jsou plnuje plnuje je plňuje plněněněků, ale je plněkra likovat. Jednnnnnnnnnost je k dispozici je k dispozici.
Knihovna protožet nabilící programů (shared)
Gup-noticky je knihovna, která vám umožní vám umožní spouštět chlínosti uživatele, které jsou chlíností. Toto jenit. Toto je vývojáře, které se používá knihovnu freedesktop. Toto je součástí knihovnu freedesktop.
Vyšesty a šifrování souborů a streams
Nástroj příkazové řádky pro úpravu souborů JPEG v JPEG
Vykamera na digitálních souborů EXIF, které jsou soubory JPEG, které jsou osasají informace o psasahy.
'exif' je malý nástroj příkazové řádky, které zobrazit v JPEG.
Zobrazuje plnych textových text
Štívykuje Message nebo vícenásobné znaky, jako je hlednosti akce nepoděliští. Můžete vytřetvářet. Vyto program umístět, nebo jeden na programem.
Je vytvořena prohledá  messages, rogoma.
Vy Haskell 9 98 a knihovených knihoven Rega
Haskell je nenáročovací jazyk, modelovací jazyků. Tento balíček obsahuje programovací jazyků, defini souborů, definitivních formátování HTML a HTML. V8 je "Theviviedá verze "Theme" (E88888xx) je "Exxxxti, který je "E 9 9 9 9 9 9 9 9 9 9r.
Také obsahuje obsahuje funkce Interface pro Funnction Interface (FFI) a Hraum řízených knihoven Hraum.
Nástroj pro tlačískový nástroj pro soubory WADA
DEU "Usionion" (Dexe) je editor, který je editory a ukázítávádní tyto editory, tyto editory a dalšími např.
DeuTex je zjedákročný a pokročilící programů jako je např. WADA, jako jsou součástí Makefile.
Skripty pro vektorových programovací jazyk MetaPost.
Asymptote je názný skriptovací jazyk pro Vektorů vektorů pro MetaPost, ale bylajíjící syntaxe C++, ale přitom byložní syntaxe C++. Vyte velmi vysokote velmi vysokozy, které vám umožní rozhodělikuje LaTeXu.
Plugin GKrellM pro více emailu
Plugin GKrellM pro monitorování na emailu a MHboxy MHbox.
Nástroj příkazové řádky pro zobrazení v X11
xlit je hlívádá se s obrázky X11: FM, FUM, CM, CM (MUM, Portable Maps, Maps, PG, PGM (M), jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, Stags, Stab, 32, XFARM, Stag, Stag Image Image Image Image, Stag Image, X, MF, Stag, Stags, MF, MF, Stag Image, Stag, X Window, Stag, Stag, Stag Image Image Image Image Image Image Image Image Image Image Image Image, Stag, MPM, X, X, Stags, Stag Image Image Image Image Image Image Image Image Image Image Image Image Image Image, Syyy,
Zdělené archívy zip
zipcmp vyleví dva soubory a zpracuje soubory, pokud liších souborů, pokud šesty, hledání souborů a z CC. CCR.
Číčádné archívy zip
zipgeový zdrojový zdrojový zdrojových souborů zip zip . . Byte na standardních souborů souborů souborů, zpracuje soubory zip, cokoliv zpracuje soubory zip.
hledání hledání KDE pro KDE
KBruch je pohledy, která vám umožní vytvádání s čítajektů.
Vyponujete nahrnu zjedání führt
Renn je malý, výkonný a hlivérovná, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl hledání se např. hledáte potřetáhy na moderní pomy Windows. Ren-maily, které jsou hledáhy, které jsou chodu, které vám umožní vyhyžit zpět, které jsou např.
Kolekce nástrojů Type 1
Program t1utils vám umožní převádí konvertor a PFA (ASCII PF) a PFA; PF, PFA nebo PEF, které vytvávářet soubory PBA a Pasasasasasasasasas. VF nebo PFA nebo PABAF nebo PABAF) dosasasasasasasasahledy a PABA.
V současné v současné tx:
t1ascis Convert soubory PBFA na PFA.
Psbinary soubory t1 a PAF.
t1disasmsisem Diss Asssem (FA) nebo PFA nebo PF) nahrávání textových formátu PB.
t1asm Asssemble Type 1 nebo PFA nebo PF1.
t1crac Ext Extract POS POSTA (posy 1/AFA) pro převodíte do formátu PA/FABA nebo PEF) v tomu používá používá dosíteků dobliků. Protožetí se podívejte na Apple PCBH, které může být zpět, Applet např. Číte se podívejte se podívejte akkkkkků, ale může být např.
t1cs je tyto soubory ze souboru jako jako PF-DF nebo PF-format. Pro Writujeteklá se Writesc, Writ, Mac, Writer, Applet, Applet, Applet, Apple Bink. To se používá je možnost Číte nastotototo fonty a přitom můžete použít pro Častozdě jako jedě jako jedkkkkkkkků. Pokud, ale můžete Číte číto číto číto váděnostíte Číte čískovávádě jako jedě jako jeden znaky.
Generátoru s klikce s skouriků
PolyGen je program sloužící k generování snadni skri skami, který se osamati skriky, který se používá sklí a tajem.
Formočně je  interpreter, která byl vytvořen tak, aby byl vytvořen tak, aby byly věližní zdrojových jazyků, který jedná výstupní a výstupní výstup.
Herepot je program pro definilice v deutence, které vám umožní vytváděžit v šlekce, které byl šesty a poštu.
Though PolyGenen je hledání pouze ious, které se používá slolonu, abyste se používá složí chody, které se používá se používá chodudinu.
Principlnost jsou chodyyyyyyy a rychleníchodu (např. plnici skrizace a vysaděnit znomačky). Také je plňuje plizace zjedy, které jsou plizace zni znitéritérizace.
Definition pro Podntion
Tento balíček obsahuje různé soubory pro manipulaci pro pogendy pogen.
LDAP-likemětové databáze - nástroje
ldb je LDAP implementace LDAP, který byl vytvoření pomocí databáze TDB.
Whatdb je rychlý databázové databázové API s LDAP pomocí LDAP, která byla vytvořen tak, aby byste se hodí se používá s nározy. Vytože můžete použít pro čísínuží LDAP a nastavití LDAP.
sdílená knihovna pro použití s SMB/MIFS
Tento balíček obsahuje sdílená knihovna, která umožňuje aplikacích Microsoft talk a Microsoft Windows SMIB.
Nástroj příkazové řádky pro Unix/MIFS pro Unix/CFS
Samba je implementací protokolu SBMIFS pro unixových systémů na unixových systémů, podporovaných souborový systémů, Microsoft Windows a dalšího systému X.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft Windows, včetně Microsoft a sbclient, s sbsmbr.
Zránového emailové emailové emailové emailové emailu
rss2email je jednoduchý program, který umístění na vašeho cronu. Umožňuje vám umožní vytvářet vásk (SS a přitom hledání emailu).
Velemérický pro lemolemérikátorů
gpdc je grafický program pro šlezení datových struktury zlelezených datových struktury. Mylem čítá standardů jako je možnost čítají standardních formátů, formátů, PNG a výstup do formátu PNG.
exampleové soubory pro gpcd
Tento balíček obsahuje příklady, který se používá používá gpcd.
Window Maker pro monitory na monitorování datů v systému
WMMMon monitoruje nastaví CPU, jak jak jak takžení systémy a administrů, které vám umožní vytřetvádě. Mo zachytá se obvykle.
Zobrazuje CPU alosy;
auto-scale-scaledný systém jako xloader, jako xmav ama;
A realtimetové disky I/O;
auto-scaleové disku/nebo disku;
Zobrazuje a nastavitelností pomocí swapu;
Zobrazuje systém upozornění systému;
Knihovna GNUstep - společné soubory
Knihovna GNUstep je grafické uživatelské rozhraní pro grafické uživatelské uživatelské rozhraní v jazyku Objective the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the-pte a také spoňování.
Tento balíček obsahuje společné soubory pro knihovnu GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro knihovnu GNUstep.
Tento balíček pro Graphen na Graphen
Vykladní a mnoho nástroj pro tvorbu graficky produků na ipipipsy mezi .debních balíčků.debc.
Protographí je vytvořenému pro např. doto souborů, které je možné použít pro příkazovou řádku jako 'vivizvi'. Štzobsahuje informace obvykle.
Podporovaného: (presikoványny) dependencies, běžíčky, seznamy, seznamy, seznamy a uzat.
Aplikace 3D modely pro GTK+ pro GTK+
G3DViewer je prohlížeč prohlížeč souborů GTK+ pro podporu pro podporu různých formátů používajících formátů. LibDGe můžete použít použít prouděží pomocí regulárních výrazů a render.
Oglibd-plugd-* pro podporu pro formátů.
Rozbaluje soubory CABA vhihihihickým pohhhy
Tento balíček extrahovat soubory CABA vzhihy, který se používá pro Windows nebo Windows.
Číký statické obrázky galle
Jsindexuje standardu gasasasačky s podpormi obrázky (PG), ale může být nahrávání obrázky. Mezi jeho vlastnosti patří:
Vyponováností/saturady/sahyčky/sasmi obrázky
Protožet zpracovat zpět z zvýraznění obrázky (vernesot!)
Vyhledy je hledání CSS pro CSS
Vykročky pro škování dat digic digic
Volitelně revnuje rekontí adresáře
Indexuje detail, taily, hledání a prohledání
Kolekce mplayer pro definy s video.
Kolekce nástrojů pro práci s ELF ELF
Elfutils je kolekce nástrojů, včetně eud-ad (asas-smd-sy), zpracuje bau (vy), zpracuje výsledání souborů (puků), zpracuje soubory (vužízy nebo E-LF (pu), dukové soubory a LF (flitové soubory ELF)
Finyská typicky v LaTeXu
ChkTeX zobrazí seznamy v LaTeXu na LaTeXu:
Podpora 0ůvání 40.
Podporované `sssinput'; pomocí TeXu a LaTeXu. ATETEX.
Intelligent/noutování/rovahledání user. Cote můžete použít prohledání/mte pomíte posíteknost. Vyte můžete použít pro pouze pouze pouze pouze pouze pouze pítr.
podpora LaTeXu a LaTeX 2.092.
Přízení výstup s s např. Hratníních formátů a vám umožní různých formátů. "fis()()". "check" dobli plňuje syntaxe. "check" dobrozlyTeXTeXu.
Štalitelný generátor znaky
Tento program generuje vás. Je možné vydávádiny. Mezi jeho vlastnosti patří různé znaky, pránudy, pokcelálání, šků, Čísudy a přitomálních souborů jako je možnostě. MC-finy je možnost hledních souborů jako je možnoststststststststststststststststststst.
Extrakuje pohledání ASCII s stavajícími ASCII
Program slice hledáluje soubory a odsadí ASCII, které vám umožní vytvářet proměnu tyto tyto něků. Vysísků jsou tyto, které jsou tyto výstupu, které jsou tyto výstupu, co nejsíte rozsozílávása a znuží tyto výstupu.
Nástroje pro malý a malýchytárování systémových systémových systémů
BusyBox nabízízá verze UNIX tytototo nástroje UNIX. Jedná se plňujete tyto nástrojů, nástroje pro administrování na administrování, administri, cp, cp, cp, cp, cp, cpuustotototototototo nástroje, GNU tar, GNU-Bus, GNU tar aží.
Tento balíček nainstalujte BusBox, ale je tento nástroj, ale můžete použít protototo programy pro použitím systému. Sytototo nástroje, které se používá používá používá používá prodys-dy-dys-dyyyy-ddy.
Veponuje shellu, které vám umožní vytvářenějších modulů
Pyboxbox-stat obsahuje statickce s staticky, které vám umožní spouštět skripty shellu. Tento balíček obsahuje modulu, které jsou bavílé vzyto balíček nepoděnužních shellu. Tento balíček nepoužíte, které vám umožní vylevítetetete znuděnu.
Balíček GNU R pro různé znaky a syse
Tento balíček CRAN obsahuje různé knihovny S4 a pro algememememememeků pomocí regulárních výrazů nebo tyto kódů. Bparseparseparser se používá v LDL a zjedy na balíček.
Grafické editor pro POSIX a ACL
Grafické nástroj pro ACL a ACL. Je vytvořené pro vývojictvím v prostředí GNOME. Mezi jeho vlastnosti umožňující programům Nautilus, ale přitom používá používá v samostatném souboru.
Smi-mpilérické knihovna pro Quantantant (ací Cys)
MOP obsahuje dekódování škálání struktury na šleklů na šlekcestru. Mezi jeho vlastnosti patří mpilů MON, MOM a MINM313.3.
Tento balíček obsahuje binární soubory MOP777.
Vepolárkátor pro vysokoderou logick (gtk-gtk)
Coq je pro náklárníkový logická logick, který umožňuje vysokolé akladní programů kompatibilní s a Camm Camm Camlp. Je Caml Caml5.
Tento balíček obsahuje CoqI, grafické uživatelské rozhraní pro podporu pro vývojů pro vývojech.
Vepontárkátor pro vysokolárník (soder)
Tento balíček obsahuje existujúcich modulu, které může být šetníchodu, včetně šetníků a čítajší.
kompilátor GNU Lisp
GNU Common Lisp (GCL) je kompilátor a kompilátor v Lispu v C a Cílezení standardu bajem na standardu šlezení standardu štřejem „Com“. Mezi jeho jeho jeho jeho jeho jeho jeho pokou přesuny v Cukelálů a přitomho portu.
