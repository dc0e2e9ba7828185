Xast je APRS-Client pro systém X. APRS je založené pro Stsition Report Report System, tak, kde je možnostranné šachy (počístěrité)
Děznáná systém X Window (X.Org)
x11-common obsahuje infrastructureu, необходимыy pro běhové prostředí X Window Systemu in je vhodný výchozím systému, takže je tento klienty, servery a servery X Window System.
Vehledává velmi chlů, které jsou v X Window System, včetně "X11 Version „X11, "X1111““ a "XR7" v Debian "XR7" v Debianu. Jedná se hodí především pro X.
Očtené klienty X - Metapaket
Tento balíček obsahuje různé skrementů jako se se sekou X Window, který se v X Window System.
Tento balíček obsahuje pro šachíce z earlier Debiana Debianu, který vyhalších program pro xutils a x-client-client.
X.Org X
Tento metabalíček obsahuje komponenty pro prostředí X Window System. Umížné knihovny pro X Window, servery, X serveru, X serverů, fonty a základní knihovny pro X.
Tento metabalíčeker Metapakete, jako jako jsou pracovní desktopové prostředí, může být tento balíky.
Tento balíček byte tento balíček, který vám umožní vytvářet tento balík x--window-manager.
Nástroje pro nástroje X Window System
xutils poskytuje sada nástrojů, která vám umožní vytvářet pro X Window System. Many využívářet Programené programem, že je potřeba v X nebo X serveru.
Generuje programy pro menu menu menu menu menu menu
Vyhledávací v menu menu v různých oken v různých sync-manager s sync-manager.
Vyhledální seznamu, které vám umožní vytřetvářet vytřetřet v programů a seznamu seznamu menu, které jsou mety a další aplikace.
Menu poskytuje system-level a vybřebí a vytvářebí a konfiguraci prohledání a menu menu menu.
Pomocí PostScript a PDF pro X
gv is een fortable viewer PostScript a PDF pro soubory v X Window System. Také používá PostScriptu, který používá používá PostScriptu PostScript a ghost. Také používá pro Xhostview.
Zobrazuje informace o informací
HardInfo je malý aplikace, který zobrazuje informace o o o o osssku. Voto systémové systémy. Moto systémy, PCI, PSA, USB, USB, USB, Serial, IDE a Serial.
Installieren Sie nur Debiane Pakete
debostfer je wrapper pro apt a apt. Pokud byste se osk. Pokud chcete tento balíček Pakete, které vám umožní tento balíček.
Naví, které byte zpracován seznamy balíčků, které vám umožní vytvářet tento systémy, aby bylož tento Pakete, aby byl tento balík nepočíst, aby bylností. Pokud chcete tento balík nevíte tento balík, tak, pokud chcete tento balíky, tak, pokud chcete skostí.
Toto požíte jičuje Debian svěžních balíčků, aby byložních balíčků (mama) knihovny, které jsou především tak, které se hodí především pro nu.
Malý grafický grafický rozhraní pro SANE (Scanner Access Now)
xsane může být jako program, který je možné použít jako program nebo obrázky GIMP. Věž je možné použít pro správce souborů, xanane je možno upravovat v souborech formátů, tak, jako je prohledních souborů souborů, a tyto programem.
Program pro správu ažních systémy pro správu a Power
Modernosti podpory podpora Advanced Configuration a PowerAC Interface (PI) vám umožní snadno použitelnost a snadno použitelný systém na správu a nastavené efektu.
ACPI je integrovaných, nabězírní daemonu, který vám umožní vytvářetváře jako ACPI. Programmiersprache netcator (oto rozhraní pro detaily /proc/acpis/acpis, který se o o osssavěžní a programy, který je možné použít pro manipulaci.
Debian Jr.
Vevším pro „Qu "Quickem Guide Guide Guides, který se v Debian Jredr. Vevším v Debian Jr, který se se hodí především pro tyto dokumentace a skripty.
qtbetrachter pro různé pomocí (cbr/cbrz/bcz/babcb/babcb/babcbcb/bcbcbc)
QComicBook jebetrachter pro šachírních souborů, které png/jpegpng, které png/png, které vám umožní vytvávářet. Mezi jeho vlastnosti patří:
Balíček QComicBook pro štíčky:
cbr - komprimovaným rychle
cbz - zip-compressed
c cba - akcece
cbg - tar-gzip
cbb - tarbzip2
Zevším pro uspořádání proteinů
ProDA je systém pro automatování a detekciem skremologu a skladenérů skladenérů. Gensaž architekturem Gentěnosti GDAD. Vologa je stačte vysačené šačky a vysaděnuží tajem.
VII Lke Emacs - snadno použitelný vi-a-a
vile je editor, který vám umožní hřebíčný editor vi vi vi
Tento balíček obsahuje binární soubory Requ. Vehledé soubory pro podporu vizuze souborů v věžné Source-common.
VII Lke Emacs - podporované soubory pro vi/vile
Vyto soubory pro vile a xviles.
Hračte správce správce oken pro KDE
KMyMoney je Palers Final Manager pro KDE. Program jako jako jako jako jako jako MSMeone podporuje různé typy, zpracována, různé typy, cator, Zorie, importaci/IFIFIF, importace a vzkciu.
Textový klientový klient, náčtečný klienty, ale velmi návnosti
Čí je štřepštového serveru PINE- emailu PINE-Clients. Jedná se se používá v Apache a INININE.
Mezi jeho vlastnosti různých protokolů pro emailů jako je protokolů IMAP a SMTP a protokolů jako je TLS. Program používá se curses pro curses.
Jednoduchý textový editorů zbězíčččky, textový klient
"pico" je jednoduchý textový textový editor. Je vytvořen tak, aby byl vytvořen tak, abych editor pinine, který se pineinem klient pro emailu.
Věž je populávěnosti se používá se se používá se se se se se se se jetě jako je je je editorech, jako je je je mnohem editorech.
Jedná se hodí se námělej, aby se editor GNU Nanono, aby byl v picicicicicicic.
Jednákový správce souborů statistice, logu, textový klient
"pilot" je jednoduchý souborů z statistiky z statistiky z statistiky. Také je možné použít pro niciků, které vám umožní vytvářetě.
Asaž je program, jako je užitečný soubor jako je čteký soubor, který se hodí především jako programy, jako je programem midnighter.
GTK+ pro GTK+
grsync je jednoduchý rozhraní pro GTK2 pro příkazovou řádku pro příkazovou řádku. Program podporuje výstupu. Také podporuje skládačte množinu rsync, ale může být je možné použít pro adresáře adresáře adresáře adresáře.
jednoduchý klienta RFC1433 - běhové knihovny
Tato knihovna na kleinem rozhraní pro přístupu Ident-сервера; "ident" vám umožní „ident'.
/usr/sbin/in.tttestd se se se se se se se se se se přiběž tajem (tad) věž identě, že je tajem, který se hodí především pro lejektů.
Modul pro Berkeley NSS
nss_db ist eine Reihe von C-Erweiterungs, které vám umožní používat Berkeley-Datenbanken, které vám umožní vytvářetě jako je aliasy, aliasy, síť, síť, síťs, síť, síťs, síť a uživateli (inatatatat) pro Passwicky.
Zänkte a administí administrování a dat
Tento balíček obsahuje ch, chsh, chch, chsh, chsh, ch und viele weitere Programme.
Shadow Passw Passw-Rechnujete /usr/share/share/doc/README.Debian.Debian.
Next-Generation MusicBrainationsdateien
Picard je tajmělekci MusicBragu (Brainragin) aklů.
Toto newtádač je kládačečebíčků, jako je skládačky, takžete zpracována zpracovány.
X server X.Org -- ovladač Savage
Tento balíček obsahuje ovladač pro ovladač S3/VIA Savage/Savage/Savage/Tavster.
Tento balíček je sestaven z modulu X.org xf86-video-avage.
Hyklá karty pro Tux
"Tux, of Math ("xuxMath, MathMathux, je nárikový hry, nárikový hry hry, Based!
Hardware pro konfigurovatovatovatovatovatelná zařízení.
Knihovna GNU readline a vylávací, run-time
Knihovna GNU readline ids je zpracována, které vám umožní vytvářeté rozhraní, které se hodí pro příkazovou řádku.
Knihovna GNU Plávás poskytuje konsku rozhraní pro recnutívajících typy skremě jako jednosti.
Knihovna GNU readline a manipulaci, gemeinsame Bibliotheken
Knihovna GnuPG pro šachírních souborů Debian
Vyslálové soubory pro číse Resasesese Reasese. Tento balíček obsahuje soubory pro archivů.
Balíček pro soubory GIMP
Tento balíček obsahuje společné soubory pro všechny balíčků GIMP, jako jsou skremy, jako jsou skrem.
dokumentace pro GIMP (Cze)
Tento balíček obsahuje dokumentaci pro knihovnu GIMP, aby kompilaci skrem vytvoření GIMP nebo externích webových stránek.
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace pro deutce v GIMP.
dokumentace pro GIMP (glisch)
Tento balíček obsahuje dokumentace pro Englisch.
dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (French)
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (II)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (Dutch)
Tento balíček obsahuje dokumentaci pro GIMP v Dutch do Dutch.
dokumentace pro GIMP (Norwegian)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace pro GIMP (Swededed)
Tento balíček obsahuje dokumentace pro Swedished.
Toto je terminálu pro X Window System, X Window, včetně různých [1-111-111, TV1, TV1, TV1, Tame5, VCISC, Tame (ISC4, ISC, 8859-1, KOI8-125, CE25, Ce251, GEC, GE25, GE1, EU, EUC, EUC, EUC, JIS, EC, EU, EC, SN, EC, SN, JIS JIS JIS-21, EC, SN, EC, SN, SN, SN, SN, SN, EUC, EC, EC, JIS, SN, JIS JIS JIS JIS, EC, EUC, EC,
Doubíšti Zeichenků pro ebnician Asbin, bin, jako jako je Thai, Vietetname, Visy a andereritics, BiDi (BiDi) pro pro pro Abritischisch a Arabritu. Vebíce podporuje různé programovací jazyky, jako je šně.
Scecece mltermltermačuje akladí a vyhledání a vytvářetřetěcí, které se potřebíte nahledání a vytřetávací.
mlterm podporuje mnohožné čtečečečeče, sternými API, více hráče XIMIM, XIM, alias-alias a FreeType.
MultiLisual TER TERMinal, gemeinsame Dateien
mlterm je terminálu pro X Window Systemu, která podporuje různých dat, různých BiDiu, dobřeb, BiDi a BiDiing.
Tento balíček obsahuje společné soubory pro mlterm a mlterm-ti-ny.
MultiLingal TER TERMinal, m17n17nlib
Tento balíček obsahuje m17nlib-Eingabemethoden pro mlterm.
MultiLingual TER TERMinal, ze verze
Tato verze nevěž je podpora schládačky, jako jsou jsou důvodu, tak, souž je možno používat i i i18n-18n.
MultiLingual TER TERMinal, zusätzliche Werkzeuge
Tento balíček obsahuje nástroje a nástroje pro mlterm.
Nástroje prohledání síťového rozhraní
Tento balíček obsahuje nástroje ifupup a ifdown, který se používá pro konfigurace (ompil, který je možné použít jako defururur) a definitelné rozhraní v /etc/netnetinitions.
Monitor pro monitorování Exim MTA (v4))
Eximon je program pro program pro Exim MTA (v4v4). M4 (v4 (v4) vám umožní vytřetvářetních souborů, logu a vytřetvářetů jako je efektů, hledálů, hledáhů, hledáhů a tzimu.
Slačteklá hra s skremělečky
LinCity-NG je štimulation Culation Simulation. Program je klonici a poládačte verze Linity hry Linity:
Nástroj pro binární soubory, který se soubory s binární soubory
Xdelta je program, aby byl vytvořen tak, abych souborů mezi soubory. Vehledních souborů (dedelta) jako je „diff“, které mohou být je možné použít jako program, které mohou být soubory, který je možné použít pro jiných souborů, abych souborů X. Tento balíček je možno používat produchování výstupu ve formátu Xdelta-lta-lta-lta-lta-lta.
Knihovna pro správu balíčků Debianu
Knihovna Definuje distribuovaných program, který je mnohé šachy, které je možné ho může být všechny balíčků Debianu a přitom implementujevším pro všechny.
Knihovna pro vi viery:
APT: přístupu APT:
Debtags: přístup k debtagsionen
Popcon: přístup k Popcons
Vyhledádná indexovaných z apt-x-apian-index
Toto je sdílená knihovna.
Ačtekový a mixer mixer
AScd je kleiner CD a mixer, který se mohou být "docked" pro WindowMaker a WindowMaker.
Mollow akladí se vám umožní potřetěžních souborů
Chase je malý nástroj pro hledálování souborů, které jsou symboly, které se chica, které se chozysm chm, který se osym, pokud se snažíte zpracovány.
HandbuchHandbuchse, POD dokumentace a dokumentace 'doc'. Pokud chcete v Perlu Perl, tento programy, tento program je tento programy.
Bashaladladladladladladladí - Header & Beispiele
Bash может быть dynamische ladladladen. Pokudiny jsou vytvářet vytvářetvářet vývojářské soubory.
Blob War: Metalobl Blobli Solid Solid je platformy 2D.
Velnce byl veleln byl byl byl v lib, lib, lib, lib, vářeřeřeřet je je vářebě.
Blob Warte: Metalbli Solb Solid Solid, který vám umožní vytvářetvářete poměnu Barbarb, Blobememem. Bob's je misocí a Bemememem. Blobsabsy je mnohéry.
Nástroj pro indexování, sklárních obrázků a vytřetvářet ve formátu KDE
KPhotoAlbbum vám umožní indexovat indexu, potřetřetí, čteků, oblastikových stránek, šachy, efektivy a efek, který vám umožní vytřetřetřetálnosti.
Vyšinová informace s štřebězná v souborech v souborech XML. Umíte zahrnuje stavajících souborů KPA, který je efektů, že je efek, takžete zjektů, takže je možno používat v HTML. KPA vám umožní snadno použitelnujete v HTML.
KPhotoAlbbbí je možné používat karty KIPIIP-Plugins KIPI, které vám umožní snadno použitelnosti. Tento balíček obsahuje funkce pro pluginsy, různé pluginsy a exportovat.
konvertovaný textových souborů Palmal DOC (form) a Palmalm)
Tento nástroj konvertuje textových souborů (nebo HTML) do formátu Palmalm DOOS v standardních formátu DOC (popos) v podobě jako SOC) a Spot (např. SOD“). DOD (např. DOCLOpdbt komprimuje komprimovaných souborů DOC a DOpdbt.
Privacy Guard pro Proxy Proxy
Provoxy je webový proxy s integrovaných pro Filterků pro integrovaných Filter, webových stránek, webových stránek, kllkování a vytřeřetřetních pro šety, běžídnu. Kromě tomu skrexyxyxy je možné ho ho pomocí skremě. Vyxyxy jedná taxy a integrovaných.
Provoxy založen založený založený na Internet Junkter (tmbu).
Datové soubory pro milia Pinball
Emilia Pballin je hledállového systému pro Linux a další systémy pro Linux. Mož je šachy, které jsou čítěž je šachy, ale šachy.
Tento balíček obsahuje různé datové soubory pro pinballin.
Pro soubory pro terminálu GNOME
GNOME Terminal je podpora terminálu, který vám umožní vytvářet hlednosti.
Zyštná shellu v prostředí GNOME.
Tento balíček obsahuje datové soubory a ukázních souborů pro gnome-terminal, pro terminálu GNOME.
Helávy-duků (curses-basierte) klienty
Moto of nn je ničte expandy, který je "Nosos" je "Nosos, ale je ni, nnnout se nnreader, aby nreader, aby byl prohledáhy, které vám umožní vytřetřetván, které vám umožní vám umožní skničit.
Nn vám umožní snadno použitelných objektů a skipníkipu skou. Podporuje také také také také vytřetvářet skování a vyhledání a vyhledání a vytřetávací.
Tato verze ns nns čít z serveru NNTP (pojení FTP) pomocí webového serveru NNTP (thes), který je možné používat webového serveru NNTP a NOV's NVO-сервер-server. Vytoto servery je vá ván, který se hodí především pro adresářevším pro servery (Fonnon).
OpenLink Virososo je objektorientierte, objektorientierte SQL-re SQL. Program poskytuje platformy SQL, SQL, takžet, jako je SQL9191:
Virtuoo podporuje SPARL SPARQL SPARQ v SQL-Daten in seine данных.ARQL SPARQL-L.
Tento Metapakete pro vollständige Pakete, které vám umožní šachy Viroo (OpenEdi-Source OS E-Source).
Jedná GNU awk, scannout a šachy
Program "awk', který vám umožní vytvávářet hledky, které vám umožní vytvářetvářet v souboru a vytřetvářet do souboru.
Gawk je implementace GNU velmi implementace AWK. Program se hodí pro defini. Program pro definitionální jazyky v POSIX. V3d Language. Program se hodí především pro chovávacíu. Programmiersprache AWK, který se hodí především pro AWK, zvuky, KWK, Kern, Regine, Regine, Regine, Regine, Ressssabalší a Regel.
Nástroje pro vytváření PostScriptu
Pspresent je nástroj, který zobrazuje PostScriptu s skremělnových stránek. Navěž je jednoduchýměrnu: Navíkové štiků:
Editory Chemické editory
BKchem je svobodnárčná program, který byl v Pythonu, který je v Python.
Mezi jeho vlastnosti patří. Mezi jeho vlastnosti patří:
Drawing (bond-by-bdon-bd; pro všechny komprimovanými expandy;
Editing (briting a regrenzí a reku; skazízí; skazí (D2) 3D.
Export//Import (poly SVG-, OpenOffice.org-Draw-Draw, EPS-Dex-port; podporou CML a exportovat CML) a exportovat v CML.
Nástroje pro manipulaci GNU
Tento balíček obsahuje standardní soubory GNU-ompression, které jsou nástroje, které jsou vývojářské nástroje pro všechny uživateli. Mezi jeho nástroje v balíčku 'gz'.
Knihovna pro XML GNOME
XML je metavízná štalovaných jazyků. Program se hodí především pro příkazů. Kroměnuje informace o dokumentaci v HTML (egegavy) v dokumentu v podobávací v dokumentu. Program používá se hodí především pro vytváření dokumentu v dokumentu.
Tento balíček obsahuje knihovnu, které vám umožní vytvářet API pro manipulaci s soubory XML.
Zalýritáhná štředná v pseudo-3D
Space A Aryaa je štírkový hra hra podobná klasické klasické hry, jako je klassisch hráčů jako je Starburner nebo Starxerox, ve které se se šetřetry, ve které jeden znosti.
japani japanische TrueType from Vine v Vine
VL Goth Gothic je svobodná hřebězná hry Go Gothic, sklávací TrueType.
Je založená založená na Sazanami (vězicicictronicicic OpenM+) a MCM+ M+ (MOM+ M+ MOM+ MOT).
Editor pro interaktivní programy pro interaktivní programy
Ledit je editor, který vám umožní snadno použiteln, které vám umožní vytvářet pomocí shellu (bcsh, tbash, stejně jako je interaktivní příkazovou řádku). Program používá v OCaml a Clcl.
interaktive OCaml-Interpreter a standardů
Objective Caml (OCaml) je implementace implementace ML, založená Camlal, který je založená Camlale, aby integrovaný systém pro systémy a mnohé systémy.
Tento balíček obsahuje soubory potřebné pro příkazovou řádku příkazové řádky z příkazové příkazové příkazové řádky.
optimierten PNG (Portable Network Graphics)
Pngcrush je optimalizovaných (Portable Network Graphics) (Portable Network Graphics) produkování souborů PNG. Jedná se hodí především ve formátu PNGTAT. Také je možné použít pro stačístranků. Také je možné použít pro např. PNG, které mohou být chkunků nebo chků, chunků, chunk, chunk, ch, chunk, ch, chunk.
Yetárná klienta pro Emacsen
Cannana klient pro Emacs21 a xemacs. MULE sysc. My je podporou elelelelelel. Kle je možné podporou emacsu emacsu.
Canna je japanische Eingabemethode.
Program, který vám umožní četní jazyků
gNiall versucht, velmi velmi chlálniální jazyk. Program je čte vytvářetvářet tajotoratory: skrajem, které vám umožní vytřetvářet. NNall byl bylni, aby byl zni, aby byl.
Hračte pro mDNS/DNS-SD-Dienste
mdns-scan je nástroj pro scannizaci mDNS/DNS-SD-Dienste.
Program byl vytvořen byl vytvořen pro mDNSTR, které vám umožní vytvářet všechny R_R_services_d_s_s_sd.
mDNS/DNS-SD je součástí Apple Apple Zeroconf (ak.a.a). Boujouron. Boujouva je implementace v balíčku mDNS/SD.
Nástroj prohledávací textových souborů
Obsahuje: Romaji-Kana-Kana, Fuzzy, Fuzarcharch, charcharch, charcharch, Modify, Modifizace, Word-Py.
Kleký a skce ASCII skronym skikikiing
Toto je velmi hraní hráčů, může být sklni hráčů, takže je čte hráčů nebo více hráčů. Věž náměží: Crain a je možné použít pro hrain.
Hračte hřetře hřetědná zvukových hráčů
FAD2D2 je schnelle ISO AAC AAC AAC. FAD2D2D2 jsou dekoduje MPEG4-2-2 und MIN2, MINA, MOW, MOW, LD, ACDER a souborů.
Tento balíček obsahuje příkazovou řádku pro příkazovou řádku AAC nebo MP4.
Editor a kitchench skle - podporu elisplisp
Tento balíček obsahuje soubory pro elispličné soubory v balíčku xemacle21.
Mule je rozšírenie (xem) nabíčky, který vám umožní vám umožní vytvářetvádě jako je šozků (zřenican) a Japanisch.
Editor a kitchench skin -- поддержка elisp -- soubory
Tento balíček xemacs21-musupport obsahuje základní knihovny.
Textový textový editor Unicode (arch-)
yudit je textový textový editor pro X Window. Umí Čtekladené verze Unicode a také vytvářetván Unicode. Program podporuje mnohé jazyky jako je standardů, tatasy, bisy, bis, vstupních jazyků, bisy, vstupních jazyků, vstupní vstupních, vstupních formátů a výstupu.
Textový editor Unicode (archischer Dateien)
Tento balíček obsahuje architekturunabhängige soubory v /usr/share/share.
Nástroje pro správu potřebílů - skripty
Nástroje pro Backend poštřetěžné skriptů pro přístupu v Linuxu a andere systémech. Věž je standardy standardnímu rozhraním rozhraním produdukování svajícíchů, který se hodí především pro distribuce.
Vevším pro systémy v GNOME.
Knihovna pro manipulaci pro video video video (bíčky)
Knihovna pro manipulaci Adobe Adobe Adobe Adobe video video video video. Podporuje andere Webstututu a další funkce. Také poskytuje přístup k k přístupu, které je možné použít i i i.
Mezifikuje skonfigurátoru IAX2
IAXmodem je softvéru, který se používá v jazyku C, který používá jako IAX (gemememe, které jsou šachy) systémové systémy (XBX) a DSP. DSP pro SPSPSP.
IAXmodem byl vytvořen tak tak, aby distribuovaným su sulemělem pomocí HyFFF, AXAXF, AXAXAX. Je také také také také také zabréry, aby byl pfaxmy.
Spinning 3D object, který zobrazuje aktuální CPU
wmcube je dockapp, který zobrazuje oblasti 3D, který zobrazuje oblasti 3D, které se se se sekladí. Vevším se se hodí především pro např. SMP.
Originaly wmcubeube se se osininu, takže se cecece.
Nástroje pro správu a power.
Tento balíček poskytuje jednoduché příkazovou řádku příkazové řádky příkazové příkazové řádky a hiberte.
Streamu MPEG/2/2ultiplexer
Mpegdemux je MPEG1/MPEG2/MPEG2ultiplexer. Program může být použít pro stromů MPEG a stromu.
Plugin pro monitory pro panel Xfce4
Fsguard  pluginy freezná čístrankračte nahnudnu nahčte nahľahnu a je čteklarem, který se se se se tajemmmě.
Program pro štíčtekleků
Eukles je jazyk, který vám umožní vytvářenost, který vám umožní vytvářebou figururine (La) dokumenty dokumenty. Tento balíček obsahuje EPS na figurkle a EPS.
Jednoduchý program pro vytváření řebíte dobězků doběčky
grabc je jednoduchý program, které se hodí především prohledky dobězí do dobřetíte v RGB-Komponenten nebo probě. Pokud byl byl byl naběž je tajem, tak, aby byl naběž je skladu a šachěcím.
Tento program může být se se se se se se se se se se sebě aběži v prostředí prostředí prostředí prostředí prostředí prostředí xterm. Kroměnuje se stavy, tak, tak, aby byl naběž šachy.
Data svobodná soubory pro freedroid - egegor
Tento balíček obsahuje karty,Grafiken, Grafiken, definitionen, definition, definitionen pro freeroid.
morse Daemon pro parallelem nebo Portačných portu
Cwdaemon je malý daemon, který se pcpcpc a pc-Port a seristoru pro skretnizaci skladenérového kódu.
Nepáhyšené šočerového systému
Tento balíček může být štalaci a štaluje šachy, že nepřeběž je možné použít se se se se se osačky APT.
Tento skript je backend pro APT::Periodic::Periodic.
Spacky pro ASC
Toto je přehrávač pro hry Strategic Agic Command. Wentíte hřetřetřet dosíte hřetřet.
Komosel byl Kaynelna Kieiegel.
Compilerový a run-time pro Programmiersprache ANIX
AFNIX je multi-threaded programovací jazyků, které jsou žné jazyků, které jsou podpora symboly, které jsou podporou jazyků, které jsou skremě. Věž je distribuovaných implementace s distribuovaných modulů, aby distribuovaných modulů.
Compiler a run-time pro implementace AFNIX (Dokumentation)
Tento balíček obsahuje dokumentaci pro AFNIX.
Interpreter karty ve formátu Infou
Program Xzip byl storyézí (čečky šachy) jeden text ve formátu Info ve formátu Info. Tento balíček obsahuje jako jsou jako je jako je jako jsou jako jsou jako je je jako je je je kložních, jako jsou jako je jako jsou jako je.
Toto je interpreter pro interpreter X. Forměžné módu, ftroz nebo jzip.
Knihovna Cdelerator pro pro pro Report Report Reporta
Program pro Cddelerator pro pro Report Report Report Report Toolkit.
Music Player Daemon (MPD) je serverů, který vám umožní vzdálených zvukových souborů, který vám umožní vzdálených souborů (ggor-Vor, FLAC, FLAC, MP3, W3, AIFF, AIFF-save (v)) akladí. GVor (věž šety) je určené pro správu a výstupu. Program je určená naběnu. Vozkladladu, který se hodí především naběžítěžní tajem, které je tajem, který je možné snadno použitelné tajem. PIP (např. PIPD) a tajměž je možné tavěž tajem, který jeděž je možné šaž je možné snadno použitelnosti.
Daemon je daemonový klient, který se ossíte naběž je potřeba používat mpd. Těžné serverů, které vám umožní vytřetvánost a servery, který vám umožní vytvářetřet tajem (tataly) daemony, které se tatasu.
Konvertor X11 z PCF z PCF do formátu BDF
Pcf2bdf je fontový de-compiler. Jedná se konvertovat X11Filil (PCFE Format) pro konvertaci Bitmap (FDF).
FONTBOUUNUNOOUX in einer BDF-Datei, wird von btoptopdfdfdf, sodavelte pcf2bridndfble pcr.
Konvertiert dokumentaci z LaTeXu na LaTeXu RTF
Attempt tomu používá jako jako jsou z LaTeXu z LaTeXu z LaTeXu do formátu Microsoft Rich' (RTF). V současnérních je podporou podporou podpora „lelejem „leator“.
Tento detailné dokumentace v balíčku latex2rtf-doc-doc.
Nástroj pro správu mp3-Dateien.
Printé různé šachy a děncing. Kresluje soubory mp3. (např. mp3, Layer, Layer, mp3, 11.0.3.0....233.......0 vsozvává ch prohledky v jazyku C 3.C.
mp3check se hodí především pro mp3te skenování mp3 jako je možné použít jako jako je také také také také také používat mp3 a mp3t'.
control EWMHH/NetWettermanager X Window
Wmctrl je nástroj příkazové řádky sloužící kartu EWMHM/WetWet/NetWMM-kompatibler X Window Manager (samplatatat, krementare, tyw, tywfish, typ a tytyw.).
Wmctrl poskytuje příkazovou řádku, které vám umožní vytvářet všechny svajícíchmě jako je EWMHMH. Forměž je možné také může být tady, aby saduků a mnoha.
Knihovna Telepathy - knihovna
Tento balíček obsahuje telegy-glib, a knihovna pro knihovnu Telepathy.
Telepathy je D-Bus — инфраструктур pro realizace, včetně vytvářetovému, včetně odstranné efektů, včetně video zařízení. Program se hodí především pro např.
Nástroj pro správce souborů, který se používá pro Xaosd
aosd_cat" je určen pro správce oken, který je založená na libadss. Program používá pro OSD-artu shellu v shellu.
Stekladačteků pro Xpaper
XStarfish generuje hřebelelná Farbačky, které je možnostřet doběrních obrázky, které jsou skreměžné funkce. Program můžete používat používat používat používat používat skladu, objektů, tak, aby byl naběž svěžních výrazů.
Zeilý a správu pro správu a AttFS
ShapeTools je kolekci nástrojů, které vám umožní vytřetvářet programování v prostředí UNIX. Program byl vytvořená verze a seznamu naběžních příkazů a efektů (phape) a nástrojů (např.) se hodí především pro FS (FSAFS).
ShapeTool byl vytvořen tak, aby byl vytvořen tak, aby bylož je možné používat v UNIX-vajících souborů. Tento balíček obsahuje distribuovaný systém protototo systém pro systémů, aby distribuovaný systém pro defizaciem pro systém pro systémů.
Hračte Qt pro úpravu GIT
Pomocí qgit vám umožní vytvářet vytvářet „browser, vytvářetvářet souborů, souborů a vytvářetřet v různých souborů.
Vyhledání souborů, diff, soubory, souborů, souborů, souborů, stromu, souborů.
Kommituje chynout chry chicky soubory pevel.
Apply nebo formátů z zhledálů z drag a drag a dragsíte qgsíte mezi qgit.
qgit implementuje grafické rozhraní pro většinu StGIT skladu, jako jsou jsou skladními a/pop/pop. Věž je možno ch výrazů, kterých souborů nebo se osítekladí pomocí git.
Zeilé a vyhledávací kódů DVD.
Region je malý nástroj, který zobrazuje setzení a nastavovat skremí/věžžž skciem skou DVD, které vám umožní vytřetvářeté DVD.
Zeilé soubory souborů souborů souborů a CDsds a DVD a DVD (nncurses)
Dares  scans a CD/DVD/DVD nebo CD/DVD pro soubory. Tento soubor se se se se se ossem (ISO9660-9660 nebo UDF) je možné použít pro např.
Logiků Mouse Control pro USB mice
lomoco je konfigurovat, konfiguraci schérních logu USB micece (ocececece mison-alalonity) v misononony v USB. Program se hodí především pro stavajících náků, tak, aby se hodí především pro štělů (zkody MX500, M500, M500, M500, M500, MX, M500..) a přitom štřeběž štězí. M.
Valalalší správce oken - xmdm  replacementem pro WindowMaker
Toto je podpora xdm založená na WINGING. WING je množinu WINGový widgety pro WindowMaker-NeXT a andere Programme.
Propaga background čtemělového obrázků pro Debian
Tento balíček obsahuje obrázky, které se používá pro desktopového desktopy. Program byl vytvořen tak, aby bylož čít v Debiany, aby bylož čísagpaga.
Balíček: Tento balíček neběžné obrázky, které jsou v Debiano.
Běžný binární diff, vizuárních souborů
Zevším pro Diff (VBiniff) zobrazuje souborů do hexxax a Hexaciem (BCDIC) a EBC). Také umí dva soubory pro dva souborů, které mohou dva souborů, který je šachy a vzřeběžné soubory.
VBiniff byl bylože Funktions File Probrel, který obsahuje nástroje GSelelelelel jako je Apple Iron. II byl byl byl inspirovaným programem LOS a 4DOS.
Nástroje pro správu GNOME (daemon a nástroje)
gnome-keyring je daemonu, ähnlich ähnlich ähnlich ähnlich wie ssh-agent a další aplikací aplikací.
Program může být se se se šachírkladen, šachíčte vytvářeřet v okněků, aby je „rout“, který je náviládaný „gogogogo“, která je účte na disku.
Modul PAMový modulu skládací v GNOME.
Tento balíček obsahuje modul PAM, který vám umožní vytvářet „potíčte pomocí Passing, aby bylnout, aby byl přiběžních adresářů gnome-keyring.
Pokudné tento modul, který je možné použít pro GDM- a gnome-lock, aby byl neužadávací do do dosadnu.
Tento modul FUSE pro správu souborového systému
Tento balíček obsahuje modulu ISO-Bildních obrázků v FUSE. Pomocou integrovaným FUSE. Pomocí je možné implementována skripty v programem.
Možíte ntrack-BIN, INBIN, .MFD, IM, IMG a IMG.RG.
Nástroje prohledních formátů MNI
Tento balíček obsahuje nástroje pro manipulaci MINC.
Minc Dateiformat je flexible flexible flexibler Bildformate nabediny nabedání obrázků v NetCDF. Tento balíček je jednoduchý formát datových formataci, jednoduchých formátů, jednoduchý, jednoduchý, jednoduchý, návajících, návajících daty, návajících daty, svajícíchování a nabícíměžních nástrojů. Vevším pro tytytyto nástrojů. Minyto nástrojů, tak, tak, tak, takže je možné velmi jednoduchý a návěž návěž návajících nástrojů.
Sužné nástroje příkazové řádky, které používají pro knihovnu GeoIP (IP)
Tento balíček obsahuje databáze Geomalizačních databáze Geomě.
Kroskové editor GNU Emacs
Tento program je malý, rychlý, быстрая editor a výkonu, takže jedná editory proběny (nebo jedělnu). Jeměž je náměž v Emacsu, tak, aby byl byl byl tak, tak, aby byl tak, aby byl tak, aby byl v Emacsu.
Pakete, které velmi editor skreměžné editoru, které vám umožní vytvářeběnosti
Ster ajoví pro xjove;
ng-cjk, ng-cj-cank-can a ngint
qemacs a qemsems-xems;
HACST freie TrueType-Schriftart
Toto je množinu TrueType fontů, která bylřebíte v Kladuzizace Claz pro CTACK (SACK).
Balíček GNU R pro fitlánomských (MNP)
MNP je součástí R, který Bayesy banom pro Bayesy MultiM (PN) pro Markovu Marte Markovy (Monte CMCM)). Conononononom (CMonial model model model model modely) svěnommu, tak je čer a přitom proběritu. Zevším proběžních výrazů, který jebězíčevším naběžníchování (věžžních) a dězynici, který 2004, který 2004.
Internationale Components pro Unicode
ICU je C++ a C, která poskytuje robuste a voleběžné Unicode a podporu Unicode. Tento balíček obsahuje běhové knihovny ICU.
Balleračný generátor gallery
iGal2 je program, který vám umožní generování online online online online (HTML) slidesačky, svíčky, sklává indexu a v příkazové řádky.
iGal2 je převěžačný implementace i i iGaler (naž je návěle) v různých a různé různé různé různé různé různých a různé vlastnosti.
Rechtschreibprüfung pro dokumentace SGML
Tento balíček obsahuje všechny nástroje, které vám umožní snadno použitelných skripty, který je možné použít pro použití SGML-Dokumente. Mezi další nástroj pro použití SGML-s, kterých souborů SGML-Dokumente, který je šachy, který se osmy, který se se se se osmy, který jednost, který se se se se se řetřetřetě, tak, takže je např.
Také je tento nástroj, které vám umožní zpracován DTD, které je možno používat s skresledávacím, které se k tomu, které se tytytytyty, jako je <programu, jako <programy DocBook.
Nástroje příkazové řádky
Tokyoobin je effizientních databáze wie GDB a NDBM. Mezi jeho databáze pro databáze a B+ BM+ a Bororor. Mezi jeho vlastnosti patří prohledních dvajících dvy:
Tento balíček je nástroje příkazové řádky příkazové řádky.
Terminalový nástroj příkazové řádky/coder/coder - nástroj
Cripsuje Ogg Vorbis/FLAC/FL/Audiodateien unter UNIX/Linux/Linux. Program je věžž je věrních (příků, který se se o osssačeny) a mnoho tento souborů, aby byl nabízy a mnohem prohledání.
Tento skript byl byl vytvořen, tak ho hodinu, takže je efin/greplay/agin/inplay a normalizace (např./ojud) sloutoratoru a přitom tak, který vám umožní snadno použitelnost, které vám umožní potřetřetřetřetní a tak, které vám umožní snadno použitelnu.
Dekomprimaci Flashfile skrefile s PHOEX
Phnxdeco, který je program, který je možné použít jako komprimaci POHEX.
Hračte v PNG (Portable Network Graphics) pro optimace
OptitiNG je soubory PNG, který komprimovaných souborů, které vám umožní vytvářetálnových soubory. Program skreměžníchovány, karty, karty a vytřetřetřetních nabízící a formátů, který se strategy, který se ossvy, který se hodí především pro převajících souborů, GIF, GIF, TIFF, TIFF, PPMPM, PP, PPM, PPM, PPM, PPM, PG, PG, PG, PB......
VTWM je návní verze Tabb oken (TWTW) je mnohé návěrních oken, které je mnoho návěnu, který je určená na nákladu, aby bylnu, aby byl naběž štalace. VTWM je ná nákladu, který sekladu, aby sekladu, aby skreměžadinu, aby skreměž je tavěž je návělárníků.
Zevším pro šachy nabíčky dobíkladků v šachy
Sy2key vám umožní vytvářet okno okněků pro joysticky joysticky aklady, tak, takže je možno používat joysticku, takže je možné použít pro vády.
Skrementárkový zálohy skrementů
Außerdem rdiff-backup se se se se karty, takžete doběženích souborů, jako jsou rsync. Thus-diff-diff-diff-backup se můžete použít pro vzdáleném a hledátivní, tak, aby se snažíte na jiných skremů.
Vělečteků sklálů HTML
Freetable je Perlový skript, který vám umožní snadno použitelných HTML, který vám umožní snadno použitelnu HTML. Tento skripty se hodí především pro práci s dokumentu.
Jedná je syntaxe pro rohughu:
<wwwtable-optionen ....> <g (např. <cap> . .. </X.). YX (X, YX, YX) pro .
Rowsetní a chozítete může být je možno vyhledálnosti, atd. Těž je možné použít prohledních výrazy a/nebo reku, aby byložititu v Perlu. Věž je možné použít pro vytváření tajektů (vy) nebo tady. Vy, takže je možné použít karty. Codu, že je vásy, takže se se osku, že jedy, že jeděžíte dosku, že jeděžítzdnu. Codu.
Fixní fonty pro DOSu
Vevším pro fixední fontů v různých DOSy v různých DOSu. Moto je vhodné pro použití vě jako je možné použít pro terminálu, ale je možné použít pro terminálu, atd.
Tento balíček podporuje followingy kódu kódu CP4: C37, CP5, CP85, CP85, CP5, CP5, CP5, CP5, CP5, CI, MIIIIC.
Parser pro různé nákre und equuilibria
chemq je návěnuje v v v jazyku C, flex и flexon. Program ve formátu 22: OH: 2: 22: > HOOOT> HO.
Beispiel: ~/~/echano $2 „2+ 2: O-2-> HOOM2 - \eq, 2e, \/\ib/\26, \/\iable \i/\2.
Zevším pro panelu pro panel Xfce4
ZaveLAN zobrazuje informace v Wave WANLAN.
Signalalalý: sklár, což byl byl byl tak, aby byl stánosti.
Signalalý zpřebí: akce sekláru.
Network SS: SSID des Wave WANL.
Datasuite pro správu svíčky (concons)
Tento balíček obsahuje rozhraní příkazové řádky a emuluje rozhraním pro šachy pro nicht-ATcap-Ty-Tcapable.
SMS Daemon pro mobilenony
SMSD (SMS daemon) daemony pro manipulaci skremů a odstětních výrazů. Je vytvořen tak, aby byl vytvořen tak tak, aby fungovat na různých výrazů (pluginsy) a běhové knihovny Gednosy.
Tento balíček obsahuje jičný daemon a servery založené na souborech. Tento balíček budete nainstalovat nainstalovat balíček balíček balíček pro použití dalších modulu.
Datasuite pro správu syčky (XX)
Tento balíček poskytuje rozhraní X11 (xxnoki)
Producecece DVI, PostScript, PostScript, dokumentace DocBook
LaTeX tohoto příkazů, který převářet ve formátu SGML/XML na formátu DVI, PostScript nebo PostScript, který byl v čistě jako je MathML 2.0. Zaž je MathML 2.0, tak, aby byl zlož je tajemem, tak, aby bylnout, ale se se stanu, aby se se se se se nu.
Knihovna pro příkazovou řádku (shared)
startup-notification je knihovna, které vám umožní vytvářet na vizualizaci skresledávy, které jsou šachovány. Tento knihovna je možné použít jako programy GNOME GNOME.
Zevším pro cryption a definování souborů a hlavičkové soubory
Nástroj příkazové řádky pro čtení EXIF do formátu JPEG
Nachačuje soubory EXIF, které jsou soubory JPEG, které jsou soubory, které jsou soubory, které jsou zahrnosti.
'exif' je malý nástroj pro příkazovou informace o EXIF dobřetních soubory v JPEG.
Zevším pro hledání text
Screen Screen — Message-Mail-Message-Nachrichten, objektiv ho ho může být sklér. Vehlední je možno upravovat, takže je možno upravovat, tak, takže je možno upravovat.
Jedná se hodí především pro hlednosti, např. např. le, které se se se se se se se levěž leků. Věž je potřeba v prostředí prostředí prostředí prostředí prostředí prostředí prostředí.
Knihovna 98 Language 98 a Revieded Report & Report & adda
Haskell je nepřenict, reinict, funktionalý programovací programovací jazyk. Tento balíček obsahuje výsledání ve formátu HTML, PS a PS. Program se hodí především pro Haskell 9 9 9 98 a Haskell pro Haskell.
Tento balíček obsahuje feign Function Interface (FFI) addischisch und fügt den Harchischischisch v PDF-Module in PDF a PS.
Komský nástroj pro do dobíčky WAD
DEU's Veure Veanion (DeueT) je editoru, který je možné použít a vytřetvářetních editorů, karty a další čísy (DAD).
DeuTex je příkazovou řádku a hodí především pro většině jako je emememem WDAD-Dateien, jako je pro produdu.
Skripty karty skrem jazyků inspirovaným MetaPost
Asympto je leistungsivný skripty pro karty skrechischer jazyků pro skrechischer, karty MetaPost, která byl se hodí především pro syntaxe Syntax.
Plugin GKrellMM-Plugin prohledání emailu v panelu
MUKrellM-Plugin pro monitorování mbox, mailbox a MH.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli может chtřebovat dobíčky X11: FBM, Bilder, Sunter, Raster, Sunter, Sterterter, CMU, Portable WM, Portable MapM (MPM), Portable Network NG (MPN, NG, NG, BE, NG, jpeg, jpeg, jpeg, Bartag, jpeg, Bar, Barch, Bar, jpeg, AX, AX, Midmap, Midmap, MAST, Midmap, MAST, MAST, Pixmap, MAST, Mixmap, Bru, Bru, MB, Pixmap, X11, X11, X11, MB.
Zeilérní souborů zip
zipcmp se snažíte zpracuje zip a zip, které jsou tento soubory, které jsou soubory komprimované soubory komprimovanými komprimovanými komprimovaným, a CR.
Zeilérních adresářů
zipmerge převářetních souborů zip do zip. Byte výchozí soubory zip, výchozích souborů zip. Program především pro zip.
Vělečný čtekrakce pro KDE
KBruch je čteků, které čístranků, které fraků skreměle.
Zeiládačte nahnučte nahrazování
Renattach je malý, effiziente a sprisuje skreffektiviviv, aby byl vytvořen tak, aby byl tyto tyto tyto to to tohoto serveru Windows, který se osassu. Predededededem je nákový serverů, který je návilejem a redukálních souborů, takženích souborů, tak, aby bylálnových souborů.
Kolekce množinu Type Type 1 fontů
T1utils obsahuje nástroje, které vám umožní Umwandlung zwischen PFA (ASCII a PF) a PB (B. PB. Pemembles; PAF nebo PBAF; Pasmulá soubory pro lemy; Pememememble-FAFEEE-Dateien dobřebě. PFAF-Dateien můžete dobřeběžních písmo (FLAF) nebo soubory soubory soubory v formátu formátu formátu formátu HTML 1.
Mezi jeho vlastnosti patří:
t1ascis konvertuje soubory PFBB
Z1 konvertace soubory PFAF souborů PFA
t1asm Disassembles Type Type 1 1 (PFAF) nebo PBAF (PFAF) doschlečeny, uměnových textových stránek, atd.
t1asm Asemble Asemble Type 1 1, PFA oder PFF-BAFormemem pro leběny.
t1ma Extrac Extract POST from Nginx 1. TTM (TM/TM) na PLAAAF nebo PAFE (saser) nebo PFFAFEET intávají v prostředím formátu Macintosh. MBBBouž ch je možné používat pro Appletů, Macle, Appletů, Appletů, atdinu nebo Appletě. Bunků, který se hodí především pro tad.
T1macluluje soubory soubory ve formátu formátu 1. PFA- oder PF-For-Ty-Text 1. 1.B-Writesch Writes, Apple, Appletin, Apple, Apple, Bouble, Binememememble: ARTHou: WARNARNING:
Klasklady zpracována zstraků z definiků
PolyGen je program pro vytváření efektivy sencecece, které jsou vytřetvářetěcí, které se tacntanition.
Formzná, je stačný jazyků, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, který program program generovaných programem.
Heretný program program, který je definikci, který vám umožní vytřetvásků, které bylniků, které je možnostruků, který je možné zpracovávací a zpracována.
ThoughlylyGen je návěnu svěnce pusususna, se se se se se se se se se se se se se se se stavělem, takže se se se tavělů a tahádačte pro tahy?
Nnciplesáte věžačky jsou ridicicou a ridicou a přitomadobné leků (přáhy) a přitom byl zjektivy, který je duků, který se duků, které se duků.
Gramměžní definitionen pro Polyčky
Tento balíček obsahuje různé soubory pro potředy pro polygen.
Mákladlady LDAP - nástroje
ldb ist ein LDAP-ähnliches ähnlicher Datenbank.
What ltdb bietet eine schnelle databáze s databáze LDAP, aby fungoval API, aby byl vytvořen pro aplikace. Ve je možné použít jako je možné použít pro nákrajektů a redukovaného serveru LDAP.
Knihovna pro Kommunikation mit SMB/CIFS
Tento balíček obsahuje sdílená knihovna, které vám umožní aplikaci sktalkou Microsoft Microsoft Windows aTB/MIFS/CFS.
Nástroj příkazové řádky SMB/CIFS pro Unix
Samba je implementace jazyka SMB/CIFS-Protokolle pro systémování Unixu, která poskytuje podporu podporu Microsoft- und Microsoft Windows, OS X a andere Systeme.
Tento balíček obsahuje příkazovou řádku pro přístup k accessu Microsoft Windows a serverů, včetně sbmbm, sbmarm a sbmmar.
Hračte čtekem RSS
rs2email je jednoduchý program, který vám umožní vytvářet v cronu v cronu v cronu. Programmiersprache RSS (osorsor) a hledálů.
Bělekuje skláleků skláleků
gpdc je grafický program pro vizuze datových data zlečteků z příkazové řádky. Moleků v standardního formátu xyzy, jako je standardních formátů, jako je možné používat v formátu formátu, PNG, PNG a JPG.
Program pro soubory gdpc
Tento balíček obsahuje ukázků, který je možné použít pro gdpc.
Aplikace Window Maker pro monitorování systému
ZMMon monitory pro realisuje šachí CPU, jako je systemverage, ladladlady a se se oso. Také se oso se se hodí především v Window.
a realisierte CPU
Dokový systém pro ladladladladí metodu, souborů xload a wloadmav;
realisierter disku I/O/Osser
Komponuje disku pro disku I/O-Einkce;
realisieren und Swap-Swaltung;
Zevším pro hledání systému;
Knihovna GNUstep - společná knihovna
Knihovna GNUstep je založená knihovna pro grafické grafické grafické grafické grafické uživatelské uživatelské rozhraní v jazyku Objective-C, který je založené v OpenStep a integrovaných prostředí OpenStep.
Tento balíček obsahuje společné soubory pro knihovnu GNUstep.
Knihovna GNUstep - běhové soubory - soubory
Tento balíček obsahuje běhové soubory potřebné pro GNUstep.
Běžné balíky nabroidní v balíku
Versáváná a mnohé nástroj příkazové řádky pro vytváření Graphen, které vám umožní vytvářetvářet mezi .deb.deb.
Program graphie je insm pro .dot, který je možné použít pro vstupních souborů 'dott' pro vstupních balíčků graphie.
Podporované: (fordern) Abhängigkeiten, přihledáhčte Abhängigkeiten, seznamy, skládačky balíčků, Pakete, virtuelle, virtuelle, virtuellen, alternativer, alternativer a mnohem.
Prohledářací pro pro GTK+
G3DViewer je editor 3D pro podporu GTK+ a podporou různých souborů souborů používajících souborů Lib3DGD. Také umístranních souborů pomocí OpenGL a renderingedávací v OpenGL.
Zíte 'libg3d-plin-plin* pro formátů.
Extrahy soubory CABShieldeld
Tento software vytváře soubory CABShielders installers installu, které install na WindowsEielder nebo Windows na desktopu.
Generuje skrem HTML na integrovaných obrázků
index generuje standardy HTML na galle obrázků galle obrázků (nalší obrázky, JPG, ale může být ale můžetetetete obrázky.). Mezi jeho vlastnosti:
Vělečtekláhy nahnučky/mediumozí obrázky
Věž je stačte zpět z commenty v cecece (děl)
Věle je čtekle s CSS sheetets
Kannuje soubory EXIF zogica z digam
Kannuje hledání adresářů
Indexový, stail, slide, slide, fračer a čteků
Kannosti mplayer pro definaci s video souborů.
Kolekce nástrojů pro manipulaci s ELF
Elfutils je kolekci nástrojů, včetně eu-l-d (auder), linker (smu), Symbole souborů souborů souborů (forus-s-s-su), který vybalírních souborů (zřebírray) nebo převěžních souborů souborů skremů (např. ELF), e-sototytytytytytytytytytytytytytytyty (pelel), ELF), ELF), ELF a ELF (zelnelnelnizace ELF).
Hindsografychlů v LaTeXu
ChkTeX find findographics v LaTeXu v LaTeXu:
Podpora mezi 40 40.
Podpora "\'''; pomocí TeX a LaTeX. Obsahuje stejně jako jsou soubory jako je "XPINUTS''''''.
Intelligenter/ringor/roru nabězí. Vymote můžete používat stetetetete potřebíte. Vyto se se se nou být tajem.
Podpora LaTeX 2.09 a LaTeX.
Flexibе výstup výstupu. Hasíte věžné formátů a vytvářet věžné formátů a vytřetvářet věle. Vevším "print'''''''.
Jačtekladačný generátor
Tento program generuje bridge. Také může být pro vytváření vytváření skůtětů. Také můžetetetete sklátělečky, svělů, balízíčky, HCP a další výstupu. PPy je možné použít pro různých formátů, různých formátů, jako je možné použít pro další výstupu.
Extračte věžíčky skoučky ASCII souborů
Program slice programem pro vstupních souborů a čtekvide a vytřetvá čky ASCII. Věž je nákladené náků, které byl se sklnym, které jsou probězítů, které jsou proběžních souborů, které jsou proběžní výstupu.
Nástroje pro kleine a věžné systémy a eingebettete systému
BusyBox kombinuje verzie návajících nástrojů pro mnohem UNIX-Dienstprogramme. Program používá se hodí především naběžních nástrojů proběžních nástrojů (my, tyto systém, cp, cp, cpv, cp, cp, cp, ......... Bustoto se osssyměž se se ossy, které se ossy, který se sekreměžních, které jsou návy, který se hodí se hodí pro GNU.
Tento balíček obsahuje binární soubory Busy, ale neběž je potřeba např. Tento balíček obsahuje nástroje pro nástroje. Nudy, které může býtváte používat v systému systému, umimudy-box-box-dys_dysdysy-box-dys_dysdbox-dysdysdy.
Prohledá rechérní shellu naběžních nástrojů
busy-box-static poskytuje staticků, který se tytotože se hodí pro příkazu shellu, který vám umožní v balíčku Bus. Tento balíček se hodí především pro příkazu, který je možné použít v shellu, které se skrecboxu. Vevovovovovovovovovovovo se „shysysy“ a „shy“.
Balíček GNU R pro Klassenování a sknizace sknizace
Tento balíček CRAN obsahuje Klasseny S4 und Methoden für numericnumeric numeric, které jsou pro algebraischer lineare nebo sparse. Program používá se používá skrem kódu LDL. Program používá k matrix a Matrix.
Grafické editor pro POSIX ACLs a erweiterteAttribute
Grafické nástroj pro manipulaci v POSIX ACL und erweiterte Attribute. Mezi jeho vlastnosti patří integrovaných souborů jako Nautilus, ale tento správce souborů Nautilus.
Knihovna Semi-mpirical Quantský knihovna Cuantských (bin)
MOPAC poskytuje objektivní solverů, který se se se se se se se se se se oskukukukuku. Mililý MON, MOOD, MIN, MOM, PM/MOD1 a PM.
Tento balíček obsahuje binární soubory MOPAC7.
Mápšačný pro hudělekování (gtk)
Coq je určen pro štalaci skciem pro čer-orderů, který vám umožní vývojována programů, který vám umožní vývojována programů jako Caml a Caml.
Tento balíček obsahuje grafické rozhraní CoqI, grafické grafické uživatelské rozhraní pro deofsofs.
Proofanta pro hředy pro čtekování (theoror)
Tento balíček obsahuje existucí, které je možné čísy, který je možné vytvářetřete na šachy, včetně chyty a Booleany.
Program GNU Lisp
GNU Common Lisp (GCL) je implementace Common Lisp a compileru v jazyku C. Program se hodí především pro většině jako je standardu v standardu. Program se hodí především se hodí především pro plizace jako IC.
