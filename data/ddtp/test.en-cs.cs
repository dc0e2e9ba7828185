Xastir je klient APRS pro X. APRS je automatický poziční systém, systém, ve kterém objekty informují o své pozici (obvykle určené pomocí GPS) v prostoru; Xastir zobrazuje tyto informace graficky.
Infrastruktura systému X Window (X.Org)
x11-common obsahuje infrastrukturu souborového systému, která je vyžadována pro pozdější instalaci systému X Window v jeho libovolné konfiguraci; v žádném případě neobsahuje kompletní instalaci klientů, serverů, knihoven a utilit vyžadovaných pro spuštění systému X Window.
Výrazy vztahující se k systému X Window jsou "X", "X Version 11", "X11", "X11R6" a "X11R7". Verze X používaná v Debianu je odvozena od verze vydané nadací X.Org a z tohoto důvodu se často nazývá "X.Org". Předchozí termíny jsou v systému Debian funkčně zaměnitelné.
Různí klienti X - metabalíček
Tento balíček obsahuje kolekci různých klientů X, které jsou dodávány spolu se systémem X Window.
Tento balíček poskytuje mezistupeň z dřívějšího vydání Debianu, kdy došlo k rozdrobení programů xutils a xbase-clients na menší balíčky.
Systém X.Org X Window
Tento metabalíček obsahuje komponenty nutné pro pracovní stanici se spuštěným systémem X Window. Jsou obsaženy knihovny X, X server, množina písem a řada základních klientů X a utilit.
Vyšší úroveň metabalíků, jako třeba desktopové prostředí, může záviset na tomto balíku a zjednodušit jejich závislosti.
Nutno poznamenat, že je také dobré nainstalovat x-window-manager, čímž se vám zvýší pohodlí při práci s X.
Meta-balíček s pomůckami systému X Window
xutils poskytuje kolekci pomocných programů dodávaných spolu se systémem X Window. Spousta těchto programů se hodí i na systémech, které nemají nainstalované žádné X klienty ani X servery.
vytváří menu programů pro použití v aplikacích
Debianí menu transparentně dohlíží na to, aby menu vždy odpovídalo seznamu nainstalovaných programů a aby toto menu bylo jednotné ve všech možných správcích oken.
Balík menu spoléhá na programy, že poskytnou svůj záznam do společného menu a na správce oken (a ostatní programy, které chtějí menu využívat), že poskytnou své menu-methods.
Menu nabízí jak globální nastavení pro celý systém, tak nastavení specifické pro každého uživatele, a také možnost přebít záznamy v menu a menu-methods.
Prohlížeč PostScript-u a PDF pro X
gv je prohlížeč souborů PostScript a PDF pro systém X Window. Používá interpretr ghostscriptu PostScript a je založen na klasickém frontendu v X pro gs s názvem ghostview, který nyní nahradil.
Zobrazí systémové informace
HardInfo je malá aplikace, která zobrazí informace o hardwaru a operačním systému. V současné době rozpozná zařízení PCI, ISA, PnP, USB, IDE, SCSI, sériový a paralelní port.
Nainstaluje pouze ty balíčky Debianu, které opravdu chcete
debfoster je program pracující s apt a dpkg. Jakmile ho poprvé spustíte, budete dotázáni, které z nainstalovaných balíčků chcete mít opravdu nainstalovány.
Po tomto nastavení, bude spravovat seznam balíčků, které chcete mít nainstalovány ve vašem systému. Tento seznam se používá pro detekci balíčků, které chcete mít nainstalovány a balíčků, které na nich závisí. Jakmile se změní závislosti, debfoster to zaznamená a zeptá se vás, zda má odstranit starý balíček.
Takto vám pomáhá spravovat čistou instalaci Debianu, bez starých balíčků (převážně knihovny), které pak leží ve vašem systému a přitom se více nepoužijí.
Schopný grafický frontend pro SANE (Scanner Access Now Easy)
xsane může být spuštěn buď samostatně nebo přes program GIMP. Pokud je spuštěn samostatně, xsane může ukládat obrázky do souboru v různých formátech, také může sloužit jako frontend pro faxovací program, nebo posílat obrázky na tiskárnu.
Pokročilé daemon událostí napájení
Moderní počítače podporují "Advanced Configuration and Power Interface" (ACPI) a tím umožňují inteligentní řízení spotřeby energie v systému, kontrolu stavu baterie a široké možnosti nastavení.
ACPID je pružný a rozšiřitelný daemon pracující s událostmi ACPI. Program poslouchá na rozhraní netlink (nebo zastaralém souboru /proc/acpi/event) a jakmile dojde k nějaké události, provede odpovídající program, který tuto událost obsluhuje. Spouštěné programy se nastavují skrz sadu konfiguračních souborů, které jsou spravovány balíčky nebo přímo správcem systému.
Debian Jr. - Dokumentace
Nyní balík obsahuje krátkou příručku, která má pomoci novým uživatelům projektu Debian Jr. v začátcích. Cílem pracovní skupiny projetku Debian Jr. je poskytnout rozličnou dokumentaci, která pomůže dětem a mladým systémovým správcům s instalací, konfigurací a používáním systému Debian Jr.
QT prohlížeč komiksů (formáty cbr/cbz/cba/cbg/cbb)
QComicBook je prohlížeč komiksů složených z obrázků jpeg/png, což je výhodné pro jejich pohodlné a jednoduché prohlížení. Mezi jejich vlastnosti patří: automatická dekomprese, celoobrazovkový mód, změna měřítka stránky, navigace pomocí myši a klávesnice, atd.
QComicBook nyní podporuje archívy:
cbr - komprese rar
cbz - komprese zip
cba - komprese ace
cbg - komprese targzip
cbb - komprese tarbzip2
hromadný alignment proteinových sekvencí
ProDA je systém pro automatickou detekci a alignment homologních úseků v souboru proteinů se známou doménovou architekturou. Ve vstupní sadě nealignovaných sekvencí ProDA najde všechny homologní úseky, které se vyskytují v jedné nebo ve více sekvencích, a vytvoří soubor lokálních násobných alignmentů pro tyto úseky.
VI Like Emacs - pracovní prostředí ala editor vi
vile je textový editor, který je vysoce kompatibilní s editorem vi v pravidlech ``pocitu z psaní''. Kromě toho má pokročilé schopnosti v celé řadě dalších oblastí, např. podporu úpravy více souborů najednou, zvýraznění syntaxe, přenastavení klávesových zkratek a volitelně i vestavěný interpretr v perl a také opravdovou podporu systému X window.
Tento balíček obsahuje binárku se znakovým módem. Požadovaná podpora souborů je obsažena v balíčku vile-common. Zvýraznění zdrojového kódu naleznete v balíčku vile-filters. Binárka X11 se nachází v balíčku xvile.
VI Like Emacs - podpůrné soubory pro vile/xvile
Sdílené soubory pro editory vile a xvile.
Správce osobních financí pro KDE
KMyMoney je správce osobních financí pro KDE. Funguje podobně jako MS-Monkey a Quicken, přitom ale podporuje různé typy účtů, kategorizaci nákladů, import/export QIF, různé měny a základní podporu online bankovnictví.
Textový emailový klient, vhodný pro nováčky, přezto výkonný
Alpine je vylepšená verze poštovního klienta PINE. Jeho jméno je odvozeno od použité licence (Apache Licence) a PINE.
Mezi jeho vlastnosti patří kompletní podpora emailových protokolů IMAP a SMTP a zabezpečených protokolů jako je TLS. Program používá rozhraní curses.
Jednoduchý textový editor z Alpine, textový emailový klient
"pico" je jednoduchý a zároveň silný textový editor. Původně to byl pine composer, editor integrovaný do emailového klienta pine.
V tomto kontextu se stal populární a nyní jej mnoho uživatelů používá i jako samostatný editor.
Pico je trochu jednodušší alternativa k editoru GNU Nano (editor vytvořený s pico rozhraním v době kdy licence programu pico byla nesvobodná).
Jednoduchý prohlížeč souborů pro textový klient Alpine
"pilot" je jednoduchý prohlížeč souborů pro Alpine. V Alpine se používá pro výběr příloh. Stejně jako v (Al)pine, jsou příkazy zobrazovány dole na obrazovce a k tomu se tu také nachází kontextová nápověda.
Program je možno používat samostatně, jako základní prohlížeč souborů, který plní stejnou funkci jako midnight commander.
GTK frontend k rsync
grsync je jednoduché grafické rozhraní založené na GTK2 a určené pro program rsync. V současné době podporuje pouze omezenou množinu těch nejdůležitějších schopností rsync, hodí se tak především pro synchronizaci místních adresářů.
Jednoduchá knihovna pro klienta RFC1413 - runtime
Jde o malou knihovnu s rozhraním na server s identifikačním protokolem. ident dovolí vzdálenému serveru zjistit, kdo je vlastníkem síťového připojení.
usr/sbin/in.identtestd je malý démon (který má být spouštěn z inetd), který vyhledá vaši identifikaci, připojíte-li se k němu telnetem. Lze jej použít k ověření, že identifikační server správně funguje.
Modul NSS pro použití databáze Berkeley jako jmenné služby
nss_db je knihovna obsahující rozšíření, která umožňují využití databáze Berkeley jako primárního zdroje pro aliasy, étery, skupiny, počítače, sítě, protokoly, uživatele, RPC, služby a stínová hesla (místo tradičního použití jednotných souborů nebo NIS). Instalace nss_db se doporučuje v okamžiku, kdy jsou soubory jmenných služeb příliš velké a jejich prohledávání příliš pomalé.
mění a spravuje údaje o heslech a skupinách
Tento balík obsahuje passwd, chsh, chfn a mnoho dalších programů pro správu uživatelů a skupin.
Podporována jsou i stínová hesla, viz /usr/share/doc/passwd/README.Debian
Značkovač zvukových souborů MusicBrainz příští generace
Picard je značkovací aplikace příští generace MusicBrainz.
Tento nový koncept značek se zaměřuje na alba, oproti ostatním programům, které kladou důraz na jednotlivé skladby.
X Server X.Org -- ovladač zobrazení Savage
Tento balíček obsahuje ovladač pro čipové sady řady S3/VIA Savage/ProSavage/Twister.
Balíček je sestaven z modulu X.org xf86-video-savage.
Matematická hra pro děti s Tuxem
"Tux, of Math Command" (zkráceně "TuxMath") je vzdělávací hra s Tuxem, maskotem Linuxu! Vychází z klasické hry "Missile Command", ve které musí Tux ochránit svá města. To se mu podaří pouze řešením matematických problémů.
Nastaví hardware zařízení, která nebyla automaticky nastavena.
Knihovny GNU readline a GNU history, běhové knihovny
Knihovna GNU readline pomáhá vytvářet propracovanější uživatelské rozhraní programům, které potřebují příkazový řádek.
Knihovna GNU history nabízí historii příkazového řádku.
Knihovny readline a history, běžné soubory
Archivní GnuPG klíče archivu Debianu
Projekt Debian digitálně podepisuje své soubory Release. Tento balík obsahuje archivní klíče k tomu používané.
Datové soubory pro dokumentaci GIMPu
Tento balíček obsahuje nezbytné společné soubory pro všechny nápovědy programu GIMP, jako jsou grafické obrázky a snímky obrazovky.
Dokumentace ke GIMPu (česká)
Balíček obsahuje soubory s dokumentací pro GIMP. Dokumenty je možné zobrazit jak v interním prohlížeči GIMPu, tak i v externím webovém prohlížeči.
Tento balíček obsahuje dokumentaci ke GIMPu v češtině.
Dokumentace pro GIMP (němčina)
Tento balíček obsahuje dokumentaci GIMPu v němčině.
Dokumentace ke GIMPu (anglicky)
Tento balíček obsahuje dokumentaci ke GIMPu v angličtině.
Dokumentace pro GIMP (španělština)
Tento balíček obsahuje dokumentaci pro GIMP ve španělštině.
Dokumentace ke GIMPu (francouzsky)
Tento balíček obsahuje dokumentaci ke GIMPu ve francouzštině.
Dokumentace pro GIMP (v italštině)
Tento balíček obsahuje dokumentaci GIMPu v italštině.
Dokumentace pro GIMP (holandština)
Tento balíček obsahuje dokumentaci pro GIMP v holandštině.
Dokumentace pro GIMP (Norsky)
Tento balíček obsahuje dokumentaci pro GIMP v Norštině.
Dokumentace ke GIMPu (Švédsky)
Balíček obsahuje dokumentaci ke GIMPu ve Švédštině.
Toto je emulátor terminálu pro systém X Window, který podporuje celou řadu kódování včetně ISO-8859-[1-11,13-16], TCVN5712, VISCII, TIS-620 (same as ISO-8859-11), KOI8-{R,U,T}, CP{1251,1255}, GEORGEAN-PS, EUC-JP, EUC-JISX0213, ISO-2022-JP{,1,2,3}, Shift_JIS, Shift_JISX0213, ISO-2022-KR, EUC-KR, UHC, JOHAB, EUC-CN (aka GB2312), GBK, ISO-2022-CN, Big5, EUC-TW, HZ, UTF-8 a GB18030.
Znaky dvojité šířky pro východní Asii kombinují znaky pro thajštinu, vietnamštinu a další jazyky, BiDi (bi-directionality) slouží pro arabštinu a hebrejštinu a jsou podporovány také speciální arabské znaky. I když mlterm podporuje také různé indické jazyky jako je např. Hindi, tento debianí balíček je zkompilován bez této podpory.
Protože mlterm používá pro správnou volbu kódování místní nastavení, nemusíte program nijak nastavovat.
mlterm také podporuje jedinečné volby jako je API posuvníku, vícenásobná okna, vícenásobné XIM, antialiasing využívající freetypová písma a Xft, atd.
TERMinál s podporou více jazyků, sdílené soubory
mlterm je emulátor terminálu pro systém X Window, který podporuje různá kódování, dvojitou šířku písmen, BiDi, arabské tvary, atd.
Tento balíček obsahuje nezbytné soubory používané balíčky mlterm a mlterm-tiny.
TERMinál s podporou více jazyků, plugin vstupní metody m17nlib
Tento balíček obsahuje plugin vstupní metody m17nlib používané mlterm.
Vícejazyčný TERMinal, odlehčená verze
Tato zmenšená verze nepodporuje takové volby jako je obrázek na pozadí a tak podobně, podporuje však volby vztahující se k jazyku i18n.
Mnohojazyčný TERMinál, přídavné nástroje
Tento balíček obsahuje konfigurační nástroje používané mlterm.
Vysokoúrovňový nástroj pro konfiguraci síťových rozhraní
Tento balíček poskytuje nástroje ifup a ifdown, které mohou být používány ke konfiguraci, či dekonfiguraci síťových rozhraní, jejichž definice jsou v souboru /etc/network/interfaces.
Monitoruje aplikace MTA Exim (v4) (rozhraní X11)
Eximon je pomocný program Exim MTA (v4). Správcům systému umožní prohlížet emailovou frontu a logy a provádět s nimi různé akce jako je zmražení, předání a tání zpráv.
Hra simulace města s pěknou grafikou
LinCity-NG je hra simulace města. Je to učesaná a vylepšená verze starší hry LinCity: Vaším úkolem je budovat a spravovat město. Vašim obyvatelům musíte zajistit potraviny, bydlení, práci a zboží. Můžete vytvořit udržitelnou ekonomiku za pomoci obnovitelných zdrojů a recyklace, nebo se můžete řítit do záhuby a utéct ze znečištěné planety s vyčerpanými zdroji, je to jen na vás. Díky omezeným zdrojům na každém místě toto není hra na příliš dlouhou dobu. Je to hra podobná komerční hře s podobným názvem.
Nástroj diff, který pracuje s binárními soubory
Xdelta je program vytvořený pro výpočet změn mezi soubory. Tyto změny (delta) jsou podobná výstupu programu "diff", až na to, že ten umí zobrazit pouze změny mezi soubory. Samozřejmě, oproti diff, výstup Xdelta není v lidsky čitelné podobě -- Xdelta může také aplikovat tyto změny na kopii původního souboru. Xdelat používá rychlý, lineární algoritmus, který funguje na binárních i textových souborech.
Vysokoúrovňová knihovna pro správu informací Debianních balíčků
Knihovna vymezuje velmi minimální rámcový systém, ve kterém lze shrnout více zdrojů dat o Debianních balíčcích a klást jim společné dotazy.
Knihovna zahrnuje čtyři zdroje dat:
APT: přístup do APT databáze
Debtags: přístup k značkovacím informacím Debtags
Popcon: přístup k hodnocení balíčků Popcon
Xapian index sestavený pomocí apt-xapian-index
Toto je sdílená knihovna.
Přehrávač CD a mixer
AScd je malý přehrávač CD a mixer, který je "dokovatelný" v okenních manažerech AfterStep a WindowMaker.
Následuje symbolický odkaz a vytiskne jeho cílový soubor
Chase je malá utilita pro sledování cíle aktuálního souboru, na který ukazuje symbolický odkaz. Výsledkem je nalezení cílového souboru, který není symbolickým odkazem.
Manuálové stránky Perlu, POD (stará dobrá dokumentace) a program "perldoc". Píšete-li perlové programy, nejspíše budete tento balík potřebovat.
Načítatelné builtiny pro bash - hlavičky & příklady
Bash umí dynamicky načítat nové vestavěné příkazy. Součástí balíčku jsou nezbytné hlavičkové soubory nutné pro sestavení svých vlastních příkazů a spousta příkladů.
Blob Wars: Metal Blob Solid je 2D plošinovka. Jedná se o první z řady Blob Wars.
Jejich svět byl napaden mimozemskou rasou, Blob se změnil ve válečné pole. Nyní mají ale konečně příležitost vyhrát válku a všechny osvobodit.
Ve hře Blob Wars: Metal Blob Solid, se stanete nebojácným agentem Blob jménem Bob. Úkolem Boba je infiltrovat různé nepřátelské základny a zachránit co nejvíce MIA bude jenom možné. V tom mu ale budou bránit spousty zlomyslných cizinců, dalších Blobů, kteří byli asimilováni a konečně také sám vůdce cizáků, Galdov.
Nástroj pro indexaci, vyhledávání a prohlížení obrázků v KDE
KPhotoAlbum vám umožní indexovat, vyhledávat, seskupovat a prohlížet obrázky seřazené podle klíčových slov, data, umístění a osoby. Program vám jednoduše a rychle umožní prohledávat skupiny obrázků, ve kterých máte řádově tisíce obrázků.
Asociované informace s každou fotografií jsou uloženy v souboru XML. Spolu s klíčovými slovy, KPhotoAlbum uchovává ke každému obrázku kontrolní součet MD5, takže obrázek jednoduše pozná, pokud ho přesunete do jiného adresáře. KPhotoAlbum umí také vytvářet webové galerie zvolených obrázků.
KPhotoAlbum také umí používat pluginy KIPI a rozšiřovat tak své schopnosti. Balíček kipi-plugins obsahuje řadu užitečných rozšíření. Kromě jiného, obsahuje rozšíření pro manipulaci s fotografiemi, možnosti importu, exportu a dávkového zpracování obrázků.
Konvertuje textové soubory do formátu Palm DOC a zpět
Tento nástroj umí konvertovat textové soubory (a soubory HTML) do defakto standardního formátu PalmOS DOC. Tyto dokumenty je možno číst ve čtečkách dokumentů (mezi ně patří např. "C Spot Run") a v editorech (jako je "ZDOC"). Soubory DOC jsou ve výchozím nastavení komprimované. txt2pdbdoc umí konvertovat tyto soubory také zpět do čistě textového formátu.
Rozšíření soukromí pro HTTP Proxy
Privoxy je webová proxy s pokročilými filtrovacími schopnostmi pro zabezpečení soukromí, filtrování obsahu webu, správu cookies, kontrolu přístupu a odstranění bannerů, vyskakovacích okének a dalšího internetového smetí. Privoxy má velmi flexibilní konfiguraci a je jí možné upravit tak, aby vyhověla osobním potřebám a chutím. Privoxy je vhodná jak pro samostatný počítač, tak i pro víceuživatelské sítě.
Privoxy je založena na Internet Junkbuster (tm).
Datové soubory pro Emiliin emulátor pinballu
Emiliin emulátor pinballu je simulátor pinballu pro Linux a další unixové systémy. V současné době má pouze dva levely, ale jsou dost návykové.
Tento balíček obsahuje různé datové soubory používané emulátorem pinballu.
Datové soubory pro emulátor terminálu v GNOME
Terminál GNOME je emulátor terminálu, který umí provádět následující akce:
Přistupovat k unixovému shellu přímo z prostředí GNOME.
Tento balíček obsahuje data, soubory s nápovědou a lokalizační nastavení pro gnome-terminal, emulátor terminálu pro GNOME.
Mocný prohlížeč novinek USENET (klient používající curses)
Moto nn zní takto, "Žádné novinky jsou dobré novinky, ale nn je lepší", nn je vytvořen tak, aby vám umožnil snížit množství času strávený čtením novinek (nebo realističtější je, zvýšil počet skupin, které čtete :-).
Nn vám umožní rychle vybírat články zájmu a přeskakovat zbytek. Také podporuje účinnou likvidaci článků a výběr článku dle autora a předmětu.
Tato verze nn čte novinky ze serveru news přes NNTP (Network News Transfer Protocol) a také umí používat databázi NOV serveru NNTP, je-li nastavena. K tomu potřebujete server novinek - rozsáhlé stránky obvykle jeden obsahují. (Pro ty, kterí již 'nn' znají, toto je pouze klientská verze.)
OpenLink Virtuoso je vysoce výkonná objektově-relační SQL databáze. Umožňuje práci s transakcemi, obsahuje šikovný kompilátor SQL, zálohování, podporu SQL:1999, mocný integrovaný procedurní jazyk podporující Javu a .NET a další na straně serveru. Také podporuje všechna hlavní rozhraní včetně ODBC, JDBC, ADO.NET a OLE/DB.
Virtuoso podporuje SPARQL vestavěný do SQL používaný k dotazování dat RDF uložených v databázi. SPARQL profituje z nízkoúrovňové podpory v samotném databázovém stroji jako jsou typová pravidla SPARQL a dedikovaná data typu IRI.
Tento metabalíček nainstaluje kompletní sadu balíčků Virtuoso OSE („Open-Source Edition“).
GNU awk, jazyk na zpracování textu
"awk" je program, kterým můžete výbírat části záznamů v souboru a dělat snimi nějaké operace.
Gawk je GNU projekt, provedení AWK programovacího jazyka. Splňuje definici jazyka podle POSIX 1003.2, příkazy jazyka a standardní nástroje. Tato verze je založena na popisu jazyka AWK od Aho, Kernigham a Weinbergera a dalšími rozšiřujícími vlastnostvi ze systému V verze 4 UNIX awk. Gawk umí též rozšíření z posledních verzí awk z Bell Labs a některé další GNU specificé vlastnosti.
Celoobrazovkový postscriptový prezentační nástroj
pspresent je nástroj, který zobrazuje jednotlivé postscriptové snímky přes celou obrazovku a hodí se tak pro prezentace. Navigace je jednoduchá: mezerníkem se dostanete dopředu o jeden snímek, klávesa backspace vás přesune naopak o jeden snímek dozadu. Klávesou Esc ukončíte prezentaci. Samotný obraz je přitom uložen ve dvojitém bufferu, takže je zajištěn snadný přechod mezi jednotlivými snímky.
Editor chemických struktur
BKchem je svobodný chemický kreslicí program napsaný v Pythonu.
Mezi jeho vlastnosti patří:
Kreslení (postupné spojování; šablony běžných kruhů; rozšiřování běžných skupin; kreslení radikálů, nábojů, šipek; podpora barev ...)
Úpravy (neomezený počet kroků zpět/opakovat; zarovnávání; změna měřítka; rotace (2D, 3D) ...)
Export/import (kompletní podpora exportu do SVG, OpenOffice.org-Draw, EPS; základní podpora importu a exportu CML1 a CML2)
Kompresní nástroje GNU
Tento balíček obsahuje standardní kompresní GNU nástroje, které jsou také výchozími kompresními nástroji v Debianu. Tyto nástroje pracují se soubory končícími na '.gz' a také umí dekomprimovat soubory končící na '.Z' (ty jsou vytvořené pomocí 'compress').
GNOME XML knihovna
XML je metajazyk, který Vám umožňuje navrhnout vlastní značkovací jazyk. Normální značkovací jazyk definuje způsob popisu informace v určité třídě dokumentů (např. HTML). XML Vám umožní nadefinovat Vaše vlastní uživatelské značkovací jazyky pro mnoho různých tříd dokumentů. Tato vlastnost je dána tím, že sám je napsán v SGML, mezinárodním standardním metajazyku pro značkovací jazyky.
Tento balíček obsahuje knihovnu, která poskytuje rozsáhlé API pro práci s takovými XML datovými soubory.
Pseudo-3D střílečka z pohledu třetí osoby
Space aryarya je střílečky z pohledu třetí osoby podobná klasickým arkádám jako je Afterburner nebo Star Fox, ve kterých je vaším úkolem ovládat tryskovou stíhačku a zničit všechny špatné hochy.
Japonské truetypové písmo od Vine Linux
VL Gothic je krásné svobodné japonské gotické TrueType písmo vyvíjené v rámci projektu Vine.
Vychází z Sazanami Gothic (od Electronic Font Open Laboratory) a písma M+1C/M+1M (od M+ FONTS PROJECT).
Řádkový editor pro interaktivní programy
Ledit je řádkový editor, který vám umožní ovládat příkazy podobně jako v emacs nebo v shellu (bash, tcsh). Program se tak používá spolu s dalšími interaktivními příkazy. Byl napsán v Ocaml a Calmp4 a používá knihovnu unix.cma.
Interaktivní interpretr OCaml a standardní knihovny
Objective Caml (OCaml) je implementací jazyka ML založeného na Caml Light a rozšířeného o kompletní třídně založený systém objektů s mocným modulárním systémem ve stylu standardního ML.
Tento balíček obsahuje soubory vyžadované shellem OCaml.
Optimalizuje soubory PNG (Portable Network Graphics)
Pngcrush je optimizér souborů PNG (Portable Network Graphics). Slouží především pro zmenšení velikosti datového proudu PNG IDAT pomocí různých kompresních úrovní a filtrovacích metod obrázku PNG. Také se používá pro odstranění nechtěných podružných částí, nebo pro přidání jistých částí obsahujících gAMA, tRNS a textové části.
Další klient Canna pro Emacsen
Canna klient pro emacs21 nebo xemacs s MULE podporou. yc.el je implementován kompletně v elispu. Tím umožňuje použít Canna v Emacsu bez přímé podpory Canna.
Canna je vstupní metoda pro japonštinu.
Program snažící se naučit lidský jazyk
gNiall se pokusí naučit libovolný jazyk, který se ho pokusíte učit. Funguje na principu rozdělení: shromažďuje statistiku vět, které zadáte a snaží se vytvářet rozumné odpovědi. gNiall je inspirován programem Niall, který fungoval na počítačích Amiga a vytvořil ho Matthew Peck.
Skenuje služby mDNS/DNS-SD publikované na síti
mdns-scan je nástroj pro skenování služeb mDNS/DNS-SD publikovaných v místní síti.
Provádí dotazy mDNS PTR na PR _services._dns-sd._udb.local sloužící k získání seznamu všech současně registrovaných služeb v lokální síti.
mDNS/DNS-SD je součástí Apple Zeroconf (jako Bonjour). Balíček avahi-daemon je implementací mDNS/DNS-SD.
Interaktivní nástroj pro vyhledávání textu
Obsahuje: konvertor Romanji na Kana, vyhledávání "fuzzy", vyhledávání pomocí regulárních výrazů, filtrování, automatické úpravy, mód chytrých slov.
Malá a úsměvná ASCII-art hra ve skocích na lyžích
Toto je velice zábavná multiplayerová hra, můžete hrát s kamarády nebo proti počítači. K dispozici jsou dva herní módy: Světový pohár a Trénink. Budete si moci vybrat z několika svahů, například czumulungma a finland.
Přehrávač FAAD (freeware Advanced Audio Decoder)
FAAD2 je nejrychlejší dostupný dekodér zvuku ISO AAC. FAAD2 správně dekóduje všechny soubory MPEG-4 a MPEG-2 MAIN, LOW, LTP, LD a ER.
Tento balíček obsahuje rozhraní příkazové řádky pro přehrávání souborů AAC nebo MP4.
Editor a kuchyňský dřez -- podpůrné soubory Mule elisp
Tento balíček obsahuje soubory mule elisp spolu s funkcemi balíčku mule xemacs21.
Mule je rozšíření pro (x)emacs, které vám umožní zobrazit ne-evropské znaky (např. japonské a korejské znaky).
Editor a kuchyňský dřez -- zdrojové soubory elisp
Balíček xemacs21-mulesupport obsahuje kompilovanou verzi těchto souborů.
Textový editor unicode (binární soubory závislé na architektuře)
yudit je textový (unicode) editor pro systém X Window. Nepotřebuje lokalizované prostředí ani písmo unicode. Podporuje plynulé zpracování spousty jazyků, konverze pro místní jazykové standardy, obousměrný vstup a má své vlastní vstupní metody. Balíček obsahuje konverzní utility a také podporuje tisk do PostScriptu.
Textový editor používající unicode (soubory nezávislé na architektuře)
Balíček obsahuje soubory z /usr/share, nezávislé na architektuře.
Systémové nástroje pro správu konfigurace počítače -- skripty
System Tools Backends je kolekce multiplatformních skriptů pro Linux a další unixové systémy. Backend má standardní rozhraní XML určené k úpravě konfigurace podle použité distribuce.
Tyto backendy jsou používány systémovými nástroji GNOME.
Knihovna pro zpracování odkazů pro stahování videí (běhové knihovny)
Knihovna pro zpracování odkazů pro stahování videí v Adobe Flash. Podporuje Youtube a další podobné weby. Přístup k funkcím a datům je přes API a není potřeba technologie Flash.
Softwarový modem s IAX2
IAX-modem je softwarový modem napsaný v jazyku C, který používá kanál IAX (běžně poskytovaný systémem Asterisk PBX) místo tradiční telefonní linky a také používá knihovnu DSP místo hardwarových čipů DSP.
IAX-modem byl původně vytvořen jako model, který by se používal spolu s HylaFAXem (a tuto funkci vskutku zvládá dobře). Dnes se běžně používá i s programy mgetty+sendfax a efax.
Točící se 3D objekt zobrazující aktuální zatížení CPU
xmcupe je dokovatelná aplikace, která zobrazuje rotující 3D objekt indikující aktuální zatížení CPU. Čím vyšší zátěž, tím rychleji se objekt točí. Na SMP počítačích je možno spustit jednotlivé instance programu zvlášť pro každý procesor.
Původně uměla wmcube rotovat pouze kostku, odtud je tedy ten název.
Nástroje a skripty pro správu napájení
Tento balíček obsahuje jednoduché nástroje příkazové řádky pro uspání a hibernaci vašeho počítače.
Demultiplexer streamu MPEG1/2
Mpegdemux je demultiplexes proudu MPEG1/MPEG2. Používá se pro zobrazení obsahu systémového proudu MPEG a rozbalení základních streamů.
Modul sledování souborového systému pro panel Xfce4
Modul Fsguard sleduje volné místo v určeném úložišti a zobrazí varování, pokud klesne pod určenou mez.
Jazyk pro kreslení euklidovské geometrie
Eukleides je jazyk, který vám umožní zadávat geometrické obrazce přímo z dokumentu (La)TeX. Tento balíček obsahuje skripty vhodné ke konverzi těchto obrazců do formátu EPS a jiných. Eukleides používá rozhraní pro konzoli.
Jednoduchý program pro určení barvy pixelu v šestnáctkové soustavě
grabc je jednoduchý program používaný pro určení hodnoty barvy v šestnáctkových nebo RGB složkách jednoduše kliknutím na bod na obrazovce. Po spuštění program dojde k zachycení ukazatele myši a jeho změně na křížek po jehož kliknutí dojde k výpisu barvy pixelu na standardní výstup v šestnáctkové hodnotě. Složky RGB jsou zapsány na standardní chybový výstup.
Tento program se hodí pokud chcete použít nějakou barvu, kterou vidíte. K tomu jednoduše používá nějaký jiný program pro zpracování obrázku.
Datové soubory pro freedroid - strategickou střílečku
Tento balíček obsahuje zvuky, grafiku a definice jednotlivých úrovní hry freedroid.
Daemon morseovy abecedy pro paralelní nebo sériový port
Cwdaemon je malý daemon, který používá paralelní nebo sériové rozhraní počítače a jednoduchý tranzistorový spínač pro vysílání morseovky k přijímači pomocí textové zprávy poslané skrz internetový protokol udp.
Automatický instalátor bezpečnostních aktualizací
Tento balíček umí automaticky stáhnout a nainstalovat bezpečnostní aktualizace, přitom instaluje pouze balíčky z APT a kontroluje otázky dpkg týkající se změn konfiguračních souborů.
Tento skript je backendem k volbě APT::Periodic::Unattended-Upgrade.
Balíček obsahující hudbu k ASC
Tento balíček obsahuje hudební soubory pro hru ASC (Advanced Strategic Command). Pokud si ho nainstalujete, budou tyto soubory při hře přehrávány.
Vytvořil je Michael Kievernagel.
Kompilátor a běhové prostředí programovacího jazyka AFNIX
AFNIX je více-vláknový funkční programovací jazyk s dynamickou formou přiřazovaní symbolů, která podporuje objektově orientované typy. Mezi charakteristiky jazyka patří stavový běhový stroj. Distribuce je možná do řady klientů a program disponuje bohatou kolekcí modulů vytvořených nezávisle na platformě.
Kompilátor a běhové prostředí programovacího jazyka AFNIX (dokumentace)
Tento balíček obsahuje dokumentaci pro AFNIX.
Interpretr souborů ve formátu Infocom
Xzip interpretuje soubory s příběhy (obvykle používané v textových adventurách) uložených ve formátu používaném Infocom. To zahrnuje hry vydané společností Infocom, stejně jako hry používající tento formát, např. Inform.
Tento interpretr je pro systém X. Pro textový mód nainstalujte frotz nebo jzip.
Akcelerátor rozšíření v C pro balíček ReportLab
Akcelerátor balíčku nástrojů ReportLab naprogramovaný v C.
Music Player Daemon (MPD) je server, který vám umožní vzdáleně přistupovat k hudebním souborům (Ogg-Vorbis, FLAC, MP3, Wave a AIFF), proudům (Ogg-Vorbis, MP3) a také spravovat seznamy skladeb. Podporuje přehrávání bez mezer, bufferovaný výstup a prolínání skladeb. Vývoj programu se zaměřuje na vytvoření zvukového systému, který je možné ovládat přes síť TCP/IP. Cílem je vytvořit snadno použitelný program s minimálními požadavky na systém (bylo hlášeno že běhá dobře i na Pentiu 75), systém, který bude dostatečně stabilní a flexibilní.
Daemon je ovládán pomocí klienta, který nutně nemusí běžet na tom samém počítači jako MPD. Oddělený design klient-server vám umožní vybrat si to nejlepší uživatelské rozhraní, které vám vyhovuje a přitom daemon (obsažený v tomto balíčku) starající se o vlastní přehrávání zůstává stejný.
Konvertuje písmo X11 z formátu PCF na BDF
Pcf2bdf je kompilátor písma. Konvertuje písmo X11 z formátu PCF (Portable Compiled Format) na BDF (Bitmap Distribution Format).
FONTBOUNDINGBOX se v souboru BDF utilitou bdftopcf nepoužívá, takže pcf2bdf generuje nespolehlivé hodnoty.
Převádí dokumenty z LaTeXu do formátu RTF
Pokouší se převést co nejvíce formátovacích značek z LaTeXu do formátu Microsoft Rich Text Format (RTF). Protože má RTF omezenou podporu matematických značek, je široce podporován jako "běžný textový standard".
Detailní dokumentaci naleznete v balíčku latex2rtf-doc.
Nástroj pro kontrolu konzistence souborů mp3
Vytiskne různé chyby a varování týkající se konzistence souborů mp3. Zobrazí proud vlastností (barevně). V současné době jsou podporovány pouze vrstvy 1,2,3, mpeg1.0+2.0 a kontrola CRC pro vrstvu 3.
mp3check se hodí především pro detekci nekompletních mp3 souborů. Může tak prozkoumat vaši kolekci souborů mp3 a nalézt všechny hudební soubory, které nejsou v pořádku. Dobře se používá v kombinaci se systémy sdílejícími hromady hudebních souborů.
Ovládá správce oken X kompatibilní s EWMH/NetWM
Wmctrl je nástroj příkazové řádky, který umí pracovat se správci oken kompatibilními s EWMH/NetWM (mezi ně patří Enlightenment, icewm, kwin, metacity a sawfish).
Wmctrl má rozhraní příkazové řádky, které vám umožní přistupovat k téměř všem volbám definovaným ve specifikaci EWMH. Např. minimalizovat okna, přilepovat je, nastavovat u nich možnost vždy nahoře. Také umí přepínat a měnit velikost desktopů a provádět řadu dalších užitečností.
Framework Telepathy - knihovna Glib
Tento balíček obsahuje telepathy-glib, knihovnu pro komponenty Telepathy založenou na Glib.
Telepathy je framework D-Bus sjednocující komunikaci v reálném čase, včetně instant messagingu, hlasových hovorů i videotelefonátů. Zobecňuje rozdíly mezi protokoly a nabízí jednotné rozhraní pro aplikace.
Nástroj OSD používající libaosd
aosd_cat je pokročilý nástroj OSD založený na libaosd. Používá se pro různé upozornění OSD a ve skriptech shellu.
Generátor pozadí obrazovky
XStarfish vytváří z vašich obrázků různé dlaždice na pozadí, k tomu používá náhodná čísla i matematické funkce. Nepracuje přímo se zdrojovými obrázky, takže může vytvářet další obrázky téměř navždy bez toho, aniž by mu došel materiál.
Správa konfigurace a verzí používající AtFS
ShapeTools je kolekce programů pro podporu správy konfigurace software v UNIXovém prostředí. Sestává se z příkazů na kontrolu verzí a atributů a konfigurační interpreter a vytvářecí nástroj ("shape"). Balík nástrojů je postaven nad Attributed File System (AtFS).
ShapeTools je vytvořen tak, aby mohl smysluplně koexistovat spolu s jinými UNIXovými nástroji pracujícími se soubory. Tato distribuce také obsahuje prototyp pro úplně ovládání změn a systém správy verzí vytvořený ke správě vývoje verzí systému v projektech vývoje software, kde spolupracuje více programátorů.
Qt aplikace pro prohlížení stromů GIT
Pomocí qgit budete moci prohlížet revizní strom, prohlížet obsah záplat a měnit soubory, graficky následovat různé vývojové verze. Hlavní vlastnosti:
Prohlížení revizí, rozdílů, historie souborů, anotací souborů, stromu s archívy.
Vizuální potvrzení změn vybráním upravených souborů.
Potvrzení nebo formátování záplat z vybraných verzí, přetahování verzí mezi dvěma instancemi qgit.
qgit implementuje GUI pro většinu běžných příkazů StGIT jako push/pop a potvrdit/formátovat změny. Také vám umožní vytvářet nové záplaty nebo aktualizovat stávající pomocí podobné logiky jako používá git commit, např. výběrem upravovaných souborů.
Zobrazí a upraví nastavení kódu regionu na zařízení DVD
Regionset: je malý nástroj, který zobrazí a nastaví region/zónu na mechanice DVD. Tak vám umožní dešifrovat DVD prodávaná v této geografické zóně. Výrobci HW zpravidla omezují počet těchto změn, ale tuto změnu je nutné provést alespoň jednou, při koupi nové mechaniky.
Zachrání soubory z poškozených CD a DVD (rozhraní ncurses)
Dares skenuje obrazy CD/DVD nebo přímo samotná CD/DVD a zjišťuje jejich obsah. Také se používá v situacích kdy není možno souborový systém (ISO-9660 nebo UDF) připojit nebo je poškozen.
Ovladač USB myši Logitech
lomoco umí nastavit specifické volby USB myši Logitech (připojené do portu USB). Je podporována řada zařízení. Program se převážně hodí pro nastavování rozlišení 800 cpi nebo vyšších na myších, které se zavedou s rozlišením 400 cpi (jako je MX500, MX510, MX1000, atd.). Přitom vypne SmartScroll nebo Cruise Control což se hodí především těm uživatelům, kteří chtějí raději používat tato tlačítka jako běžná tlačítka myši. Také umí zjisti úroveň nabití baterií z bezdrátové myši.
WINGs Display Manager - náhrada xdm se vzhledem WindowMakeru
Toto je náhrada xdm založená na grafickém toolkitu WINGs. WINGs je sada grafických prvků inspirovaná systémem NeXT, kterou používá WindowMaker a některé další programy. wdm nabízí pěkný univerzální přihlašovací panel s veškerou funkcionalitou xdm.
Propagandistická pozadí pro Debian
Tento balíček obsahuje pozadí, která je možno použít jako pozadí desktopu. Byl vytvořen speciálně pro Debian a obsahuje obrázky z předchozích vydání balíčku Propaganda stejně jako některé jedinečné dlaždice.
Poznámka: Tento balíček neobsahuje obrázky obsahující logo Debianu.
Vizuální diff binárek, umožňuje porovnání binárních souborů
VBindDiff (Visual Binary Diff) zobrazuje soubory v šestnáctkovém a ASCII módu (nebo EBCDIC). Umí najednou zobrazit dva soubory a zvýraznit rozdíly mezi nimi. Oproti diff funguje dobře i s dostatečně velkými soubory (až 4 GB).
VBinDiff se nechal inspirovat porovnávacími funkcemi nástrojů ProSel od Glena Bredona a počítače Apple II. Jedno-souborový mód se pro změnu inspiroval nástrojem LIST aplikace 4DOS a jemu podobným.
Služby GNOME keyring (daemon a nástroje)
gnome-keyring je daemon podobný ssh-agent a dalším aplikacím, které se mohou používat pro ukládání hesel a dalších citlivých informací.
Program může spravovat různé klíče, každý z nich může mít své vlastní hlavní heslo. K dispozici jsou také klíče sezení, které nejsou ukládány na disk a jsou zapomenuty v okamžiku ukončení aplikace.
Modul PAM pro odemknutí klíčenky GNOME po přihlášení
Tento balíček obsahuje modul PAM, který automaticky odemkne klíčenky pomocí vašeho přihlašovacího hesla a zjednoduší tak používání klíčenky gnome bez ztráty jejich výhod.
GDM a gnome-screensaver začne používat tento modul hned po jeho instalaci a bude pomocí něj odemykat klíčenku při přihlášení a po odemknutí šetřiče obrazovky.
Modul FUSE pro připojení obrazů souborových systémů ISO
Tento balíček obsahuje modul sloužící k připojení obrazů souborových systémů ISO pomocí FUSE. Za pomoci FUSE je možno plně přistupovat k souborovému systému za pomoci uživatelské části programu.
Také umí připojit stopy .BIN, .MDF, .IMG a .NRG.
Nástroje pro práci s formátem MNI užívaném v medicíně
Tento balíček obsahuje nástroje pro práci se soubory MINC.
Souborový formát Minc je flexibilní formát medicínských obrázků postavený na datovém formátu NetCDF. Formát to je jednoduchý, samopopisný, rozšiřitelný, portovatelný a n-dimenzionální. Obsahuje programovací rozhraní jak pro nízkoúrovňový přístup k datům, tak i pro přístup vyšší úrovně. Nad knihovnami je kolekce obecných nástrojů pro manipulaci s obrázky. Formát, knihovny a nástroje jsou vytvořeny tak, aby byly používány v medicínském prostředí: jsou jednoduché, výkonné a mají pěkné uživatelsky přívětivé rozhraní.
Nástroje vyhledávání IP pro příkazovou řádku používající knihovnu GeoIP (databáze zemí)
Tento balíček obsahuje svobodnou databázi GeoLiteCountry.
Miniaturní editor ve stylu GNU Emacs
Tento program je malý, rychlý a vysoce přenosný editor pro lidi, kteří nemohou (nebo nechtějí) používat opravdový editor Emacs. Je kompatibilní s GNU, protože nebyl žádný důvod se učit něco jiného než to co se již používá v Emacs.
Další balíčky s podobným zaměřením jsou
jove a xjove;
ng-cjk, ng-cjk-canna a ng-latin;
qemacs a qemacs-nox; a
Truetypová arabská písma KACST
Tato kolekce truetypových arabských písem byla vytvořena společností "King Abdulaziz City for Science and Technology (KACST).
Balíček GNU R pro úpravu multinominálních problémových modelů MNP
MNP je balíček R, který se hodí pro vytváření baesovských multinominálních problémových modelů (MNP) pomocí Markovovoa řetězce Monte Carlo (MCMC). Spolu se standardním modelem umí také vytvořit modely s různými množinami voleb pro každé sledování a kompletní nebo částečné uspořádání všech možných alternativ. Odhad je postaven na vhodných mezních datech přírůstkového algoritmu, který vyvinul Imai a van Dyk (2004).
International Components for Unicode (Mezinárodní komponenty pro Unicode)
ICU je C++ a C knihovna poskytující robustní a úplnou podporu locale a Unicode. Tento balíček obsahuje běhové knihovny pro ICU.
Generátor online galerie
iGal2 je perlový program, který umí generovat kompletní online galerii obrázků (HTML snímky, náhledy a stránku s indexem) jednoduše spuštěním jediného příkazu.
iGal2 vznikl přepsáním iGal (který není dál spravován) a přináší různé nové možnosti a schopnosti.
Kontrola pravopisu pro dokumenty SGML
Tento balíček obsahuje kolekci nástrojů, které můžete používat pro automatickou kontrolu pravopisu dokumentů SGML. Jednou z předností tohoto nástroje oproti dalším programům pro kontrolu pravopisu v dokumentu SGML je, že skenuje dokumenty ve stejné formě s jakou pracuje analyzátor SGML, což znamená, že není řádkově orientovaný, ale rozpoznává jednotlivé entity, text rozděluje podle jednotlivých sekcí, atd.
Tento nástroj také umí částečně pracovat s DTD, s ohledem na kontrolu pravopisu obsahu jednotlivých značek, které nereprezentují běžný text, jako je <programlisting> v DocBook. Seznam výjimek DocBook DTD je obsažen, další značky je možné snadno přidávat.
Databázové nástroje Tokyo Cabinet
Tokyo Cabinet je výkonná knihovna podobně jako GDBM nebo NDBM. Má hashové databáze a B+ databázový strom a přitom je vyvíjena jako nástupce QDBM pro tyto tři účely: dosažení vyšší rychlosti, menší velikosti databázového souboru a zjednodušení API.
Tento balíček obsahuje databázové nástroje Tokyo Cabinet.
Nástroj pro rippování/kódování/označování v terminálu
crip vytváří soubory Ogg Vorbis/FLAC/MP3. Hodí se pro každého (zejména pro perfekcionisty), kdo chce vytvořit soubory z CD a přitom je chce mít správně popsané a v profesionální kvalitě záznamu. Přitom vás to bude stát minimum úsilí a bude mít kontrolu nad vytvářeným záznamem plně v rukou. Současná verze crip podporuje pouze Ogg Vorbis a FLAC.
Tento skript je speciální v tom, že umí pracovat s vorbisgain/replaygain a také umí provádět normalizaci (nastavení hlasitosti přehrávání na co nejvyšší úroveň bez ořezu/deformace), hromadné označení/přejmenování, které vám umožní snadno spojovat související stopy dohromady. Také umí ořezat ticho na začátku a konci zvukové stopy.
Dekomprimuje soubory flash obsažené v BIOSu PHOENIX
Phnxdeco je program, který dekomprimuje obrazy BIOSu, které jsou uloženy v BIOSu PHOENIX.
Pokročilý optimizér PNG (Portable Network Graphics)
OtpiPNG je optimizér PNG, který rekomprimuje obrázky a zmenší tak jejich velikost. Provádí bezeztrátovou kompresi bitové hloubky, barevného modelu a palety barev obrázku, k tomu spouští kolekci kompresních metod a strategií a vybírá kompresní parametry, které zajistí tu nejmenší velikost souboru. Také rozpozná různé formáty souborů jako BMP, GIF, TIFF a PNM (PBM, PGM, PPM).
VTWM je rozšířená verze správce oken TWM, která přidává mnoho vlastností, hlavně však virtuální plochu, což znamená, že to, co zrovna vidíte na obrazovce, je jen část rozsáhlejší plochy. Posun po virtuální obrazovce je triviální operace myší ve zmenšené reprezentaci pracovní plochy.
Překládá pohyb joysticku na odpovídající klávesové zkratky
joy2key vám umožní nastavit konkrétní události provedené při pohybu/stisku tlačítek joysticku tak, že ho bude možno používat i v těch aplikacích, které ho nativně nepodporují.
Vzdálené inkrementální zálohy
rdiff-backup také může fungovat v rouře, podobně jako rsync (k tomu je potřeba dostatečný průtok dat po síti). Takže ho je možno používat v kombinaci s ssh k bezpečným zálohám pevného disku na vzdálené místo a přitom jsou přenášeny pouze rozdíly. Konečně rdiff-backup se snadno používá a výchozí volby jsou nastaveny na ty rozumné hodnoty.
Příslušenství pro vytváření tabulek HTML
Freetable je skript v Perlu, který generuje tabulky HTML trochu jednodušším způsobem. Tento skript funguje jako filtr, čte standardní vstup a zapisuje ho na standardní výstup.
Vstupní syntaxe je zhruba takováto:
<wwwtable table-options...> počáteční text (např. <caption> ... </caption>). (X, Y) nastavení pro buňku (X, Y) text pro buňku (X,Y)... ((X,Y)) nastavení pro buňku s hlavičkou X,Y text buňky s hlavičkou (X,Y)... </wwwtable>
Řádky a buňky mohou být určeny v libovolném pořadí, číslování začíná hodnotou 1. X a/nebo Y mohou být nahrazeny regulárním výrazem, explicitním rozsahem nebo dokonce libovolným kódem jazyka Perl, kterým se určí řádky a sloupce. Volby nebo text (nebo oba najednou) mohou být pro určitou buňku vynechány. Buňky mohou být kompletně vynechány, pokud jsou prázdné nebo jich je méně. Buňky mohou obsahovat běžný text v jazyce HTML, včetně dalších tabulek.
Fonty s pevnou šířkou pro DOSová kódování
Balík obsahuje pěkné fonty s pevnou šířkou v různých kódováních DOSu. Většinou se hodí pro Dosemu, ale můžete je použít i v terminálech, editorech, apod.
Tento balík obsahuje následující kódové stránky: CP437, CP850, CP852, CP855, CP860, CP863, CP865, CP866, MIK a RUSCII.
Překladač chemických vzorců a reakcí
chemeq je základní samostatný filtr napsaný v jazyku C, flex a bison. Jeho vstupním řetězcem je toto: 2H2 + O2 ---> 2 H2O a výstupem je kód v LaTeXu, který zapisuje danou chemickou reakci.
priklad:~/src$ echo "2H2 + O2 ---> 2 H2O" | chemeq -lc 2\,H_{2}\,+\,O_{2}\,\rightarrow\,2\,H_{2}O OK
Modul stavu bezdrátové sítě pro panel Xfce4
Modul WaveLAN zobrazuje informace o zařízení pro bezdrátovou síť.
Stav signálu: ukazuje, jestli byl zjištěn signál.
Kvalita signálu: momentální kvalita signálu.
Název sítě: aktuální SSID bezdrátové sítě.
Kolekce programů pro správu mobilního telefonu (pro konzoli)
Tento balíček obsahuje nástroje příkazové řádky a virtuální modemový daemon pro telefony bez podpory AT.
SMS daemon pro mobilní telefony
SMSD (daemon SMS) obsluhuje automatizované posílání a přijímání krátkých textových zpráv přímo z prostředí backendové aplikace. Je vytvořen tak, abyste mohli přidávat další moduly (pluginy), které mu umožní spolupráci s různými backendy a sdílení běhové konfigurace a knihoven Gnokii.
Tento balíček obsahuje současný daemon a souborový backend. Pro podporu jiných backendů je potřeba nainstalovat odpovídající balíčky s moduly.
Programy pro správu mobilního telefonu (rozhraní X)
Tento balíček používá rozhraní X11 (xgnokii).
Z formátu DocBook vytvoří DVI, PostScript a PDF
DocBook to LaTeX Publishing provádí převody dokumentů SGML/XML DocBook na DVI, PostScript a PDF tak, že je nejprve převede do podoby LaTeXu. Přitom podporuje značky MathML 2.0. Původně vznikl jako varianta DB2LaTeX, ale nyní je již mnohem rozšiřitelnější a také je aktivně spravován svým autorem.
Knihovna pro znázornění startu programu (sdílená knihovna)
Startup-notification je knihovna, která umožňuje programům poskytnout uživateli vizuální zpětnou vazbu, že se spouštějí. Typicky je to implementováno jako "zaneprázdněný" kurzor. Knihovnu v současnosti využívají programy GNOME, ale je součástí kolekce obecných knihoven pro pracovní plochu freedesktop.org.
Bezpečné šifrování a dešifrování souborů a proudů
Příkazový nástroj pro zaobrazení EXIF informací z JPEG souborů
Většina digitálních fotoaparátů vytváří EXIF soubory, což jsou JPEG soubory s přidanými značkami, ve kterých se nachází informace o obrázku.
'exif' je malý prográmek pro příkazovou řádku, který umí zobrazovat EXIF informace ukryté v JPEG souborech.
Zobrazuje krátký text přes celou obrazovku
Screen Message zobrazuje danou víceřádkovou zprávu tak, jak je jenom možné, tzn. přes celou obrazovku a černé na bílém. Text je možno zadat při spuštění sm, nebo ho upravit přímo za běhu programu.
Program se hodí pro posílání zpráv v místnosti, např. během vyučování ve škole. Pro rychlejší spuštění programu se doporučuje přiřadit mu nějakou zkratkovou klávesu.
Zpráva o jazyku Haskell 98 a revidovaných knihovnách & addenda
Haskell je nestriktní, čistě funkcionální programovací jazyk. Tento balíček obsahuje definici ve formátech HTML, PS a PDF. Jedná se o revidovanou zprávu "The Haskell 98 Report" a "The Haskell 98 Library Report", opravující chyby dokumentované v "Errata for the Haskell 98 Language Report" (které jsou též přiloženy).
Také obsahuje "Foreign Function Interface" (FFI) addendum a "Hierarchical Modules addendum" ve formátech PS a PDF.
Nástroj pro sestavení souborů ve stylu souborů WAD hry Doom
DEU's Texture Companion (DeuTex) je editor zdrojů, který umí do souborů WAD (datové soubory hry Doom) umístit i získat grafiku, úrovně, zvuky a další informace.
DeuTex je nástroj příkazové řádky a používá se především pro vytváření souborů WAD při proceduře automatického sestavení, které bývá zpravidla prováděno pomocí souboru Makefile.
Skriptovací jazyk vektorové grafiky inspirovaný MetaPost
Asymptote je šikovný skriptovací vektorový jazyk určený k technickému kreslení a inspirovaný MetaPost s vylepšenou syntaxí podobnou C++. Asymptote obsahuje prostředky pro vytváření vysoce kvalitních sazeb srovnatelných s těmi co vytváří LaTeX.
Modul GKrellM pro prohlížení poštovních schránek ve více panelech
Modul GKrellM pro sledování schránek typu mbox, maildir a MH ve více panelech gkrellm.
Nástroj příkazové řádky určený k prohlížení obrázků v X11
xli vám umožní prohlížet následující typy obrázků: FBM Image, Sun Rasterfile, CMU WM Raster, Portable Bit Map (PBM, PGM, PPM), Portable Network Graphics (PNG), Faces Project, GIF Image, JFIF style jpeg Image, Utah RLE Image, Windows, OS/2 RLE Image, Photograph on CD Image, X Window Dump, Targa Image, McIDAS areafile, G3 FAX Image, PC Paintbrush Image, GEM Bit Image, MacPaint Image, X Pixmap, X Bitmap.
Porovná obsah archívů zip
zipcmp porovná dva archívy zip a zkontroluje zda obsahují stejné soubory, porovná jejich jména, nekomprimovanou velikost a CRC. Pořadí souborů a komprimovaná velikost je ignorována.
Spojí archívy zip
zipmerge spojí zdrojové archívy zip do cílového archívu zip. Ve výchozím nastavení jsou soubory ve zdrojovém archívu přepsány stávajícími soubory stejného jména cílového archívu zip.
Nástroj pro výuku zlomků pro KDE
KBrush je program pro výuku počítání se zlomky.
Přejmenuje přílohy "za letu"
Renattach je malý, šikovný a neobyčejně efektivní filtr vytvořený primárně pro přidání další úrovně zabezpečení uživatelů Windows, kteří posílají zprávy skrz unixový (a jemu podobný) emailový server. Spousta moderních virů se rozšiřuje právě pomocí emailu a renattach s nimi bojuje právě tím způsobem, že filtruje zprávy podle přípon přiložených souborů. Myšlenka spočívá v přejmenování nebezpečných přípon souborů (spustitelné soubory) takže uživatel, nebo jeho chatrný emailový klient náhodně nespustí podezřelý soubor.
Kolekce jednoduchých programů pro manipulaci s písmem Typu 1
Nástroje t1utils vám umožní provádět konverze mezi PFA (ASCII) a PFB (binární formát); rozebrat soubory PFA a PFB do čitelné podoby; znovu je spojit do formátu PFA a PFB. Také vám umožní získat písma ze souboru ATM/Laserwriter (Macintosh), nebo vytvořit písmo Macintosh Typu 1 z písma PFA a PFB.
V současné době obsahuje celkem šest programů:
t1ascii Konvertuje soubory PFB do formátu PFA.
t1binary Konvertuje soubory PFA do formátu PFB.
t1disasm Rozebere písmo typu 1 (ve formátu PFA nebo PFB) do čitelné textové podoby, kterou je možno ručně upravovat, dělit, měnit pokyny, atd...
t1asm Spojí čitelné písmo vytvořené t1disasm typu 1 do souboru PFA nebo PFB.
t1unmac Získá zdroje POST z písma typu 1 Macintosh (ATM/Laserwriter) do formátu PFA nebo PFB, který je možno použít i mimo systém Macintosh.Soubor Macintosh by měl být uložen ve formátu MacBinary, AppleSingle, AppleDouble nebo BinHex, případně ve své surové podobě. Pamatujte, že tlunmac nemusíte spouštět na počítačích Macintosh, naopak vám zpřístupní písmo Macintosh typu 1 na vašich unixových počítačích a PC.
t1mac Vytvoří soubor Macintosh typu 1 z písma ve formátu PFA a PFB typu 1. Výsledek bude ve formátu Macintosh MacBinary, AppleSingle, AppleDouble nebo formátu BinHex, případně ve své surové podobě. UPOZORNĚNÍ: Tento nástroj není potřeba používat na počítačích Macintosh, protože ty neumí číst surová písma typu 1. Měli byste tak vytvořit vhodný balíček písem obsahující bitmapová písma. Pokud ještě takový balíček písem nemáte, T1utils vám při jeho vytváření nepomůže.
Generátor náhodných vět podle gramatických pravidel
PolyGen je program pro vytváření náhodných vět podle gramatických pravidel, které se drží syntaktických zvyklostí a slovních pravidel.
Formálně se jedná o interpretr vlastního jazyka vytvořeného pro definici jazyků, kde interpretovat znamená vykonávat zdrojový program v reálném čase a eventuálně zobrazovat jeho výstup.
Zdrojovým programem jsou gramatická pravidla a vykonávání programu se skládá z jejich průzkumu a výběru náhodných cest. Výsledkem je vytvořená věta.
I když je PolyGene celkem seriozní nástroj, co může být lepší než použít tento nástroj pro parodování jazykovědných pravidel, stereotypů a trendů?
Princip parodování je zaměřen na zesměšnění předmětu a eventuální abstrakci jeho pravidel a schémat (zde podle pravidel gramatických definicí) pomocí různých variací. Náhodnost je pro to zcela ideální a tak díky tomu je zajištěno čistě anti-sémantické chování =:)
Gramatické definice pro PolyGen
Tento balíček obsahuje různé gramatické soubory vhodné pro zpracování pomocí polygen.
Databáze podobající se LDAP - nástroje
ldp je databáze s vestavěným LDAP nad TDB.
ldp zpřístupňuje databázi s API LDAP vytvořeném tak, aby ho bylo možno používat v jiných aplikacích. V některých ohledech se jedná o řešení nacházející se někde mezi databází a skutečnou databází LDAP.
Sdílená knihovna pro komunikaci se servery SMB/CIFS
Tento balíček obsahuje sdílenou knihovnu, která klientským aplikacím umožní komunikovat s Microsoft Windows a servery Samba pomocí protokolu SMB/CIFS.
Klienti příkazové řádky SMB/CIFS pro Unix
Samba je implementace protokolu SMB/CIFS pro Unixové systémy, poskytující podporu pro sdílení souborů a tiskáren napříč platformami Microsoft Windows, OS X a Unixovými systémy.
Tento balíček obsahuje nástroje příkazové řádky používané pro přístup k serverům Microsoft Windows a Samba včetně smbclient, smbtar a smbspool. Nástroje používané pro připojení sdílení v síti najdete v balíčku cifs-utils.
Zasílá vlákna RSS pomocí emailu
rss2email je jednoduchý program, který můžete spouštět pomocí crontabu. Program sleduje vlákno RSS (nebo atom) a posílá vám pěkně formátované emailové zprávy pro každou novou položku zvlášť.
Vizualizér dynamických simulací molekul
gpdc je grafický program pro vizualizaci výstupních dat z dynamických simulací molekul. Čte vstup ve standardním formátu xyz, stejně jako dalších volitelných formátů a výstup vytváří pomocí snímků ve formátu JPG nebo PNG.
Ukázkové soubory pro program gdpc
Tento balíček obsahuje ukázkové příklady použitelné v programu gdpc.
Aplikace Window Maker monitorující systémové informace
WMMon monitoruje zatížení CPU stejně jako průměrnou zátěž systému a kromě toho má i některé další pěkné vlastnosti. Program je určen tak, aby fungoval jako dokovatelná aplikace prostředí Window Maker.
aktuální zatížení CPU;
průměrné zatížení systému, podobně jako xload a wmavgload;
aktuální zatížení I/O disku;
průměrné zatížení I/O disku;
aktuální zatížení paměti a swapu;
dobu běhu systému;
GUI knihovna GNUstepu - běžné soubory
GUI knihovna GNUstepu je výkonná knihovna tříd grafického uživatelského rozhraní napsaná plně v jazyku objective C; třídy jsou založeny na specifikaci OpenStep a poskytují uživateli tradiční vzhled a chování jako Nextstep.
Tento balíček obsahuje běžné soubory využívané GUI knihovnou GNUstepu.
GUI knihovna GNUstepu - spustitelné soubory
Tento balíček obsahuje podpůrné soubory pro běh programů využívané GUI aplikacemi GNUstepu.
Grafy závislosti balíčku na steroidech
Velmi šikovný a mnohostranný nástroj pro generování závislostních grafů zobrazujících vztahy mezi balíčky .deb.
Graf je generován ve formě souboru .dot, který se používá jako vstup nástroje „dot“ balíčku graphviz. Informace obsažené v grafu je možné nastavit pomocí parametrů příkazu.
Podporuje: regulární (přímočaré) závislosti, reverzní závislosti, zobrazení nainstalovaných balíčků, virtuální balíčky, alternativy a mnohem více.
GTK+ prohlížeč 3D modelů
G3DViewer je prohlížeč 3D souborů s rozhraním GTK+ podporující různé typy souborů díky pluginu LibG3D. Modely je možno prohlížet a vykreslovat pomocí OpenGL. Mezi možnosti vykreslení patří bezokrajové vykreslení, stíny, izometrický pohled, zrcadlové nasvícení a textury.
Pro seznam podporovaných formátů se podívejte na „libg3d-plugin*“.
Získá soubory CAB z instalátorů InstallShield
Tento program získá soubory CAB z instalačních souborů InstallShield, které se instalují na zařízeních Windows CE nebo desktopech s Windows.
Z obrázků vytvoří statické galerie v HTML
Imageindex vytváří statické galerie obrázků a přitom se drží standardu HTML (většinou se jedná o obrázky ve formát JPG, ale můžete pracovat s obrázky v libovolném formátu). Některé vlastnosti programu jsou:
Generuje náhledy pouze zastaralých obrázků
Nadpisy jsou získávány z komentářů obsažených v obrázcích (nikdy se neztratí!)
Výstup je možno upravovat pomocí CSS stylů
Umí získávat hlavičky EXIF fotografií digitálních kamer
Volitelně umí rekurzivně procházet stromovou strukturou souborů
Vytváří pohledy na index, detaily, prezentace a snímky
Pro přehrávání video-souborů používá mplayer.
Kolekce nástrojů sloužící k obsluze objektů ELF
Elfutils je kolekce nástrojů obsahující eu-ld (linkovací zařízení), eu-nm (pro procházení symbolů objektových souborů), eu-size (pro procházení velikosti oblastí objektu nebo souboru s archívem), eu-strip (pro zrušení symbolů), eu-readelf (pro prohlížení struktur souboru ELF) a konečně i eu-elflint (pro kontrolu formy souborů ELF).
Hledá typografické chyby v LaTeXu
ChkTeX hledá typografické chyby v dokumentech LaTeXu:
Podpora více jak 40 varování.
Podpora příkazu ``\input''; jak ve verzi TeX tak LaTeX. V současné době přidává soubory. ``TEXINPUTS'' je ekvivalentem hledané cesty.
Inteligentní obsluha varování/chyb. Uživatel může zesílit/vypnout varování podle sebe. Také můžete vypnout varování v hlavičce souboru; tak odstraníte převážnou část nechtěných hlášení.
Podpora LaTeX 2.09 a LaTeX2e.
Pružná obsluha výstupu. Obsahuje některé předdefinované formáty a umožňuje uživateli vytvářet své vlastní. Přitom se používá syntaxe podobná ``printf()''. Také je obsažen mód kompatibilní s ``lacheck'', který se používá v kombinaci s Emacs AUC-TeX.
Generátor karet pro bridge
Tento program generuje rozdání karet pro bridge. Můžete mu říct, aby rozdal karty tak, aby byly rozdány rovnoměrně podle nastavení HCP, řízení a dalších uživatelsky definovaných nastavení. Výstup karet pro jednotlivé hráče můžete zobrazit v různých formátech, např. v pnb pro zpracování v dalších programech bridge, rozdat si je sám sobě, nebo rozdělit do souboru podle hráče pro cvičení se ve hře. Program je možné rozšířit pomocí Tcl.
Extrahuje předdefinované části souboru ASCII
Program slice čte vstupní soubor a rozdělí ho na předdefinované části, které se mohou překrývat. Tyto části jsou určeny bloky, které jsou definovány počátečními a koncovými značkami, které se nachází v souboru. Finální výstup je vytvořen podle pravidel, které se sestávají ze jména pravidla, operací a volitelných kulatých závorek.
Malé nástroje pro malé a vestavěné systémy
BusyBox kombinuje malé verze spousty běžných UNIXových nástrojů do jediného malého spustitelného souboru. Poskytuje minimalistickou náhradu pro většinu běžných nástrojů, které obvykle nacházíte ve svém systému (např. ls, cp, mv, mount, tar, atd.). Nástroje obsažené v BusyBoxu obsahují obvykle méně voleb než jejich plnohodnotní GNU příbuzní; ovšem obsažené volby umožňují očekávanou funkcionalitu a chovají se velmi podobně jako jejich GNU protějšky.
Tento balíček nainstaluje spustitelný soubor BusyBoxu, ale nenastaví žádné symbolické odkazy pro podporované nástroje. Některé z nástrojů je možné v systému využít nainstalováním balíčků busybox-syslogd, busybox-udhcpc nebo busybox-udhcpd.
Samostatný záchranný shell s hromadou vestavěných utilit
busybox-static vám poskytne staticky linkovaný jednoduchý, samostatný shell, který obsahuje všechny utility dostupné v BusyBoxu. Balíček je určen pro použití jako záchranný shell, v okamžiku potíží se systémem. Zadáním "busybox sh" získáte samostatný shell připravený odvrátit zkázu vašeho systému. Zadáním "busybox" zobrazíte seznam dostupných vestavěných příkazů.
Balíček GNU R obsahující třídy matic hustoty a rozptylu
Tento balíček obsahuje třídy S4 a metody pro lineární algebru používající matice hustoty nebo rozptylu. Matice rozptylu používají kód z balíčku matic LDL a z balíčku Metis (obsahuje algoritmy štěpení).
Grafický editor POSIX ACL a rozšířených atributů uživatelů
Grafický nástroj pro manipulaci s ACL POSIX a rozšířenými atributy uživatelů určenými pro prostředí GNOME. Program je možno pěkně integrovat do správce souborů Nautilus, ale také může fungovat jako samostatná aplikace.
Polo-empirická kvantová chemie (binárky)
MOPAC obsahuje prostředky pro řešení elektronových struktur molekul na polo-šarlatánské úrovni. Používané metody jsou MNDO, MINDO/3, AM1 a PM3.
Tento balíček obsahuje binárky MOPAC7.
Dokazovací asistent používající logiku vyššího řádu (s rozhraním gtk)
Coq je osvědčený pomocník vyšší logiky, který vám umožní vytvářet konzistentní počítačové programy pomocí jejich formální specifikace. Je vytvořen za pomoci Objective Caml a Camlp5.
Tento balíček obsahuje CoqIde, grafické uživatelské rozhraní pro vývoj důkazů.
Asistent dokazovací logiky vyššího řádu (teorie)
Tento balíček obsahuje stávající teorie, na kterých může program zakládat, včetně teorie aritmetiky a booleovské algebry.
GNU kompilátor pro Common Lisp
GNU Common Lisp (GCL) je kompilátor a interpretr Common Lispu napsaný v jazyce C. V zásadě odpovídá standardům definovaným v knize "Common Lisp, the Language I". Díky návrhu v jazyce C se pokouší dosáhnout kompromisu mezi výkonem a přenositelností.
