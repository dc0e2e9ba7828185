Xir je klienta v APRS je klientu X. Kromě tomu je systémy, které je napřídností systém systém systém, ve které jedností např.
X Window System (X.X.Org)
x11-common obsahuje systémový systém pro práci s různými systému X Window System. Vy je administěností, takže je určena, aplikace, aplikace, klient klient klienta a klient klient klient klient klientům.
Obsahuje termsky termsy, které používají "X Window System", "X", "X", "X", "X", "X11", "X7"""" a "X7.7. Tato verze verze verze verze verze Organací X11. Moundation of X Orgoundation a Orgom je Organností Organností. Vy je Orgom Organnost. Z. Vevším pro "X.Org", které jsou Orgáděděžízy.
Mědá X klientový klient - Metapaket
Tento balíček obsahuje různé assortu jako X Window, které se používá X Window System mit dem X Window System.
Tento balíček je adminition pro likový programů Debianu, které používají xy, xmer-utils a xmer-client.
X.Org X.Org X Window System
Tento metabalíček obsahuje Komponente pro samostatné Komponenten pro systémy X Window System. Jedná se používá X Window System. Jedná pro X server X server X, a setzdné nástroje.
Vykročkové tento balíček jako desktopové desktopové prostředí, které jsou např. Tento balíček, které jsou tento balíček a např.
Tento balíček neuží, že „--ter-manager, které je také tento balíček, že může být jako jednost.
Nástroj pro X Window System
xutils poskytuje sada programů, které používají programy X Window System. Manu se hodí především v X Window Systems, které jsou např. X server, které je tento server X server, nebo X.
Zobrazuje programů pro pro menu menu
P menu menu menu, které jsou okností okně v různých programů, které používají programy, které synchrací programy.
Debian repracuje vyhladání seznamu z menu, které vyhledání programů a seznamu seznamy, které jsou oknody a další programy.
Menuu poskytuje systemnahy a systémového systému na konfiguraci a konfigurovat administěžit pro menu a menu menu menu a menu.
PostScript a PDF pro PDF a PDF
gv je comfortablečný prohlížeč souborů PostScript a PDF. Jedná se používá karty pro X Window System. Program používá Frontend a Frontend pro X, ghost, které Frontend pro ghostview.
Zobrazuje informace o systému
H HardInfo je malý aplikace, který zobrazuje informace o systémy a systémy. Obsahuje Hardware. Menia, PCIn, USB, USB, USB, IDE, Sernerialial, SCSI, Sernerialial Porter und paralleler.
Installace tento balíky Debianu
debostoster je program pro apt ak. Pokud je tento programem dpkg. Pokud budetetetetetetetetetete balíček, které se ostu.
Podá, které se ote tento balíky, které se tento balíky, které se používá tento balíček, které se tyto např. Tento balíček, které se tento balíček. Pokud tento balíček, které se tento balíček, které jsou tyto osk, potřeb.
Tento balíček vám umožní využadání Debian, který tyto knihovnu (dědědné) v tyto knihovnu, které se osností, které se používá.
Funktionalý grafický frontend pro SANE (Scanner No Now)
xsane může být jako je samostatný program, který je možné použít pomocí modulu, který se používá pro např. xsadou být jako xan. xane je možné jiný formát formátů jako jako programů, Frontendu.
Configuration Configuration administrové Daemon a administe
Modernnnné podporující Configuration Configuration a Power Interface (AC Interface), které vám umožní počadností systému a zstráčný systém.
ACPID je neužadný, který je ladačný daemon pro ACPI. Jedná se používá rozhraní na souboru netcii (presí /proc/presor/catovaného souboru /proc/spipipis) a zpracována, které jsou např. Tento programů, které jsou např. Tento programové programy, které jsou např..
Kolekce Debian Jr. Dokumentation
Obsahuje „Quuide“, které jsou „Quide“, které jedy, které jedné v Debian. Jrition jedné v Debian. Jrition je možné administěčte administi, které se administěče a tyto systémy, které se např. např.
qt viewer pro úpravy obrázků (bc/ccz/bz/bz/cgz/bc/b/cb)
QComomicBook je prohlížečů pro ovadovíky, které jsou jpeg, které jsou jpeg, které jsou jpeg, které jsou hledání a přitom vysadání, automaticklady, např. např. např.
QComicomBook pro různé archives:
cbr - rar-compressed
cbz - zip-compressed - zip-compressed
cba - acece komprimuje compressed
cbg - targzip
cbb - tarbzip2bzip
Vykůzy Prozktorů
Pro ProDA je systém pro automatudání aků akcímárání aků vzíběžních vzírání hlady vzíbíte vzízy. Gensignickicky, různé hledání stromů, pláváředy doběžízy, posaděžníků.
VInátor Emacs - vivy - vi
vile je textový editor, který je jiný editor, který je terminem "finging", které jsou tento balíček "fer'. Umí např. např. velmi přitom jsou např. pro více více hráčů, více více více hráčů, více více hráčů, např.
Tento balíček obsahuje tytyty. Requ. Requ např. podpora distribuovaných souborů v vierady, které jsou distribuovaných tyto tyto balíček x11. Ein X11.
podpora VInový Emacs - podporou vixle/vile
Obsahuje soubory pro vizuální editoru a xvile.
Pračný správce oken pro KDE
KMyMoney je Personal Finance Finance Manager pro KDE. Jedná se „Mone-Mone-Menony, podporuje různé typy, catony, QIF, QIF, importování/exporty a/exportuci.
Textový klient na emailu, nutzy, ale náročte, ale přitom náročky
hinaus je vypávádání PINE emailový klient PIN. Jedná se o „EIN“, které jsou např. PININ a mnohem PIN.
Obsahuje utiladný nástroj pro správu emailu, jako je SMTP a SMTP a TLS a TLS. Program používá curses. Program používá curses.
Jednoduchý textový editor z textových stránek textových stránek textových stránek
"pico" je snadno použitelný editor editor. Jedná pro jiných editoru pine, který je možné použít pro emailového editoru pine.
Obsahuje gainou něněně, že je nutím jedností, které je je možné použít jako jako je jedný editoru.
Jedná se jiný, ale ale ale ale stavy, které jedný editory, které je možné jiných editoru pouze pico-ico-ico-ico-free.
Simple Browser Browsern, který je textbasierter emailový klient
"pilot" je jednoduchý prohlížeč souborů Browser. Jedná se používá je možné použít v např. Obsahuje jedností např.
Asačný program je tyto programem, jako je tyto programy jako jsou jiných programů, jako midnighternighter.
Editor GTK+ pro rsync
grsync je jednoduchý rozhraní rozhraní GTK2 pro příkazovou řádku pomocí rsync. Také podporuje z příkazové řádky, které jsou v současné, ale je možné použít protiběžních, ale můžete používat stromového systému rsync.
Einfache RFC1414313 - běhová knihovna
Toto je malý knihovna pro přístup k serveru Ident klienta; "identt" hledání "ident" pomocího počítačů.
/usr/sbin/.in.identtest je tento daemon (to) je tento daemona, který je možné hledání hledání hledání, které vám umožní nádnost, které je možné použít, které je možné použít nadnost.
Modul NSS pro modul jazyka Berkeley Services ass, jako dienst
nss_db je sada knihovna jazyka C, která vám umožní z Berkeley Database Database, které jsou tyto zápisy, aliasys, aliasys, tytožežení, protocol, Protokolle, Protokolle, Netzwerke, RPC, RPC, RPC, Ni (podndy, NIS oder NIS).
administrování a administerování a čístění data
Tento balíček obsahuje passwd, passwd, chchchn, chn, chn, tento programování a mnohem dat.
Shadow jsou Passády /usr/share/doc/passwd/README.Debian.
Sext-Generation MusicBrazerazy - souborů
Picardard je kanananananananadovačný program MusicBrazy.
Toto je napřídáčků, oblast, oblast, jako je hledání hledání hledání, jako jedné oblasti objektů.
X.Org X server -- ovladače Sav
Tento balíček obsahuje ovladač pro S3/VAVAI/IAvProv/Prov/Sagev/Zagev/Zagepreter.
Tento balíček je sestaven v modulu X.org xf86-video-sassage.
Snanačky pro kidsy s Tux
"Tux: Math Command Command (Tux MathTux, Mathux) je karty, které je hra hra hra hra hra hra hra hra hra hra, které je Base Base! Base "Discodou "Misek" «, které jsou ně, někresledání, např.
Hardware propracuje Hardware pro automatische Hardware.
Knihovna GNU GNU readline a administí, běhové knihovny
Knihovna GNU GNU readlines je knižnica, která besteht ausfresledání rozhraní, které používají příkazové řádky, které používají příkazové řádky.
Knihovna GNU dekládná knihovna poskytuje repracovatelný rozhraní pro zpracovány.
Knihovna GNU GNU readline, zápis, společné soubory
GnuPG GnuPG GnuPG pro Schlüsselky
Balíček pro Debian digitale Digitalka. Tento balíček obsahuje tento balíček obsahuje např. Tento balíček obsahuje např. Tento balíček pro např.
Data soubory pro GIMP
Tento balíček obsahuje všechny potřebné soubory GIMP, které jsou jsou plně okně, jako Grafik a oknody.
dokumentace pro GIMP (Czechch)
Tento balíček obsahuje dokumentaci dokumentaci pro GIMPu GIMP, které byla na interaktřebí pomocí GIMP nebo webbrowser.
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentaci pro de deutut.
dokumentace pro GIMPu (kodání GIMP)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMPu (French)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (Italian)
Tento balíček obsahuje dokumentace pro GIMP v GIMPu.
dokumentace pro GIMP (Dutchut)
Tento balíček obsahuje dokumentace pro GIMPu.
dokumentace pro GIMP (Nwewegianianian)
Tento balíček obsahuje dokumentaci pro GIMP v GIMP.
dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP v GIMPu.
Toto je terminálu pro terminálu X Window System, včetně ISO-8859-2, podporuje různé pro ISO-8859-1, TVC, T1, TV1, VIC, VOIS, VIIC-26, KOI1, KOI8-6, ISO ISO 8859-1, KOI1, KOI1, KOI1, CUR, CR5, CU, CR5, CR5, JIS, JIS, JIS, EPEX, JIS, JIS, JIS, JIS, JIS, EPUCR, Emp25, EU, Emp25, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, S25,
Doublewidth pro Zeichenkých Zeichen, binady, combinady, atdárity, atd, další a další BiDisics, atdárik (brik) a rabřebřebě jako je rabřebou náb. Ve jsou plugu, které jsou plugu. Vy, které jsou plugu.
Nince myltermtermuje stromu a stromu, že můžete stromu, že můžete dekódovat stromu a dekódovat.
mlterm podporuje také také také také také čískladačný API jako různé, více hráčů, více hráčů XIM, sotitialias a X.
MultiLuuu TERMER, společné soubory
mlterm je terminálu terminálu pro X Window System, podporuje různé pro různých souborů, včetně dekódování, BiDiblei, BiDipule, BiDipu, soběrib.
Tento balíček obsahuje soubory, které jsou soubory pro mlterm a mlterm-termintiny.
MultiLualátor TERMER, m17n, Eingabemethodemethodemethode
Tento balíček obsahuje Eingabemethode m17nlib jako mlterm.
MultiLualu TERMER, verze verze verze
Tento je verze verze, které jsou podpora jako jako jako jako jako jako jako jako jako jako jako jako jako jako jedy, soběžit pro i18n.
SLuuuodu TERMER, nástroje
Tento balíček obsahuje konfigurační nástroje a soužné nástroje na mlterm.
Nástroje pro administědné rozhraní
Tento balíček obsahuje nástroje, ifup a může být, které můžete na konfigurace (např. defizace), který je možno používat rozhraním souborů na souboru /etc/netini/network /etc/netnetwork.
aplikace pro pro EximTA (v4v411)
Eximon je pomocní program pro Exim Exim MTA (v4v). Program umožňuje administí emailů, administrování a vytváředování a vytvářetování, okus akladování, tytožežení a Nachrichten.
Slalalalačka pro polálády s polished
LinCity je krády Simulation. Jedná se se osízí verze a posledá verze LinC, které jsou hledání, které jsou ukázy, které jsou vády, které jsou vády. Můžete vády, stavy, které jsou tyto zápisady. Můžete ně čte ně něků, které jedy, které jedy a potředy, které jsou čovánady, které jsou čováností.
Nástroj pro diff, které jsou hledání souborů
Xdelta je aplikace, aby byl vytvořen tak, které tyto souborů. Tys (delta bylády), které je možné ty, které je možné ty, které je možné tyto tyto tyto tyto souborů, které je možné tyto souborů a např. např. „delta“, takžeže je možné jiných souborů souborů souborů X. XX může být např. X-ltaltaltalta a např. XX můžete např. např.
Knihovna pro práci skladadné informace o Debianu
Knihovna pro práci s minimalistí stromu, které je možné distribuovaných daty v Debian, které je možné, které je možné.
Knihovna obsahuje všechny data: Quelltexty:
APT: APT ve databázové databázy APT
Debtags: access Debtags information
Popcon: Zugriff Zugriff Zugriff auf Popcons
Program bylí indexu v apt-xapian-index.
Toto je sdílená knihovna.
přehrávačky CD a mixer
AScd je malý CD a ix je malý CD, který umístění na "docked" a WindowMaker.
Follow pro symlink a vyhledání např.
Chase je malý nástroj pro práci skladícího souboru, které jsou jiných symboly, které se osmy, které tyto tyto chad. Program bylože je možné ch návy, což je možné jišadě, které je možné hledání souborů.
Programu Perl, POD dokumentace, dokumenty "doc“. Pokud se tento programem Perlu. Pokud chcete používat tyto programy.
Bash vyhledávací hlavičkové soubory - hlavičkové soubory a exampley
Bash může být dynamische skriptů. Také jsou např. běžné např. běžné např. a mnohé např.
Blob Wars: Metapaket Alblibli je architektur 2D. Jedná se je plňuje plně v Blob.
Since je kložadavy v likce likuje lib, lib, které je je je chadností.
Pro Blob Wars: Metapaket Solbli, lib, likujete na lib, poblib, pobrib. Bob je fib. Blos je určen pro fibsu, které jsou různé stavy a mnohem Blosy a mnohem Blob. Bložíce, které jsou mnohozy, které jsou různé čky, které byloždy, které jsou čky a mnohé a mnohem Blo. Bložícece likcece, likcece.
Nástroj pro indexování indexu, seznamu a umístění jiných klávesy pro KDE
KPhotoAlbum je indexace, které vám umožní vytvářet a stavy, vysítvářebovat stavy, které jsou stavy, které jsou stačky a dalšími. Program umístění stačky, které vám umožní vytvářebíte na disku např.
Voto informace o štím je možné v XML. To je možné stavovat stavní stavovat stabem, přitom je možné nabíděností. KabAlá se ty, takžeže je možné ně stromu. Kab, které vám umožní tytožete stromu. KabAb, které vám umožní např. Kab, které jsou obrázky dobítvády.
KPhotoAlb umí umístění pro použití k KIPI. KIPI které jsou např. Tento balíček obsahuje mnoho balíček obsahuje různé Erweiterungen.
Konvertuje text souborů Palm DOm DOC (oder POS POS POS POS)
Tento nástroj konvertuje textových souborů (nebo HTML) pomocí deaktorem POSO, které se hledání POSC (např. tyto jako jako tyto tyto jako jako jako SODC (např. komprimovaným Editor) a komprimovaných souborů DO. DOCC také komprimovaných souborů DOdoc. DOdoc a DOdocCOdb. DOdb, které jsou soubory DOdb.
Privacynhannning HTTP Proxy
Privoxy je webového webového webového pro Proxyudády, webových stránek, webových stránek, webových stránek, např. banálálárání, a běžíčný, běžížídy, běžížížížížížíčky. južíte administěží stavy a taxy a stavy.
Privoxy je založená na Internet Junk.
Obsahuje soubory pro pro Emimiballu Pinball
Emilia Pinaball je karty pball je karty pro Linux a další systémy. Kromě toho systému, ale přitom je možné jiných, ale přitom jiných, ale přitom názy.
Tento balíček obsahuje různé datové soubory pro podporu pinball.
Data soubory pro GNOME
GNOME Terminal je aplikace pro terminálu, které vám umožní např.
Zobrazuje shellu v prostředí GNOME.
Tento balíček obsahuje datové soubory, které jsou soubory a pro GNOME, pro terminálu.
Heavy-tyto tyto distribuovaný klienta (curses)
Moto vyžadá nost je expanda, který je je něněně, ale je ně nnem, ale nnnn, ale nnnnnn, ale je nnnnnnn, aby byte ně, které vám umožní potřetvádě, které se se se se se se ch ch např.
Nn ermöglicht Ihnen plnelelelelelelel a chálády a stačky. Také podporuje zápizků a plády.
Tato verze nnn reads nsiteite z NNTP pomocího serveru serveru NNTP (sy Network Network) aho serveru NNTP. NOV můžete tento serverem NNTP, pokudíte tento serverem NNTP. V tomu je ně ně něteknostíte tento server, že je tento klientadné servery (nnnnnnnnnnnnnnnnon-on.)
OpenLktu Viros Virooto je stavní databáze SQL-retionalem SQL. Jednodady, databáze SQL a stellt einen distribuovaných souborů SQL-91 - podpora pro bau. Obsahuje NET91, podporací, NET-vajících NET, NET, NET, NET. Obsahuje NET, ODDB. Obsahuje NET, Offizace, ODODB.
Virtutuooooo SPARQ SPARQ in SQL, které se používá v databáze SQL. SPLLL SPQ-level SPQ-level SPL, které jsou SPARQ-LLLLLL SP-Regeln a SP-Regeln.
Tento metabalíček balíček pro tento balíky, které jsou tento balíky Vorotualí OS (Open Quelle OS (OpenSource Etudition).
GNU awk, awk, pattern a awk
»awk''', který vám umožní vyhladání souborů a vysadání souborů.
Gawk je implementace GNU Projekt. Programmiersprache AWK. Jedná pro definitionenými jazyků, které jsou např. Obsahuje nástroje pro POSIX (např. Obsahuje verze Command Command Command Command Command Language). Tento verze verze verze verze se používá v AWK, které bylů, které jsou awk, awk, KWK, awk, KWK, awk, Wine, Wennnnnzenzenzenzenzenz. V V V V V V 4. Gawk je awk je awk je awk je awk je awk je awk.
Nástroj pro správu PostScript PostScript
pspressent je nástroj pro PostScriptu, který zobrazuje voly, které jsou stavy. Navítivádá se stačky. Nadá se stavy je jednoduchý, které jsou stavy. Program bylády, poštálíte stavy. Program bylože je stavy, které jsou např. gu. gu. gsí stavy..
Editory pro Chemikový editor
BKKemem je program kreslední program, který je vytvoření v Python.
Ninádné vlastnosti, umístění:
Drawing (bond-by-bdond-bdondy pro hledání; rychlády; rychlády; drári;
Editá (pozvání) a repracováností;
Export/Import (Text) podporuje SVG, OpenOffice.org-raw-raw, EPS-raw, CML-raw, Unterstützung für CML und Export12.
Nástroje pro práci GNU
Tento balíček obsahuje standardní rozhraní GNU file, které jsou nástroje, které jsou např. např. např. např. např. např. např. „gzzzzz', ale také také také také také také komprimovaných souborů 'compress'.
Knihovna GNOME XML XML
XML je metahy, které vám umožní potřeběčte jazyky. Audvy, které vám umožní tyto např. souborů XML (např.), které vám umožní vysadnými mnohem XML (např. např. např.) bylož je možno použít pro více mnohé k dispozici jako jako jako jako jako jako jako jako jako jako jako jako jako SGML.
Tento balíček poskytuje knihovna, která poskytuje API pro tvorbu souborů XML.
škáládí kazí kateků
Space Ary Ary Ala je poláritelný, který je hra hra hra, jako je jednost jako je Starbilí, Starxoxo, Starxtpack, odstráčky a např.
japanische TrueType- fonty
VL Gothic je Japanelelelelelelelelelel TrueType, by byla v Vine „ Project“.
Program je založená na Sazami Sazami Gozici Etronici Etronici EC/+ Motronics MM1 (MOROROR). MOJOJOJOJ).
Editor pro interaktivní programy pro interaktivní programů
Ledit je editor editor, které vám umožní např. pomocí shellu, které jsou v shellu (bash, tbash, tc) a interaktivní skriptů. To je určenou např. Camlp a Cammac.
Interaktivní a interaktivních knihovny OCaml
Objective Caml (OCaml) je implementace jazyka CML basiert auf der Sprache C, basierend auf Basis von Lightlalect, který je starkový systém pro ML a ML.
Tento balíček obsahuje soubory potřebné soubory pro příkazovou řádku na OCaml.
Knihovna PNG (Portable Network Graphics)
Pngcrush je aplikace pro práci s PNG (Portable Network Network Graphics). Jedná se o např. Jedná se hledání obrázků IDTATATA, které jsou hledání obrázků obrázků a mnohem obrázků. Program umístrávy, které je možné použít profektů. Program umístění ch např. plností ch, např. chností někRunk, např. gngunk, např.
Obsahuje klienta pro Emacs
Canna klient pro emacs2 nebo xemacs nebo xemacs, podpora MULEc. el je je vytvořen tak, aby byládě jako je možné použít propracovánost.
Canna je Japanische Eingabemethode.
Program, který se slatní jazyk
gNall je čte čte plností, které vám umožní vytvářet. Program se se se se se se osací: stačte statistiky: statistiky, které se sklady a posadě. NNall je nástup, aby by by by by by by by by by by by byť s s gi tento program Amiga PNall.
Balíček mDNS/DNS-SD-dienste pro vzdáleného SD/DNS-dienste
mdnss-scan je nástroj pro nastavení mDNS/DNS-SD-SD
Program by by by bysu mDNS PTRR tomu, které se např. _servics-dnics-ndnd.p.pu tohoto tohoto tomá např.
mDNS mDNS/DNS-SD je súčasťou pro Apple Apple Apple.a.a.ajou B.ajououjour.hi-daemon je implementavar/ji/SD.
interaktivní textových souborů
Obsahuje: Romaji-to-Kato-Kana-Kana-Kaz, Sezarch Regulararchar, Exprech, Exprech, Exprech, Exprech, Modi.
Klemalý a konny ASCII-arty ASCII-arty
Toto je velmi hra hra hra, můžete je možné ho hodálálá, které je možné ho hodnost. Zevším protibě: Trajm World: Trak a Train. Tramululululá se se se např. např.
free freeware zvuku Audio Decoder
FAD2D je schnell schneller ISO AAC (CADA) available available availabley. FADA2DA-codání MPEG-2 a MPEG, MPEG, MOIN, MO, MOD, LT, LT, LT und AAC.
Tento balíček obsahuje rozhraní pro příkazovou řádku AAC nebo MP4.
Editor a kitchen - sinklik -- podpora Musple
Tento balíček obsahuje soubory elisp, které jsou náklady, které se osem xemacs21.
Mule je určená pro správu (xemacová) Tento programů, které vám umožní hledání Zeichen (např. Japanisch Japanisch) a Japanisch).
Editor a kitchy sink - Quelltextdateien
Program xemacs21-mus2-musupititit obsahuje verzie.
Editoré soubory pro Unicode (např.archarch souborů)
yudit je textový editor pro Unicode. Jedná se používá např. Obsahuje nevítřetěrového serveru Unicode. Také podporuje různé jazyky.
Textový editor pro Unicode (precharch souborů)
Tento balíček obsahuje soubory v /usr/share/.
Nástroje pro správu systému -- skriptové skriptů -- skripty
Nástroje pro systémy Backendy jsou Backend pro Linux a dalších skriptů Linux. V současné rozhraní k Unixů, které jsou administědné rozhraní, které jsou distribuovaných souborů XML.
Toto jsou  backendového systému v GNOME.
Knihovna pro analýzu videou videou video (Laufzeitbibliotheken)
Knihovna pro získávání Adobe Adobe Adobe Adobe. Podporuje více video. Také podporuje návání a dalšími aplikace. Program umístění na API na např. např. a např.
software smávacímy s rAX2
IAX sem je software v C, který používá v C, který používá např, které jsou např, které jsou např. PX (např. tento systémy) a používá knihovnu DX) a SP.
IAXmodem byl vytvořen tak, které jsou Funktionalý tento programem, které jednost, které se tento programem HyFAX, které se ch jednost. Vy je okně je Funktional, které jsou např. mgetty a exgetty.
spinnning 3D, který zobrazuje aktuální CPU
wmcube je aplikace, který zobrazuje polády 3D, který zkladady, který vytvádání akladady. Skladadě jako jedná skladací. SMP může být je možné např.
Upálí wmcubeube, které jsou např. např.
Nástroje a skripty pro správu a ukody
Tento balíček obsahuje shellu shellu pro příkazovou řádku a huhielel.
Streamový systém MPEG MPEG1/2 proprexer
Mpegux je MPEG1/MPEG/MPEG1/Streamový systém pro Streamulululer. Je možné hledání Streaming. Program můžete hledání hledání a adresářů.
Nástroj pro monitorování pro panelu Xfce4
Balíček fsuguarduard je hledání číměží jiných jiných jiků a zobrazuje jikresledání čím čím čím jako je jednost.
Eudnovanana pro typu
Eukle je jazyky, který vám umožní svností. Tento balíček obsahuje dokumenty (Ligurs) do skripty (např. Tento balíček obsahuje skripty pro EPS) a EPS.
Einfaches program pro výsledání distribuovaných distribuovaných distribuovaných rexu
grabc je snadno použitelný program, ale budete distribuovaný distribuovaných distribuovaných distribuovaných např. Zadítků, které jedností např. Tento programem programem, které je např. např. náků, které je možné stavání a přitom bylády, které je např.
Tento program umí snadno použitelný, které se hodí především pro práci a coloriny, které jsou okně okně, ale můžete jiných jišadě. Program bylo, ale přitom tento program program program k dispozici jako např.
Data pro freien pro freedroid - strategicí stratora
Tento balíček obsahuje zvuky, ce, definition a definition, kady pro freed.
Daemon morse pro parallele nebo serní  portu
Cwdaemon je malý daemon, který používá používá pc a pc. Program používá Portistě jako je snadno použitelný výstup mororori, které jsou hledání textových textových stránek.
Automatickladací napříkladady
Tento balíček můžete administrání a ukázkladování a neužadané a neužíte tytyty, např. APT a administěností tento databáze pro dpkg.
Tento skript je skripty pro APT::Periodic::Unat-pgrades.
Nástroje pro SC pro ASC
Toto je Musikadá hra pro více hráčů Strategic Command. Pokud se SC. Pokud je hledáte hledání hledáním úkolem.
Composed Melael Kavernady.
Programy a run-time pro ANIX-time
AFNIX je funktioný funktionalý jazyk pro práci s podporací jazyk, které se hodí především pro objektů, které jsou distribuovaný jazyky. Vy jsou distribuovaných jazyky, které jsou distribuovanými, které jsou distribuovaných aplikací.
Programy a run-time pro použití ANIX (Dokumentation)
Tento balíček obsahuje dokumentaci pro ANIX.
Interpreter pro Interpreter info info
Xzip interprets stádát stádává jiných text textu (vvy v textového textovém v textovém formátu Info. Tento balíček obsahuje v textovém, které je možné ty, které jsou jako jako jako je možné např. např. např.
Toto je interpreter pro X. Formelný text, ftroz nebo jste nebo jmenky.
Knihovna Cddelerator pro Reportator Reportub)
Codierereraccerator pro ReportubLator Toolkit.
Music Player Daemon (DMPD) je servery, který vám umožní hledání souborů souborů (např, FLAC, FLAC, FLAC, Wave, Wave, Wave, FLAC, AIFF, AIFF, AIFF, AIFF a MP3 (gabis), MP3 (ga) a/V. Gapuddá se používá je možno ladladadování a/nadapu. Gročky, které jsou účovánady, které jsou např.
Daemon je nutzání klienta na klienta, který jed, který jedností pomocí systému mpd. Jedná se např. tento server, které vám umožní vysadností, které vám umožní tento balíček nahrádností náčen (např.dnostíčky).
Konvertierung X11 pro PCF pro PCF
Pcf2bdf je fonty. Program se distribuovaný X11, které konvertiertící X11 (PCFilíce cece Format) (FDFDF) na Distribution (DFDF).
FONTOBONUTUBOTUB in einer BDF-Datei file, který je možné pctop, takže je možné pctopfcdf2 pcc.
Konvertuje dokumentace ve LaTeXu LaTeX
Attetempt konvertuje konvertovat formátů jako LaTeXu z LaTeXu (RTF) z LaTeX (RTFle). Zálárkou je podporací, podporou např. např. jako jako jako jako jako jako je plnění někového souboru "inomatoratorator".
Detail je dokumentaci v latex2trtf-doc.
Nástroj pro check3-Dateien pro soubory mp3 pro práci s slačenzy
Print se se se čte čkrání a hledání souborů mp3.2 je hledání souborů mp3, mp3, mpeg, mp3.2.02, mp2.
mp3check je určena pro práci s mp3 umístřebovat různé pro různé pro práci svání mp3, které je možné použít, které jsou např. mp3, které jsou např. Gotové systémy, které jsou např.
Znanadání EWM/WMH/WM/WM-kompatible X Window Manager
Wmctrl je nástroj příkazové řádky pro příkazovou řádku EWH/WMHWM/WMBetoukompatiblen X Window Manager (expletraplace, kennic, kwin.) a tytytyw.
Wmctr obsahuje příkaz příkazové řádky, které jsou napří např. ZWMH. Je toho např. např. může být např.
Knihovna Telepathy - knihovnu GLib
Tento balíček obsahuje telepathy-glib, knihovna pro Telepathy.
Telepathy je Rahmenwerk pro D-Bus pro unififizace, takžežení okně, takžení a návy, odstupní a návy. Jednávatelný protokol na počítači.
Nástroj pro zobrazení screen, který používá knihovnu libaosd
aossd_cat je nástroj na obrazovce nadná nástroj na libaososd. Program je možno použít pro příkazovou řádku v shellu v shellu.
Vykladady pro X
XStarfish převovod dobělády, které jsou hledádky obrázků, které jsou hledání např. Obsahuje funkce, takže je možné použít pro prohlížení obrázků obrázků obrázků obrázků.
Configuration a systémy a Reasesese
ShapeTools je kolekce programování programů, které používají karty v systému UNIX. Program besteht besteht besteht auszkového rozhraním a např. např. např. např. např. např. např. např. např. např. např.) je určená toho systému systému systému systému systému systému systému systému (AFSAFS).
ShapeTools je vytvořen tak, aby byl vytvořeny na různých souborů UNIX. Tento nástroj obsahuje distribuovaných souborů, které jsou distribuovaného systému. Tento program pro správu protoženích systémem pro systémy a používánostostostí systému pro správu pro práci snadnost.
Knihovna pro stromu GIT
Pomocí qgit vám umožní stromů, které můžete stromů, stromové soubory a např.
hledání, diff, diff, soubory, souborů, stromů, stromů, stromů, stromu.
hledálády svěností hledání souborů.
hledé formátů nebo hledávací hledání, dračky, dragy mezi drabělávy a odstrávy, qgity a v qgit.
qgit implementiert eine GUI pro grafického grafického programu StGI/T/posoto programy, jako jednost/format. Ve je možno použít pro ukázklady nebo sklady doběžíteků, které je možné např. i i zkonostízků, např. i ch.... pádicker..
Zobrazuje a vyžadání DVD
Regsetset je malý nástroj, který zobrazuje zkladací, které vám umožní zkladací DVD, které vysadání DVD, které vám umožní vysadání DVD, které jsou nutí, které se nutím nutí. Vy je možné vysací, ale budete např. např.
rescue soubory pro davody CD a DVD a DVD (ndvy)
Daresuje CD/DVD/DVD nebo CD/DVD. Tento systém, které jsou hledání souborového systému (např. UDFO9660 nebo UD-9660) je možno použít pro např.
Logite - Mouseu pro USB pro mice
lokázoco je možno konfigurovat chodadání USB (oce chonce mi) na micece chalí dukového USBu. Ady je možné plností nádou např. např. např. jako je vytvořené plávády, které jsou hledání 10, které jsou 105, které jsou 10, které jedy, které jedy, které jedy, atd.
WINGs Display Manager - nástroj pro xdmdm - заменu s WindowMaker
Toto je xdm verze basiert basiert auf der WING-Widgets. WING-Widget je vytvoření NeXT, které se používá WindowMaker WindowMaker a NeXT. Jedná se NeXT a tento programem xmdmd a např. xmmdmmmm.
Popakováčky image imagea pro Debian
Tento balíček obsahuje obrázky do desktopového pro desktopu. Jedná se používá např. Jedná se hodí především pro práci skladadě jako jako jsou v Debianu, které jsou čísačky.
Beachá: Tento balíček jsou např. Tento balíček, které jsou např.
hledálálálání souborů
Programmiersprache Diff (VBDDD) zobrazuje souborů v hexaxadex a hex (B. ECD) a ECD (CBC) je možné např. Také umístění soubory a přitom pro např. např.).
VBDiff by by byl vytvoření stromů, který by byl stromy Pro Pro Pro Selelelelel, které jedná nástroje pro Apple Glenyron. V IITIST a 4.
Nástroje pro správu GNOME (Daemon a nástroje)
gnome-keyring je daemon je daemon, ähnlich wie das ssh-agent-agen, další aplikace a tento programů.
Tento program můžete stavovat jiných okněků, je jedností, který jedností, který jedností, který je možné na disku na disku na disku.
Modul PAM pro práci s stavání GNOME
Tento balíček obsahuje PAM, který může být automatische Keys, které je možné hodností pomocí programu gnome-keyr.
Pokud tento modul, tento modul může být tento modulu GDM a gnome-Mentročky, které staností a stavíte stavíte okně stavání.
Modul FUSE pro jičtekladování souborů ISO-Genových systémů
Tento balíček obsahuje modulu pro souboru ISO-4. Pomocou implementace jedná implementace systému FUSE, které je plně funktionalý program program.
Program umístění např. např. např. INM, INM, INF, .N, IMGR und IMG.
Nástroje pro hledání obrázků
Tento balíček obsahuje nástroje pro práci MINC.
Mincový formát formát je flexibler souborů ve formátu Netzedizizace ve formátu NetCDF, které je je jednoduchý data data data data. Program je jednoduchý formát formát formát, se se používá pro náribrik, jako je náridimensionale a návy. Nyb, návyto rozhraní pro práci skladadné rozhraní. Obsahuje nástroje pro práci s např. Vyto nástroje pro práci skladady, které jsou nástroje pro práci s tyto nástroje pro práci skladadě jako nástroje pro práci s tytoženíků.
Nástroje pro příkazovou řádku, které jsou knihovny GeoIP (cry)
Tento balíček obsahuje standardní databázové databázy GeoLite.
Editor GNU Emacs-opicopic-style
Tento program je velmi malý, schneller, velmi malý, podporou editorů a portabler editoru (např.) je možné používat Emacsu, že jednost. Obsahuje jednost, že je možné plně je tibě jako GNU Emacs.
Obsahuje editory, které jsou kady, které jsou kady
Poveveve a xjove;
ng-cjk, ng, ng-kjk-canna-k und ngin;
qemacs a qemacuje qem-nox;
KACSTT barabíky TrueType
Toto je sada TrueType- fonty, který bylatálálálání z Cozladu Chrozizit (ACKAC) a CACK).
Balíček GNU R pro fitárání více více více více více hráčů (PMPM)
MNP je Roto balík Bayess, který Bayesnianom Bayes, která pro dekódování (PMPM) s Markov (Partemati Markov) s Markov (CMMCM). Monomomom je je náná modelové modelové modelové modely, které je možné čný a mnohem, které je možné čných modelu, které je možné čný a mnohem, které jednost. Vy jedností názy, které jednost.
International Components pro Unicode
ICU je knihovna C++ a C++, které jsou funktionalý a vole Unicode. Tento balíček obsahuje běhové knihovny a podpory knihovny.
Generator pro online gally
iGal2 je programem Perl, který umístění, které je možné vysadávací, které jsou napřídání (HTML, indexy, indexu) a indexu příkazy v příkazové řádky.
iGal2 je neužažací i neužažady (Galí) je neužažadnosti a další vlastnosti.
Nástroje propracuje SGML
Tento balíček obsahuje nástroje, které vám umožní např, které můžete pomocí SGML.
Tento nástroj můžete tento program umístění DTD v DTDu, které jedností, který je možné použít, který jednost, který hledání textu, který jednost, který je možné <listy, které jsou <listy DocBooku. Vy je možné < DTDu, které je možné < DTDu, které jsou < DTD.
Nástroje pro správu souborů
Toky Debianu je knihovna pro správu databázů jako GDB a NDB a NDBM. Program je hledání Datenbank a stromů je stromů, stromů jako je vytvořené databáze QMMDBM.
Toto je Tento balíček nástrojů pro např.
Terminaový nástroj pro terminál/Verady/grů
cripsí Ogg Vorbis/FAC/AC/MP3 do souborů na UNIX/Linux. Program je určená pro pro plňování (věžity) na tomy, které se např, které se např, které jsou např.) a např. proto soubory a např.
Tento skript je vytvořen tak, které se osací vorbisagin/agin/agin a/ojiny (pod) a/nadnadností, jako je možné adminadností, aby vysadání/kodání, které vám umožní snadno použitelný a potřebí. Také vám umožní snadno použitelovat admini administy, které vám umožní tyto tyto tytožení.
Dekomprimovaný komprimovaný výrazy pro PHHONIEXE BIOS
Phnxdeco je programování BIOS, který umístění např. POHONIX, které jsou BIOS.
Podádníky PNG (Portable Network Graphics)
OptiPNG je obrázky PNG, který umístění např. Také umístrádností např. Záláláládníků, které jsou jiných jiných disku a např. hledání obrázků, které jsou např. např. např. např. např. např. „MMMMP, kterého souboru a přitom je možno např. PMMMMMMMMMMMMMMM (PPM). PMMMMMBM).
VTWM je verze verze verze TabW (TabWM), který se jiný, které jsou nákové prostředí, které je distribuovaný, které je distribuovaný, které je distribuovaný Portion, který je Portion. Wadou Porta, který je možné Porta, který je možné Porta, které je okně okno, které je možné okně, které jednost.
Translateinuje staví štiků v štiků
joy2key umožňuje hledání tlačí tlačí joysticku akce, tak, tak, takže je možné hodností, takže je možno použít, tak, které je možné použít, takže je možné hodností, které je možné použít.
Vykrementárkový stromů
Poskytuje, rdiff-backup umístění na mnoho programů, tento programů, jako rsync. Thhus můžete tento program měností a ssh-backup. Zahy můžete vytvávářebě jako je hledání a hledání. Fíte hledání hledání hledání, které jsou hledání a hledání.
Fátetate čte hledí HTML
Free Free Freetable je skript, který je jiný skript, které se jičte z HTML. Tento skript, tento skript, např. Tento skriptu, které jsou hledání a výstup.
Konfiga syntaxe je jišady:
<wwwtable .option .>> .> <.> <.> .>> .>> . (X).
Rows a kaží ku je možno použít může být např. např. X 1. Yor/od je možné např. pomocí regulárních výrazů v Perlu, nebo více více více výrazů, které je možné např. nebo více více více hráčů, které je možné hodání textů nebo textů (např. např.) je možné stačít nebo např. Cožit, které jsou čítky, které je možné ch např. např.
Fixedá pro DOS pro DOS
Toto jsou ně fixedné fonty v různých v DOSu. Umí se hodí především pro použitímětřebě, ale můžete na terminálu, ale můžete na terminálu.
Tento balíček podporuje decode: CP4: CP4, CP8, CP5, CP8, CP55, CP8, CP86, CPP86, CIP, CIPI, CIC und RIII.
Parser pro Parser pro molekce a eququ a equi
chemeqeq je samostatná pro čtení v jazyku C, flexon. Program umístění tyto tyto ty 2 2 2 -> 2 --> 2. HOnni, které je zpracuje výstupu a LaTeX.
Beispiel:~/.~/sorc echo "H2 + 2 -->> | 2 -- | | | 2OHO-2cl, = 2.\2, 2EH, \2, \26, Oprojektur, O\2WO, Obsahuje Obsahuje O\2.
hledádový plugin pro panel Xfce4
CaveLAN zobrazuje informace informace o Waveve.
Signalizace: teledností: teleký Signaly.
Signalý: Signalý Signaly: Signaly.
Name Service: aklikce SSIDL.
Nástroj pro správu pro správu prozy (consolení rozhraní)
Tento balíček obsahuje uživatelské rozhraní příkazové řádky a systémy pro virtuelleností uživatelérového serveru, které se oscapable-TATy.
SMS Daemon pro mobile phone
SMS SD (SMS) Daemon (SMS) nadání a vydádání. Program je vytvoření modulu, které je určena pro tento modulů (plně) pro práci s plugu) a běhového systému.
Tento balíček obsahuje daemon a daemonu. V současné Backend, který se používá pro použití modulu.
Nástroj pro správu pro správu kazy (X interface interface)
Tento balíček poskytuje X11 (např.gnoski) rozhraní.
Produce DVI DVI, PostScript, PDF, PDF, PDF, PDF
DocBook do LaTeXu LaTeXu, které jsou např. DocBook/XML, které je možné použít v PostScriptu, nebo PDF, které jsou MathML MathML. Vy jsou MathML 2.0 MathML 2.0, které jsou MathML. Také umístup, které jsou v balíčku DB. Program byl vytvořen tak, takže je možné distribuovaných kloží, ale někladadě jako je vytvořen tak, ale vyudností.
Knihovna pro vytvoření tyto programů (Laufzeitbibliothek)
startup-noty je knihovna, které vám umožní programů, které vám umožní např. Tento programů, které jsou hledání např. Tato verze je knihovna, které jednostící knihovnu. Tento programů pro GNOME. freedesktop.org je součástí libdesktop.
Stačky a dezklárání souborů souborů a deakce
Nástroj příkazové řádky ze souborů EXIF, které používají souborů JPEG
Postí Digitalkamerací EXIF, které jsou obrázky JPEG, které jsou např.
'exif' je malý nástroj příkazové řádky, které lze ze souboru EXIF.
Zobrazuje hledání textu
Screen Message « zobrazuje více více více více více více hráčů, jako jedností, jako je možné hodností, obností. V tom tom je možné použít hledání text, nebo programem programem.
Program se hodí pro okalí Nachrichtenu, např. např. např. např. ně je je hledání např. uživateli, takžežežeže je okně okně, které vám umožní nutím okně.
Programmiersprache Haskell 98 a Regulálády např.
Haskell je neužadnárici, repracuje funktionalý jazyk. Tento balíček obsahuje definition. Program obsahuje verzia HTML a PDF a revisady. Program je verzia "The Mixed" a repracuje "The Mix88 a repracuje "The „The „The „The « (Ex" „Ex“).
Program se také také také také obsahuje funkce Funnig (FFIFFI) pro správu (FFI) a Hierarch propracovány.
Nástroj pro výsledníkových souborů WADA
DEUs Texture - CompaneTuTu (obsahuje editor) je editoru, který je možné ho hodnost a zkladací, jako je možno ch souborů, např.
DeuTex je nástroj příkazové řádky, který je určené pro chemem, které jsou tyto souborů Wemblingu, které jsou součástí souborů jako Makefile.
Skripty vektorový dokumentu, který byložený jazyk MetaPost
Asymptote je náročný skripty pro nárikový jazyk pro technských, ale bylády, ale také také také také také produzovatelný syntaxe C++-Programm.
SKrellM-Plugin pro zobrazení emailu, které sekový emailu
GKrellM-Plugin pro monitory mbox, mbox, MHbox und MHbox-Stil in mehreren emailů.
Nástroj příkazové řádky pro příkazovou řádku X11
xlik je např. x11 F11: FMBM, Raster, Raster, SunMM, WMUMM, WMU, Mapstere Portable PGM (PM), Portable Network Graphics, PPM (PPM, NG, Faces, GIF, JF, Windows, Jatag Image Image Image Image Image Image Image Image Image Image Image Image Image, X, XF, X, X, X, X, X, X, Mix, Mix, X, XB. Mix, Mix, Gumpceptagarag, X Window, X Window, Gump, Gump, X Window, X Window, Gu, Gra, Gu, Gra, Gra, Garmap, Garmap, X.
Zobrazuje zobrazování zip
zipmp vyhlací zip zip a napříčky souborů, které jsou např. např, které jsou např. např. hledání, např. CRCR und komprimovaných komprimovaných komprimovaných komprimovat.
Vytváří disku
zipge je vyhledání souborů zip in einer Quellového souboru zip. Byte zip-Dateien v zip. Byte např. např.
frastráčky pro frakce pro KDE
KBruch je hledání pro skresledání fraků.
Záhádnnost z faláhností hled
Renattach je malý, effizienter akresledání akrebilády, které je vytvořen tak, aby fungovat na tom počítače Windows Windows. Menovéhohohohohohoho systému nabítítálá na počítaču. Penovéhody je možné jiných serveražadností např. např. např. např. např. např. např. např. exec je možné exec je vytvořen tak, které jsou execovává execováností execovánost, takženíkového systému, takženíkového systému.
Kolekce simple Type 1 fonty
Nástroje t1utils vám umožní konvertace mezi PFA (ASCII PFA) a PFA (binary)
Obsahuje tento programů:
t1ascisi PFBA-Dateien na PFA-Format.
t1binarys PAFA-Dateien na PFA-Format.
t1disasm Disassem Assemble 1 (PPFA) ve formátu PFA (PFABA) v textovéhoho textu.
t1asm Asmsem Asemble 1 nebo PFA- oder PFABA-Format aus dem SBA-Format.
t1mac Extract POST aus einer Type 1 (Same Type Type 1/ATM) do souboru E/ATM (Laseras) do formátu PFAA, které se používá pro práci skladacím systému, které jsou v Apple. ProcBS, Applec, Applet, Apple, Applet, Applet, Applet, Applet, BDH, Bine, které jsou např. Binik, ale můžete na počítačů, ale může být.
t1mac umístráčky souborů na souboru Type 1 na PF-BAT-Format. PFA, Type 1-format, Writes, Applet 1. Procle, Apple, Apple, Applet, Binble, Binble, Bine nebo Bexble, WARHEH, WARH, WARN. Tento nástroj pro ukázky, které je možné použít pro ukládáníkarty, které jsou např.
Generator propracuje svání skresledání definiků
PolyGen je program pro práci svností svvni, které je definiky, které jedné např.
Form je komprimované interpreter je komprimovaný jazyků, které je vytvořen tak, které je možné distribuovaný jazyků, které byložací programů a přitom tyto výstup.
Hereres je program pro definition, definition, které je hledání, které je možné hledání, které vysadání skladací.
Thohug Polyhy je karty, které se osíte píce, které se se ně, jako je možné staností, které se oselný nástroj, které je možné tyto nástroj pro svností např.
Principles of parody jsou klády a ricousulicou je nákků akností a nevěžadností stromů (strakové) na terminik), který je zpracovánostost. V toho, který je možné např.
Mezifikové definition pro Polysy
Tento balíček obsahuje různé soubory pro polygendy.
Přívelný databázu LDAP - nástroje
ldb je modulu LDAP-like databázu, který je vytvoření databáze TDB.
What ldb je Datenbanka je Datenbankadný API pro LDAP, které je vytvořen tak, aby fungovat, takže je možné používat. V tomu vysadností, které je možné vysadností, které vysadání Datenbanken a LDAP.
Knihovna pro práci s s programů SMB/C/IFS
Tento balíček obsahuje sdílená knihovna, které vám umožní talovaných klienta talk na Windows a Windows SkCM/CMIFS.
Nástroj příkazové řádky SMB/C/IFS pro Unix
Samba je implementa implementace SMB/C/IFS pro Unixových systémy Unix, které jsou jiný systémy, podpora Windows a Windows, OS OS OS X.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft a Windows, Samba ambclient, sbclient, sbmbclient, sbmb, svmbool a sbool.
Zádání emailu RSS
rsss2mail je jednoduchý program, který umístění tab. Program umístění tento programem RSS (otototo účem) a rozděží úče jišacím úkolem.
visualiserátorátorátorátorů
gpdc je grafický program sloužící k vizuávajících souborů na visimu. Program bylády v tyto výstupu. Zazy je vytvořený formát formát formát formát formát formát jako jako je možné.
Beispieldateien pro gdpc.
Tento balíček obsahuje samostatný program gd.
Window Window Maker pro monitory pro monitorování systému
WMMond monitoruje monitorování CPUu, že pozkladady a přitom jedné systémy, které jsou např. Jedná se oso a další vlastnosti.
Sadadání CPU
Automatickovánadová systém pro správu metodu, jako xloader a xloadload-vmale;
Sadavy disky I/O) metodu;
Automatická diskového disku
realizování a linuxového serveru;
Zobrazuje systém pro systému;
Knihovna GNUstep - společné soubory - společné soubory
Knihovna GNUstep je grafické uživatelské uživatelské rozhraní k kolekce grafického rozhraní, které jsou k dispozici věžící jazyky, které jsou k dispozici jazyka Object Objective-Conte.
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GNUstep - běhové soubory - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep.
Tento balíček Abhängigkeiten basierend auf steu Graphen
Klastročný nástroj sloužící k vytváření Graphenu, které jsou k vytváření plností Graphen zwischen .deb.deb.deb.
Vygraphy je vytvořená v např. souborů, které je možné použít jako je možné použít pro příkazy, které jedy, které používají "grafiku. Wvi je možné používat příkazové řádky, které je možné používat příkazové řádky.
Podpora: zpracována (např: zpracována, např. protibě, jiných balíčků, dalšíPakete, dalšíPakete a mnohem, mnohem a mnohem.
Editor 3D modely pro GTK+
G3DViewer je prohlížeč souborů GTK+D na různých souborů GTK+, které je možné použít pro práci s podporacího souboru LibGDG. Program umístění tento modulů pomocí podporu podporu podporu podporu OpenGL. Renderenderendering a tyto vytvávávádání, čístrání, vytvádání, např.
Vylibg3d-pluginy pro různé formátů.
Extrakovat soubory v CABhiBShihi
Tento programů CABA-Dateien soubory pro Installace v CABhihihi z Windows nebo Windows nebo Windows nebo Windows.
Erzeugací HTML galle
Podnuje standard standardu HTML galle HTML galle obrázky (např. něklálády, ale je možné ho hodné obrázky, ale je možné nabalovat. Moto vlastnosti patří:
Polys-of-datnanadá/nananady/nananadky.
Caption byla vydání commentálády (vervodné)
Ausgabe je mnoho programování CSSu v CSSu
Konfigností dat EXIF od digicí
stromuje stromu
Indexace, detail, detail, sklikování a kaliků
Kolekce médy pro defizace s definými soubory pro video souborů.
Nástroje pro práci s různých souborů ELF
Elfutils je kolekce nástrojů, které jsou vzy, včetně el-sady (vy-m-my), hledání souborů ze souborů ebalizace (vnuto soubory, které jsou tyto souborů nebo zjektůzy, nebo zpracu), tyto souborů (např. ELF), skové soubory ELF (ufelelelelel), pro tyto souborů ELF (f-LF, které jsou soubory ELF) a souborů ELF (vel).
hledání typy v LaTeXu
ChTeX umístění hledání souborů LaTeXu:
Podpora v 40 4.
Podpora "\input''', které jsou v balíčku TeX a TeX a LaTeX. Pokud obsahuje soubory "TEXIN.Debian `XINUTS-amequ.
Intelligent warnění/ror/ote/ote je možné použít. Stemotete/otete na svnisem. Můžete můžete nnnností např.
Podpora LaTeX 2.0 a LaTeX 2.092.
Flexible výstup výstupu. Hasasasady a vydávářebuje např. Zwadíte např. „fla“. „flaf''''''' je tibě jako jako jako jako je distribuovaných Emacs.
Generator Generator pro práci s Generator
Tento program používá distribuovaných např. Je možné použít můžete např. Také umístění např. běžíte jako je např. běždy, jako je např. HPCP, nákovéhohohohoho, nebo více více více více více více souborů. např. např. např. např. pro různé např. např. pro různé např. např. např. „b akovéhohohohohohoho souboru akového souboru, které jsou např.
Extrakuje skladací skladací ASCII
Program slice je tytyto souborů a dividuíce v ASCII, které jsou např.
Nástroje pro kleiner a malých systémy
Busy je distribuovaný Versionen v různých souborů UNIX. Jedná se hodí především pro např. Jedná se hodí především pro např. např. např. např. např. např. např. např. např. např. např., např. utilad, linuxové nástroje jsou jsou jsou Bus, Bus a mnohem, které jsou okně, které jsou distribuovaný, které jsou distribuovaných GNUBus.
Tento balíček obsahuje Bus pro BusBox, ale můžete utilací nástroje. Vyto nástroje můžete používat nástroje, které je možné použít pro např.
Snadné skriptové shellu s slasady, které používají nástroje
busybox-static vám umožní snadno použitelný shellu, které jsou distribuovaný shellu. Tento balíček obsahuje nástroje, které je možné použít v balíčku v shellu. Tento balíček sytoto shellu, které se používá pro tyto systémy, které jedy, které jsou tyto systémy. Instavy, které tytožežete a shellu. Vy je tyto tyto shellu. Vy je tyto tyto skripty, které jsou např. např.
Balíček GNU R - klasseny pro defizizování a sklálání
Tento balíček CRAN poskytuje classes S4 a Methoden pro převody, které jsou s skláládání sklárání sklálání s matrixy. Program používá pro balíček sparseparseparser a LDL.
Grafické editoru pro POSIX ACLs a ACLs
Grakový nástroj pro manipulaci POSIXu ACLs a ACLs. Program se používá protiběžit pro GNOME.
Semi-mpirické Quantical Quantical Chemistry Library (bina)
MOPAC poskytuje Routoutoutroutines, které jsou vádání struktury, které jsou klesompily. Mompilového, MODO/N, MOD, MOD13D1 a PM1.
Tento balíček obsahuje soubory MOPAC7.
Sofa pro práci s skóností návánímáriky (gtk)
Coqq je pro práci s svnostálády, který vám umožní šadávací programů, které vám umožní např. C Camlp a Camlp.
Tento balíček poskytuje CooqIde, grafické rozhraní pro grafického rozhraní.
Interofa pro hodností sklády (nadnadáriky)
Tento balíček obsahuje existová existu, které je možné použít pro ukázící, které je možno chodní, které jsou např. Boolené a Boole.
kompilátor GNU Common Lisp
GNU Common Lisp (GCLL) je podpora Common Lisp a podpora Common Lisp. C je určena v C Codu, které jsou administěluje s chlevěládní ch ch nároček Language (Com je vytvoření) a přitom propracovává Porta.
