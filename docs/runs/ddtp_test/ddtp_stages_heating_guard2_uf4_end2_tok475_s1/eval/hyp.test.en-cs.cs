Xastir je určen pro APRS pro X. APRS je Automatickladačný systém, kde systémy, kde hledálálnostní (např. hledádálnosti), který vám umožní potřebilní informace o X.
X Window System (X.Org)
x11-common obsahuje infrastrukturu systému X Window, který se hodí především v systému X Window System. V současné aplikace, a nástroje se hodí především pro správu X Window System.
Vepální termy se používá pro X Window System, včetně "X11", "X11", "X11", "X11", "XR11" a "677". Moundá verze verze X. Foundá verze verze X. Found je také bylá verze X. Foundundund a je také je také chod.
různé klienty X - Metapaket
Tento balíček obsahuje různé jako různých klientů, který se v X Window.
Tento balíček je určena pro pro earitiony Debianu, programem pro programy xmer a xmerbase.
X.Org X Window System
Tento metabalíček obsahuje efektivní komponenty pro samostatnou systému X Window System. Obsahuje knihovny X, X server, X, aklálálnosti rozlišení klientů.
Vysobsahuje efektivní tahy, jako jsou prostředí prostředí, takže může být tento balíček a tento balíček.
Program by by byt, že balíček x-window-manager, který se také můžete tento balíček, který se podívejte com.
Nástroj pro X Window System
xutils poskytuje sada programů pomocí X Window. Vyhledá se hodí pro systémy. V současné programy, které se hodí především pro systémy, které jsou X nebo X.
generování programy pro všechny menu pro všechny menu
Vebízních menu Debianu v různých správce oken v různými okně v sync.
Menücké seznam seznam menu, které vám umožní seznam menu menu a seznam seznam menu-hod-manager, které vám umožní potřebívy a další aplikace.
Menu poskytuje systémového systému a uživatelského systému pro vytřetí a vytřetvářebí na menu menu menu a menu.
PostScript a PDF pro X
gv je comfortables PostScript a PDF souborů pro X Window. Program používá používá pro X-Interpreter, který se používá X-folálální, takže je určen pro gací.
Zobrazí informace o systému
Hardinfo je malý aplikace, který zobrazuje aktuální a systémy. V současné systémy. V současné systémy PCI, PCI, USB, USB, IDE, Serializerializer, Serializerial.
Vystupujete balíčků Debianu
debffost je program pro apt a apt. Pokud tento balíček, tento balíček tento balíček.
Natí, které vám potřebujete seznam seznam balíčků, které vám potřebujete tento balíček tento balíček, který se používá tento balíček, které se používá tento balíček tento balíček tento balíček. Pokud tento balíček tento balíček, které jsou tento balíček nepotí a tento balíček, a tento balíček.
Tato helpy vám potřebujete Debian, installová knihovna (main), které se používá pro hledání, které se používá je potřeba pro všechny.
Grafické grafické rozhraní pro SANE (Scanner Access Now)
xsane může může být programem jako je určenou pro použitím GIMP. Instavížení módy umístřet jako je x-modus, takže je možné použít pro různé formáty formátů obrázků, jako je možno použít jako je např.
Advanced Configuration a Power Interface
Podpora Moderns podporuje Configuration a Power Configuration Interface (PIPI) na správu správu a basítních systému.
ACPIDD je flexibilní, snadno použitelný klient pro vytváření ACPI. Senenentlinky (pres), který na detekce /proc/potact/act/act/act/nebo programů a takže programů, ke které jsou programů. Programy, které jsou programy proto programů, kterémě jako je možno nastavit, takže jako je možno nastavovat běžních souborů, nebo běžit.
Dokumentace dokumentaci Debianu
Obsahuje v současnélátní, který se „Quide Guide Guide Guide, kterém je tento program, které byl. Vybítí v Debian Jr. Kromě to je tento program pro práci svítů a větřebítních dokumenty a takže sví. Osy, tento systémy a např. Jr. Jr.
qtt prostročky pro svěr (cbz/c/cbba/c/cb/cb/gb/cbb)
QComicBookBook je prohlížečevajících protívání a jpeg, které se hodí pro komfordern, které jsou konvertor. Mezi jeho vlastnosti patří: skce, rychlálky, rychle, skratky, rychle, např.
QComicBook protních souborů:
cbr - rar-compress
cbz - zip
cba - ace-compress
cbg - tarpedpedi
cbb - tar2bzip
Prohlí hledání protein
ProDA je systémů pro automatizaci a detekce hledátních objektou osologou z proteiny. Gentřebuje vstupních objektů. Gentělální stromů se osálů, všechny výsledkyky, všechny nárojemů, všechny talogů a vytítítítítky.
VILike Emacs - vi
vilele je textový editor, který je náročný s vismělních "finger" v "finger". Kromě to je velmi mnohem velmi různé věle, ablony, multifile, multi-file, revítřebí a např. K dispozici je okněnáročkladní a podporu pro okněný okně, okně a podporu pro okně.
Tento balíček obsahuje binární binární binárních souborů. Requiredí je podporu pro vile-common, které jsou v Source. čítřebí je Source-filter. Obsahuje jména pro X11.
VILike Emacs - podpora vi/vile/vilele
Shared soubory pro vilele a xvile.
Knový správce oken pro KDE
KMMyMoney je v KDE Finalance Manager pro KDE. Mezi jeho vlastnosti patří podobně MS-Mone, Quicky a podporuje různých typů, categor, importace, importace, QIF/export, importace a zobrazit.
Tačný klient pro emailových emailů, ale chádačky
good je analálávací klient PINEINE- emaily. Je tomu klienty z Apache a třálálů.
Mezi jeho vlastnosti patří kompletní protokol pro emailových protokolů, jako IMAP a TLS a protokoly TLS. Podporuje itse curses.
Jednoduchý textový editor z oskladí textových klienta
"picoco" je jednoduchý editor, ale nákce text. Je vytvořen tak, který byl především pro editoru pine klienty pine klientů.
Je Gaainedit může být mnohem věnit, který se používá se používá jako je je možné použít jako editory.
Je vytvořen tak, ale velmi velmi nátřebovat jako GNU Nanono, který je vytvořenní editory s picoico-ek.
Jednoduchálového souboru chodu pro osky textový klient
"pilot" je jednoduchý soubor z nostní zkladí. Obsahuje v nosti, který se používá svěl (Al), které jsou příkazů (Alspis, např. Alspis, atdální a takže je na obrazovce.
Asso je samostatný program, který se hodí především pro různé soubory, stejně jako programů jako programem midightightight.
GTK+ GTK+ pro rsync
grsync je jednoduchý rozhraní používající GTK2 pro příkazovou řádku. Podporuje různé sady rsync. Mezi jeho vlastnosti patří, ale používá rsync, ale může být hodností.
Jednoduchý knihovna RFC1413 - běhovou řádku
Toto je malá knihovna pro velmi rozhraní na Ident; "ident" vám umožní vzdálených počítače.
/usr/sbin/sbin.bin/v.t je malý (tožet v v tohod, které vám potřebujete identupt, které vám umožní používat. Vyto servera, který můžete použít pro vytvoření na servera.
Modul NSS pro přístup k databázi Berkeley- Database
nns_db je sada C-Erweiterungs, která umožňuje Berkeley Database, které vám umožní používat vásí aliasy, aliasy, RPC, Sicherheits, RPC, RPCs, RPC, RPCs, Rechner, RPCs, RPC a jistí, jisty, n, j j j j j jatsos_atsssss_atsups). Obsahuje chn_dbups.
zobrazování a administrů a datových dat
Tento balíček obsahuje passwd, chsh, chfn, chn, chnfn, a další programů.
ShadowPassy, které jsou /usr/share/doc/passwd/README.Debian
Next-Generation MusicBrainz Audiodateien
Picard je hledáhnostní seznamu MusicBrainzkové aplikace.
Tato hledádačky je objektů, jako je potřebuje z objektů jako je hledání hledů jako je hledání, které jsou např.
X.Org X server -- ovladač Savage
Tento balíček obsahuje ovladač pro S3/VIA-Prov/Provavy/Provyvy/Provyster.
Tento balíček je vytvořen z modulu X.org xf86-video-sav.
Prický hry k kids s Tux
"Tuxx of "Math"" "TuMath "TuMath"" (TuMath) je bavníkový efektring, Linux, mascodou kad! vás! Ascodálál "Mis"" (Mise"", hisleklálálál, takže řet řebujete, takže cíl, tak, tak, takže Probleme. Instav, takže blem Probleme, takže Probleme, takže Probleme.
Hardwareové konfigurovatelnostní pro autoc, které např.
Balíček GNU readline a knihovny, runtime-time
Knihovna GNU readline aids zjektí v uživatelské rozhraní, které vám umožní potřebuje programů, které vám umožní používat rozhraní příkazovou řádku.
Knihovna GNU obsahuje knihovna GNU obsahuje uživatelské rozhraní pro recall.
Balíček GNU readline a sdílení soubory, společné soubory
GnuPG nahrávání archívy Debianu
Balíček Debian pro všechny pomocí digitale Relelea. Tento balíček obsahuje archivů, které se používá pro archivů.
Datové soubory pro GIMP
Tento balíček obsahuje soubory pro všechny pro všechny balíčků GIMP, jako např.
Dokumentace pro GIMP (Czeze)
Tento balíček obsahuje dokumentaci pro GIMP.
Tento balíček obsahuje dokumentace pro GIMP.
Documentatie pro GIMP (German)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (dratky)
Tento balíček obsahuje dokumentace pro GIMP.
Documentatie pro GIMP (Spanish)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (French)
Tento balíček obsahuje dokumentace pro GIMP.
Documentatie pro GIMP (Italian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Dutch)
Tento balíček obsahuje dokumentace pro GIMP.
Documentatie pro GIMP (Negwegian)
Tento balíček obsahuje dokumentace pro GIMP.
Documentatie pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP.
Toto je terminál pro terminálu pro X Window System, X Window, podporuje různé kódování ISO-8859-1, [1-1-1, TV16, TVC1, VIC, VCIS, TCI-6, TISCI-61 (111), ISO-11, váss, CUT1, CUT12521, JIS, JIS, JIS, EUC25121, EURI-JIS, EUC1, EUC, EUN1, EUN1, EUX1, EUN121, EUN1, EUN1, EUN, EC, EX121212123012301, ISO JIS, EC-1, EC, EC, EC
Doubleitwidth pro eastosky, binian Zeichenků pro Thai, Vi, Viet a dalšími BiDi (BiDi BiDi, BiDi) a a arabrabbbouboubou probra arabbbbratky. Trabou jsou podporuje všechny ch jazyky. Toubleroub a podporuje všechny jazyky ch jazyky, Hugdlic.
Since mltermuje aktuální lodělní a vytřetí např. vádít, tento tento vádít, tento kód.
mlterm podporuje a také vzdinebilních jako jedě jako jedvy, potřeb, jako je XIM, a X-alias a X-alias.
Příkladní soubory TERMinal, spoločné soubory
mlterm je terminálu pro terminálu pro X Window, který podporuje různé kódování, různé Zeichenků, BiDi, BiDi, shaping a.
Tento balíček obsahuje potřebné soubory, které jsou mterml a mterm-ti-ti.
Příkladní TERMinal, m17nlibu
Tento balíček obsahuje m17nlib editor pro mterm.
K dispoziciní TERMinalal, tinycalal
Tato malý verze nepotřebuje podpory obrázků jako je obrázků a tak, takže je je je potřebilné vlastnosti i18.
Nástroje pro práci s různými nástrojů MultiLER
Tento balíček obsahuje nástroje a sonadou pro mterm.
Kolekce nástrojů pro konfigurovatelných síťové rozhraní
Tento balíček obsahuje nástroje, ifup a ifdown, které mohou být použít pro konfigurovat (např., rozdělální rozhraní) založené na definitionové rozhraní v /etc/netnetwork/netnetwork/interface.
Monitor pro monitorování MTA (v4X11)
Eximon je pomocní program pro Eximmů MTA (v4). Program vám umožní pohledání pohledání pohledání a odstřetílání, hledání hledání, hledání, atd, atdun a hledání.
Klalalalalalací s polish
LinCity-NG je Cimulation. Je nábilní hry potřebuje svílát a verzie LCity: Linity: Linity, které vám potřebujete a hledálny. Vevším pro vylepřálálů, které vám umožní potítílálů. Mezilítítílního a takže složitelou, takže se oskce a takže je možné potřebítřebílnosti. Pravítílní a štílnu, takžetky.
Nástroj pro diff, který funguje s binárními souborů
Xdelta je program, který je určená pro zpracovat mezi souborůmi. Deltase (delta) jsou stejně jako "diff“, který je možné použít pro různé soubory, který je možno použít pro danností. V současné soubory, nepracuje všechny v Xdelta. V současné chodu, nede-de-delta-X-X. Xdelta můžete použít jako je možné efek. Xdelta-delta může být vkládání souborů.
Knihovna pro správu informace o balíčků Debianu
Tato knihovna vytvářet vývojáře platformy, který je mnoho zdrojových datových zdrojových datových datových datových balíčků Debianu a qui.
Knihovna obsahuje různé datových zdrojových:
APT: přístup k databázou APT
Debtags: přístup k databázi Debtags
Popcon: přístup k Popcon
Nástroj pro indexování pomocí apt-xapian-index
Toto je sdílená knihovna.
Nástroj pro CD a mixer
AScd je malý správce CD a mixer, který můžete „dock“ a Window AfterStep.
Follow symlink a rozdělální souborů
Chase je malý nástroj prohledání zpracován, který vám potřebujete symboly - chasní sym. Tymlink, pokud vám vám umožní vysolální složet vělálů.
Knihovna jazyka Perlu, POD dokumentace a "docdoc'. Pokud tento program tento program. Pokud chcete tento program tento program, tento balíček.
Vypřadáhní s běžíčky - hlavičky
Bash umí dynamische příkazovou řádku. Obsahuje hlavičkové soubory, které se hodí především pro manipulaci a mnohem např.
Blob Wars: Metalbs: Blob Solid 2D. Je tomu velmi minimy Blob.
Since se otřebí v tohody, byl byl chtrace, Blob akce. Blos je plňujete uttřebí. Bužílální a ch potřebí.
In Blob Wars: Metalb, Blob Solid, budetete potřebelný na rob, Blob, Blob. Bobssion mi misy je v mififififififififiků a různé na různé vělálů Blosy Blosy a mnohem např. Blos a mnohem např. Blob Wars. Blob Warsa je je chi a mnohem potí.
Nástroj pro indexování, zobrazování a zobrazování obrázků
KPravybum vám umožní indexování, potřeb, potřeb, stopy a potřeb, kopiílů, vás a potřebí. Je tomu elní elní elegantních obrázků, které vám umožní potřebilních obrázků.
Zílíte informace o je číst, které jsou v XML. Umí např. Umíl, KPA, KPAb akl dobumsačuje obrázky s MD5, takže se číst, takže vás vám umožní potřeb. KPA a také můžete stromu. Tabum můžete také můžete např. HTML, který můžete např.
KPhoto balíčku KPhotobum může být také také použít pro práci s podporuch obrázků KIPIIP pro práci s kielností. Tento balíček obsahuje různé rozšírenie cíle. Obsahuje chnos, exporty, exportace, exportování a importace.
převádí textových souborů pro PalmOC (form Palm) a
Tento nástroj konvertuje soubory textové soubory (nebo soubory HTML) pro defacována PalOS k DOOSC pro použití DCOCO (jajapot Run Runt") a editor "Cont") (pots")). DOCOCO (popos"), DOCOC). DCOC a txp2. DCOpxtp2 můžete komprimuje soubory textových souborů DCO a textových textových souborů.
Privacy Privacy a Proxy
Privoxy je webového webových filtrů pomocí filtrů privacy, filtertec, filtrování webových stránek, cookies, cookies a bsn, bzn, bsan, ban, ban, bz. Primulátory a objektra a objekt. Primulá se také můžete stavy a takže je možné objektů. Primy a takže je možné použít proto systémy. Primů a tak, takže se hodí pro systéme.
Pridoxy je založený na Internet Junkbuster (mtm).
Data soubory pro Emilia Pinball
Program Emilia Pinball je pinball forměle pro Linux a další systéme. Hězí, které jsou vářet, ale velmi velmi hledání.
Tento balíček obsahuje různé datové soubory, используемы используемыmi pin.
Datové soubory pro terminálu
GNOME Terminal je emulátor terminál, který vám umožní potřebuje skladění:
Běžní UNIX v prostředí GNOME.
Tento balíček obsahuje datové soubory, helpových souborů pro gnome-stalátora, terminál.
Bavy-duchádálních souborů (produ-ektivní klienta)
Motto je nnnntálně, který je "Nos" je „sos“, ale je nnso, nnso, nner a pracujete je potřebujete, který vám umožní potřebítíte chližit (ot, atdít), který vám umožní hledání hledání.
Nn vám umožní rychlády a vytřetky skip. Také podporuje tyto, který umístrukce a vytřetřetí a potřebovat a potřetí.
Tato verze nnn číst newss z NNTPového serveru (podrátního serveru Network Transfer Protocol) a může být tento databáze nebo serverů. NOVO je tento databáze. VOV, pokud tento server, takže ch chlálální servera, servera, servera (nornor), servera, tento klienta (non-on-on'.
OpenLink Virtuotuos je nájjnávací databáze SQL. Umí databázy SQL, hody akce SQL, implementace: SQL991, podpora, a nákce, implementace, podporované podpory, servery, podporované podpory servery a NET. OC, ODBC, ODBC a JDBC, OC, OC.NET, OC, OC, OC.
Virtuoos podporuje SPARQL do formátu v SQL, které SPARQL v SPARQu. SPARQL a je podpora s SPARQL jako v SPARQL a v SPARQL.
Obsahuje метапакетu, které tento balíček, který je potřeba tento balíček, které jsou viroso (Open E-Source'-Source).
GNU awk, a scanning a jazyků
"awk'''", program, který můžete použít prohledání souboru a potřebítře.
Gawk je implementace GNU-Projektu pro programovací jazyků AWK. Je vytvořen tak, aby konformuje definitionů v POSIX 1003. Tento verze verze verze. Tento verze verze je založená na verze verze AWK, AWK, AWK, AWK, Kern, Kig, Kern, Kern, Kig, awk a 4.
Nástroj pro vykreslování PostScript
pspresent je nástroj, který zobrazuje PostScripty, který zobrazuje kompletní svělérky. Navítky: Navigtore: Naviger, potítálnosti, svítílálne. Tysadělát šaktí. Tysažítátátát štátí. Pratítítítátátáriiiiiiiii.
Editor Chemické editor
BKememem je svobodný program, který je v jazyku Python.
Mezi vlastnosti patří, můžete hledct:
Drawing (bd-by-by-by-b-Vorlagen; pro ringics; ringost; pro všechny hručení; ds-group; chres, rýchlát, rýchle, podporu ..)
Edititu (přadí a redo;; skladí; skladí; 3D, 3D) .
Export/Importuje SVG, OpenOffice.org, OpenOffice.org, EPS, EPS; basic-portace pro CML a importacie2.
Kompreskové nástroje GNU
Tento balíček obsahuje standardní nástroje GNU file, které jsou také také také také pro standardními nástrojů Debian. Mává se hodí především v "gz's), ale může být tyto souborech, ale může být do formátu "Z.Z.
Knihovna pro GNOME
XML je metay, který vám umožní potřebujete vělení jazyků. Vevším pro vysotvářetní informace otřebujete ve formátu HTML (egegor). Ta je možno nastavit dosačky. Obsahuje také můžete v čistěnějších jazyky, který je možné věnějších jazyků.
Tento balíček obsahuje knihovnu, který poskytuje jednoduché API na tvorbu XML.
Pritítního štívy v pseudo-3D
Space Aryryleaary je podobně jako klasickou klassisvy, jako je potřebovat, jako je Starer, kde Starxox, kde vám umožní potvít a fribrí a lepřibí.
Obsahuje TrueType z fonty v Vine
VL Gothic je svobodná, svobodný TrueType fonty, Vine, Vine.
Je založená na Sazanami Goth (by Electronické Fontstronic Dice) a M1M1 (MCM1+ MTS), PONERONEJNEC).
Editor pro interaktivní programy pro interaktivní programy
Ledit je editor, který vám umožní příkazovou řádku jako jako jako shellu (bash, tash, tsh). To je interaktivní příkazovou řádku. Maml a používá v OCaml4 a Caml.
Interaktivní Interpreter a standardové knihovny
Objective Caml (COCaml) je implementací jazyka C ML, založená na Camlale Camlcalec, velmi kompletní modulu a distribuce systémů.
Tento balíček obsahuje soubory potřebné pro příkaz shellu.
optimalizace formátu PNG (Portable Network Graphics)
Pngcrush je optimalizace pro PNG (Portable Network Graphics). Je tomu hledálních zpět IDATAT, které vám umožní různé karty a vyhledálních souborů PNG. Také můžete použít pro práci s obrázky PNG. Také můžete použít pro chravování a chunk, takže ch ch chunk, chunk, tunk, tunk, textů, tunk.
Rychlý klient pro Emacs
Canna klient pro emacs21 nebo xemacs spolu s MULE. elcelo je implementací, takže se hodí především v Emacsu.
Canna je vstupní metodu.
Program, který vám potřebuje čečecký jazyk
gNii vám potřebujete jazyky, které vám potřebujete. Je tak, který se otřebuje statistiky: skce a statistických typykce a statistiky. Kriiiiiii, byl byl byl vytvořen tak, aby byl a hledální programem NNNN, NNNNall.
Rychlá pro mDNS/DNS-SD chřebuje na síťových síť
mdns-scan je nástroj pro scannu mDNS/DNS-SD-Dienste na síťu.
Jedná se používá byt mDNS mDNS PTR PRR_serves.dns_sssdns.d_ssd.devevevevist pro všechny seznamud.
mDNS/DNS-SD je súčasťou Apple Zeroconf (a.a.aj). Bonjouri-daemon je tohoto balíček mDNS/DNS-SD.
interaktivní nástroj pro vytváření textových souborů
Podporuje Romaji: Romaji-Kana, konvertor, Fuzy, Sechar, Regularar, Regular Expression, Automaticster, Modify, Modifika, WordMode, Word SmartP-reference.
Klelení a funny ASCII-arty oski
Toto je velmi malý hráčů, můžete hrát s obrazovce, můžete potřebovat. K dispozici jsou dva módy: Cupinin. Train a umí potřetřet např. Mezi např. Mezi např.
Rychle pro hručerware zvuku
FAAD2 je rýchle ISO AACAC. FADAD2D-dekóduje všechny MPEG-4 a MPEG-4, MO2A, LO, LWA, LTD, LTD a LTPER.
Tento balíček obsahuje příkazové řádky pro příkazovou řádku AAC nebo MP4.
Editor a kenchenk - sinkle - podpory Mulisp
Tento balíček obsahuje muslili elisp, které jsou stavyto balíček xemacs2.
Mule je rozšírenia (xemacs), který vám umožní zobrazit pro ne-Europe (např.) a Číví Zeichenků.
Editor a kenchenk -- zdrojových souborů pro elisp
Tento balíček xemacs21-lelesupport obsahuje pomocí verze.
Editor textu v Unicode (chardependent)
yudit je textový editor pro X Window System. Je možné použít, stanuje dobítky Unicode nebo Unicode. Také podporuje různé jazyky. Také podporuje různé vstupních jazyky, vstupních jazyky, např. Tysoužísky, vstupních jazyky, např. např. Tento balíček obsahuje nástroje pro všechny a podporuje ty PostScript.
Texteditori pro Unicode (char-файлы)
Tento balíček obsahuje binárních souborů v /usr/share.
Nástroje pro správu computer -- skripty
Nástroje System Systeme Backends je sada skriptů pro linuxového systému a dalších systémů Linuxu. Desotřebuje standardní rozhraní XML, které vám umožní vytřetvářet ve formátu XML, který se distribuce distribuce distribuce distribuci.
Tyto backendy jsou v GNOMEových Tools.
Knihovna pro analýzu videa pro analýzu video (bívé knihovny)
Knihovna pro parse Adobe flash flash video. Podporuje mnohé a dalších video video video. Je tomu, která poskytuje přístup k databáze a API a API, takže používá s flash.
Software pro modemů s modemů IAX2
IAXmodem je software modemů v C, který používá v CAX (okně Ihodální, který bylního systému PBX). Tiež používá DSPSP a používá knihovnu DSPSPSP.
IAXmodem byl vytvořen tak, který vytřetvářebujete efektivní modemy HyFAX a tak, který byl složet. IAXmAX je také také také efektivní funkce s mgetty a ex.
Prohledí 3D, který zobrazuje aktuální CPU
wmcube je skriky, který zobrazuje návětní 3D, který vám potřebujete v současnérů. Vykladadí akce hledálnostní skladadí. SMP můžete potřetřebovatelní se podívejelností je možné použít pro jedě.
Originalní wmcubecu, hledádí, hledálně.
Nástroje a skriptování pro správu power power
Tento balíček obsahuje jednoduchý nástroje příkazové řádky, které potřebí a počítači hiber.
Snadový systém MPEG1/2tiplexer
Mpegdemux je systém MPEG1/MPEG-titiplexer. Je možné použít pro seznam seznam seznamu MPEG-Streamu a vyhledálů.
Nástroj pro monitorování pro panel Xfce4
Program fsguarduard potřebuje potítí ští čteků, který zobrazuje ští a zobrazuje štřebilní ští.
Euclideanický jazyků
Eukleles je jazyky, který vám umožní typy typy jako fetigures (La)TeX. Tento balíček obsahuje skripty, který obsahuje skripty a další formátů.
Jednoduchý program pro práci s barevností v hex.
grmidi je jednoduchý, ale užitečný program, který vytvářet v kódováními Stringu nebo RGBGB, které vám poklálnosti. Pokud je program, které vám potřebovat a potřebujete potřebuje a potřebílální slust a potívílálálů, které vám umožní potní svílálů.
Tento program může být užitečný, které vám potřebovat a vám umožní vám umožní použití v xterm nebo okně správce oken, ale kložit, ale nemělevíví. Je tomu, které vám umožní použití svílálů.
Data datové soubory pro freeroid - strategie
Tento balíček obsahuje zvuky, grafy, a levelfini, fortroid.
morse daemon pro paralelní nebo portu séri
Cwdaemon je malý daemon, který používá sérielní sérikového pc nebo jednoduchým séristorů na výstupu morteru s sentít textových logu.
Konfiguračky pro automatického systému
Tento balíček může můžete konfigurovat a aktualizuje číst a můžete použít protožet, které mohou tohoto balíčku běžní balíčků balíčků z příkazové řádky a z nich souborů.
Tento skript je backend pro příkazu APT::propltendedtended-Un-Upgrade.
přehrávač pro musicu ASC
Toto je musicu pro hruklálání hry Strategratek. Pokudujete z nich objektů, které hledání.
Kospracuje Michaelou Kelver.
Rychlá a runde a runzí programovací jazyků AFNIX
AFNIX je programovací programovací jazykový programovací jazykem, který podporou objektů, které podporou objektů pam. Cítřebuje distribuce běhové vlastnosti. distribuci je distribuce distribuce distribuce a klienta, který je určen pro distribuce modulů.
Rychlá a runde a runzí programovací jazyků AFNIX (Dokumentation)
Tento balíček obsahuje dokumentace pro AFNIX.
Interpreter pro vytváření Info-formation
Xzip interprety tyto tytožení textových textů (kládívní) ve formátu Info Info. Tento balíček obsahuje com. Tento balíček obsahuje hry, stejně jako je v současně jako je v současné hry, který bylá verze.
Toto je interpreter pro X. For For, frotz nebo jzip.
C codecdět pro vytváření Reportator Reportab Toolkit
C coded pro vytváření accelktor Reportab Toolkit.
Music Player Daemon (MPD) je vzdálený server, který vám umožní vzdálených souborů (gOV-Vorbi, FLAC, FLAC, MP3, Wave, AIFF a MP3 (gave), MP3 (gave, MP3, MP3 (Vorbi, MP3) a feiten. Gap-wiederholádle a podporovat je podporatelné výstup. Filní podpory a podporuje tohoto počítače. Ta TCP/IP, takže je určena. Pat (vy) je určena je to to to tomuto serverahy a takže je určen pro hledá na ty, tak, takže je určeni a tak, které vám umožní snadno použitelní slož nad.
Daemon je daemon pro ovládání klienta, který nepotřebuje je vhodný pro počítači mpd. Tyto klienta a uživatelské uživatelské rozhraní, který vám umožní vyhledání uživatelské rozhraní, který vám umožní vyhledálního rozhraní, které vám umožní v balíčku (thy).
Konvertor X11 z PCF na formátu BDF
Pcf2bdf je de-compiler. Program konvertuje X11 (PCFilpojená) pro formátu Bitmap Bitmap (FBDF).
FONTBOUUUDOX ino ve formátu BDF je bdfcdf, socdf, sobdf, pc2s.
Konvertuje dokumenty ve formátu RTF na LaTeXu
Attempts je konvertuje konvertuje informace ve formátu LaTeXu, který je Microsoft Rich Text Format (RTF). K dispozici je podporované podpora jako jako je podpora „měle“, který podporuje podporuje „sotor“.
Detail je dokumentaci v latex2rf-doc.
Nástroj pro kontrolu soubory mp3 pro zsládů
Prints se různé chyby a potřebuje zbívání mp3. (colorstalovává soubory MP3, 1.2, mpeg2, mpeg2, mpeg2.0.0, podporuje momentálne např.).
mp3check je užitečný pro vytváření mp3, jako je je možno použít jako je možné použít jako je možné použít i mp3 a takže se používá mp3, které jsou vělů. Mezifizace se hodí pro práci s systémy.
control pro EWMHM/NWMHet X Window Manager
Wmctrl je nástroj příkazové řádky pro práci s EWM/HMHM-совместимую X Window (ampletví, plň, běle, běle, Software, běle, běle, balizaciaciaciaciaciaciaci, balizaciaciaci, saw, sawfish a sawt.
Wmctrl obsahuje příkazovou řádku pro přístup k všechny svěle v všechny EWMHMH. Naxim umístřet např. K dispozici můžete např. Pokud ho může být nastavit měžit a může být užitečné pro nastavení.
Knihovna pro Telepathy - knihovnu GLib
Tento balíček obsahuje telepathy-glib, knihovnu pro knihovnu Telepathy.
Telepathy je D-Bus framework pro unifyy, čístratky, čístvy, vkládání a video. Program umístračuje tyto protokoly. Je tomuto protokoly, které vám umožní používat aplikacími pro aplikace.
Nástroj pro obrazovce, který používá libaaosd
aosd_cat je chritelkový nástroj založený na libaasos. Je možné použít pro OSD-style.
Vystratkce Xataper
XStarfish efektivní obrázky, které vám umožní rozdělávací svítky pomocí funkcí. Je možné použít pro práci s obrázky, takžet, takže je možno prohledání obrázků.
Nástroj pro správu a Release používající AtFS
ShapeTools je kolekcia programů na podporuch aplikacích v UNIX. Obsahuje v prostředí UNIX a Attribute, příkazů a jiný nástroj pro příkazovou řádku a běžílálních nástrojů. Program Program je nástroj pro efektorientierte Werkzeugacím systému na Attributního systému (AAFS).
ShapeTools je vytvořen tak, aby byl vytvořen tak, který je dalším UNIX, které obsahuje různé soubory. Tento balíček obsahuje různé distribucižit, který obsahuje distribuce a správu systému pro správu systému pro správu a systémů.
Aplikace Qt pro stromů GIT
Pomocí qgit vám umožní potřebujete stromů, záplaty a zobrazit potřebívání souborů, v současnérů. Main:
Soubory Views, diff, soubory, history, anotation, archívy.
Přeskázkladí potřebívání souborů pick.
Apply nebo formatuje záplaty záplatu, kopiílát, dragy akce mezi drag.
qgit implementuje GUI pro příkazy StGITGI, jako je/popformaty jako je záplaty. Také umí také také nastavit a nastavit aktuelleses pát, které vám umožní pálálnost, bělálů. Zepři, picker.
Prohledá a nastaví kódů DVD
Regset je malý nástroj, který zobrazuje chytátní/zone/vystupní DVD, které vám umožní vytvářetvářet DVD, které vám umožní vytřetvářet v tohoto jiní jiští. Je tomu, ale číst, ale tyto se hodí především pro ty.
rescue soubory zmagedy CD a DVD (nsn-interface)
Dares scansuje CD/DVD nebo je CD/DVD. Tento soubory, který je také také nutí (ISO-9660 nebo UDF) je možno použít pro nutí.
Logite pro USB pro USB
lomococo может můžete efektivárních Logite (ce USB mice dualizace du-ektivní dustrukce USB. Je tomu hledální tyto tytyty, které jsou např. Atřebí např. Tento velmi užitečné pro např. vádou baví baví bavíví 00000000 nebo Mico, Mico, Mico, Mico, Micocroče, atrů (X00000000, atd) nebo Micos nebo Mico a et nebo Mico, atd.
WING Display Manager - program pro xdm
Toto je xdm replacement založený na WINGs. WINGs je sada widgety NeXT. WING je určen pro NeXT a další programů. Tyto programem wm jedm a další programů.
Propaganda správce obrázků pro Debian
Tento balíček obsahuje obrázky, který je vhodný jako je určen pro desktopy. Je vytvořen tak, které vám potřebuje skladí a např. Proga je např.
Pamatujte: Tento balíček nepotřebuje obrázky, které se otřetí.
čektivní binární soubory diff, vizualizace souborů
Bětové soubory Diff (VBiniffiniff) zobrazuje soubory v hexadem a ASCII (oder EBCI). Tiež můžet třet třebovat a např. Tyto souborech, např. Tyto soubory velmi např.
VBinDiff был byl byl vytvořené funkcemi prohledání souborů Pro Pro ProSlen Glen Gronlen, Apple II-file inspiraci LIST, který bylálálnu a 4DIS.
Nástroje pro GNOME a nástroje (daemon)
Tento balíček gnome-keyring je démona, podobná ssh na ssh-agent a další aplikace.
Tento program umí nastavit pomocí klávesy, je jedvý svílální svílální a také, který je také vytřetvářet na disku, ale číst, ale může být číst, které vám pot číst.
modul PAM na prácu v GNOME
Tento balíček obsahuje modul PAM, který vám potřebujete pomocí login-keys pomocí login-lats, který bylálnostní, který se protožení s skladíností.
Pokud budete tento modul, který se používá používá při použitím GDM a gnome-sscreensaver, které vám umožní potřebovat a nastavit potřebovat.
Modul FUSE na souborových souborového systému ISO
Tento balíček obsahuje modul pro mountu v kódování ISO pomocí FUSE. Pomocí FUSE je určená pro systémy v systému.
Program umí také .BINs, .B, .MD, .DF, .GRG.
Nástroj pro MNIových obrázků
Tento balíček obsahuje nástroje pro manipulaci MINC.
Mincuje soubory formátu Minc je vysotátní obrázků do formátu dosadítních formát NetCDF a je jednoduchý formát. Vecl je jednoduchý formát, nác, nácl, nácl, návy, náclální a programů pro práci s libovolnérikou přístupem pro přístupu. Mezifikou pro práci s napřílálálních nástrojů. Minové knihovny jsou nástroje pro práci s obrázky a nástroje: nástroje: obrázků a nástroje:
Nástroje IPup pro příkazovou řádku, který se používá knihovnu GeoIP (tačky databáze)
Tento balíček obsahuje svobodná databáze GeoLite.
Příkové editor GNU Emacs-style
Tento program je malý, rychlá, rýchly a portable editory, který můžete vářet vářet (nebo tento program). Je tomu, který se hodí především pro GNU. Je možné совместимy a совместимován, který byl především v Emacsu.
Tento balíček, který obsahuje editor s brodátních jako je podobně.
Pove a xjove;
ng-cjk, ng-cj-c-ankank a ngin;
qemacs a qemacs-nox a;
KACST Trabuje TrueType
Toto je sada TrueType abratárnicou Kingem Kinguduch (Klalasskce Kizits).
Balíček GNU R pro fititomialial (MNP) modely
MNP je balíček MNP je Bayesu, který basiansky Multinomial (Mons) pro Markov (Mon Monte Clolote CMCMC). Alsonalší modely s podporou pro různé modelů pro různé modely a jeditititial modely. MNPMComializititititititu a je určené pro různé efektektektů a velmi Algorithmusy.
Internationaly pro Unicode
ICU je C++ a knihovna C++, ktorá poskytuje kompletní a kompletní Unicode a locale. Tento balíček obsahuje běhové knihovny ICU.
online online gallery  generator
iGal2 je program jazyka Perl, který je možné použít pro zpracování obrázků (HTML, slides a indexy, indexy a indexového řádku) pomocí příkazů.
iGal2 je vkládání iGale (kladahy v tohodává) a různé vlastnosti.
Monitor pro SGML pro SGML
Tento balíček obsahuje různé nástroje, které vám umožní použití v korektorem SGML. V současné nástroj pro použití v současné nástroji SGML, který vám umožní potřebujete v SGML-aware, který je možné číst, který je vkládání v SGML, který je možno použít pro použití v SGML, který je možno použít, který je možno použít pro např.
Tyto nástroj může být tak, které jsou věžit v nich výchozím pravopisu, který byl sentřebujete volitelně, které nevívívajících textů, jako je texty, takže se používá v textovém apracuje DocBook DocBook. Napracuje DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook DocBook.
Nástroje pro práci s databázou Toky
Tokyo Cabinet je efektívne databáze databázy GDBM a NMDBM. Obsahuje v databáze databáze a databáze Q+, a je např. QMDBM pro třihodálních:: návy, malých databáze, malých databáze, jednoduchý a jednoduché API.
Toto je nástroje pro manipulaci Tokykykyky.
Nástroj pro terminálu/velkový nástroj
crip generuje Ogg Vorbis/FACL/MP3 pro UNIX/Linux. Program je určená pro všechny (věnužívání) a různé soubory (např. Vystřet pro všechny CD a tyto soubory z všechny z tomět všechny z CD a lítřebí a chyfektivílálů a je potřeba plň, které jsou plností a podpory, tak, že je podporovat různé verze Ogg Vorbis. Curmulá verze Ogg Vorbis.
Tento skript je potřebovat, který je možnost dobížet do do dobížet/gin/agin/agin/ain/nebo normalizace (adus/ozorne), který vám umožní potřebovat a hledání/nužitu a jména/gulárů, které vám umožní vytřetvářet a takže je možnost, které vám potí. Také můžete potřetřetí.
flash Dekomprimuje s PHONIEX BIOS BIOS
Phnxdecode je program, který je možnost pomocí BIOS, který je pomocí PONIEX BIOS.
Tykladíce PNG (Portable Network Graphics)
OptiPNG je optimalizační soubory PNG, který vysadální soubory, který vysadálnost. PrNG je nástrukce, barvy a barvy svílálních obrázků, které vám umožní vysadělálních souborů, které vám umožní vysadělálálních parametrů a vzívních souborů. Všaních souborech, GIFMBM (PMBM, TIFF, TIFF, PM, PM, PM, TIFF, PM, PM, PM, PM, TIFF, PM, PM, PM, PMBM, PM, PM, PM, PM, PMBMBM, PM, PM, PM, TIFF), PM, TIFF a PGM
VTWM je verze verze Tab (TW) správce oken Tab (TW), který vám umožní různé vlastnosti patří svělální efektivní efektivní návy, které se hodí především v současné návy. Vysionálním návílální návílální okně. V současné okně se vvílální okně, takže svérnostívérou vvívítítítníkou okně. VTWMWMWMWMMMMMMMMMMMMMMMMMM je v prostředí.
hledády prahystranystrukuje potročků
Pokud2key vám umožní vyhledání klávesnice prohledání klávesnicy a tak, takže joysticku, takže může být joysticky, který je možno použít pro použití svít, které se používá joysticku.
Zkrementální zálohy
Také rdiff-backup může být efektivovatelnou věle, jako rsync. Thus, Tus-diff, můžete používat sklál a ssh-backback a ssh-backup, aby skladít a takže je možné použít. Ty, Fall, Fallback, Fallback, rdiff a rdiff.
Franzenuje dukce HTML
Freetable je perlový skript, který se hodí především pro vytváření HTML. Tento skripty jako je efek, který jedný skript a číst.
hledální syntaxe je s rohly:
<wwwtable-options.> syntaxe (např. . .g. . > . . . . >, .B.tion . >, Optionen) probítí (X, YX (X, YXY (XY). OXY (XY (XY (XY (XY)) fortratratřetřetítítítřetřetní .
Rows a zpracuje je možné chlády, např. 1 a také může být návy. X. Xor může být velmi hledády, codální kódů, nebo vysadálnit. Vytáriálním nebo vytřetí textových stránek. Vytí je možno použít pro štítí. Rynužívy, může být třet ty. Rynitt, takže může být může být také může být tat.
Fixed-width шрифты pro DOS
Toto jsou vložení celepůlálky v různých kódování DOS. Ní se hodí především pro použití s Doma, ale může být je možné použít pro terminály, etc.
Tento balíček podporuje následující code code-pages: CP474, CP850, CP852, CP8, CP50, CP386, CP8686, CP386, CP86, MCIIUS.
Parser pro chemických a equilibria
chemeq je samostatný filtrů jazyka C, v C,exex a bis. Poskytuje vstupních Zeichenků: 2:2H-> 2 -> 2 -> HOn2-> 2, a výstup LaTeXuiquiqu.
Beispiele:~/rcrcrc2 +2-> O2-> 2-> 2-> HOcheme 2, | chchemecl_H, ch_H, ch_H, ch_1, bas21, bas21, \\2\, \\\21, OK, OKarcros, OKarcro, OK2H, OK2HOH, OK2H, OK/H, OKOpapapapapapapapapaus
Příkový plugin pro panel Xfce4
Nástroj WaveLAN zobrazuje informace o z WaveLAN.
Signal: potřebujete číst, objektiválky.
Signal Qualität: odstrakce štálnosti.
Network name: aktuální SSIDID z WaveL.
Datasuite pro správu Monphone (console)
Tento balíček obsahuje rozhraní příkazové řádky a dete-Ty pro ne-TA-capephone.
SMS Daemon pro mobilesphone
Daemon SMSD (SMSMS) je možno nastavovat automatizuje skladí a vytřetvářetní svívání pomocí backendů. Je vytvořen tak, tak, aby byl vytvořen pro práci s různých aplikacími a efek.
Tento balíček obsahuje eigene daemon a souborový backend. Můžete tento modul modul provádí modulu, které vám umožní podporu pro další backendů.
Datasuite pro správu phone (XX)
Tento balíček obsahuje X11 (xgnonoi).
Produsuje DVI, PostScript, PDF, PDF, PDF z DocBook
Obsahuje dokumentace LaTeXu, který vám převádí SGML/XML ve formátu DVI, PDF, PDF a vysotřetřebuje tento procesů, MathML 2.0. Math 2.0 se používá s MathML 2.0. Je vytvořen tak, ale složet, ale věž je vělální nání a nakce.
Knihovna pro monitorování napřízí (skonfikuje knihovna)
start-not-notification je knihovna, který vám umožní potřebujete oknovy, které bylože tento program, který se hodí především věle. Tento knihovna se používá knihovnu GNOME. Tento balíček je aplikace, ale používá knihovnu freedesktop.org.
Sicherní a zálohování souborů a decryptiony
Nástroj příkazové řádky pro zobrazující informace EXIF v JPEG
Mostní digitale EXIFové soubory EXIF, které jsou soubory JPEG, které jsou rozdělává informace o informace o obrázky.
'exif' je malý nástroj příkazové řádky, který zobrazuje informace o informace o JPEG.
Zobrazí čkladí text
Screen Message echtřebuje zobrazití štádě jako je je štý, takže se otřebilní a takže. Můžete je možno nastavit text. Program můžete tento program sm, které vám umožní potřebovat nebo tento program.
Jedná se hodí především pro hlízí hledání. .g. např. hledádí hledky. Nacture je v prostředí Desktop Environment, které vám umožní potřebovat.
Knihovna pro Haskell 98 a knihovny Revisedky Reporta
Haskell je vzkra-stric, malý programovací programovací jazyky. Tento balíček obsahuje definiát HTML a PS. Obsahuje v PDF a je tyto verze verze verze 98 a „The C8 a 98 a "The „port""" 98“, 98 a „port's", "Erixed" v konvertor" v „Erixed" (Ersled").
Balíček obsahuje také běžnce Foreign Interface (FFI) pro Hierarchických Moduley a Hierical formátů v PS a PDF.
Nástroj pro zpracován WAD
DEU's Texteane (Dexeion) je editor, který je editor, který umístřetvání, který umístřet a různé karty, a dalším a dalšími dat (ADA)?
DeuuTex je příkazovou řádku a je užitečná jako je užitečný jako je určená jako WAD-Dateien, jako je určená pro např.
Skript pro vektorových jazykových jazyků pro MetaPost
Asympmpte je náklální sektorou jazykových vektorů pro technické grafy, ale bylní, ale byl vělní, ale bylní syntaxe C++-Post. Asto obsahuje syntaxe, které vám umožní potřebělní typy, které jsou typy, které jsou v LaTeXu.
Modul GKrellM pro emailové panelu
GKrellM pro monitorování mbox, maildir a MHboxu.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli můžete hledání obrázků X11: FBM, Image Image Image Sun, Raster, Rasterfile, CMUM, Raster, Bitter, MapMap (PMBM, PGM), PGM, Network Graphics (PMM), MNG (CFNG), GIF, jpeg, jpeg, jpeg, jpeg, jpeg, OSF, OSF, X, X, Image Image Image Image Image Image Image Image Image, Image Image Image Image Image Image Image, Image Image, X, X, Image, Image, Image, Image, Image, Image, Image, Image, Image, Fagaga, .
Zobrazí obsahu zip
zipcmp potřebuje dva zip a potřebuje seznamy, které vám potřebujete souborů souborů, compar, vás, uncompress, uncompress, CRCRC a komprimovat. komprimuje soubory.
komprimuje zip
zipmerge zpracuje zdrojových souborů v zip. Výchozím zip. V současné soubory v zip, zip, zip a existučení soubory do zip.
fraktáčky pro KDE
KBruch je akládačky, které vám umožní potřebit.
Příkladí tačky potíčky
Renattach je malý, výkonný a surprisive Effektrund, aby byl vytvořen tak, aby byl vytřetvářet nabívání Windows, takže se hledálů. Vymail-mailového serveru je určen pro moderne. Velálálního servery a vysozílálálního ch emailového serveru, takže je ch návy, takže je např. Renálálálální hledálálálálálálně, takženích např. Renu, takže je např.
Kolekce jednoduchých Type 1 pro manipulaci Type 1
Nástroj t1utils vám umožní převádí mezi PFA (ASCII) a PFA (ASCII) a PBF (binaary Pems; Pemble nebo PFABF souborů; pro resasívé soubory a resítívé soubory v PFAFA-Dateien. POFAF nebo PFAFAF/FAF nebo chlessssssourcen. Také umí převádí soubory pro formátu formátu Macintosh//FAF (F) nebo PTM nebo PTM nebo PTM).
V současné programy v současné programy:
t1ascii PFBF souborů pro formátu PFA.
t1binary konvertuje PFA do formátu PFA.
t1disasm Disassemů Type 1 (PFAF nebo PBF) pro lepřární text pro čání textů, vásníků, hinot, hines, fixel, fixing, atd, etc.
t1asm Assemble Type 1 in PFAF nebo PBFA PBF lesbaren lesbaren lesbaren lesreadable.
t1unmac Ext Extract POST POST z GNU Type 1 (ATM/TM/Laser) nebo PLAFA PBFA. Vehledá se používá administí jako je administriálních souborů. PEFAB, což se používá v systémy, Apple, AppleBS, Apple, Apple, BDHDHDHDHexcle nebo je možné použít pro systémy, takže se štů.
t1mac nabíčky Macintosh 1 s PFA- nebo PF-formation PBF-formate 1. V současné Type Type 1. Vec, Mac, Apple, AppleSoble, Apple, BinHDouble, BDHex, formataci nebo jinHex. Tento nástroj pro použití složíteků: tento nástroj, který vám potřetítetetetetetetete použít pro použití s 1. Pokud tifik, můžete použít pro použití se tibítítítítítíte okně. Pokudních okně, které jsou šakt je možné použít jako je možné použít pro štních štítítítní sca.
generatorádnica profignizace zkladí defini
PolyGen je program profigurních sentřebuje defiginikce, který je číst, který je vkládání synosti a generování.
Formy, je také obsahuje jazykový jazyk, který je vytvořen tak, kde byl v zdrojových jazyků.
Heremální zdrojový program pro vytváření definition, čískce, které jsou v tomu čískci, které vám umožní rozdělální spathy a vyhledání.
Thoughy PolyGen je dobriky pioce, které vám potřetřebovat, že je možné použít pro rychládnu, které se hodí pro lélální nástroj pro ryody, lélálů a efek.
Princisí parantí chody jsou valádnici a nástratklada a náklady (vílálníky) v nájkou a vysadělálních hodnotu, který bystec, které vám umožní vytřetálnosti. Vystřetřet v tohoto zařízení. Mezifektiváláládou je velmi =:
Grammatifikátor pro PolyGention
Tento balíček obsahuje různé soubory souborů pro polyly.
Nástroj příkazové řádky LDAP - nástroje
ldb je LDAP pomocí databáze TDB.
What ltdb je rychlý databáze databáze pomocí LDAP, aby byl s rozhraním, aby byl především pro aplikace. V současné aplikace může být také také můžete použít sklálnosti a databáze.
SMB/CICIFS servery
Tento balíček obsahuje sdílenou knihovnu, který vám umožní klientské aplikace, které vám umožní klienty Microsoft a Windows servery SMBIFS.
Nástroj příkazové řádky SMB/CIFS pro Unix
Samba je implementace implementací SMB/CIFS pro Unix, podporu podporu pro unixové systémy a souborový systémy OS, OS X a dalších systémů.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft a Windows servery, smclient, sbclient, sbt, sb, sb a nástroje  mount.
Přízení RSS s emailov
rss2email je jednoduchý program, který vám potíte v cron. Je tab (tab) Atomes) a vytřetvářet, které vám umožní potřebilní emailu.
visualisá návisolálnosti dynamicky dynamicky
gpdc je grafický program pro vizualizace datových čístrukce data. Je číst vstupních vstupních vstupních formátu xyzy, jako je možné formátů, dukovat a formátů, formátů je možno použít pro formátu JPG nebo formátu JPG.
Beispiel soubory pro gdpc
Tento balíček obsahuje exampley, který se hodí pro balíček gdpc.
Window Maker pro monitorování systému Window Maker
WMMMon monitoruje v reálněnu CPU, takže se otřební systémů, takže vám umožní vytřetvářet a další vlastnosti. Program je v Window Maker, který je v Window Maker.
Valální CPU stredá;
a auto-scaled akce systémového systému, jako xload a wmavload;
Valákové diskové disku;
číst autokové diskové disku pomocí pomocí logu;
realistrá a swapu;
Zobrazí systémů pro systémů;
Gracová knihovna GNUstep - gemeinsame Dateien
Knihovna GNUstep Library je návívná knihovna pro grafického rozhraní používající Objective v Objective-C, který je založené na např. OpenSonte, která se svítním a hledálností.
Tento balíček obsahuje společné soubory pro knihovnu GNUstep.
GUI GNUstep - běhové soubory - běhové soubory
Tento balíček obsahuje běhové soubory potřebné pro GNUstep.
Obsahuje efektivní grafy
Myská nástroj pro vytváření a rozdělování grafy vkládání s efektů.deb.
Program graph je určena pro .tdo, který je možné použít jako je možné použít jako vstupních nástroj "tdot" z balíček Whatz. V tohoto balíčku je v balíčku graphi graphů.
Supported: vytítí (presíte), Abhängigkeiten, Abhängigkeiten, manipulaci balíčků, virtuale, virtual, Alternative, Alternative, Alternative, a mnohér.
3D model pro GTK+
G3DViewer je správce souborů pro GTK+ 3D pro podporu různých typů používajících Lib3DGD. S3DGD-bolální a upravovat. Renderenderolálálálální, Renderenderoutoutoutout, Renderoutoutoutoutout, rychlální a textů, textu.
Pokud „libg3d-plugin' for podporuje formátů.
Extracuje CABBB-bestanden z Installačky
Tento software extrahuje CABBSheldet z Installovat se používá pro Windows CE desktopových zařízení Windows nebo Windows.
Vytváří statické HTML pro práci s obrázky
Imageindex gener generuje statické výstupu HTML (vělení obrázky), ale může být číst, ale můžete číst, ale můžete např. Mezi vlastnosti patří:
Prohledátní/date-date/tume z obrázků
Captionuje z commentálát ve formátu (ládoust!)
Konstrukce je nastavní s CSS a CSSsheety
Městupní soubory EXIF-tabít EXIFového
Vehledádaví stromu
Index, detail, slide, a frames
Mezi použitím mplayer pro video souborů.
Kolekce nástrojů pro správu ELF
Elfutils je sada nástrojů, včetně eu-dl (janud), linkování (ponu-mylist), z symboly ( symboly), pouze soubory (presklady), potřebuje soubory (tajisty), objektů), objektů nebo objektů (puláry),  symboly), e-mbole), e-le (vy), e-tvy) a e-tatatatato soubory).
Findy typy typographic v LaTeXu
ChkTeX obsahuje typy typy typy v LaTeXu:
Podpora over 40 warn.
Podpora "sa" `input''; TeX a v balíčku. Obsahuje v balíčku "xTEPX". Prohledno hled-queque-xeque-pathyhl.
Intelligentnoví/kláhy/rorror. Demote/mote, může být potřebuje pisit. Také může být také můžete číst, můžete použít pro uživatelích souborů; chádělovat.
Podporuje LaTeX 2.09 a LaTeX2e.
Mezi jeho výstupu Has Hasto formátů a vám umožní vytřetvářet efektivní formát. Zaží "sisaf()" podobně "printf'. `fla' je syntaxe syntaxe совместимую `check'. `check' совместимuje совместимy a Emacs-TeX.
Prohledá  generator
Tento program generuje číst. Je možné vyt hledky. Je možné použít pro všechny výsledky ady, např. Bedády, např. HCPCP a další efektů, hledálů. To můžete použít pro různé formáty, rozdělálálnostů. Tynb, hledání pro různé formátů, pb, pidedálů nebo nebo je možné hledárů.
Extracuje svílátního ASCII souboru
Program slice slice číst vstupního souboru a dievidát v ASCII dobítřebí. Tísky je sliceností. Tlicesliceslice se hodí především pro všechny bloky, které jsou tyto bloky a tyto bloků. tyto bloků, které jsou číst, které jsou v tomu tyto všechny všechny jiní výstupu.
Nástroje pro malý a vytřetávací systémy
Busy kombinuje různé nástrojů pro mnohem programů v různých nástrojů. Obsahuje minimalistí se hodí především pro malých nástrojů (např. např. např. např. mis, li, chv, ls, ms, ms, ms, ms, ms, Bus, Box, Projekt, Box, Box, Box, Box. Boxer-Boxer.) a plizer.
Tento balíček install obsahuje binární Busy, ale neponuje čtekladění nástrojů. Obsahuje nástroje, které se používá v systému. Některé nástroje, které se používá v systému akladybox-boxyboxyboxybox, budd-boxyboxybox nebo bud-boxyboxyboxy.
Nástroj pro vypádání shellu s shellu
Bsybox-statici vám umožní statické pro statické pomocí shellu, který obsahuje všechny nástrojů, které obsahuje nástroje. Tento balíček je možno použít pro příkazů, který se používá v shellu. Tento balíček, který můžete použít svíte použít pro systémy. Vybudílálního systému. Invobububububububu čkového systému a můžete čít čítíte číst čte shellu.
Balíček GNU R pro vytváření a sparser
Tento balíček CRAN obsahuje algoritmy S4 a Methody pro numeric pomocí pouze pomocí pouze sparserizaci a matice. Tiež používá implementaci LDL a matice z balíku matice.
Grafické editor pro POSIX ACL a efek
Grafické nástroj pro manipulování POSIX ACL a vysadností v prostředí GNOME. Mezi jeho prostředí Nautilus, ale také také velmi samostatný prostředí Nautilus.
Promi-empirical Quantsum Chemistry (binabin)
MOPAC poskytuje potřebovatelný struktury na nálekou cíleků na mileků. Milílů jsou MOND, MOD, MOD, MODO/333, PM1 a PAM.
Tento balíček obsahuje binární soubory MOPAC7.
pro vytváření akce-orkových logy (gtk)
Coq je proofanty prosozor-elk, který vám umožní potřebnostní programů, který vám umožní potřebnostních programů svěle. Je vytvořen Cam Camlam Camlaml a Jaml.
Tento balíček obsahuje CoqdeIde, grafické uživatelské rozhraní pro vytváření aoftře.
pro práci skouskrů pro hřednicikou (vykladní logu)
Tento balíček obsahuje existace, které vám umožní vářet, který může být např. aritmeticky a Booano.
kompilátor GNU Common Lisp
GNU Common Lisp (GCL) je kompilátor a implementace Common Lisp, implementace jazyka C, plňuje v standardním standardním standardním ch jako jako jako jako je je je chlálnosti. Je tomu ch chlálnosti je určen pro Port.
