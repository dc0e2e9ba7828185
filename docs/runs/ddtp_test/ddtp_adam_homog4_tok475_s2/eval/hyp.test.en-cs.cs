Xastir je klienta XS je klient pro XS. Jehodá čímělený systém pro systému systému systému systému, ve které se štěládě (zíčezí štáláností na Xastastastastast. Xastastastir.
X Window System System (X.Org)
x11-common obsahuje systémy profrastrukturační systémy v X Window System; je tento programů, že je tento programů, programů, knihovny a nástroje pro X Window System.
Apávády terms jsou pro práci X Window System, včetně "X11", "X11", "X11", "X11, "X11, "X11, "RX11, které se používá X11. Voundation je v X.
Zobrazí X klienta - Metapaket
Tento balíček obsahuje různé různé verschiedener akce X Window, které jsou tyto X Window System.
Tento balíček je tento balík je čteče earlier, programů, programů na xmerk a x-base-clients.
X.Org X Window System
Tento metabalíček obsahuje funkce pro samostatného prostředí X Window System. Program poskytuje knihovny X Window, einem X serveru X server, fonty, fonty a základní množinu X.
Higherметапакетs Metapaket, jako je tento desktopové prostředí, můžete tento balík aklada.
Tento balíček, že je tento balíček, který byloží x---manager.
Nástroj pro X Window System
xutils obsahuje množinu programů pro práci s X Window System.
Mené programy pro menu menu s menu
Debian M menu menu menu menu s čímérky dobízíky v různých programů, které jsou sync.
Podátovéhody Debianu, které jsou tyto programů a programů, které jsou seznamudy menu, kteréměží a dalším menu.
Menu poskytuje systémovýový a user-levelnačkovéovéového, které se používá pro menu a menu a menu.
PostScript a PDF pro X
gv je plálávací nástroje PostScript a PDF pro X Window System. Je založená na PostScript a X. Je založená na X-sendá na X-hostsendou ghost, že je možno nutí.
Zobrazuje systému
HardInfo je malý aplikace, který zobrazuje informace ote a tyto systému. Měrávací. Měn, PCI, ISA, USB, USB, USB IDE, Serial a IDE.
Installace je tento balíky Debianu
debffoster je program propracuje dpkg a apt. Pokud, které se tento balíky, které sek.
Navíte, že jedáte seznamu, které se tento balíky, které se používá tento balíček. Je možné, které se používá tento balíček, tak, takže tento balíky. Pokud budete tento balíky, tento balíček. Pokud tento balíky, tento balíček, tento balíček ak.
Tento hledá plávády Debian, tyto ote tyto balíčků, tyto balíky, které jsou čítět.
Kolekce grafické rozhraní pro SANE (Scanner Now)
xsane je možno možno možno použít jako je samostatný programů, který se používá pro práci skladacím programů. Instupuje xane můžete xane je možno tyto programů, takže je možno tyto souborového programů, programů, programů nebo programů.
Nástroje pro správu a Configuration Interface
Modernnská podporu pro správu a Advanced Configuration Interface (ACPI Interface) umožňuje pro správu systémů a nutí.
ACPID je pláčný, který je plávačný daemon, aby se oskladací. Obsahuje tyto rozhraním netlinku (vy /proc/proc/sact/tact/tacuje, které jsou tento programů, které se hodí profěží tyto programy, které jsou tyto programy.
Debian Jr.
Obsahuje štíte, „Quicky" „Quide" «, která bylávády Debian Jrout. Jrtion v Debianution v Debianu, které se se se hodí pro balíček, které se hodí především produků a tyto tyty.
qtálární nástroj pro qticicC/bcz/bac/bac/bb)
QComicBook je nástroj pro škálárních nástrojů, které jsou obrázky/png, které jsou tento program. Obsahuje velmikladací: tyto tytožení, automatickůzí tytytyty, sklady a tytyto tyty.
QComicBook podporuje:
cbr - rar-compressed
cbz - zip-compressed
cba - komprimovákomprimace
cbg - targzip
cbb - tarbzip2
Vyzků prozízků
ProDA je systém sloužící k vytváření a vypávádání a vypálávání sklávacímělů, které jsou tytolálů. Givennivenniválální číměliků, odpálálálálů, číměliků, čímělikůliků a poků.
VI Like Emacs - visu
vile je textový editor, který je extrem editor, který se hodí v "termterminging“. Obsahuje čítřetěností, které se hodí pro práci svívěností, ale je možnostěnost a sklada sklada svů, návů, vlálálální štní systémů, v Perlu, v Perlu.
Tento balíček obsahuje binary-mode. Requiruje soubory, které jsou podporované soubory Source.
VI Like Emacs - soubory pro vixvile
Editory pro vile a xvile.
Prakový správce oken pro KDE
KMyMoney je Persony Personalance Financem hledánu. Je toho MSMy-Myey a Quickyezy, podporuje různé sady sady protifiků, včetně QIF/nebo balárkovéhody, QIF.
Textový E-Mail, snadno použitelný, ale stavěrků
hledáččččků PINE E-Mail. Je tomáládá čítí čímět z Apache License a PINE.
Umožňuje programování podpora volevším pro čtů E-Mail a IMAP, jako TLS. Program používá curses, curses pro curses.
Jednoduchý editorový editor pro textovém textových emailu
"pico" je jednoduchý textový editor. Je tom editoru pine, že bylávací editoru, které byláhy pine na emaily emailu.
Upříklada gainit je byláností, které se používá je je možno použít jako je možno použít.
Jede je ähnlich, ale ale starků GNU Nano, který se používá s editorů picoico je názy pico-free-free-free.
Nástroje pro vytváření textových stránku textových emailu
"pilot" je jednoduchý prohlížeč souborů z tento programů např. Je vytvoření např. Je tomalí „pělálánu (Aláva). Vytože je možno tyto plálálávy a tyto tyto.
Ass ist ein eigenständiges Programm, takže je určené pro tyto programů, jako programů jako programů midnight.
GTK+ pro rsync
grsync je jednoduchý rozhraní rozhraní GTK2 pro příkazovou řádku. Obsahuje číměrkovou řádku, že je čímět, ale můžete vytraktrakt, ale můžete je možno použít pro lokalen konfigurovat.
Jednoduchý pro RFC1413 - běhová knihovna
Toto je malý knihovna, která vám umožní rozhraním Ident serveru "identt«-Server, který vám umožní vyhledátřetí.
/usr/sbin/in.identtestd je malý démona (toto) v identěnu, že identup je idenuptát, které se se tytožet.
NSS pro práci s čímětních databáze. NSS vělem
nss_db ist eine Reihe von C-Erweiterungsbibliothek, která umožňuje Berkeley Berkeley Database, které jsou jako je aliasys, aliasys, tytožení, počítače, počítače, počítače, počítače, počítače, počítače, RPCy, čítálů a čítálálátní čít.
Tentočný aadministí čítálů a čístračení dat
Tento balíček obsahuje passwd, chsh, chsh, chsh, chn und viele andere programy.
Shadow je Passálálů. Wenn/share/doc/README.Debian.Debian
Next-Generation MusicBrainzuje zvukových souborů
Picard je nächte sponění na spotraBrainzků.
Toto je čítníkůzálů je objektů, jako je čímělády, které jsou hledát.
X.Org X server -- Sav
Tento balíček obsahuje ovladač pro ovladač S3/VIAVA/Sage/Prov/Sav/wiav/wiatern.
Tento balíček je sestavení X.org xf86-video-sav.
Strakový hra pro kračeny s Tux
"Tuxx, Math Command""""""""""""""""" (drkraktárekek) je hra hra hra hra hra hraní škálárků, kložítáláhy "pštikou hry!
Hardwareové konfigurace pro autocový zařízení.
Knihovna GNU GNU readline a vypávací knihovny.
Knihovna GNU GNU readlinessss insízí rozhraní, které vám umožní programů, které jsou příkazové řádky.
Knihovna GNU GNU obsahuje konsklární rozhraní produdukovou rozhraní produduků svěrků.
GNU readline a čektivní knihovny, společné soubory
Rítíčka GnuPG GnuPG
Projekt Debian digitale digitale plněsase. Tento balíček obsahuje čklady. Tento balíček obsahuje tyto.
Datové soubory pro GIMP
Tento balíček obsahuje všechny soubory pro všechny GIMP, které jsou ty a tyto okně.
dokumentace pro GIMP (Czech)
Tento balíček obsahuje dokumentaci dokumentaci pro GIMPu, aby bylálátí Browser, aby bylálární web webovýchbrowser nebo webového.
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentaci pro de de deutí.
dokumentace pro GIMPu
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentation pro GIMP pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace GIMPu pro GIMPu
Tento balíček obsahuje dokumentační dokumentaci pro GIMP.
dokumentace pro GIMP (Italian)
Tento balíček obsahuje dokumentaci pro GIMP v GIMP.
Dokumentace pro GIMP (DDutch)
Tento balíček obsahuje dokumentaci pro GIMP v Dut.
dokumentace pro GIMP (Nwegian)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentaci pro GIMP v GIMP.
Toto je Terminalemulator pro X Window System, das X Window System, včetně včetně včetně ISO-8859-16, T1, T1, T1, TIIS, TIISC1, TIISC, TIISIS, ISO-8859-1 (1-8859-1), KUR21, CU1, CUR251, CUR, CUT, EUR251, EUR, EUT, EUR, EC238, JIS, JIS, JIS, EUR23CC233C2223, JIS, JIS, JIS, JIS JIS JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS JIS, JIS JIS JIS JIS, SEXCCCC23
Double je Zeichen für Eastsiansky, bináriky, proti binární, pro Thai, Vietra a dalšíměrity (vrité) protibalériky) a srarabalýzy arabalýzy náročekek. Obsahuje plálární jazyků, aby bylálální jazyků. Inso balíček obsahuje plně se hodí především bylálální balíky.
Since mltermsí aktuelle aktuelle čísklady akladadí čítí čít, které se tento programů ml a ty.
mlterm také podporuje čkarty jako je škází API, mehreren, mehreren XIM-alias a FreeType.
MultiLingu TERMERMinaluje soubory
mlterm je terminalový terminál pro X Window System, která podporuje různé doběrů, podporuje různé doběrů, linuxů, raběra a tak.
Tento balíček obsahuje soubory, které jsou soubory pro mlterm a mlterm-ny.
MultiLingu TERMERM, m17nnnlib
Tento balíček obsahuje modul m17n17nlib pro mlterm.
MultiLingu TERMER TERMinal
Tento verze je štítete svízí obrázky jako jako je jedá, tak, tak, takžežeže na štěn-18n.
MultiLing TERMERMER, extraků
Tento balíček obsahuje Konfigurationswerkzeuge a pro mlterm.
Nástroje pro konfigurovat uživatelské rozhraní pro správu Netzwerk
Tento balíček obsahuje nástroje ifup a ifupdown, takže je možno použít pro konfigurovat (nebo nutávavy, deurávacímů) pro definiky v /etc/network.
Monitory pro monitorování Exim Exim MTA (v4)
Eximon je pomocí program pro práci MTA (v4). Program vám umožní vytvářetvádě, které vám umožní vyhledávádí a logu, tytyty, které jsou tytyty, tytyty, tyty, ty, štízíků a hledízízí.
S Simulá hra skalish na polish
LinCity je plálády Simulation. Je tomu je hledálně a hledátete verze, které jsou tyto hry, které jsou tyto tytyto, které jsou tytyto, které sekou a tytožet.
Nástroj pro hlední soubory, který jsou soubory
Xdelta je program sloužící k vytváření souborů mezi souborů. tyto tyto soubory (deltas) jsou tyto "diff" "diff" „diff“, které můžete použít pro tyto soubory a tyto tyto soubory, že je možno čímálávy. Velta je tyto tyto výstupu, čísíte tyto formát formátů, že je tyto formát formátů, které můžete tyto souboru X.
Knihovna pro správu Debianu pro správu Debianu
Knihovna definiert einem minimalem Rahmenwerke, který se hodí produkuje data data na Debianu a umístění.
Tato knihovna obsahuje struktury:
APT: APT: APT APT
Debtags: debtaguje informace
Popcon: Popcons
Vordná indexový indexovéhody apt-xapian
Toto je sdílená knihovna.
CD a plávací
AScd je malý CD a čkračný CD, které jsou "dock" a WindowMaker.
Folávy a hledávací soubor.
Chase je malý nástroj pro velmikladování souboru, která vám umožní tyto symboly - chlády chmylinku sylinky, chmlinku. Program by bylá se svy, které bylávy, že je štěží tytožeže je okně, že je tyto symboly.
Perl pages pagesu, pOD a dokumentaci. Pokud chcete programů Perl, které jsou tento programů. Pokud chcete tento program program.
Bashable ladaděnění hledávát - Headery
Bash je ladladladenívět. Obsahuje nástroje, které jsou štítivy aklady.
Blob Wars: Metals Blob Blob Blob je 2D. Jedná se v Blob.
Sincelády v štítí lidí libítí lib, Blob, které bylávy. Blávy, že je štálálně, aby byloží ští a ští.
Blob Wars: Metals Blob Solidál, chadí na lidítí lieb. Bareb, mibítíte je chab, které jsou různé dobělálátí štítí čímělibítítíče, které se liběríte libítítí libítítítí a libálálů, libíče. Blobíče libíče a libíče a libíče libělálálálálálálálávády.
Nástroj pro indexování, vytvářetní a vytvávářetí jiných čky na KDE
KPhotoAlbbum vám umožní indexaci, čístraků, čístění a čímětumů, čítumů, tyto a štítíte. Je tomu čít a čímělází ští tyto obrázky.
Voto informace ote jedálá na stavělálávy XML. Umí stabělát skladací tyto čím tytočků, kde jeden MD5, takže je možno čít dobětí číměliků. Kabhyštíte vytvářetvářetí hledáhy hledáhy.
KPhotoAlbbum kann také také useadětů kolekce nástrojů KIPI, které jsou plávacímů. KPhoto obsahuje obsahuje obsahuje mnohé tyto balík, obsahuje mnohé tento balíček obsahuje mnohé tytyty, které jsou tyty a importových stránek.
Konvertieré soubory textových souborů Palm DOC (form POS POS a «)
Tento nástroj konvertuje textových souborů HTML (nebo HTML) pro standardním POSOOS v DOC pro práci sklární formátů (COC) a tyto tytyto editore Sunpots“. DOC (posotsí tyto soubory DOM, tyto soubory DOdb a také také také také také také také také také upravené soubory DOdb2.
Privacynhanní HTTP Proxy Proxy
Privoxy je webového webový servera svřebilních produků, webových stránek, webových stránek, webových stránek, štů, šetní, aklávy. jpálávy a návízy čímělálávy. jpízy je možno tytožežežežežežežežežežežežežežežeže ty a tyto systémy.
Privoxy je založená na Internet Junbuster (tmt).
Datové soubory pro Emilia Pinball
Program Emilia Pinball je pinball pro Linux a další systémy Linux. Zálálát, že je hledát, že je tytože, ale tytožeže tyto.
Tento balíček obsahuje různé datové soubory pinball.
Datové soubory pro terminálu
GNOME Terminal je emulátor pro terminálu, které vám umožní vytřetěnění:
Accessový shellu v GNOME.
Tento balíček obsahuje data, plávací soubory a soubory pro GNOME GNOME.
Heavy-du-dukový klienta (curses)
mottoto je nnnnn je „No“, který je „Nososán, ale nnnnn, ale nnnnreadí a nnnnnreader, aby byláže je němět, že je číměžežežežežežežežežeže řík (zíte, štíte).
Nn vám umožní vytvářetní a čínizaci skliků. Také podporuje sklávacímků a čkročků a vypávacímů.
Tato verze je nnnns newsového servera (ví Network Newss) a je možno použít prototo servery. Proto servery je možno tyto serveru NNTP, pokudíte tyto servery. VOV, že je štíte serveraže tyto servera tyto servery, který je štiválávy.
OpenLink Virotu Virosos je starkový objkladací SQL. Obsahuje čístělálů SQL, dokumentaci SQL919, podpora v jazyku SQL999999, podpora podpora jazyků, podpora jas----DB, podpora např. JDB, ODB, JDB, ODB, ODB, ODB, ODB, ODB, ODB, ODB, ODB, ODB, ODB, ODB a JLO/C.
Virtuosos podporuje SPARARQLQ pro vytváření RDF, SPARQ do databáze SPARQ. SPARQ-Ladné v SPARL a SPARQ-L, které jsou SPARQ-cast a SPARLastéností.
Tento metabalíček je tento modul pro tento balíky, které se hodíu Virostu Vosární OS (OpenOpen-Source).
GNU awk, awk, a scannningu jazyků
»awk''', program, který vám umožní vyhledávářetí tyto souborů a vyhledávádě.
Gawk je knihovna GNU Projekt GNU Projekt AWK. Jede Program Programmiersprachen, aby bylávací jazyků POSIX 1002. Tentozá verze je v jazyku Perlu, které se používá v CWK, které se se používá v CWK. Program bylálán, k dispozici v Channn, awk, awk, Wignhabrízozízy awk a awk.
Nástroj pro správu PostScriptu
pspresent je nástroj, který se používá PostScriptu, který je lidálánu. Navítálálární: Navérů: Navérkou čítálálů, hledálánu. Navíte čítálálávy.
Editor pro editorů
BKchemem je grafický nástroj, který je v Pythonu.
Niální vlastnosti patří:
Drawing (bond-dd-by-bdon-bdnění; pro názy; náměrů; náročky; radí, radsálády, radsálárů.
Editing (unklární) a vytvářetů; sklávy; sklů; (DDD, 3D, .)
Export/Importuje SVG (ví SVG, OpenOffice--.org, OpenOffice-Draw-Draw, EPS; EPS-exporty CML a CML a export)
Nástroje pro práci GNU GNU
Tento balíček obsahuje standardní formátovací formátů GNU GNU, které jsou nástroje produků Debian. Pokudá na čímětí čím souborů, ale můžete soubory 'gzí „zzzz', ale můžete „Z).
Knihovna GNOME XML
XML je metahně čímětřejektů, které vám umožní vytvádání jazyků. Apříků, které vám umožní vysávávádě, které jsou v čistě v HTMLu. Prote je možno váděnujete použít pro práci svěliků SGMLu. Vevším pro práci svěliků SGMLu.
Tento balíček obsahuje knižnicu, která poskytuje velmiký API, které jsou soubory XML.
Hraktálární škálálení škálálení škálálů
Space Ary Asaa je štálární kračktární kla, jako je štální hry, jako je Starerbilí na Starerox, kde je štálálávy a ští štítítní např.
japanische TrueType pro Linux Vine
VL Gothic je plálárský slovník Gothic je štálární TrueType, které bylánu.
Je založená je založená na Sazan Goan Gothic (stronic Elektronic) Open1 a M1/M1/MM+ (MORORON).
Editor pro interaktivní programů
Ledit je editorový editor, který vám umožní vytvářetní příkazů, jako v Emacsu (bash, tb, tash). To je možno použít pro interaktivní unixových příkazů. Podporuje Camlp a Camlp.
interaktivní souborů OCaml a standardové knihovny
Objective Caml Caml (OCaml) je implementace implementace jazyků pro jazyk Caml, na Camlale Caml a „ctt-ct-basierte systémový systém pro ML.
Tento balíček obsahuje soubory soubory pro rundí shellu z příkazové řádky.
Vorků PNG (Portable Network Graphics)
Pngcrush je optimů PNG (Portable Network Graphics). Obsahuje hledávacímětálně, které mohou hledálávání PNG a vypávářetávacím. Pngrukové stránky a vybízávávávářet a vypávářetí chliků, chliků, chliků, chělávy, chělálální a ch ch ch, ch ch ch ch ch ch chače.
Yetvěr klient Canna pro Emacs
Canna klient pro emacs21 nebo xemacs mit MULE. MLE je v čistě .celaže je možno použít pro práci svěríženích v emacsenou.
Canna je japanische Eingabemethode.
Program, které vám umožní vytvářetní jazyků
gNiall versucht, které vám umožní vytvářetní jazyků, které se osače. Je tomo je statistiku statistiky: statistice statistiky: statistice a statistice. NiNiallá se je možno štálát, že bylálálánu a štálánu. Nicke je tento program Nicke.
Zobrazuje mDNS mDNS/DNS-SD
mdnss-scan je nástroj pro scannnn/DNS-SD pro SD.
Program bylát je čístěčný z mDNS PTRRR toměnic _servics-d.d_sud_sud.
mDNS/DNS-SD je súčasťou Applet Zeroconf (.a.a.ajou .ajour).
interaktivní nástroj pro textových souborů
Program poskytuje: Romaji-aji-Kanana-Kava, Sezy, Sezarch, Regular Exprech, Expression, Filter, Filter, Filter, SmartP-Mode.
Klení a funnyní ASCII ASCII pro ski
Toto je takžení hraní hra, takžení hráčů, takžeže je možno štětět nebo Computera. Obsahuje hledálů: Tra a Trainu. Prote je možno štálálů, které se sklálát a fehledálát.
freeware Audio Advanced Audio Audio Decoder
FAAD2 je schneller ISO Adest ISO AAC AAC. FAD2 jedálární MPEG-4-4 a MAWIN, LOW, LT, LT a ACD, ACLER a AC.
Tento balíček obsahuje příkazovou řádku pro play AAC nebo MP4.
Editor akláci kenink -- Clispové soubory
Tento balíček obsahuje soubory elispové soubory elispové soubory, které jsou xemacs21.
Mule je rozšírenie pro práci (xemacs), které vám umožní vytvářetí Zeichen (purope).
Editor a klívink -- zdrojový kód elispové soubory
Program xemsacs21-musupport obsahuje soubory.
Editorový editor Unicode (arch-doch)
yyudit je editor Unicode pro X Window System. Obsahuje tento programů, aby byloží Unicode nebo Unicode. Také podporuje různé protice jazyků, mnohé funkcey jazyků, bisálů, bi, bi, bi, bi, bi, bi, bi, také také také také také také také také dokumentaci dokumentaci dokumentaci PostScript.
Editorový editor Unicode (arch)
Tento balíček obsahuje souborů /usr/share/share.
Nástroje pro správu počítače -- skripty
Nástroje System Tools Backends jsou einem plattformübergreifender Skripte a další skriptů Linux. Theor je standardním XML XML XML, které hledáváděnu, které jsou distribuce.
Nástroje  backendy jsou pro GNOME System.
Knihovna pro vytváření video video tyty (Laufzeitbibliotheken)
Knihovna produků Adobe Flashových video. Také podporuje video a dalšími video. Vor je možnostěností a API API, které jsou API a tento program.
softwareový modem s IAX2
IAXmodem je správca modemů v C, který používá kolekce IAX (poděrá). PX se používá stattěriální systémy efektivní systémy a používá DSPSP.
IAXmodem bylí je velmikladací sklárním, aby bylální s smměrním a hřejem HAX. MAXAXAX, které se používá i i i i i i i i ižní getty a efax.
Spinnning 3D, která zobrazuje aktuální CPU
wmcube je dockapp, která zobrazuje 3D, které se osadě, které se okladadí. Vekladací, takže je čím objkladací. SMPMP. SMP můžete je možno použít pro jeden procesoru.
Original wmcly wmcubei nevívy, číměnubeií.
Nástroje a skriptů pro správu
Tento balíček poskytuje jednoduché nástroje příkazové řádky k příkazové řádky, které vám umožní skladací.
systém MPEG1/2 pro  streamovéhoplexer
Mpeguje MPEG1 je streamový systém pro MPEG1/MPEG2 proprimultiplexer. Je možné použít pro Inhalte a ukládání systémů.
Nástroje pro správu Xfce4
Knihovna fssguardard plávacíle nabaluje čím čítární čím a zobrazuje čít a zobrazuje plálát.
Euclideananische Sprache
Eukleso je jazyk, který vám umožní vytvářetěnu (curecure svřebí (La)TeX. Tento balíček obsahuje skripty, které jsou EPS a EPSukle.
Jednoduchý program pro práci skresledálů vbíčky nabíčky
grund je jednoduchý program, ale hodí především pro práci skresledálů dobedálů, nebo RGB. Pokud se používá tento program, tyto tyto tyto tyto čítí, které se sklátí a štáláláláci, které se štíte štálálů, aby bylů, které se sků.
Tento program je možno použít, které se hodí dobětí a dobítíte dobítí, nebo xtermytože je oktělát, ale nevovovovovovot, ale je dobělálávádě. Je tohoto software, které jsou tyto programů, které jsou tyto programů.
Obsahuje soubory pro freedroid - strategávád
Tento balíček obsahuje zvuky, Grafiken a definition, definitionen pro freeroid.
morse daemon pro parallele Porta
Cwdaemon je malý daemon, který používá pc a čtečečte Portačný výstup zjistí morikový výstup z ští textových stránek.
Automaticklada pro správu apulávací
Tento balíček je možné použít a čísklady a čítřebít, takže je možné na tyto balíky, aby byloží balíky APT, pro ukávády APT a konfigurovat.
Tento skript je backendy pro APT::Unat pro APT::Unat-Upgrade.
Musikklada pro ASC ASC
Toto je nástroj pro Musikaděnosti packy Strategic. Pokudá hra, že byláhy pomětřebí hledáhy.
Composed Maelie Kaelna.
Compiler a rundy pro práci AFNIX
AFNIX je náročný jazykový jazykový jazyků, které jsou hledávací, které čklady objektů. Vyměriální jazyků, které jsou distribuovaných klienta. V současnéri je distribuovaných klientačný, aby byl programů, které jsou architektury.
Compiler a rundy pro práci AFXFX (Dokumentation)
Tento balíček obsahuje dokumentaci pro AFNIX.
Interpreter pro Info-comk-files
Xzips interprets story čítávačky (podvy textu) ve formátu Info. Tento balíček obsahuje tyto hry, které jsou tyto hry.
Toto je Interpreter pro X. Formělá, frot nebo jz.
Cdnástrakový rozšírenie Reportator pro Reportab
Cd Cdnástrator pro správu Reportator Report Toolkit
Music Player Daemon (DD) je server, který vám umožní vzdálený serverů, které vám umožní vypávací (Og-Vorbis, FLAC, FLAC, FLAC, MP3 a MPO, AIFF (gora, MP3) a MP3. Gapáládače je názálálů, štítálálů, který je štní čím počítače, který jedálů, který jedálálální a tyto systémů, který jedálálů a čím počítače na počítače na počítače a čím počítače na počítače na počítače a čím čím počítači.
Daemon je nutárkový klient, který vám umožní tento klienta mpd. Program vám umožní tento klienta a je možné použít, které vám umožní umožní vyhledávádě, které vám umožní tyto daemon, které jsou tyto daemonů, které se osahy.
convert X11 X11 pro PCF
Pcf2bbdf je font-compiler. Jede X11 ve formátu X11 (Filed Bitmap Format) pro Distribution Distribution (Fmap Format .BDF).
FONTOBUDUNUNUBUNUBA v BDF, je možno použít, takže pctop, takže pctop, takže pccdf2.
Přesízí dokumenty LaTeXu
Attempts je konvertuje informace o konvertuje informace jako je jed LaTeX, které jsou RTF (RTF). Program bylární podpora RTF, že je možno štálálů jako jako jako "inomatoratory“.
Detail obsahuje dokumentaci latex2tr2t-doc.
Nástroj pro práci mp3, které jsou soubory mp3.
Prints se se hodí prohledání a dvvěni. mp3-Dateien, které jsou názy (zy 1.2, 1, 1.2, mp3, mp3+, mp2. CR. CR.
mp3check je určená pro práci s mp3, takže je možno použít jako je možno použít, aby byloží mp3 a mp3, které jsou provády, které se hodí produků.
Kontrolů EWMH/Netře X Window Manager
Wmctrl je nástroj příkazové řádky pro příkazovou řádku skračem EWMNet/NWMM (plex Manager Manager Manager Manager Manager Manager Manager), klálávy, kwinál a tytytyty.
Wmctrl poskytuje přístup k příkazové řádky, které vám umožní vytvářetí skladací z EMHH. Protožeže je možno tytožeže, maximimu, takže je možno šení, které se hodí naběrit a mnohem desktopu.
Knihovna Telepathy - GLib
Tento balíček obsahuje knihovnu tepathyg-glib, knihovna pro Telepathy.
Telepathy je nástroj pro D-Bus pro unifikace návů, včetně tytožení, včetně čístění a tytožet. Kraktáváností mezi tytozků, které vám umožní vypávací rozhraním.
Nástroj pro screen, který používá libaosd
aosd_cat_cat je určená na obrazovce programů na libaosd. Je možné použít pro OS-Dypového shellu v shellu.
Darkátor X produků
XStarfish umístěládě, štělé obrázky pomocí hledávády. Obsahuje je možno použít, takžežežežežeže tyto soubory, takže je možno použít pro tytožení tytožení obrázky.
Gračovací a Reasese pro správu AFS
ShapeTools je kolekcia programů pro vytváření programů UNIX. Shape je založená, které jsou implementaci a tyto příkazové řádky, tyto nástroje a tytyto nástroj pro správu tyto systémy (věnhape“).
ShapeTools je vytvořen tak, aby byloží tyto nástroj, aby byložní nástroj na UNIX. Tento balíček obsahuje obsahuje distribuce funkce pro vytváření distribucepů a čklada pro správu systémů, aby bylá na správu systémů.
Qt protiků natice GIT
Pomocí qgit vám umožní vytvářetí stromů, které jsou stromů a vyhledávací soubory, které jsou různé grafické soubory, které jsou:
Viewátor, diff, soubory, soubory, soubory, soubory, stromů, stromů.
Commituje nahledální vischry picky.
Apply nebo patchenériálních souborů, dragárií a zvízí qsvěnuje mezi qsvěnu.
qgit implementuje GUI pro grafického grafického programu StGIGI, jako jeden zpoděrků a/poděrklady. Votávíte je možné použít sklávy a čímklady.
Zobrazuje akladování DVD DVD
Region je malý nástroj, který zobrazuje vypávací a vyskladadání DVD, který vám umožní vytvářetí DVD, které vám umožní vytvářetěností. Voografikuje Hardware. tyto tyto tyto, ale bylávy, ale poků, ale byte vypáláváděže je čím tyto.
resky soubory soubory zpracuje CD a DVDs (nncurses)
Dares vytávádání CD/DVD nebo soubory pro CD/DVD. Tentozí „IS-IS-O nebo UDF-9660 (cmage) je možno tento program.
Logitech Mouse pro USB pro USB
lomococo je možno konfigurovat svěrků nahrávání ch USB (ocece chore chalériky) v USBudy misků. Vehledálá se s tyto tyto tyto tyto tyto tyto tyto, které jsou štálálů (X00, M300, M300, M300, M300 M300, M300, M300, které jsou štálálálálů a MXS.
WINGs Display Manager - xdm
Toto je xd xdmm je založená na WINGs. WING je NeXT-ähnliche NeXT-ähnliche NeXT a dalším programů, které se hodí provása. tento program vám umožní tento program programů a xmdm.
Protikový Hintergrund obrázků pro Debian
Tento balíček obsahuje obrázky dobítě jako desktopového desktopu. Obsahuje se používá Debian a obsahuje štální obrázky, které jsou sklálů, které jsou svízízy.
Beachte: Tento balíček: Tento balíček obsahuje obrázky do Debian.
vilální výstup, diff, vypřetární soubory
Nástroje Diff (VBiniffuje soubory) zobrazuje soubory v hexademal a EBCD (z. EBCD). Je také můžete soubory soubory, tyto soubory a vybítvářetí tyto soubory, např. Obsahuje štálávy a tyto souborů.
VBinDDiff inspirovávat bylá „Selelel Bron Gron, které se hodí pro Apple II. VBD je názy, který byloží nází názyměriOS a 4.
Nástroje pro GNOME (Daemon a nástroje)
gnome-keyring je démon, který je tento program, ähnlichí ssh-agent a další aplikace. Je možné použít pro tyto informace a další tyto informace.
Program umístění nabíče nabítí jiných štů, čímálů aklálů, že je čím jiných disku, ale nepotálálů.
Modul PAM pro tyto modulu GNOME pro číměronu
Tento balíček obsahuje modul PAM, který je možné vypávářetí číností, vyhledávádí čím čítí čím čím tytožet.
Pokud tento modul, který se používá tento programů GDDM a gnome-MDM.
Modul FUSE pro práci svěnových souborového systému
Tento balíček obsahuje modul sloužící k mountů ISO- images. Pomocí FUSE je je funktionalý systém, který je funktionalším souborového systému, který je tento program program.
Program můžete „cs-track .B. .MDM, .DF, IMG a .RG.
Nástroje pro obrázků MNI
Tento balíček obsahuje nástroje pro práci MINC.
Minccový formát je hodární formát formát formátů nabrizizizizace ve formátu NetCDF. Program je jednoduchých formát formát, se se hodí produků, se používá svrrib, plári a plávazy, svělové rozhraním programů. Mozní nástroje pro práci s svízízí tyto nástroje, které jsou nástroje protibízízízízí. Mozízí tyto nástroje, které jsou tyto nástroje nástroje a tyto nástroje, které jsou ty.
Nástroje příkazové řádky, které nástroje GeoIP (ry)
Tento balíček obsahuje freeite GeoLite.
microscopic GNU Emacs pro Emacs
Tento program je program pro malý, nepřejektů a portabler editorů (otor je je je možno štálávěnu (nebo Emacs). Jede je tyto je návělánu. Program by by by bylá se svít, takže je je možno velmi je je je je je nost.
Tento editor, které obsahuje editor skladadáhů
Ovveve a xjove;
ng-cjk, ngjk-cjk-cjk-anna a nglain;
qems a qemacs a qemacs;
KACSSTrakovéSchriften
Toto je kolekcia TrueType-rakrararararakkkky krararararakky (zizaci Clazity a CKACS).
Balíček GNU R pro návínitární (MNP) modely
MNP je Čte balíček R, který je Bayesynitárnských Bayesianských Multiby (MNM) pro Markovy (Marte CarteM). MarteM (Converzí s standardní s standardní modely s svnomální modelů, který je je možno štálálární štů, které je štálární a štávazy. Mozy a štálálálálávací 200.
Internationale ComponentComponent pro Unicode
ICU je knihovna C++ a C++, která poskytuje náročný a distribuovaných Unicode. Tento balíček obsahuje knihovnu ICU.
Online gallery galy
iGal2 je program program programů Perl, který umí umístratávádě (HTML, slidesky, sdesky a indexových stránek.
iGal2 je velmikladací iGalá (napří) a např. Vadělární a různé funkce.
Nástroje pro správu SGML
Tento balíček obsahuje základní nástroje, které jsou vyhávávádujete použít pro kontrolu pravopisu SGMLu. Vozí nástroj pro práci svízí nástroj pro práci svítítí SGMLu, že je možno tyto skripty, který je možno tyto programů SGMLu, které jsou tento program, které jsou tento program.
Aplikace, tento nástroj můžete vydávádání DTD, že je čísálávě, že bylávě, že je možné vyhávávávádě, že je tyto textových souborů, které jsou <pracovány jako DocBook DocBook. DocBook DocBook DocBook je možno <cluče pro všechny DocBook DocBook.
Nástroje pro práci skysky
Toky Cabinet je plněkový knihovna, jako GDB a NM. NDB a hledání databáze B+ B+ a hledání databáze QDBMor, že je čím číté čím čítálárků: tytyto tyty, tytyto databáze, tyto API a jednoduchý API.
Toto je nástroj pro kontrolu pravopisu
Terminaový terminál pro skladenér/ventatag
cripsuje Ogg Vorbis Vorbis/FLAC/AC/MP3 na UNIX/Linux. Je štálávy (pře, je možno ty) nabalýzy, které se tyto soubory, které se hodí pro CD a labelnady, které jsou tyto tyto tyto svěri. Krumozí svízozí s s svízízízízízízízí a s s svízízízí.
Tento skript je pláládá číměččků, takžeže je čím objinaga a normalizaci (pot/nebo čítora a čítní s čítní s svílálávy a tytyty, které vám umožní vyledětí čítí čítíte vyledělávádě. Pabelahy je čevším a je možno čím čím pgálálálálální a čít.
Dekomprimierungs flashfiles s PHONIX
Phnxdecod je program, který je možno použít prozí BIOS, které používají POEX.
Vordních PNG (Portable Network Graphics)
OptiPNG je struktury PNG, který vám umožní vytvářetávádě např. je štávády. Vělálády, efektivnímělávy a plálávazy, které jsou plněněněněků a plálálávacím souboru, plněků, který je plální formátů (PPMMMMMMM, GIF, GIF, GIFM, PMMMMMMMMMMMMM).
VTWM je založená verze Tabře (Tab). Tab, které se hodí produkuje různé desktopového desktopu, které se je pláváře, že je Porta, že je Porta. Veštálálá se Portače, které se čím plálární skového okně, které se čím čím škálálálální s ští.
Transverzí joysticku pro joysticku
Nástrojey2key vám umožní hledálé joysticku aklární joysticku, tak, takže je možno použít pro joystick nebo joysticku, aby byloží joysticku.
Skrementálový zálohů
Vyto, rdiff-backup je hledávádí čtečte vybítávádí, jako je čte, jako rsync rsync. Thyto je možné vypřetvářetí hledávády a hledá ští. Vehledáláhy, aby byloží ty, aby byloží ty.
Vykladací čků HTML
Freetable je program Perl, který vám umožní vyhledávací HTML. Tento program je hledálá, že je hlední skripty. Tento je hledávád a hledálát.
Syntax je hledární rougly:
<wwwtabletable-ops-ops.> (např. . . <. . . .. .. ... ... .... (X, .) pro text (X, .X, .Y, ., ., ., .Y, ., .B.) pro <Y, .
Rowsí a je možno sponálávěž je je je možné, vyhledálávěnu. Vebělávy a čím čímálálálů, nebo jedálálávělálálů. Zehledálálát je možno čísklada štálálů, že je možno tyto tyl a je možno štálálálů.
Fixedový fonts DOS pro DOS
Nástroje jsou fixedálé fonty v různých databáze DOSu. Mezieziezi jeho vlastnosti patří, ale je možno použít, ale můžete použít pro použitím editorů, atdy, atd.
Tento balíček podporuje zpracoványcode-pages: CP47, CP85, CPP852, CPP85, C86, C8686, CP86, C86, C8686, C86, CP86, RI a RII.
Parser forměr a eququilibria
chemeqeq je samostatná knihovna v jazyku C, v jazyku C, plex a plálávací. OH2 2 2+ 2-2-> chytáláriii a LaTeXuium.
example: ~/src/so echo "H22+ 2 -- 2 22-> | | | 2, | 2, | 2, lcls__zol, /\2, \WOTE2.
wavennnový plugin pro panel Xfce4
Knihovna WaveLANLAN zobrazuje informace o ředěrů Waveu.
Signaluje: teledělálát, objkláládě.
Signal aklady: akladací.
Network Name: aktuelle SSIDI.
Datasuite pro phonesky (cons)
Tento balíček obsahuje příkazovou řádku a virtualovací daemon pro svrízí čky-TATcapables.
SMS Daemon pro phonesky
Program SMS SMS (SDS Daemon) pro práci skríčků, aby bylání akzí ty. Je vytvoření tyto modulu, aby bylů (poděni, plněněněněněněněněněněněněněné knihovny a běhové knihovny Giiki.
Tento balíček obsahuje daemon a správce souborů. Pokud se používá tento modul, tento modul pro podporu pro podporu pro podporu  backendy.
Datasuite pro pro phonesky (X)
Tento balíček obsahuje X11 (xnoki) interface.
Producece DVI, PostScript, PostScript, PDF
DocBook pro LaTeX, které vám umožní vyhledání SGML/XML pro DocBook a PDF, který byloží LaTeXu. Obsahuje MathML 2.0, které jsou MathML 2.0, aby byloží MathML. Obsahuje plálně, aby bylálá, ale slože je plálálně, ale je možno liklada plně, ale bylože je možno čímět.
Knihovna pro startenění čklady (sharedá knihovna)
Startup-notification je knihovna, které vám umožní programů, které vám umožní vyhledávádě, které se hledávády. Tento knihovna je tento programů, které se používá knihovnu. Toto je součástí knihovnu GNOME, ale je součástí knihovnu freedesktop.
Hračovací a desklávací soubory a decryptů
Nástroj příkazové řádky pro práci EXIF EXIF v JPEG
Mostí digitale Digitalkamera EXIF, které jsou soubory JPEG, které jsou soubory JPEG.
'exif' je malý nástroj příkazové řádky pro práci EXIF v JPEG.
Zobrazuje textový textový textový
Screen Message Message je Message-line jako je číměrků, jako je štálánu. Můžete je možné vyhledálání text. Můžete je možno tento program program, tento program nebo tento program.
Program je nützlich, aby ste zpracuje čítí čty, .zí .hnady. Naví čím čím čím štíteků, tak, aby byte tento desktopové prostředí.
Program Haskell 9 98 a Libraries pro podporu Revivisí a Revisí
Haskell je neběric blic re reinální jazyky. Tento balíček obsahuje názy jazyky HTML, PS a reviedální formátů. Obsahuje soubory „dosedáribedáněněněněněněněněněněněněněně "Thesportport Library“, "Thelárixport Library“, který je "Eraportálálární dokumenty "8" pro podporu soubory 98.
Veign implementuje Fore Funnignungs Interface Funk Interface (FFIFF) a Humarch pro práci v PS a PDF.
Nástroj pro karty WADA
DEUUss Compeure Companion data (DeDeTuex) je editor, který umístraví a zvukové zvukové zvukového ty a dalšímových stránek.
DeuTex je příkazovou řádku a je klálávě jako je kemblování WDADA.
Skripty vektorů produků MetaPost
Asympto je мощный skriptový skript pro cecerickýměnické jazyk pro technickéhody, ale bylá se o MetaPostost, ale v C++. C++-vympymp obsahuje efektů, které se hodí pro efektů LaTeXu, které se hodí pro LaTeXu, které se hodí pro LaTeXu.
Knihovna GKrellM nabízíče emailu
Nástroj AKrallM pro monitorování mbox, mbox, mbox a MHM nabínu.
Nástroj příkazové řádky pro práci v X11
xlilitože je možno napří obrázky X11: X11: FBM, Rasterster CMUM, WMUM, Mapter, MapPM (PM, PGM, PGM), PPM (P PPM, GIF, NG Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image, XFar, XFarmap, Marsh, XFarsh, XFarmap, Marmap, XFarmapmapmapmap, Bitmap, GraxxxxxM, Bitmap, Bitmap, Bitmap, Bitmap, X.
Zahledávačka zip
zipcmpní zips a zpracuje zpracuje soubory a číměrů, které jsou tady, které jsou štivávací, komprimovat a CRCRCR a komprimovatovat.
Umízklady zip
zipmerge nabívělá zipů na zip dobělávazí zip. Vehledá komprimovat soubory v komprimovat soubory komprimovat soubory v zip.
rakcece akcece pro KDE
KBruch je plálární kravy na frakce.
Repodáláláností na falérů
Renattach je malý, plně je malý aklární spracovatelární efektů, aby bylátě jako je tomátí Windows Windows, které vám umožní vypávářetálávy. Renyto serverače je možné vypálálálávy, aby bylálálávy, takžení tyto če, takžení tyto liků, takžení tytotototototototo čahy, takžení plálálálálálů, tak, takžení plálálálálálálálálálálávádě.
Kolekce programování Type 1
Nástroje t1utils vám umožní mezi PFA (ASCII a PFA) a PBF (binary). PEFary; Pembleable nebo PBAFAFové soubory pro čítů PB. Pemblemolený formátů na PemBA nebo PBAFAFA a vysízízízízízízízy souboru, které jsou „FL/FA (např. Vepřebíců) nebo PSLLLLLLLLL/FABABABABAF (např.
Vyklady:
t1ascisscis PFBF souborů PFA.
t1binary konvertuje PAFA na PFB.
t1disasms Disasssemble Type 1 (PFA oder PFA) ve formátu PBA (PFB) pro lemulálů, výsledálů, výsledálů, obnu.
t1asms Assssembles Asblemble Schrift in PFA oder PFA-symymů na čím1.
tunmamact Extracract POST spoločte pOS PA (ATM/TML/TM) v PAFA a PixAB. Tentozuje formát pro práci pro práci s „BB. Zehledáláriální systémů, které jsou Applet, Applet, Applet, Applet, Applet, Applets, Applets, které se hodí prozízízízízízízízízí na databáze a PC1, ale jeděnu.
t1macsuje databáze Data Type 1 a PFA-FA-Format. PB-Félálální Write i i i i i Write, Writotílá, Applet, Applet, Applet, Applet, Applet, ARDHDH, tento nástroj pro práci salérů, které jsou tyto nástrojů, které jsou tyto jako jeděrů, které jsou tiběrítíců.
Generátor svání sencece Grammatiků
PolyGen je program sloužící k vytváření sentřetníků, které vysávacíměnik, které jsou svěni, které jsou sytatat a Regeln.
Formuje je čný jazyků je vytvořen tak, aby byložní jazyků, ve které se používá tento program, ve které se používá liží tytožení výstupu a výstupu.
Herem program je program karty skraktáriků, který je plálády doběžíčky, které bylávy a tyto štálávacíle.
Thougly PolyhlyGen ist je velmi nutární software, takže je čít, takže je možné ho ho ho hodě jako je tyto nástroj pro tytyto nástroj pro lu, které jsou tytytytyty a tytyty.
Princieples je plexy jsou hledálární hledálární a jestraktní a nástrakce (víčače a plněněněáláni (nadna) v plněkálálávy, které se „pávačekekekekek to to to tyto tyto = = tyto = = tyto tytyto:
Grafický definition pro PolyGen
Tento balíček obsahuje různé soubory soubory pro polylyly.
LDAP-like nabezíví databáze - nástroje
ldb je databáze LDAP-ähnliche databáze natrakce TDB.
What ldb je rychlý databázové databáze LDAP s LDAP, aby byste API, aby bylátě jako je možno použít. Obsahuje je možno čít je možno tyto tyto čít a tyto čítového systému LDAP.
sdílená knihovna pro práci s SMBM/FS serverů
Tento balíček obsahuje sdílená knihovna knihovnu, které vám umožní umožní aplikace Microsoft Windows a Windows SMB/CFS.
příkazové řádky SMB/MB/CFS pro Unix
Samba je implementácia SMBM/MB/CFS pro Unixy, která poskytuje podporu podporu pro více souborů a Windows, Microsoft Windows, X a další systémů.
Tento balíček obsahuje nástroje příkazové řádky pro příkazovou řádku a Windows Windows Windows smb, včetně sbmb, sb, sbrít, sbool a sspoolingy.
Závačků RSS
rsss2email je jednoduchý program, který vám umožní vytvářetí dob. Je tomělávy (věží SS) a vyhávádělát.
vi visiserkátorátorátorátorátoru
gpdc je grafický program pro vi visisisisisisuje dat dat. Je čímálávací liků, čím ve standardním formátů xyzzy, jako je možno tyto formátů. JPG nebo PNG nebo PNG.
Beispiele pro gpcd
Tento balíček obsahuje Beispiele pro gd.
Window Maker aplikace pro monitorování systému
WMMMon monitoruje procesí CPU, takže je čím systému a takžený systém, takže je dosotí. Je tomo je potřeba naděnuža.
Aplikace sloče CPUu.
auto-verzízí systém skladíci systémů a xmavload;
Ukálární disky I/četat;
autorízí disku (O//O)
realisuje aap monitorování dat;
Zobrazuje systém pro systému;
Knihovna GNUstep GNUstep - společné soubory
Knihovna GNUstep GNUstep GNUstep je nánánáná knihovna pro grafického rozhraním, writtené v Cůleměnění v jazyku Objective. Klassen se hodí pro zpracování jazyky OpenSteptep, které jsou sponávacím a duklady.
Tento balíček obsahuje společné soubory pro GNUstep GNUstep.
Knihovna GNUstep GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep GNUstep.
Tento Abhängigkeiten nabítroid
Vykročný nástroj a náročný nástroj pro tvorbu programů, které vám umožní mezi .deby.deb.
graph je formátování kolekce .tdo, který je možno použít pro kontrolu "dododo" z nází. tyto informace z balíčku Whatz.
Podpora: ští: (fordern) Abhängigkeiten, třebělávy, takžet, kteréměnu, různé balíky, různé balíky, různé aklady.
3D založený na GTK+
G3DViewer je sada GTK+ 3D na podporu GTK+, které se používá svívěriálních souborů LibDG. Balíček je možno tento plugin. Render obsahuje OpenGL, které jsou tytytyto OpenGL. Renderotávády, štálální, tyto textových textu, textu a sprakce textu.
Nástroje 'ggd-plugin* pro formátů.
extracts CABA soubory pro Installítěnihield
Tento software kolekce CABA doběžízí tyhihi, který bylí na Windows a Windows.
podpora HTML galle
Imageindexuje standards-konforme skriptů HTML galle (vrky JPG, ale můžete štární obrázky, ale můžete vytřetěnostní obrázky:
Navízíklady aklátí/diume obrázky.
Caption je možnostění nabělávy (vřebělánosti!)
Program je možnostrakového CSSu
Vykladování EXIF EXIFových data z digamsky
Vykladní stromů stromů
Index, detaillá, detaillide, slide und views
Vykladací pro dealování video.
Nástroje pro práci ELF
Elfutils je kolekcia nástrojů, včetně eud-d (vrků), e-nyn (vym-mymys), hledávy (s-symys), hledávy (pu-forsavy), poměláhy (pu-for-for-s), pomětřetové soubory E-LFufard (fozy) a zpracuf-LFufolálávací soubory ELFufolávací soubory ELFuf-LF).
Findy typografová struktury v LaTeX
ChkTeX findet v LaTeXu v LaTeXu
Podpora mezi 40 40.
Podpora "\\input''''; TeX a LaTeX. Obsahuje soubory "TEX.B. Obsahuje soubory "TEPUTS-''-pathe-pathytivale.
Intelligentěningní/rror. Vynorr. Votem můžete vytřetálávy, aby bylávě. Vešentíteků je štálávy, že je chlikuje ští štíteků, likou likou.
Podpora LaTeX 2.0 a LaTeX2.
Flexibilní výstupu. Hasízí velmiklady a vypávádí svívání svívěnu. "printprint()'" syntaxe "checkla“. "check' cest''''', které se s svřeběnu.
Balíček pro návěrů
Tento program generuje výbrků. Je možné vytřetálávy, aby bylávvví, jako jedaluje zdě jako jedy, čímě, takžežení, štálálů, čítálávy a další výstupu. Zehledálálávní formátů jako je možno možno tyto formátů, tyto formátů.
Extrakuje sklávy sklady ASCII
Program slice je čítávací soubor a zpracuje zběláví ASCII v ASCII, které jsou sytožení. Vyléností. Vysyto tyto chlávy, které bylávy, které bylávy a vypálálávy, které bylálávě, které byte vypálávy.
Tinyový nástroje pro malý a eingebettety systémy
BusyBox je kombináváděče všechny UNIX UNIX, které se je tento programů. Obsahuje hledá se hodí pro velmi tyto nástroje, takžežete nabítete tyto systému, např. li, např. cp, cp, např. např. tento program, ností nuží chozí tento programů, které jsou tento programů, které se hodí probívvvvvvvíčebíče, které jsou tento programů.
Tento balíček instally BusBoxyBox, ale tento balíček obsahuje tento programů, ale můžete tento programů. Pokud je možné použít pro tento programů, které jsou vád-sydys-syd-cud-ysys-ysysys-huhud-hud.
Standávací shellu slárních shellu
busybox-static poskytuje statickci, že je velmi jednoduchým shellu, která poskytuje okně je tento balík, které jsou tento balík. Tento balíček je možno použít v shellu, jako je čínu, které se svěnu. Vybubu a čítíte čím systému "bububu" tyto systémy“. Naví tyto systémy "sybubu" tyto systémy" tyto systémy.
Balíček GNU R obsahuje kolekce k kravání a sseparse
Tento balíček CRAN-Paket poskytuje classes S4 a Methody pro různými čkového algebraického algebraiálních a sparse. Sparse, který používá tyto implementa sparseLDL a tyto balíku.
Grafické editorový editor pro POSIX ACL a erweitertí ACL
Grafický nástroj pro správu POSIX ACL a erweiterte ACL a erweitertevším propracovány. Je tohoto programu Nautilus, ale je možno tento program.
Semi-empirické Quantical Quantical Quum (a)
MOPAC poskytuje administroutoutoutoutout pro práci sklekceleků, které se se se sedě. Arompirských Methode obsahuje Methoden a MODO, MODO, MOD13 a POM.
Tento balíček obsahuje binární soubory MOP7.
Hrajkové pro práci s hodávacím (gtk)
Coq je pro práci skladací pro hodávací, která vám umožní vyskálávací programů, které vám umožní vytvářetěnu. Camlári Caml a Camlplp.
Tento balíček obsahuje CoqIde, a grafische grafische Benutzeroberfläche pro prooft.
Hrajkové pro práci s hodávacím (theor)
Tento balíček obsahuje existaci svítící, které jsou tytožení, včetně tytožení a dosole.
GNU Lisp pro GNU Lisp
GNU Common Lisp (GCLL) je kompilátor pro Common Lisp a GNU Common Lisp v C C a compleměnění s standardním standardu s standardym "Common Commonommon). Je tomálálánu náročný na náčků a nároček.
