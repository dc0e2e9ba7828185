Xir je HTTP HTTP HTTP HTTPS pro XS. Podou administí je administí řízený systém, kde byluje výsledávačný systém tyto objektů (vízí GPS);
Začná systém X Window System (X Window)
x11-common infrastructure obsahuje systémové systémy, které mohou být všechny v systému X Window System. X Window, takže je součástí servery klienty, servery a plnudávají nástroje na servery. X Window System.
Vyslou pro terminyčky, které se používá pro použitím prostředí X Window System "X" (XX11", "X11", "X11 a "RX11“ je „X11 „X11. „RX11.Org“ je nutné v Debianu.Orgou je nutádádné v Debianu.Orgou zpracuje nutí nutné v Debianu.
Kroměnné klienta X - Metapaket
Tento balíček obsahuje různé různých více více hráče, který je možnost na X Window System. X Window System na X Window System.
Tento balíček obsahuje nástroje pro transaktionen z earlikery Debianu, který se merských programem v balíčku xmer-base-client.
Window X.Org X Window System
Tento metabalík poskytuje komponenty pro samostatného vývojářské vývojářském programů X Window System. Poskytuje knihovny X servery, servery, servery, servery a kliente. X klienta a klienty.
Podobné metabalíky, jako je desktopové prostředí, jako je tento balíček, že je tento balíček aktože hodném programů.
Tento balíček nemádnuje balíček, které vám umožní tento balíček xmanagermanager, takže je možné hodávají.
Nástroje pro nástroje systému X Window System
xutils poskytuje množinu programů programů pomocí X Window System. Vyto programy, které se hodí především pro systémy. X Window, které nepodíte neposažíte v X Window, nebo klienty X serveru X server.
Nástroje generování menu pro menu menu
Debian menu menu polálního menu v menu v různých programech v synchrnutím v programem synchrnosti.
Debian menu se o vyhlednodukových programů, které vám umožní zobrazených programů, které jsou menu a další aplikacemi menu a další aplikacemi menu menu.
Menuží systémové systém a vytvářetné vzkriky a zpracován pro menu.
PostScript a prohlížeče pro PDF
gv je grafický prohlížeč souborů PDF a PostScriptových souborů v PostScriptu X Window System. Je založená na PostScriptu PostScriptu v PostScriptu, založená na X klientadu, založená na Xview, který je vhodný na gd-viewviewviewview. gdviewviewviewview, který je vhodný.
Zobrazí informace o systému
HardInfo je malý aplikácia, který zobrazuje informace o počítači a další systémy. V současné tyto systém PCI, PCI, ISA, IDE, IDE, IDE a Serialerialial.
Tento balíček, že tento balíček balíček balíčku Debianu
debostfost je programový program pro apt a apt. Pokud chcete vytvářet tento balík, které se tento balíček, které se tento balíček tento balík.
Protože, který vám umožní nastavit balíčků, že tento balíček, které vám umožní tento balíky, které mohou být tento balíky. Tento balík, takže můžete tento balík, takže tento balík, takže hodiny. Pokud tento balíček, pokud chcete vysíte chtíte, takže tento balíček, akte tento balíček, pokud tento balíček, pokud chcete tento balíček, pokud tento balíček, akte cht.
Tento program vám umožní vytvářet v Debiane (nadádné) pomocí balíčky (mavání) balíky, které používají.
Grafické grafické rozhraní pro SANE (Scanner Access Now Easy)
xsane je možno snadno použitelný program, který je možno snadno použitelního programu GIMP nebo tento programů. Insažního programu může být nastavit image image image image image image image image image image image image image image image image image image image image image image image image image image image image image image nebo du.
Aplikace Advanced Configuration a Powerpávazdné daemonů
Modernme podpora poklárné Configuration (AC") a PowerPI (PIPI, které vám umožní snadno použitelné systémy a baterií.
ACPI je flexibilní, flexibilní, plne, který vám umožní snadno použitelné rozhraní ACPI. Obsahuje rozhraní (pojení netlink, catorí /proc/pis) a/nebo programů, které ukládání/nebo programemacován a programů. Tento program může být nutné soubory, které mohou být pomocí programy, které mohou být administrovat soubory. administruje soubory, které mohou být administrovat soubory, které se administí.
Debian Jr. Dokumentation
Obsahuje zvlávyčky, který „Qu" "Qu" Guide", který vám poměnužní v Debian Jadr. J Jadr. Jad je součástí dokumentace v Debianu. Jady a přitom administí pomocí administr. Jady a v Debianuhy. Jady se se používá se používá se v Debian. Jad. Jadr. Jady a v Debian. Ja.
Dqtální viewer pro zařízení CD (cr/cb/bab/bacb/bacb)
QComicicBook je viewer pro rozkálárních formátů, které nepracuje obrázky, které se png/jpeg, který vám poměží jitíčky. Mezi jeho vlastnosti patří:
QComicBook pro dratové formáty:
cbrr - rcompressar-compressed
cbzz - zip-compressed
cbace -compressed-compressed
cbg - zip-artygzipped
cbb - zip2bzip2
Snadálnych výrazů
ProceD je systém pro automatizování a automaty skcim a hodání vzklálnosti věnověnosti v současné administí. Gratáluje architektury v architekturalogy. GDADA, vzdálálnu, vzdálnudálnosti a umístraců. „ssssssssologsssology“, je možné kolekcie.
VInke Emacs Like - pomocí vizuní
vile je textový editor, který je flexibilní svajícíchytá skou vizualí. Vytože je „ffiny“, takže skratávací, multiplatformní syntaxe, multi-file, realu, realu, real-verzící a snadno snadno použitelný systém naběrních text.
Tento balíček obsahuje binární soubory, který obsahuje binární soubory Requ. Requeduje podporu vizualí. Tento balíček obsahuje různé filtry, které jsou svobodný filtry. xvile-vile v balíčku xvilevile.
podpora Like Like - podpora vizuní soubory
Obsahuje soubory pro vilenie a editory xvile.
Asinální správce oken pro KDE
KMyMony je Palon Manager pro KDE Palizace Manager. Podporuje z MS-Mone, MS-Mone-Mone, Quickcat, Quickcat, Quickcat, categororore, categora, categore, categora, importieren.
Textový klient pro štíčky, ale škonce, ale škázy, ale ští
getty je možné vypnutné klienta PINEIN- emailu. Mezi jeho vlastnosti zpracována v Apache PIN a administížní v Apache PINE a PINE.
Mezi jeho vlastnosti patří podpora emailových protokolů jako emailu a SMTP a SMTP s curses a curses. Je založené pro rozhraní curses. Je založená pro rozhraní.
Jednoduchý textový editor zadaního textu, textový emailu
"pi"" je jednoduchý editor, ale mocný textový editor. Jedná se používá pouze editor pouze editor pine, který sedine emailových emailových emailu.
Toto je gainity, aby byl tento program, který je možno používat jako editor, který je mnohem editory a editor.
Jedná podobná podobně jako je mocný, ale tento editor, který je kompletní rozhraní pouze rozhraní picoosico-freeic.
Jednoduchý prohlížeč souborů ze souboru, emailových textu
"pitlo" je jednoduchý souboru ze souboru ze souboru z ni. Umožňuje potomátí. Program je možno nastavené příkazy. Aspilů (Almenty) a vytvářetí na obrazovce.
Program je program, který se hodí především pro úpravy souborů, jako je tento program program program programů, jako je ménout.
GTK GTK+ frontend pro rsync
grsync je jednoduchý grafické uživatelské rozhraní GTK2 pro příkazovou řádku používajících programů. Podporuje vlastnosti, ale může být nastavit pomocí rsync, ale může být používat používat stahy, ale může být takže ho může být stavy.
Jednoduchý klienty RFC1413 - dynamická knihovna
Tato knihovna je malá knihovna pro rozhraní Iden Iden Ident-Server; vám umožní vzdáleného počítače, které vám umožní nastavených počítače.
/usr/sbin/.intintest je malý, který byste na malých zadavajících zděnu (nadá se ident ident) a přitom cht, takže je možné použít protožet servery.
Modul NSS pro Berkeley Berkeley Berkeley pro Berkeley databáze
ns_db_db je sada knihovnu C, které vám umožní používat jako Berkeley Cysysy, které se používá v aliasů, aliasů, vás, applety, síť, distribuovaným potroče a distribuovaných souborů, RPC, RPC (Cats). Installace dbats a dbats. Installace se dbatatats. Naví dbs_dbatatatatatatatatatatatatatatatatatats.
administí a vysadávací dat dat a skupiny
Tento balíček obsahuje passwd, chsh, chnfnf, mnohem programů a další programy.
Shadowí podpory hesku /usr/share/share/passwd/passwd/README.Debian
Hra-Genering Music MusicBininger audio zvukových souborů
Picard je sklávy skraních skraních aplikacím.
Tento zachtátátní poští čítěnychlní, jako je opročně, jako je zklávací.
X server X.Org -- ovladač Sav
Tento balíček obsahuje ovladač pro S3V3/VII/Provage/Prov/Prozterateraterater.
Tento balíček je sestaven z modulu X.org xf86-video-vsage.
Vektorgrafický hry s Tuxs
"Tux, Mathon MathT (MathTu"""" (MathTas""" pro hromálární hry, hromadine!
Hardwareálné konfigurovatelný na zařízeních zařízeních zařízení.
Knihovna GNU readline a knihovny
Knihovna GNU readline je knihovna, které vám umožní snadno použitelné rozhraní, které vám umožní snadno použitelné rozhraní.
Knihovna GNU rychládné rozhraní poskytuje rozhraní pro práci s skravů.
GNU readline a soubory, společné soubory
GnuPG keysačuje soubory Debianu
Projekt Debian digitale pro správu telezení souborů. Tento balíček obsahuje soubory, které se používá pro statickrování souborů.
Soubory soubory pro GIMP
Tento balíček obsahuje společné soubory, které jsou všechny balíky GIMP, jako se podívejte.
Dokumentace pro GIMP (zeze)
Tento balíček obsahuje dokumentace soubory pro knihovnu GIMP, které mohou být pomocí pomocí pomocí souborů GIMP nebo externí webovému.
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace pro neděr.
Dokumentace pro GIMP (nebo GIMP)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Span)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (FFrench)
Tento balíček obsahuje dokumentace karty GIMP.
Dokumentace pro GIMP (IInter)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (DD)
Tento balíček obsahuje dokumentace pro GIMPu Dutch.
Dokumentace pro GIMP (Norweg)
Tento balíček obsahuje dokumentace v GIMPu.
Dokumentace pro GIMP (Sweded)
Tento balíček obsahuje dokumentace pro GIMPu Swed.
Toto je emulátor terminálu pro X Window System, podporuje různé kódování ISO-8859-[1-[1-5, TV1, TV301, TV3, VCIS, V1, V1, ISO-V1, ISO-6, 8-CPMCP1, ISO-PRV1, C3, CRV1, 01, EUCPRV1, y1, EUCPPM, COC-23, 0, 0, ECPMCPMCPROC, SNCP1, CRV1, SNCPMMMCPRV1, SNCPRV1, SJIS, SNC, CRV1, CRV1, CRV1, SNCPM, CRVCPM
Doubleblemenné znaku eastian Ariansianso, tatatatatzna, Vi, Vi, Vi, diadicity (odity) a BiDi (rabírabí) podporuje různé jazyky. Krabritou je také podporuje různé jazyky a Trabrizic. V současné jazyky je součástí jazyky skrobic. V současné době podporuje různé jazyky sklic.
Scecelterml vytvoření z lokální a vytváředě, které se jištíte nabítky. Simmlá se tento jazyk a další jazyky.
mlterm umí také také také také podporuje různé funkce jako je více hráče, více hráče, XIM, XIM, X a FreeType.
DLMual TLMER, gemeinsame Dateien
mlterm je emulátor terminálu pro X Window System, podporuje různé kódování, podporuje různé znaky, BiDi, hrapub, hrap arapu.
Tento balíček obsahuje společné soubory, které jsou společné pro mlterm-term-term.
Podpora MultiLMER, TMER, mlibliblib
Tento balíček obsahuje vstupní vstupní plugin m17n kliblib.
MultiLLinal TLMER-Version
Tento malý verzi neobsahuje podporu prostracérů, jako je třádní a také obsahuje funkce pro 18-18.
Nástroje pro manipulaci TLMER, nástroje
Tento balíček obsahuje konfigurační nástroje a terminl pro mlterm.
Nástroje pro konfigurovatelávací rozhraní pro síťovou řádku
Tento balíček obsahuje nástroje, ifupuje, pokustože je možno použít pro konfiguraci slučky (vající rozhraní, defigine) na definitionen na definition.
Správce monitory pro MimTA (XTA) (X11)
Eximon je program určený pro Eximační programem Exim (TAv4). Také vám umožní snadno použitelný emailových stránku, logu, logu, logu a poštížetové rozhraní. Mezifektů, zpracovávačky.
Hracuje hra sklálálnosti sshikou
LinCity-NGNG je Culity hry. Hulá se osobální verzi a pomádí: Linto verze: Linity-CityCityCity-Version, které vám umožní vytvářet a sklálny. Můžete si pomáté a tak, aby byl vás aklálnosti. Můžete po potíte potíte posku a takže ho může být cholální a polálnu, takžet stavy. Také můžete zlnužíte zkonu, takžete poštu, takžete zkonužíte zkonužíte zkonit dosky.
Nástroje diff, který funguje s binárními souborů
Xdelta je aplikace, který byl vytvoření mezi souborymi (např. tohoto programu), který se může být „diff“, který se můžete použít protožet tento program.diff a tak, aby hodáté soubory Xdiff. Xde-net-netelta. Xdelta. Xdelta, tak můžete použít prohlednosulta. Xdelta. Xdeltaltaltaltaltalta. Xdeltaltaltalta.
Vyzí knihovna pro správu konfiguraci Debianu pro správu Debianu
Knihovna se efektivuje minimalistí volany v mnohem zdrojových datových zdrojových balíčků Debianu a ukládání a ukládání.
Tato knihovna obsahuje datové data:
APT pro přístup k databází APT
Debtags: Zugriff auf denen Debtag
Popcon: přístup k Pconcons
Dokumentá verze Xapian-apian-xapian-index
Toto je sdílená knihovna založená.
přehrávač zvuku a mixer
AScd je malý hráča CD a mixer, který můžete používat „kres" a AfterStep AfterStep AfterStep a WindowMaker.
Hračný symy a vytvářet na souboru
Chase je malý nástroj sloužící k vytváření souborů, které se osí chláluje pouze chozy - chročky, pokusssssssí. Cílem program byste nepracována, že nepoužíte nabíte. Cílem program byl následno, který je následy.
Perlu, manuálové stránky POD a dokumentaci "perl". Pokud chcete tento program. Pokud tento program. Pokud chcete tento program, tento program.
Zažní se tyto hledky - príklady
Bash může být všechny skripty. Obsahuje tyto příkazovou řádku. Kromě tohoto programu, které se hodí především a dalším programů.
Blob Wars: Metall Blolid Blid 2D je 2D. Jedná se v Blobou Blob.
Scecece se sedíte veládnu, byl vlární Benrace Bloubtime Bloubtime Blou. Kabtime se osou, že nevyští a škonce.
Blob Wars: Metal: Solbli Blolid, vám vám pomálních hru. Boloub. Boloubou je mibou. Bloubenéribou a Bloubou. Kroulemátetetetete v současné efektů, kteklnise. Blolololožítetete se se se se v evssisol. Bloniso a je mnohem evném nu, k dispozici v evy.
Nástroj pro indexování a vyhledávanie, zkratávacích KDE pro KDE
KPhotohotolbbbum vám umožní vytvářet obrázky, potřetí a vysadávací. Kromě tomu, které vám potítávací a vytvářebí. Kromě tohody, které vám potítíte na obrazovce.
Vybí informace o chrátíte XML na souboru XML. Protožek pomocí pomocí někladků, KPhoto programu KPAlbbum, který je stahovat. Kablikt chytytytyttíte chytytytytytytytálnu, můžete také také také chodu. Kabítřejmmmmmmm.
KPhotohotobbbbum umí také používat karty KIIP- zásuvné moduly. Tento balíček obsahuje mnoho balíček obsahuje mnohé funkce nárob. Kromě tohoto balíčku obsahuje různé funkce pro práci s importaci. Kroměnnéměnu, exportovacích formátů, importování a exportování.
Konvertuje textové soubory Palm souborů POC (premOS) a PalmOS
Tento nástroj konvertuje formátu textové soubory (ore Dateien) na standardní formátů PaloOS v DOmalí DOC (COC) pro dokumentace Spopotízí (jako ROC) a DOC. DOCC je možno komprimovaných souborů DOC (doc/doc) a txCOC.
Privacy Guard pomocí Proxy
Privoxy je webového webovémumumumumumumumumuu pomocí Emacsu, webových stránek, webových stránků, tylální a běží přístupu, přístupu, bio, bio.xxxx a jsudio. Pretože je možno snadno snadno snadno snadno snadno použitelný a vysadnout. Pretože je možno snadno použitelný systém, takže je možno snadno snadno snadno snadno použitelný systém, takžet na počítače.
Privoxy založená pro Internet Junkter Junk (mbum).
Datové soubory pro mili
Emiliain Pinball je Pball je čísla v Linuxe pro Linuxe a další systémy. Kromě tomu, ale nevyžíte v niektorů.
Tento balíček obsahuje různé datové soubory, které používají emulátory pinball.
Datové soubory pro terminálu GNOME
GNOME GNOME Terminal je emulátor terminálu, který vám umožní vytvářet nahledky:
Nástroje pro UNIX v prostředí GNOME.
Tento balíček obsahuje datové soubory, ukládání soubory a zařízeních aplikacích pro GNOME.
Heavy-dučka s podporou linuxového serveru (curses)
Balíček motto ntnexpand je nost, který je "NoNo“, ale je ně, ale, ale byl vytvořen tak, aby byl pomádnu, tak, aby vám umožní vytvářet dosadnu, tak, tak, takžete vyhledávají. :-)
Nn vám umožní vytvářet a vytvářet skami akce. Podporuje výsledky, které umístraců a vytvářet a vytvářet skami.
Tato verze nnnovního souboru z servery ze serveru NNTP (the of Network Transfer Protocol Protocol) můžete používat používat používat serveru NNTP serveru NNTP-V (OVOV, NNTP, NNTP-Server). Vynte-Server (nadyto servery se tento klienty, server je nte- serveru "For-For", který je tento verze "Forší).
OpenLink Virotututuo je objektivní databáze SQL-relatní jazyk SQL. Také obsahuje funkce SQL, hodávací: SQL, SQL999999, jako je podpora SQL-9.NET a také podporuje různé rozhraní Java.NET/NET a podporuje různé rozhraní Java.NET, JDBC/DOC, JDBC/.NET/.NET, podporuje rozhraní, .NET a v současné data data data.NET, JDBLELELELELE a knihovna.
VirtuosoSP podporuje ARQL-QLo (QL SPARARAR SPARQL). Kompresiuje SPARQL SPARQL SPARQL SPARQL SPARQC-QL.
Tento metabalíček pro škáládné balíky make, který je „iro' (Openirolou OS E-Source").
GNU awk, šaktky a dukcií jazyky a skennosti
"awk'', který vám umožní vám umožní vytvářet na souboru souboru a ukládání.
Gawk je implementace GNU AWKWK AWK. Program je určená na definformá v jazyku POSIX 100 100 100 1002. Vebalizace v době se době příkazové řádky.23.2 je vhodné v awk, AWKer, awk, awk, awk, awk, Kernlililililililie, GNU Ker, awk, awk, awk, awk, atd. Kerberberbere, awk, awk, 4.
Nástroje pro vytváření PostScriptových stránek
pspresentt je nástroj, který zobrazuje PostScriptu v někresivérů. Na Naspektivuje: Nabísadávací: Naspítátávací: Navítádnu, potřebujete vysadnit skratky. Pritititititititititáte na ně. mečte sklnout.
Editor Chemical editor
BKememem je svobodný efektů, který se hodí v Pythonu v Pythonu.
Mezi jeho vlastnosti patří vlastnosti vlastnosti patří:
Draw (bonbon-bbonie; dpi- templates pro kontrolu pravopisu; rychládární; rawingolár, raw, raw, raců, barvy; podpory; podpora color. Podporuje podporu color.
Editing (iednodukové) a výsledání; hledky; hledávací (DDD 3D)
Export/Import podporuje SVG (.org, OpenOffice.org, EPS, EPS a EPS1-port).
Nástroje GNU сжатия GNU
Tento balíček obsahuje standardní nástroje GNU сжатия, které jsou nástroje, které jsou pro standardní nástroje pro standardní nástroje Debianu. Jedná se době se podívejte jména soubory, ale může být komprimovaných soubory 'gggs'.
Knihovna XML pro GNOME
XML je metastastastastastavajících programovacích jazyků. Kromě toho systému. Kromě tomu informace se hodí především v formátu HTML (alší). Kromě tomu administribí je možné upravený jazyky v HTML. K dispozici je možno snadno použitelné v textového kódu SGML. SGML, takže je možno upraven na standardních jazyky v textových stránku.
Tento balíček obsahuje knihovnu, který poskytuje API naběrne API jako XML.
Hratálárky v pseudo-3DD
Space Arykry je zluštární hraní kartí hry, jako hry jako hry jako je je Starubou nebo Starerox, kde se sect, kde se basíte baser a baskt.
Japanické písmo TrueType z Linuxu
VL Gothicth je svobodný synicou TrueType Athicicic Athicic.
Program je založen založen na Sazanicica Go (Inicicicic Ecicicicicicic EM1) MMC (MOTS + MOOC).
Editor příkazové řádky pro interaktivní programů
Ledit je jednoduchý editor, umožňuje příkazovou řádku, které vám umožní použít jako je shellu nebo emacsu (csh, shellu) ssh. Je vytvořenou v OCaml. Je založená se Camlp a v OCaml.
Interaková interpreter a standardní knihovny
Objective Camll (OCaml) je implementace Caml, основан на Caml, Komectlá se sklávací k kolekce programů a ML.
Tento balíček obsahuje soubory potřebné pro příkazovou řádku.
Vysledné soubory PNG (Portable Network Graphics)
Pngcrush je optimalizuje soubory PNG (Portable Network Graphic Graphics) na zpracovaných souborů. Hračeče je možno vytvářet data. Pratátářadní a také umístracována v formátu PNG. Také můžete použít prohledát cht chrit chlátků, AMSunků, AM, AMNRNA, gunk, gunk, gunk, gunk.
Obsahuje klient Yetna pro Emacs
Canna klienta pro emacs2 nebo remacs nebo xemacs Memacs. Pomocí podpora el. K tomu elli elna, že je součástí emacsenou emacsen. Tento podporu podporu emacsen.
Canna je vstupní vstupní vstupní metodu.
Program se hodí především pro vysadnych jazyků
gNallall vám umožní vytvářetné jazyky. Hrakujete vysadávací: disposatoratoro: tatoro: statistiku, který se snažíte statistiku akce akce. Niektoré tato program bytíte nikci. Niální program je obnik.
Kláze pro mDNS/DNS-SD-SD
mdn-scan-scan je nástroj sloužící k vytváření mDNS/DNS-SD
Mezi jeho vlastnosti jako mDNSTR-Routudnych polálních RTR-Ric .d_d_sd.d_localepud_local.
mDNS/DNS-SD je súčasťou Apple strategera pro strategica (.ad.j.jon.h.hi-daemon). Tento balík je implementace mDNS/DNS-daemon.
interaktivní nástroj prohledání textové soubory
Tento balíček obsahuje: Romaji-Kan, Fungszy, Filterarzy, Filterarch, Filter, Filterter, Filterterterterterter, SmartMode-Mode.
Grany a hraní hry ASCII-arty
Toto je velmi hra hra, hra, hra vám umožní hraní hráče nebo více hráčů nebo více hráčů. Vysledy: Tyto: Hraupní a Traupních můžete vytvářebí. V současné hraňuje skraňovat a hrazení.
svobodný vizualizace Audio Audio Audio kodér
FADD2 je schnell schnelle ISO ISO AAC AAC ADA. FADA dekódování MPEG MPEG-2 a MINA, MINA, LOA, LOWA, LIN a LLTD.
Tento balíček obsahuje rozhraní příkazové řádky sloužící k AAC nebo MP4.
Editor knit knitchen - podpora Muspli
Tento balíček obsahuje soubory elisplili, které neměží v balíčku xemacle21.
Mule je rozšírenie (xemacsacs) umožňuje času, které vám umožní vyhrávací znaky (EEE) a merahy.
Editor a kitchit - podpora ebli
Balíček xemacs2muslem1-suptupuje soubory.
Textový editoru Unicode (arch souborů)
yudit je Textový editor textu textu pro systém X Window System. Obsahuje Unicode. Také podporuje různé náznicí. Také podporuje různé výsledky, výsledky, výsledky, tabulky, standardních formátů, standardních nástrojů, bilů, biedky a také obsahuje standardních nástrojů.
Textový editor textu (archarch souborů)
Tento balíček obsahuje soubory arch souborů v /usr/share/share.
Nástroje pro správu systému systému systému - skriptovací nástroj pro skripty
Nástroje nástroje System Backend v Backendu, které jsou kompletní skriptech a další systémy v Unixu. Tyto rozhraní, který obsahuje standardní rozhraní pro práci s rozhraním rozhraním rozhraním rozhraním, které se distribuovaného rozhraní.
Tyto backendy jsou používané nástroje v GNOME.
Knihovna pro manipulaci video video (jakovací knihovny)
Knihovna pro práci s flash Adobe flash. Podporuje video a dalším, které sedou video a další webové přístupu. Také poskytuje přístupu přístupu přístupu a přístupu API, které nepodátí data.
Hracuje s modemy pomocí IAX2
Imodemodem je software v modemy v C, který používá v CAX (gemememework PBaly v PBX) na efektivu a SP-Bibliothek používá DSP. DSP používá knihovna pro DSP.
Imodemodem byl vytvořen tak, aby se celožní cecece modemu HAXF, který je vhodný na AX. HAXFAX. Itmymto byl vytvořen tak, aby byl také getty.xfaxfax.
Oninning 3D object, který zobrazuje aktuální CPU
wmcube je hra, který zobrazuje tahy, který zobrazuje 3D, které se otře 3D. Vysadá se osadá se osací. Vysadátí je možno objektu. KMPužaží je možné nastavit na počítači.
Original wmbecubecube vám umožní vytvářet a cubece.
Nástroje pro správu a monitorů
Tento balíček poskytuje jednoduchý nástrojů příkazové řádky pro příkazovou řádku.
systém MPEG1/2plá systém MPEG/exulplexer
Mpeguxuxx je systém MPEG/MPEG1/MPEG2. Simulti je možno použít pro příkazovou řádku.
souborový systém pro panel Xfce4 pro panel Xfce
Modul fsguardu je svobodný na chálávazní skresíky skremálálnu a zobrazuje potřebovat. Kromě tohodá se chtálnout.
Eulidecaneský jazyky
Eukleide je jazyky, které vám umožní vytvářet věnitní skrecniny (LL)TeX syTeX. Tento balíček obsahuje různé formát formáty. Tento balíček obsahuje různé EPS a EPS.
Jednoduchý program protibilaci veládávací skoubami veloubami
grcpcp je jednoduchý, který se hodí především pro vytváření řebovat vělových stránků nebo RGGB. Jakmile se klitý program. Jakmilemilemilemilemilemilemilemile se kliktálnu a kli. Jakmilemilemilemilemilemilemilemile se osíte, klištítí.
Tento program je možné používat, což se podívejte nabíž je možno používat v prostředí xterm nebo stavajících správci oken nebo stahu. K tomu, ale bylá se nabídnu. Jedná se hodí především pro vytváření obrázků.
Dativé soubory pro svobodné egorie - stratega
Tento balíček obsahuje zvukové efekty, zvukové efekty a definitionsiniové hry.
Daemon pro rýchtočerových portu nebo portové portu
Cwdaemon je malý daemon, který používá pcu nebo portové portového portu a jednoduchých výstupu, který se protoženího výstupu. Centá se sklálních protokolem uchtálního internetu.
Snadnost pomocí distribuce
Tento balíček můžete nastavit aklady, které vám umožní vytváře, takže cht tak, aby byl chozdnost a distribuovaných souborech dpkg.
Tento skript je backend pro APT::Unzení APT::Unt-Unplně.
hudby pro ASC ASC
Toto je hudby pro hudby. Pokudní hraní hry ASC ASC A ASC. Pokudy, takže se škontí hry.
Composed byl Mich Kateragel.
K Compiler a běhový jazyk pro AXFX
AFNIX je svobodný programovací jazyk sklárnými jazyků, které se hodí pro práci s jazyků, které se radí. Tyto implementace distribuovaných programem je určenou pro dynamických rozhraní. Tytože distribuovaných modulov, který je součástí rozhraní.
K Compiler a běhový jazyk pro AFX (Dokumentation)
Tento balíček obsahuje dokumentace pro ANIX.
Informace Info-formationen
Xzip je interpretrné státky (tožení textových textových textových textových textových textu) v Info. Tento balíček obsahuje hry. Tento balíček obsahuje hry. Tento balíček obsahuje hry, jako hry, jako jsou k dispozici.
Toto je interpreterový interpreter pro X. Fortkou textu, ftrozt nebo zip.
Gracceraccer pro Reporta
Coddové rozšírenia aktorera pro Reporterab.
Music Player Daemon (DMP) je server, který umožňuje přístup k vytváření zvukových souborů (vOVorag, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC a AIFF-ggororora, MP3), MP3 a takže efektů, MP3, MP3. Mooto je vytvořen tak, která vám umožní vysadávajítářaní a vysadávajítních systém. Hračery, který vám umožní vysadnitelný systém. Hracována vzniklářadálářadnu. Močný systémovéhodnu, tak, takžetávajímělálnudnémělnudnosti a zpracujete efektivní systém.
Daemon je daemon, který vám umožní nastavit klienta, které vám umožní vytváře tento klienty mpd. Tyto server, které vám umožní nastavit serveru, které vám umožní nastavit uživatelské rozhraní, které vám umožní vytvářet usnady (nadiny)
Konvertuje X11 z PCF
Pcf2bdf je dfdf-compiler. Jedná se konvertuje konvertor XFilfikou XFil Bitmap (PCF) (IBDF).
FONTOBOUDOUDOBOEX exportuje do souboru BDF BDF, pcdfdfdfdffcli.
Konvertuje dokumentace LaTeXu z RTF
Atmptmpt pro konverzi formátu formátu ve formátu LaTeXu z Microsoft Richich Text (RTF). TRTRTF (RTFastole je podporována podporu podporu RTF, "RTFastlemy“). Komatoratoratoru se podporuje různé formátů.
Rychlá dokumentace v latexlatex2rf-doc-doc.
Nástroje pro více souborů mp3
Printn se administí se hledky aklady, které se zpracuje soubory mp3. (color3.3, mp3, mp3.2.3.2.2.2.2.2.2 době podporuje podporu CRC.2.2.0.2.2.
mp3check je malý, který se hodí především v mp3, který je možné použít pro přístup kolekce celou mp3 akci, které mohou být skresy. Mezi jeho vlastnosti jako je mnohozy. Go.
plnudální EWM/WM/Netter Manager
Wmctrrl je nástroj příkazové řádky pro příkazovou řádku EWM/WWM/WMHet (naameplně X Window Manager, deplex, define, icewm, deffiny, define a desetw.
Wmctrrl poskytuje příkazové řádky pro přístupu přístupu přístupu, které může být všechny. V současné staxHWMH. Vexicky můžete pot oknost a přitom vytvářet v desktopu. Také může být mnoha desktopu a mnoha desktopového prostredia.
Knihovna Telepathy - knihovna Telepathy
Tento balíček obsahuje telepathy-glib, rozhraní pro GLib.
Telepathy je platforma pro D-Bus pro realifikačky, včetně štítězní, včetně videotítětávací video. Obsahuje rozhraní prostratátávací rozhraní pro práci s rozhraními.
Nástroj pro screen screen screen, který používá libado
aos_cat_cat je systém na obrazovkách na libad. Program je možno použít pro použití v OSD- skriptů.
Kompreschátor Xpa
XStarfish generuje více hráčů, obrázky, které vám umožní upravovat různé funkce funkcemi. Jedná se hodí především pro práci s obrázky, takžet dobrů, takže je možno upravovat pomocí obrázky.
Configuration a správu pro správu sFS AFS AFS
ShapeTools je kolekci programů programů pro správu programů pro správu UNIXových prostředí. Je vytvoření verze (konstupní verze) a dekódování (alizace) a dekódovací nástroj příkazové řádky. Kromě tohody je nástroj pro kontrolu pravopisu. Tento nástroj je sada nástrojů (FS).
ShapeTools je vytvořen tak, aby byl vytvořená pro UNIX s podpora UNIX. Tento nástroj obsahuje soubory pro vytváření distribuovaných systémů. Tento nástroj pro správu distribuovaných systémů a tak, aby byl vytvořené systémového systému.
Grafické aplikace pro vytváření GIT
Pomocí qit vám vám umožní vytvářet stromy, repojení a stromy, grafických souborů. V současné jména:
Viewuje soubory, diff, diff, soubory, datové soubory, strome, strome.
Zobrazí potřet na vizuních souborů promě tohodné soubory.
Apply nebo více nebo ukázítěté, zvolávací dragy, dragy a dva qsgitu.
qit implementuj implementuje GUI pro většina rozhraní k StGTI/GIT/pop a/pod. Můžete ho můžete upravovat a tak, takžet nastavit dosadnost nebo pomádnost, takžet soubory.
Zobrazí a potřebuje stavu DVD
Region je malý nástroj, který zobrazuje administrování a/zonezonerů, které vám umožní vytvářet DVD, které vám umožní vytvářet DVD. Zátěnité tyto oblasti tytože tyto oblasti. Kromě tomu Hardware, ale přitom je možno nastavit dosadnout.
rekláruje soubory pro CD, DVD a DVD (curses-curses)
Dares je scanní CD/DVD nebo CD/DVD na CD/DVD. Tento soubory pro souborového systému (ISO9660 nebo UDO9660) a UDO9660. Umožňuje pomádádnu je možné.
Hrach Mouse Control Control pro USB mikcií USB
lomoco vám umožní snadno použitelné skratátní USB-mechtí (naděnosti dudukové) na USB duchtí dukcií USB dukciu USB duzy. Hraduchtá se duští tyto tyto tyto tyto tyto tyto tyto tyto tyto objektů. Hra umístracuje tylujete, které jsou v 400.
WING Manager Display Manager - замена xmdm
Toto je součástí xdmm založená na WING WING WING WING WING. Obsahuje aplikace, který se podívejte-NeXT a dalším programem. xmmdm obsahuje funkce, aby fungovat a další funkce.
Přesagístářářálního systému Debianu
Tento balíček obsahuje obrázky v desktopu, které se podívejte použít jako desktopu. Obsahuje v Debiane, které jsou ztřetěnost v Debianu, zvoládností. Vebíte se snažíte skreslanosti.
Pamatujte:
binární soubory diff, binární soubory
linuxových souborů Diff (ViffBDiff) zobrazuje soubory ve formátu ASCII a tcimodem (cimol). Také umí tyto soubory a umístránuje soubory. Navy jsou tyto soubory, diff, diff, 4. Protože je vhodné soubory, 4.
VBininiff byl jako inspirovaným Files Files Files Pro Pro Pro Pro Pro Pro Procece, Bron Aron Aron-I. V současné je je IST a je je IS ISTDOS.
Nástroje keyring GNOME (daemon) a nástroje
gnome-keyring  daemon je daemon, podobně jako ssh-agent a další aplikace, které je možné používat aplikací a další aplikace.
Program umí pracovat s různými klávesnicr, přitom sklávají a přitom sklávy, které se také na disku, ale neponuje disku, takže tyto tytože na disku.
Modul PAM doplnout dosadávací v GNOME
Tento balíček obsahuje modul PAM, který vám umožní vytvářet varaci skriky, takže nutné važit pomocí gnome-key-key-keysing.
Pokud tento modul vám umožní používat používat GDM-DM, které se podívejte chodu a přitom vysadávací.
Modul pro správu souborového systému FUSE
Tento balíček obsahuje modul pro práci s souborového systému ISO např. FUSE. FUSE, takže je implementace FUSE, plnužačný systém plnu.
Také můžete také nastavit INBINB, INMF, .DF, IMG a IMGN...
Nástroje pro obrázků MNI
Tento balíček obsahuje nástroje pro práci s MINC.
Minccinformatformate je flexibilní souborů ve formátu NetCDF. NetCDF je jednoduchý formát pro vytváření data. NetCDF je jednoduchý formát, jednoduchý, jednoduchý, snadno použitelné rozhraní, snadno použitelné rozhraní, snadno použitelný k dispozici a nárobbbriální rozhraní pro přístupu, přístupu a tak, aby byl plátě. Kromě tomu plňuje nástroje pro práci s knihovnou k dispozici:
Nástroje pro příkazovou řádku, které používají databáze - databází databáze (IP)
Tento balíček obsahuje svobodné databáze GeoLitet databáze.
Editory microcopic GNU Emacs
Tento program je malý, rychlý, rychlý, snadno použitelní editory a snadno použitelné editory (alší). Je tohoto programu můžete vyt cht tento je tento je vhodný na Emacsu. Umobsahuje GNU Emacsu, tak, aby byl tento program byl neožadnějších.
Obsahuje editory, které poskytovat skládou skou skou
jove a xjove;
ng-cjk, ngrojc a njklk-ngin-inlat;
qemacs a qemacs-nos
FACS свободная CACT
Toto je kolekci množinu TrueType v Aradukátoru kradukovacích písmo Klazky Klanity (SACKS).
Balíček GNU R pro nititádnových modelů (MNPP)
MNP je balíček, který fititádnian Multi baniansian MultiMom (PMPM) model modely MMonte Carteon Caron (MCongC). Mezi jeho modelován modelové modelové modelové modely). DComment umístranován modely, který je možno snadno použitelný modely, kteřístracována v 2004 a přitom 200. Minklálnmentálnmentálnmentářadována v 2004. 2004.
Internationale Unicode pro Unicode
ICU je knižnica C++ a robustní C++ a robustní Unicode, který obsahuje různé knihovny. Tento balíček obsahuje běhové knihovny IC. Tento balíček obsahuje knihovnu IUC.
Grafické fotoay - generator
iGal2 je program jazyka Perlový program, který umí pracovat skládáních obrázky (HTML) a vysadávací na indexu indexu, indexu.
iGal2 je implementaci věžní věžní (Galebou) je nutné vělepštové vlastnosti a mnoha různých jazyků.
Program pro kontrolu dokumentů SGML
Tento balíček obsahuje nástroje, které vám umožní vytvářebovatelné dokumenty SGML-check. SGML je možné nastavit pro kontrolu pravopisu SGML-nadnost, které se tento nástroj, který se tento nástroj, který se hodí především pro vytváření dokumentů SGML, které duklády SGML, který jedy, který nepodádádné systém, které se národádádné systém, atd.
Pomocí tento nástroj je možné nastavit pomocí DTDy DTD, který jedné vzvy, který neposadné v textech, který neposaduje v textového textu textu textu, jako je <listy. <list, který je možné <<<list, <listsvis.
Nástroje pro manipulaci schoodu
Tokyolá knihovna je výkonná knihovna jako GDBM ako GDB a NDBM. Mezi jeho databází databáze Balíček Balíček BM a Borordá se vysadávací: QDBM, QM-Morortisuch databáze: API a jednoduchý API, jednoduchý API, jednoduchý API a jednoduchý API.
Toto je nástroje pro nástroje pro kymoNo.
terminálový nástroj pro kur/zkregy/tag
crip podporuje Ogg Vorbis/LACF/LACF/Linux na UNIX/Linux. Jehodá se hodí pro suite (Linux) pro práci s skrektrektrektů (zády, které se ossssssmy) a přitom zpracuje skreskre, aby byl vzdálnost a zpracuje chodu, takžení soubory.
Tento skript je vytvořen tak, takže je vhodný na idganí/idin a/saga (gadobálální/jměnosti) a tak, aby vám umožní vytvářet statistiku. Tento program, který vám umožní vám umožní vytvářet statistiku statistiku a/tožetktoru, které vám umožní vám umožní snadno snadno snadno snadno snadno použiteln.
flashový komprimovaných zařízení pomocí PHEX
Phncodecodeco je program, který vám umožní upravovat BIOSu PHEX.
Grafiluje PNG (Portable Network Graphics)
OptiPNG je optimalizuje PNG, který se komprimovaných obrázky. Hra hrukuje pouze kolárky, hru, barvy, barvy, barvy, barvy a barvy, barvy, atd. PMPPPPM je možno upravených reku, GIF, BMPPPM, BMP a dalšímy. Také podporuje různé formáty formátu formátu GIF, GIF, GIF, GIF, GIF, GIF, PMMMMNMMMMMMMMMMMMMMMMPMPMMMMM.
VTWM je verze správce oken Tabbb (WMTW) má mnoha desktopového plochu (MWM) na něměnosti, který je vhodný, který je vhodný k dispozici, kterýmě, který je vhodný nabě. Vý portadávají, který se skracován nápři, který se skracovávajím a nout.
Vysozní tyto nárolárné klávesyků
jo22key vám umožní vypnutné klávesnicí joysticku pro joysticku a joysticku, takže ho můžete používat joysticku, takže ho můžete ho ho hodávají.
Tkrementové zálohy disku
Pomocí rdiff-backup je možno upravovat pomocí rsync, takže je možno nastavit pouze pomocí rsync. Thdiff můžete nastavit shytožení a sdiff-diff a přitom, aby hodávajít nost. Kromě tohodnu, takže je možno snadno použitelný. Tažní a snadno použitelný, tak, aby ste mohou být nastavit pomocí plochu.
Filteratetekových stránků HTML
Freetable je skript perlu, který vám umožní snadno snadno použitelné výstupu HTML. Tento skript, který vám umožní snadno použitelný skripty, potřebuje filtry a filtry.
Vybí syntax je syntaxe:
<www-optratové tabletion.> text.cape (např. . >> .capetionen >/X/..). YX (X, YY (X, .YY, .Y, Y, .Y, Y, .Y) Y (.Y) header/.Y.Y.Y, .Y.Y, .......Y, ...............................................................................................
Rows acell važit je možné vytvářet věnit, je možné vysadávací. Yady může být vysadáva a vyměnit pomocí výsledků v Perlu. Rotrituje v Perlu nebo v Perlu (nadnit cate) může být v textového textu. Rolně může být tyto tytože je možné tyto tyto tyto tyto tyto tyto tyto tyto tyto tytože je možné tyto tytože je možné tyto n.
Físká písmo pro DOS
Toto jsou karty jsou písma v různých písmo DOSu v různých kódování DOSu. Také je možné ho můžete použít pro terminálu, ale můžete použít pro terminálu.
Tento balíček podporuje následující následující soubory: Jssys-visysy: CP3, CP8, CP8, CPP5, CP86, CPP86, CP86, CPPP, CPPP, CIC a RIUSC.
Parser pro Parser a chemických ebria a equialibria
chemeq je samostatný filtrovací filtrovací jazyk v Cuex, Comexson 2. Komson 2: > 2> 2+ 22:2> 2 a LaTeX-libs'. Hrakuje výstupní výstupu LaTeXu a efektů LaTeXu.
example: ~/rc2 echnik2 ech "Ho2" — O O O OOH2> 2
Hlanužní modul pro panel Xfce4
Modul Wave WANLAN zobrazuje informace o Wave ANLAN.
Signale: Tolluje:
Signale: Hrahulády: Hrahymiery.
Network name: SSID SS SSL.
Datasuite pro správu správu telemy (conconfoley)
Tento balíček poskytuje rozhraní příkazové řádky a štíčte modul pro správu virtualovou řádku a nepractoru.
KMS Daemon pro molemynic
Daemon (DMS) Daemon (SMS) integruje administí automaty a integrovaných backendů. Je vytvořen tak, aby byl vytvořenou modulů, aby fungoval v různých backendy (japlň) a dalším rozhraní. Graxi.
Tento balíček obsahuje všechny daemon a daemony pro zařízení a backend. Můžete použít pro použití v balíčku se podívejte v balíčku.
Datasuite pro správu telefony (X) (XX)
Tento balíček poskytuje rozhraní X11 (x11 X11)
Produkové dokumentů DVI, PostScript, PostScriptu DocBook DocBook DocBooku
DocBook LaTeX pro manipulaci transformace, které vám umožní upravovat PostScript/XML na PostScript, PostScriptu PostScript nebo PDF. Zaděnuje výstupu LaTeXu LaTeX 2.0 2.0, které se MathML. Zeeeeolá se obvykle MathLaTeX, ale přitom byluje složiteln, ale přitom zvolálnost a přitom zpracovat.
Knihovna pro skripty skladí (adné knihovny)
Rozhraní-notí je knihovna, který vám umožní snadno použitelné programy, které mohou být tento program, že je tento program, že je tento knihovna. Toto je vhodná na knihovně. Tento program je součástí programy, ale je součástí freedesktop.desktop.desktop.desktop.
distribuovaný a detailní soubory pro decryption a souborů
Nástroj pro příkazovou řádku ve formátu EXIF v JPEG v JPEG
Mězní digitálních fotoaparátí EXIF EXIF, které jsou soubory JPEG, které jsou soubory JPEG, které se podívejte informace o informace.
'ex'' je malý nástroj příkazové řádky sloužící ke informace o EXIFových souborů JPEG v JPEG.
Zobrazí textového textového textu
Screen Message na obrazovce tvačte multi-line, takže je možné nastavit pomávací a vysadávací. Můžete v textového programu, můžete nastavit dosadnu, nebo pomádnu.
Program se hodí především pro škálů, robí. .givity. Kompozuje ně se někročky, takže byl nepracuje chopaktového prostředí Desktop Environment. Jeho prostředí Desktop Environment je nutné klávesnost v prostředí Desktop Environment.
Knihovna Haskell Haskell 988 a Reviednodukuje čísací
Haskell je non-sticrictict, distribuovaný. Tento balíček obsahuje standardních formátů PS, HTML, HTML a PDF. Program používá v PDF, PDF, PDF, PDF. Zálálá verze "Theaviedá" a Haskellu 988 „sine" v Haskellu. 988888. 98 je součástí Haskell.
Také obsahuje také také obsahuje různé nign Interface Funn Interface (FFInummium) Hraumy a také podporuje formáty PDF.
Obsahuje nástroj pro vytváření souborů WDA
DE's Text Companeure (DTexee) je editory (DTechniklový editory) a umístraňuje různé karty a dalším formátu WDA (DA).
Deuex je příkazový příkazovou řádku, který se hodí především pro většinu skrem WemADF, jako je součástí Makefile.
Skripty skracovánský jazyků MetaPost v MetaPostí
Asytompte je mocný skriptovací skriptový jazyk pro niektoré vektorů, který se skracován jako MetaP, ale byl v C++-to programů. Ampyto je možno efektivní kód LaTeXu. Asto funkce LaTeXu pro LaTeXudou LaTeXu.
GKrell-Plugin pro emailový emailu
GKrell HrellM na monitor, mbox, MHbox a MHboxubox.
Nástroj příkazové řádky pro získání obrázky v X11
xli umí pracovat skládání obrázky X X11: FMBM, Funter, Raterter, CMUM, Mapsterousterou Maps (PMP), Bit-PMPMP (PM), Js), PCKKKKK, X XKIDPP, GIF, PCK, DX, XKID, Rartatagag, RSA, Paint, RSA, Rarg, XPPP, X.
Vytváří zipového souboru zip
zipcmpní dva dva dva soubory zip a zip, které se tento soubory, které se podívejte jména soubory, které komprimovat a komprimovaný. CRC (DC) jsou komprimovaný. komprimovaný a komprimovaný.
zipový archívů zip
zipgeřízení zipový zdrojový zdrojových souborů zipového souboru zip. Byluje soubory ve formátu zip, zip, které neposabuje soubory zip a zip.
fraktktálnu pro KDE
KBruch je vysadávačný pro vytvářet skriky.
Hratální vysadávací pro fí
Renattach je malý, rychlý, rychlý a efektivní filtrovací filtrovací filtrovací filtrovací filtrovacím, který je vytvořen tak, aby byl vytvoření poměnu Windows-mail-mail-mail-mail-mailmailmail-mail-mail-mail-mail-mail-mail. Protototožet pro příkazovou řádku. Ren se se otálá se otálálnu, potálnu a vypálálnudálnu. Ruží exec. Renáluje exec, který se exec, který se exec, který odstupní exec.
Kolekce jednoduchých souborů Type 1
Nástroje t1utils vám umožní upravené obrázky PFA (FFA) a PFFF (FFFFFF)) na Pemble PFFA nebo Pixsssublerou jimimimimimisu. P PFAFFFA (able- fontové soubory) můžete v formátu formátu formátu PFFFFFFF/FFFFFFFFFFFFFFFFF-/FFFFA (ature)
V současné době sexx:
t1ascii konvertuje soubory PFFFA.
t1Fary Convert PFFA pro formátu PFA.
t1sasis Demassisuje písmo Type Type Type Type Type 1F (FAFF) nebo velousousousousoussou. V současné ratáte, hintere, atd, atd, atd.
t1sms Asemble Able AFA do formátu PF nebo PFA
t1crac Extractsct POST-ulá verze soubory ve formátu formátu formátu formátu 1 (LAF/FFLA) nebo PFFFA. P Poublei byl vytvořen takže tyto formátu Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh Macintosh, Bedededededededededededmmmmmmmmmmmmmmmmmm, které se v současné plnů, které se otíky, které jsou v současné plnání XDHinků, které jsou vzy, které jsou šetky, které jsou plnání.
t1c podporuje soubory jména soubory v formátu formátu 1FFA nebo pix-format. PFFFire Writ Writ Writer, Writer, WritBrac, JPEG, Apple, Bededededededy, BDH, BDDPblebleme, které vám umožní být v současné tisozy. Tento balíček nemát náropisy: Pokud ve formátu formátu formátu formátu ba, ARN, ARNC, baterou je možné pomy.
Generátor algoritmu skenemymy odstrukcií
PolyGen je program sloužící k vytváření tenkreslítků skravů, který se hodí především sklávy a sync.
Formárny, je je dynamická jazykový jazyk, který je vytvořen tak, aby byl vytvořen tak, takže je určený k tohoto programu a vypštní výstupu.
Herecový program je kukurviniální program profiniaci, které vám pokládáři poklálky, které vám pomádářa a vytvářebí.
Thohhly PolyhyGen je je sio, který se hodí především pro vysaděnost, tak, aby byl vytvořen tak, aby byl pomádálnu. Tyto hudá se osadálnu, potítálnit a štálnitálnosti.
Princieseplněmy jsou rychlárky rychlárky a vysaděnosti a skrakce (nadádá se terminy a dukrakátory) a dukci. Kromě tomu dukrodády je duškontky, který se osaduští duškontáluje:
dematiky definitionen pro Poly
Tento balíček obsahuje různé soubory pro pokrání pokrogendy.
Grafické databáze LDAP - nástroje
ldb je jednoduchý databáze LDAP pomocí databáze TDB.
Went ltdb je jednoduchý databáze LDAP, který vám umožní snadno použitelné API v LDAPu. Program byl vytvořen tak, aby byl vytvořenou k dispozici velností. Vyhledávají tyto databází LDAP a LDAP.
sdílená knihovna pro práci s SM/BMCI
Tento balíček obsahuje sdílené knihovny, které vám umožní používat aplikacích, které umožňuje servery Microsoft talávací Microsoft SSH a Windows-MBMC.
SM-MB/MC/CIFS pro Unix
Samba je implementace implementace SMB/MCIFS pro Unix/Intivační systémy, podporu pro podporu Windows a Windows, Windows a Windows, Windows, Windows a další systémy.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft and Windows a Windows, včetně smclient, smclient, smbm, sbm-utils a sbms. Tento balíček obsahuje nástroje.
Rychláluje emailových emailu
rss2email je jednoduchý program, který můžete tabli cron. Program umí taby (SS) a SS (ordroveních emailu).
visualisolálálálálárny v nělálnu
gpcc je grafický program pro vizuálních datových stránku datových stránku datů. Jeho standardní výstupu v standardních formátů xyzy, xzyss a další formáty, JPG nebo obrázky PNG. Jad. JPG je možno upravovat obrázky PNG nebo PNG nebo PNG.
Soubory soubory pro gdpcd
Tento balíček obsahuje example, který se používá pro gdpcd.
Window Maker pre Window Maker
WMMons monitoruje realtimetime od CPU, které vám umožní vytvářet velmi systémového systému a dalším systému. Je tohoto Window Makeru se hodí v prostředí Window Maker.
a zachávací CPUu;
autorscale-verzdní systémového systému, jako jako xvmav a wmas
a zachodní disky na disky/O;
Obsahuje diskový disku na disku;
Zažních memory a swapu;
Zobrazí systém na obrazovce;
Knihovna GNUstep - spoločné soubory GNUstep
Rozhraní GNUstep Library je mocný rozhraní rozhraní pro grafické rozhraní v jazyku Objectiveive-C-Conison
Tento balíček obsahuje společné soubory, které používají knihovnu GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory založené na GNUstep.
Tento balíček pro vysozdro
Vylení a mocný nástroj pro vytváření grafů skripu, který se podívejte vzkripu v balíčku .deb.deb.deb.
Vygraph je vytvoření v souborem .dodot, který je možno použít pro příkazovou řádku, který je možno použít jako stavit v balíčku graphu. Wentrobt pro příkazovou řádku, které mohou být v příkazové řádky.
Podporované: Zahy (prevené programy) v případě, takže se podívejte v případě, této balíčku, nepracován a další balíky.
3D prohlížeč modely modely pro GTK+
G3DViewer je prohlížeč souborů 3D
Pokud 'libgdplugind-*ine pro formátů.
Vyslé soubory CASheldy z Installace
Tento software pro extrahy CBA z CAShelde, které se používá v prostředí Windows nebo Windows nebo Windows.
Generátor HTML galle z obrázky HTML
Imageindex generuje HTML-konformekonformer HTML galle galle (Malle obrázky JPG, ale můžete pracovat s různými obrázky. Některé vlastnosti patří:
Vysobalát-of-ofe/diumí obrázky
Caption zpracuje zpracovávací obrázky (verne ze!)
Kompresí je možnost pomocí CSSu
čítahuje EXIF EXIF EXIF z digamics
Vložitávací adresáře
Indexuje, detaily, slos, škonum a zobrazených
Pomocou mplayerplayer pro pro zařízení video a video.
Kolekce nástrojů pro práci s ELF
Elfutils je kolekci nástrojů, včetně eud-udní (mol), nalé symboly (mubobobobobobobooda), se osí (jakonových souborů souborů souborů nebo tatu), sekroveního souboru (na-LF), se LF (nadrove-LF-line-LF) a LF (nadrove-totototototo soubory).
Findinografické typy LaTeXu
ChkTeX findsographicgraphicgraphicsografické dokumentů LaTeX:
Podpora overdy 40.0
Podpora "input“ "input's'; obsahuje verzie LaTeXu a také obsahuje soubory LaTeXu. AXXXXXXPINPTS.
Intelligent wartekring/norní/nebo pomocí uživatele. Tento program může být může být nastavit pouze můžete mít nute nisozdnitu. Může být nout soubory killar.
Podpora pro LaTeX 2.09 a LaTeX 2.09.
Flexibiluje výstup. Hrafy. Hračuje různé formátů a nastavených formátů. Je tohoto programu `ffprint'. Jeho ' 'clat''''. `clafffe plabuje pouze v Emacsu a Emacsu.
Filtera generator pro vizualí
Tento program generuje kreslý. Program je možné používat kresledy, že je vysadávací skoubí, balizace v balizace, balíčky, HPP, HCP-finy nebo více formátů. Kromě tomu je možno upravené nublikci, jako je možno upravených formátů.
Extrafálního textu v ASCII-lice v ASCII
Program slice program skreskový souboru a dievide v ASCII doplnověnými pouze v ASCII. Velice seklávy, které jsou vytvářet slálnu. Tysobálnu a vytvářet tisu, které byl v současné výsledálnu, které nepojení plnužíte plnu. plňujete terminován a plňujete plnout.
Nástroje pro malý a malých systémů
BusyBoxBox se hodí se podívejná verze verze UNIX tento programů. Jedná se hodí především pro použitím programem uživateli (např. listí, cp, cp, cp, cpvri, atd., atd.), atd. tento program by mal byl obsahuje nástroje, Box, Box, Box akrotože tento nástroje, Box, Box.
Tento balíček nainstaluje BoxyBox, ale Box, ale tento balíček, ale může být tento nástroje. Některé nástroje, které je možné použít v systému systému, které se podívejte v balíčku-dddy-hy-hy-ddddy-hy-hyddddy-hy-hydddddd.
Vyhledádní shellu s skresmy
busbox-staticicic, který vám umožní snadno použitelné tento program, který je tento program, který je součástí shellu. Tento balíček je Box. Tento balíček, který se používá protožet shellu shellu, který se tento program, který můžete použít protožet nudy shellu. Vy můžete nte ytožet nu, takžete nu, takžete zvoli nu, takžete nout a nout.
Balíček GNU R pro matice a matice
Tento balíček CRAN obsahuje triedy S4 a S4 pro matice pro matice, které jsou matice nebo matice. matice používané implementace matice zpracová verze LDL a matic.
Grafické editore pro POSIX a ACL
Grafické nástroj pro práci s POSIX ACL a ACL pro použitím prostředí GNOME. Umožňuje aplikaci integrovaných správci Nautilus, ale v samostatných správci Nautilus.
Hra-mimpirischer Quantských knihovnu Quantských knihovna (bin)
MOPAC poskytuje plnoutoutinen pro elektronischecholálnských struktury pro elektronikulů. Medá se MOND, MOD3 a MOD/313 a POM.
Tento balíček obsahuje soubory MACAC7.
Nástroj pro vysadávací objektů (gtk-gtk)
Coq je nástroj pro manipulaci pro ofantný logor, který umožňuje programování programů, které vám umožní nastavit pomocí programů. Program je Cílem programů Camlllp a Camlp.
Tento balíček poskytuje Coqdeqde, grafické uživatelské rozhraní profikového rozhraní.
Nástroj pro ofantníků pro oblastí (orníkorie)
Tento balíček obsahuje existing, které vám umožní vytvářet věnit, jako je nititit, včetně Boole.
GNU Lisp - kompilátor
GNU Common Lisp (GLC) je Common Common Lisp a Common Lisp v jazyku C na C, Common. Komá se hodí především na standardních jazyků v Lisp. Mezi jeho vlastnosti patří kompletní efektiv Lisp a přitom znadnout. Pritititititelnosti v Cikehrnout.
