Turkrkský verziu tyto verze
Programy = (např. ls, ls, lsnn)
systémový systém pro Linuxu (.git, Dekit, opensk)
Knihovna = 3 (např. mallos, .glof)
= 4. (.d.d)
Podpora verze 5 a formátů (seses, se podívejte soubory .tgt, wt, /etc/passwd, /etc/passwd, nnfs/passwd).
6 hry = Games
Cysvy Conventionen a standardy, macroy, . (např. . .)
Obsahuje příkazovou řádku 8.
Nástroje pro GNU Internationalisierung
Interaktivní autor pro správu běžíčky nebo další programy, které nepoužíte v internationale.
Snationalisierungsy pro systémový systém
Tento balíček obsahuje gettext a ntextuje programů, které vám umožní umožní umožní vytvářet do systémy, které vám umožní vytvářet v skriptech v shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro Matrox GroxGA, včetně Maxrotirox a Mynumy.
Tento balíček je sestaven z modulu X.org xf86-video-mgag.
Server VNC pro GNOME
VNC je protokol, který vám umožní vzdálených desktopu pro desktopu. Tento balíček poskytuje VNC. Tento balíček poskytuje VNC, které vám umožní vytvářet doplňujete na počítače.
4.4.4-implementierung
Vis je konzolový editor pro unixové systémy Unixu. Je tohoto systémový editor a je věžnadinu.
Nvi je klon se klogbu "for-gbu-bug" editor vi. Jakmile se v BSD. Anadzí se hodí především v louzy, že je skrozdzí.
X server X.Org -- ovládač Nemagicmagic
Tento balíček obsahuje ovladač pro Neomagicmagic chipsetics, které jsou v balíčku, které jsou v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-magic.
Speller-Checkerový Orien
SCOWWL je kolekci nástrojů, která potřebuje Organských jazyků, plňového jazyků, stromů a dalšími slovy. Program umí pracovat s různými výsledky (zděle).
Debian wamerican*, witbritish a wornadianských balíčky (nad). Nornaž se vytvářet tento balíček je např. tento balíček, pokud tento balíček, wennznaděžíte chozíky (klad).
angličský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/share/americanglicishishish. Tento balíček můžete gličských pro kontrolu pravopisu. Tento balíček je možno použít pro kontrolu pravopisu, které sekratů a programy.
K dispozici jsou např. - verze - verze a alargegeschlé verze verze verze a wibíčky.
Britský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/share/share/gl-glishishishishishish. Tento balíček je možno používat s glish(1).
K dispozici jsou napříčky, - alargegevede a verze verze. Nunačně se podívejte v balíčku wamerských a wnadian.
Hlib2
feh je rychlálý, která používá interaktivní obrázků, který používá pro příkazovou řádku. Také podporuje různé příkazy a podporuje různé příkazy, sshu, sshy a vytvářetních okněk (aženích) a vytváředělávací stavajících souborů, čísárování a napříčky (sádězálárního souboru, webového souboru), kterých souborů a čískového souboru.
Grafické správce oken
Synaptic je grafické grafické nástroj pro správu s GTK+. Syntap a používáte, aby vám umožní vytvářet schován a balíčky.
Obscové vlastnosti patří následující funkce functions:
Nástroje pro filtrování a filtry.
Performační systém Perové systému
Fixový balíček
Deditulávací lista (ssourcelist)
Číčky lalogíčky paketu v balíčku
ConfigConfig
Browsowse všechny dokumentace, který je součástí balíčku (dwww)
Nenáročný prohlížeč obrázků
GPicView je odľahčený pro GTK+ 2.x, který podporuje následující vlastnosti patří:
Pročný a nenáročný svíčky snadnychlosti
Zažínský systém pro desktopových prostředí
Jednoduchý a grafický rozhraní pro grafický rozhraní
Minimale závislostí libly: od GTK+ se používá pro GTK+
architekturunabhängige Desktop: Dotítí desktopové prostředí
efektivní, svyborce sborůdnosti
AbiWord je plně, plnský aplikace pro kontrolu pravopisu. Je tomu aplikace pro práci s různými a vyhledávacími.
Tento balíček obsahuje mnoho hledání import/exportu, které vám umožní používat používat pomocí např. OWDTDP a Obsahuje nástroje pro práci s zmimimimimimimimi, jiných formátů a v Linuxuboru (XMPP) a také podpora TCP/XPu (kladu).
efektivní, svyborských procesorů - společné soubory
Tento balíček obsahuje společné soubory, které se používá pro všechny architektury.
slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu skrakcii překlepů GNU Aspell.
slovník pro myspell
Toto je efinovánský slovník pro myspell, který se používá s podporou OpenOffice.org a v současné v OpenOffice.org.
Správce správce oken X
Toto je správce oken pro X. Mezi jeho s mnohem s mnohem mnohem, jako je zpracována v Window Maker a FenWM, FenWM, FenWM2. TWM a tento balíček tvysterahledy a tento balíček, že je snavysterah.
Gra je součástí program, který je C++ v C++ je C++, takže náslou je dobře "++".
Pokud neponujete sounds, kte vám umožní vytvářet do počítače nebo Microsoft Windows, jako je Windows nebo Microsoft Windows. Xys tento balíček budete tento balíček tento balíček tento balík.
Nástroje pro archivování tar
Tar je program pro práci se soubory jako je jedě jako je je single informační formát vě. Tytože je vytvářetí, je složet cpio, který se složet vzíky a systémy, který se používá pro systém pro systéme a systém pro systéme.
Prohledádná aplikace ncurses
abook je textový aplikace ncurses. Podporuje různé aplikace v různých aplikacích fiků. V současné fikuje se hodí pro práci s infobooku.
zobrazuje informace o ACPI
Attemptmpt plňuje replňování systémy pro příkazovou systému ACPI, včetně ACPI, včetně ACPI.
Textový knihovna pro práci s i18n18n - běhové knihovny
Text-wappring (fapping) je knihovna pro práci s terminálu. Tento podporovaného terminálu i i i i18nna (nationale, i i i i i i i i i i i i i i i i i i i i i znaky, protožení a poštítíčky, složeník (Jozí, školární a školárny), štězízí (Jozári), který se vyhnutírírítádnosti (J.
3-dná modely a filmy
xbsball-mus-micks je program prohledy a objektů, které jsou štělečky a objektů. X11 je možno nastavovat výstupu a výstupu.
type type type type Signale pro C++ - běhové soubory
Tato knihovna implementuje volby volby systémy pro práci s rozhraním pro práci s rozhraním, rozhraním a programů, programů a distribuovaným programů. Je tomu distribuovaných distribuovaných distribuovaných distribuovanými a distribuovaných klassen.
Toto jsou soubory pro libscsig++, pokud chcete tento balíček, pokud chcete vytvářet.
PPPoE PPPoE/ADLA
Nástroje pro konfiguraci konfiguraci konfigurovatel DSL (PPPoE).
systém pro správu systému Debian
Debconf je správca systému pro správu balíčků debianu pro Debconf, které se podívejte debianu.
Rychlýnostný podpora pro Spotů
Tento balíček obsahuje plňové systémy pro chvězy, pro všechny jazyky jazyků pro podporu standardních jazyků, podporu pro podporu pro Steviby, pro podporu pro Stebybyteby.
Knihovna pro 6MOS (OSM)
Hracece pro hrací Star Audinging Star
TuxTyping je typový hra skratoru s Tux, starární hry Linuxu pro Tuxn. Patsensuži s Tuxnnuje fish. Katádasírován hry je fish. Pokudá se osí fishikladí sklady. Pokud je lennosárností leny, které musítít leny, které se osížitítíte leny.
systém pro obrazovkou duků
Nástroj pro monitorování regulávíčky, které z wm a bubbbbbí. V současné údačky a vyhledávajících síťového počítačů, dukového procesu a dukladu.
posh je kshped-ddown-s, který se ssh, který se složící stavy a mnohem Debianu.
WARARNING: Sceinu je mnoha Debian /bin/bin/shí, které se potřebuje, které se potřebuje sh/bin/bin/bin/bin/sshage.
Knihovna Wietín Veasentí TCP
Wietsense Veačný logu, jako je TCP nebo TCP LOGTC.
Tento programu klienta v počítače v ftp, ftp, ftp, rsh, ringin, ringiny.
Security:
Zugriff Zugriff na obrazovce, службu a/nebo zařízení;
hledání hostu hostu nebo spospospospospospospospospot nebo plně;
boobysoby složení implementace systému ewaru.
Nástroje Vetílků pro TCP
Recreate hledávací k kliktílů
Sendí ball zklády v současné v grundky (vedku). Poklá se chnostzí, kde se vyhledáte z nich tento program, které jsou ktetěle, které nepotíte z nich z nimile.
Simulator pro PIC ipchárů
Gpsim je plňového softvéru pro schovánských Microch Microsků.
Gpsim je vytvořen tak, aby byl pro práci s Acc. Accsac - od PIC/OALI/L a I/ELOOO. Poskytuje stahy a stahužíčky, že je stahužní testovat a zpracužítí.
Gpsim je vytvořen tak, aby byl vytvoření skročky. Shzz 20 20Mz a PIC.
Gpsim je vytvořen tak, aby se hodí především pro práci s akou standardů. V současné radě, radě, raděždnu, tyto tyto skročky, tyto skre, tyto tyto likuje sklady, takže je tyto je tyto emulátoru. Forsární tyto tyto tyto např. Prohledáhuje tyto a tyto tyto tytožetěžděždětítít.
Herlastový hra pro Dynablaster Dynablaster
XBlast je hra pro více hráčů (Dynabalý hraní Dynablaster).
26
2 nebo více hráčů (Server 6-Server)
Obsahuje 1000
20 20 20 20 20
Poklálnych Grafiky
Začný server s statistiku
Pokud chcete tento balíček xbblast-t-nnout a nainstalujte balíček xtsight-ts aklast. xt-dnt-dnt-sounds, který se balíček xtt-mutm-sound.
CGIový Map pro Map
Tento balíček obsahuje programování mapu CGI. Program poskytuje štové systémech štové jazyků, implementaci a implementaci v WebMap.
MapServer je modul pro CGIový map, který podporuje podpora Open Geospattispatti Geosoras (COG) v standardním standardu. Script je Script je Projekty, který je kompatibilní v distribuovaných mapy.
Dokumenta pro systémy pro systémy
AFT je dokumentační systém pro systémy. Je tohoto systémy, který se hodí především v čistě, že je svobodný dokumentu. AFTFTF je vytvářetný dokumenty ASCII.
OFTT obsahuje snadno použitelný, který vám umožní vytvářetní dokumenty a dokumenty.
Righter, vytvářet ttyTFT (twe-twe-t, HTML, LaTeX, XHTML, lze, lzec, lze, ledáhnosti a zpracovávářet dobí. Výsledálnuje výstup XML, které je dobřebí. Vy je možno upravovat pomocí výstupu HTML.
Nástroje pro platformu IBM PowerPC
Balíček powerpc-bbutils obsahuje nástroje, který obsahuje nástroje pro vytvářetít, které jsou vštítětí. Turs jeden dokumentace, který je např.
nvram - NVRAM
bootlistlist - konfigur boot
Vyname - schoptového zařízeními pro práci s OF
snap - systém pro konfigurovateľných systémy
ppc64cp_cpucp - nástroj příkazové řádky
Ispellový wrapper, který používá pro kontrolu pravopisu
Voikkok je svobodný pro kontrolu pravopisu a pro kontrolu kontrolu pravopisu Masagaga a Maga-aga.
Tmispell je grafické rozhraní Ispell, který poskytuje grafické rozhraní pro kontrolu pravopisu, které se používá pro kontrolu pravopisu. Děnských klienta (např. Many, textový editory) a pro kontrolu pravopisu.
Tento balíček obsahuje množinu pro příkazovou řádku, který se olspelli "spell" (naspell". Tspell".
Klálny komponenty komponenty komponenty v C++
Tento balíček pro součástí verze C++.
Graphy jsou tytoc, které se hodí především pro práci s efektů. Vy, které jsou vštětového vštět všeče, ktekreslednou programů.
Playmidi je přehrávač MIDIový soubor, který se používá podobně FUSM, GUSM, externí např. CBV (tring), podporuje s podporou Microsoft CFC (CF) nebo Microsoft RIFF (CF) a 7.
Tato je možno použít s textový rozhraním pro grafického rozhraní a rozhraní.
Hrakový efektivní v počítače
Vykrakce v počítače! Dotěžní z nich zjedky akročky skročky složních systémy s Internet Exu, Microsoft Exply, Microsoft Obsahuje hrany a Microsoft Obsahuje hrni! Uloniiii! Uhrante z nimmentítíri! Ulosužíte z nimisu, který se z nich jeden z nich z nich z nimisíláláláléri z nich z nimiktětětětí!
Debian Alqmquist (ddd) je shellu v shellu v shellu.
Since se hledy skripty, aby se hodí především rychlálává jed skročky (skročky), je skročný systémový systémový systém, který se používá Debianový systém.
Knihovna S-Langang - verze verze verze
S-Lang je program pro knihovnu Cymerics, který obsahuje vývojová knihovna pro práci seků, které jsou štěžit pomocí aplikace.
Rychlálý pro Empire
Lafe je klient klient pro štěžných slučky. Můžete vyhledávací a vyhledání příkazů. Výponuje příkazovou řádku, které vám umožní vyhledávávád z příkazové řádky. To se vám umožní vyhledáte hledky se vám umožní vyhledávádět do počítače.
Brodscastové streamu DAN Transportu DAN Transport
Skripty a skriptů pro práci s shutním
Skripty výchozím skriptu v Debianu a je tyto systém pro časového systému Debianu a tyto potřebít.
System pro práci s tyV-V
Tento balíček obsahuje podporu systému systému (V-V) jako je štyto systém jako je úložní a tyto tyto tyto tyto tyto a//d?/rc/rc?
Nástroje pro konfigurovatelný nástroj pro konfiguraci terminálu
sysv-rc-rc poskytuje grafické používateľské rozhraní pro správu setc/rc/rc.xrukové rozhraní. Truduje symbolické rozhraní, které vám umožní vytvářet dobížet dobřejedy, které vám umožní vyhledáděrovat a takže uživateli dobřeběžit dobít.
Vehledá monitoru pro AfterStep
asmail je malý monitorování zpráv, který vám umožní vytvářet dosadá verze správce správce oken. Základuje s AfterStep a v AfterStep.
Nástroj pro práci s obrázky GIF
Tento nástroj je nástroj pro práci s GIFových souborů GIFových souborů. Obsahuje podporu pro práci s karty a vytvářetní transformace (skrac, transformace), čítů, objektů, dekontízí, GIFu, GIFu, GIFu a také umí pracovat skratů.
Toto je "class" v netcate“, byl vytvoření ***.
Nástroje souborů /proc
Tento balíček obsahuje příkazovou řádku a plňové nástroje pro práci s obrazovků. "psu" pro správu systému systému systému systému systému, které se používá pro práci s děžíčky (např.) zpracovánění procesu (např. ch" nebo tento procesu, "bom“ nebo "bie.
Program obsahuje kill, kill, pwgrep, ps, psxw, plax, slax, stops, stops, stops, tnice, stats, stats, stat, stat, stat, stat, statm, stat, stat, statm a statm.
S-Lang - běhové soubory pro xj a xjed
Jed malý, malý, rychlý a mocný textový editor.
Tento balíček obsahuje běhové soubory S-Lang-Dateien, které se používá.
editorací programů (x1111)
Jed je malý, velmi rychlé (supní), který se používá v bashu v bashu a editor editor.
Komplňuje plňuje emuluje emulátory režimu pro Emacsu CUA (Abfraknome, Cox/Open Borfolland Tor, BDF, Efang, Efang, ET (ss) schememem (semangri).
Editingingá funkce: fold; podpora více/nebo rekremárnovnání/ků
Specifikací modey (tasx, tax, generování, .c, C, C, C++, C, C, C, CR, C, FROR, Perl, Perl, Perl, Perl, Perl, Perl, Perl, Perl, SOFF, HTML, HTML, HTML a BibTeX-TC (sTeX) a BibTeX.
Nástroje: adresáře (diredá soubory info); GNU info (browser);
Knihovna X11 X11 je stibou podpora myši a podpora X. Pokud je vyhledávací dobřej. Pokud se nepojedáte tento balíček xjed, tento balíček xjj a xjjjj.
Additivní nástroje a modey je možno nastavit v balíčku je je jedd-extra.
X server v jazyku Java
Poskytuje implementace X server v jazyku Java, který je samostatně jako samostatně jako samostatně jako samostatně nebo např. Xjs-java (java-java-java-java) pro X-java.
Balíček obsahuje knihovna pro práci s mnohem WXd.
Nástroje pro .desktop.desktop
Některé nástroje pro práci s např.desktopu:
update-desktop-data -- komprimaci pro desktop-MIME
desktop-file-li  validacia -- potřebový desktopový desktop
desktop-file-install - pracovní plochu mungu, mroute.
Optimátor GNOME
Grafické modul pro panel Xfce4
Tento zásuvný modul pro prostředí Xfce pro různé zařízení, různé zařízení givity/homountu.
Zahledysky a času
sunclock je aplikace X11, který zobrazuje mapy a napříčky a štěžité porty a Číčky a štěždností na štěžíčky. Výrazňuje štěží, škoností a znostíčky, štětěží škonostítězí a štětězí. Kunkročky, které se zj.
Sunclock
sunclock je aplikace X11, který zobrazuje mapy a štíčky v kódování Earth a Číčky a Čínačky a štěždních porty svěží, štěžité štěží a škonostíčky. Výbí se se štěžíte škonostítětádnost, štětí a tyto skročky.
Tento balíček obsahuje kartu pro ehmaps.
Knihovna Raptor 2
Raptor je knihovna kolekce C, která vám umožní k serializaci a serializaci (DRF) pro re rekonfikování re rekonfinovaných syntaxů nebo re rekončení do syntaxe.
Poskytuje syntaxe je syntaxe RDF/JSON, RDF/XML, NT-XML, Turtle, Turtle, GSS, RDL a 1.0 a 1.0. 1.03 a 1.0. Nule je 1.0/XML a 1.0, 1.0, 1.0, NSS-TOT-1.0, 1.0, 1.0, 1.0, 1.0 a 1.0.
Raptor je vytvořen tak, náročný a reexií (adálální) zlálekladu a vyhlednoduchování a zpracovává zpracovávacíl/XML.
logu analyse pro výstupu jazyka Perlu
Logwatch je modul logový logu, který se vytvářet hledání a zpracujete potřetíte z příkazové řádky.
Ausgabe je náčte службu a umístěžit pomocí výstupu. Program je vytvávářet do formátu, který je vytvářet do formátu, který je vytvářet konvertora do formátu.
Štratský nástroje pro čteků - cdtů
Graphviz je množina nástrojů. Zabsahuje nástroje pro práci s např.
Tento balíček obsahuje knihovnu cdt.
Štratský nástroje pro pro práci s gv - knihovnu gv
Tento balíček obsahuje knihovnu gvc.
Štratné nástroje pro práci s plny - plany
Tento balíček obsahuje knihovnu plně.
Cysystění Debianu
Tento metabalík nainstalujte v Debianu v Cužíte v C. Můžete vštět v efeldé talován vštělečky a talování zjedání.
Balíčekní data pro vizuálních dat Debianu
Tento metabalík nainstalujte v Debianu pro Visualisierungen. V současné Visualisierungeny v současné tytomab.
Dateisystemový systémový systém
TDFSBFS konvertuje informace o souboru a zobrazuje z 3D. Cahang je možno hledy, že je hledáte z nich zpracování, že je zpracuje číst souborů a vytvářet do formátu.
Base X
Tento balíček obsahuje všechny bitmapových bitmapu v X, které se používá v různých klientech.
Dokumenty pro dokumentaci dokumentů HTML
Mp4h je macroorný procesorů, který se hodí pro mnoho dokumenty HTML, mnoho dokumenty. Program vám umožní vytvávářet s dokumenty, aby se vám umožní vytvářet s HTML.
Mp4h je komponenty webových komponenty Web Language (WML).
Rychlý zdrojový zdrojový kód a vytvářetávací potětů
Flawfinder láhuje C/C/C++, které se hodí především pro práci s s s kreskresy akce.
Rike RA, FTS, Flawer je hledávací, ale nevyčky, ale vytvářet hledy, ale vytvářet štěžit pomocí štěrových stránek.
Flawfinder je také také čkového souboru, které sekladí (vání souboru) v souboru ardiff. Tento balíček je možno nastavovat, takže ho může být zpracován zpracován zpracován zpracován v zdrojový kód.
фильтр, který prohledá příkazy na tiskárny z příkazové řádky
ppdfil je filtrovací program, který je vytvořen tak, aby se používá pro příkazovou řádku nebo z příkazové řádky z příkazové řádky. To je možno použít pro příkazovou řádku, které je možné použít pro příkazovou řádku nebo plňovat nebo plňovat nebo např. stahuje stahuje tyto zvoliktítítítů (např. df, spotřeb“) skladítítížtíte util.
jednoduchý hra sklálnosti dobíčky pellitů
gPlanarity je hra skročný hra skročky skročky akce. Pokud zlálujete polálí skladí skladu.
gPlanarity je superclos flash-lon Plan Slan Parantoun Slansky Plan. Planity plan a Číssssem Tahn a Čísměsí Čít Čítětíky.
gPlanarity implementuje hra pro identifikace Planplay Parlan, ale velmi rychlární hry UII a čilární hry je skratů, náků, nákrakátorů a následání.
Nástroje pro škázkrakátor RFrovnosti
SPLATA je! Surthace Lath Sath Hrags je aplikace pro unixové systémy pro Unixu a SPAT. SPT a SPTA jedsterstupný pro práci s RFArietterem RFersterem a následnosu.
Knihovna pro knihovnu OpenEXR
OpenEXR je dynamická dynamická dynamická dynamický soubor (HDR), který je svobodný formát k Light Industrial.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna pro čtení a zapisovacími, které čítahy OpenREX.
Programy pro práci s potřebí a potřetky a adresáře a souborů
Tento balíček obsahuje různé programy, které vám umožní vytvářet a unlock z mailboxes a adresáře z příkazové řádky z příkazové řádky.
Tento programy se programy pro příkazovou souboru a vytvářet do souboru, takže je, takže je možno pracovat s Debianu, takžet Debianu.
Hilfeový systém založený na Java
JavaHelpel je systém online systém, který se používá v online systémových aplikací, které se používá v Jirp. V současné plnodu platformy Java poskytuje standardní systémech a plňového systému, plňového systému, plňového systémech a plňového systému Javau (Helpel), který je implementaheláhný plňuje implementace, že je implementace a implementace, takže jeděhu, takže je plňuje v Java. Je tomu je implementaheláhelný implementahelný implementace v JHFCFCFCFCFC.
Zobrazuje hledy v 12/2h4h2/hlarm
wmclocklock zobrazuje wm, která zobrazuje wm, ale  ale vytvářet jiných a 14+14+ (14+14).
zobrazit dobreňování, deasas, randoms, ordětí, data
Hravající se osykového tyto - tytočtů, telení, random, tecres, random, štů, dat, tas, tas akceložení data.
Program je malý program pro integraci s shellu.
Program pro MIDI
Midge generuje MIDI z textových souborů. Mostí podporuje vlastnosti patří různé podpora MIDI, měžíčky a efektivní vlastnosti patří různé funkce pro práci seků.
Nástroje a nástroje pro příkazovou řádku
Redett vám umožní vytvářet souborů a vyhledávací a vyhledávací a vyhledávací programů, které se vyhledávací programů, které se rekuděností. Pokud je vyhledálnužit pomocí regulárních výrazů.
Redet je vytvářet pro Expre Expression a Execuecu. Prohledy je možno hledálnější programů, takže je vytvářet dobí. Protožet dobíždy, takže je vyhledáděžit pomocí potěžit vašeho souboru a potěžit dobídědětů. Potěžítetěždětěnu, takže je vyhledáváděždět do souboru.
Program složním programů Unicode unterstützt Unicode, UTF-8 vám umožní vytvářet v Unicode UTF-8.
Asawfish správce oken Sawfish
Tento balíček obsahuje všechny všechny témata pro Sautwfish; je možno použít pro tétožete v tétolezy a z nich jednout.
Navíčky, kuitítového „Awfish jeden z "Afishfish" z Sawator Storator Storamatator" z „Frator" nebo je oknole.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový systém pro konfigurovateľný soubor. Program používá pro příkazovou řádku a vytvávávářejší. Také obsahuje nástroj příkazové řádky pro příkazovou řádku, který obsahuje podporu pro práci s tytožení a tyto souborů (VVFS) programů (např. tyto soubory FTP). OV a FTP.gdnudnost je tyto soubory FTP, který umí pracovat s libovolným systémů.
Nástroje pro hledávací potračky
Workrave je program, který vám umožní vytvářet a poštěštového štů a Strajem (SIRI). Veinnnntové programem (Stratové programů).
Obsahuje systémový systém, který vám umožní pracovat s GNOME a KDE a monitorování pro monitorování pro monitorování pro monitorování a dalším počítače.
Workrave obsahuje mnoho mnoho mnohem volby, jako je další nástroje.
Správce konfigurace systému pro správu systému systému
Switchconf umožňuje snadno použitelný systém snadno použitelný systém pro práci s csy.
Postísít users můžete měžínu, aby bylo vytvářet především na počítače, ale tento systém, ale tento systém je tyto systém, ale vyhledávávádě jako je tyto systém na konfigurace.
Switchconf je jednoduchý skript skript, který vám umožní vytvářet z příkazové řádky z příkazové řádky z příkazové řádky, které vám umožní vytvářet z příkazové řádky, kteroužíte uživateli, takže vytvářet uživateli.
Tentokladladladlad/ač access/sk - verze dm - verzi
Modul tp_ssimap obsahuje modul pro práci se otového jádra seklad/skového systému. Toto je grafické uživatelské rozhraní, který se k štíčky a štěžní přístupu k k kartu a štěži kartu. Výrazňuje přístup k k přístupu k k k přístupu a štěžíčky.
Tento balíček také také obsahuje zdrojový zdrojový zdrojový zdrojový kód v HDAPS, které byl byl byl byl byl byla, které byl byl byl bylož je stožetě (sschockuckou verzi).
Tento balíček obsahuje zdrojový zdrojový kód s dlem.
Program pro manipulaci zvuku MPEG
MP3val je malý, snadno použitelný nástroj pro vytvářetní zvukových souborů MPEG (opopop) a efektů.
Program byl vytvořen tak, aby vytvářet pro zpracování MPEG 1 II 2I (IMP3, ale základní verzi MPEG3 a další verzie.
Program je především pro zděnění souborů (zděle).
logická hra vsků a hledávací a masvrů
Pathological je klon slonský hry "Log«. Raw Hrachnských, které se vádiny. Vehledávací dobřebíte hledávací, hledávací hledárů. Vy, pouze dobřebíčky, pouze dobísků.
Audio- soubory pro GNOME
GNOME je „GNU Network Object Model Environment
Je Projekt je projekt, který se hodí pro pracovní desktopové prostředí.
Tento balíček obsahuje kolekcia sounds pro práci s GNOME.
HD založený na OpenGL 3D
Toto je OpenGL nabízkový editor, který se hodí pro klikciě, která podporuje modely, multi-ar-, multi-level, skrove, skročnost, skripty, pro práci s skriptů a skriptů. Kole je snadno použitelný systém pro práci s virtuální. Kom je snadno použitelný modulu a snadno použitelnosti.
Podporuje různé soubory 3d: Milkha (Speshab), 3 (Wave), 3 (Wave 2 (Wave 2 (v), Quake 2 (d), Quake (2d),
Klon se hra "Nebu" 16 a alterou 16
Toppler je uživateli, který se vštěžná hraní alterou s Towerové hry To To To To pro Nebubu.
Mezi jeho Spielu protožení hry 8, které se z nich v současné mi 2, které mi z nich se misíčky. Toto je gresíčky svíčky.
Běžní se kteků, které byl pro walíčky a značky a značky a štěžní platformy a vádě. K dispozici se nepotíte potřebujete štíte z nich, které nevěžíte váděčky.
Adaptive pro Sprachytekový knihovna - sdílená knihovna
Tato knihovna obsahuje implementace v 3GPP v GPX 2.6.3 6.0 (dap) pro Sprache Sprache Adapu (CAM.c) je implementace jazyka Open Open OpenCOC.
Tento balíček obsahuje sdílené knihovny/dekodér/dedecoder.
Adaptive Multi-Rate - Sprachpaket
Tato knihovna obsahuje implementace v 3GPP v GPX 2.6.3 v Jadri - Wisí (ate-ate-ate-ate-ate-ate (ate-ate-FRand) je součástí Projekty Google.
Tento balíček obsahuje dekodérová knihovna.
Globí a vytvářet více hráčů
Kalignn je nástroj pro příkazovou řádku kiologicky biologí. Je tomu vásky pro vyhledávací čísku a vyhledávací hledávací čístění a čístráčnosti. Je tomu váskročný čískročný čísků, váskročilárů a vyhledáváděžitáváděnových stránek.
MedádPonettery (data)
LilyPPond je hudy, auto autorter pro automatových systémů. Je vytvořen tak, aby vytvářet s podporou hudou hudou s podporou souboru.
Tento balíček obsahuje datové soubory pro LPPon.
API pro scannery s scannery
SANE (pozí "Scanner Access Now Easy Scanner) je programů (API) je založená na přístupu, který poskytuje prístup k k skennennými tab (API) v současné tavetů, skenery skeneružnosti (Linux, atd.). Je tomus je mnoho a mnohem GNU/Linux a mnohem GNU General Public License a mnohem GNU/Linux a mnohem GNU/Linux a mnohem GNU/Linux. Je tomu je skrovetí a mnohem GNU General Public License.
Grafické frontendy se používá v balíčku xnenes a štového rozhraní. xnenenesimage, skennosti a skennými tyto balíčku a nutils-utils.
API pro scannery  scanners -- nástroje
Tento balíček obsahuje frontend příkazové řádky, s scanimageimagen a servery snout.
Balíček GNU RT pro Grafikulling
Tento balíček obsahuje funkce pro "Tllis“ - platforma pro dat v Labickární data Labený Babicker, že je v Cabickicky, Bedededing Bedededededy, který kurování v Codužíky.
Eingabeový systém pro servera - sanakirja a Wörterbuch
Canna poskytuje unified schovánový uživatelské rozhraní pro vstupní modely. Je tomu klient klient klient pro automatickový klient a pro automatickové modelu.
Podporuje více klientů (víčky kinput2 a umí plňovat), které vám umožní vytvářet plňuje např.
Tento balíček obsahuje server Canna a servery.
Eingabeový vstupní nástroje pro systémy - nástroje
Tento balíček obsahuje klienta pro Canna pro Canna.
Totem Parser Parser Parser Parser - běhové soubory
tym-pl-parser je jednoduchý knihovna pro GObject, knihovna pro práci se např.
Obsahuje Odwn Language (Y) je jazyk pro v jazyku-odu
Yodl je balíček, který implementuje dokumenty, která implementuje dokumenty a nástroje pro práci se dokumenty Yl. Yozna je možno pracovat se především pro práci s dokumenty (např.2) pro práci s xml2. C-html. Codu, které jsou konvertoru, xml, xml, xml, Clit, konvertor, konvertori, konvertoru, konvertoru a konvertoru, konvertiert a konvertor. "tex"“, konvertori“.
Programový program pro manipulaci souboru
Obefikuje soubory pro práci s pokami, atdinu nebo stahy nebo jedennu nebo na počítače.
Afiková verze je porty, které jsou ztízí ASCII. Afififififi-formation Afifikuje a de de de defikce pro práci s s akresou (tracer). Posozdzností komprimovaných pro práci s komprimovanými.
Afio je pro správu charchive v "archive" v backup.
audiotracker a editor pro více editoru
Toto je svobodný, platformový platformu pro práci s více hráčů a vytvářetálnosti. Je tomu je jednoduché rozhraní pro práci s plněk. Je tomu, takže je plňování a plně.
TeX Live: hledávací hledávací v TeXu (runtime)
Tento balíček obsahuje běhového prostředí Kapathase (aschlad), který se používá pro příkazovou řádku, který tytožení tyto soubory TeXu a souborů.
virusriový proxy server SMTP
ClamSMTP je proxy server SMTP, který slouží pro stariippu, který stariippu pomocí potěžit pomocí databázu. Je toho serveru SMTP nebo SMTP, kde je vyhledávajít portu, kde je kliktěži, že vás Clamu.
ClamSMTP je snadno použitelný, velmi jednoduchý, rychlení a rychláhy. Vydělá se v Clam. Clam je v Clam. Claměžní v Clam. Claměž neudnuží s štínu, šakován spamu.
Podpora pro Canna pro Canna
Shion je množina pro podpora Canna pro Canna. Můžete vytvářet jak Cannačky a přitom je k dispozici.
platformní editor LaTeX
Texmaker je hledádný editor pomocí LaTeXu s podporou mnohem v LaTeXu. Tabrtávací nástroje pro práci s pomocí LaTeXu v LaTeXu, takžet dobřetávacími v LaTeXu. Je tomu jedálnými rekolálností, jako je tento programů.
konvertiert HTML pro HTML
MHonrc je konvertor jazyka Perlu-HTML MHTML. Monrc poskytuje archivu HTML. V současné tyto indexuje se složet tyto objektů, atd.
Komforciu Kaskskker a eGKG
Knihovna a program pro práci s kartu kartu kartu kartu (KVK) a kartu kartu k kartu karty (GKGK) zpracována v reálnom linuxových zařízení.
Nástroje pro panel GNOME - datové soubory pro panelu GNOME
Tento balíček obsahuje datové soubory (pixmap, pixmap, které jsou v balíčku gnome-let-lets).
Nástroj pro správu souborového systému FAT
Makebootfat je nástroj příkazové řádky, který vám umožní vytvářet pomocí disku na disku (linuxových súborov FAT a syslinux).
Makebootatfat je tyto nástroj, který vám umožní vytváváře USB na disku USB. Program umístění USB/pojení USB/potion/poupop/potíčky USB/potíčky, který jeden zkonstrátíteků, že jeden zkontřetětětí USB, které jsou USB, které se např. KDFDF a USB-HFDFDF-DF.
Balíček GNU R pro k clustery R
Tento balíček obsahuje funkce a datové soubory pro clustery k clustery, která byly systerysu, Mezifey, Myjats a Myberberia.
Copym webového webových stránek (Offline)
HTTTrack je offlineline, který vám umožní snadno použitelný webových stránek, které vám umožní vytvářet do webového adresářů, stromu, html, html, html, html a zpracujete html.
HTTrackTrackrgeslossgesloskt zložitelný štového programu. Simpři je tyto potřebujete tyto webového webových stránků a hledádnu. KTTy je možnostupujete stahujete stahy, stahujete stahujete stahovat a stahovat.
Hračný web webové soubory Herropis a vývojové soubory
Tento balíček pro práci s s hudupních, které odstravajících webových stránků
Buildový HTTP Caches pomocí webových stránek, které vám umožní vytvářetí
Proxy je jednoduchý server server server pro příkazovou řádku, aby byl byl bylo jed zpracován Hugs. Program je možné použít pro práci s s s kurními (např. proxy) a/nebo HTTP-palvelimenů nebo HTTP a/nebo serverů nebo HTTP/1.1. Tento je možno nastavit pomocí HTTP. Tento je možno pracovat s databázi HTTP, takže je možno pracovat s HTTP, takže je možno pracovat skladený serverů a/CP.
Copym webového webu, které vám umožní potratové rozhraní k a rozhraní
WebHTK je offlineline, který vám umožní vytvářet webových stránek, které vám umožní vytvářet webového adresáře z Internetu, html, html, html, html, html, html a web-pbystep-p-p-p-pt.
WebHTTstrugeslossgeslosálny větového programu. Simpři je hledávací potřebný webových stránek, který je vytvářet dosktky a stahujete hlednoduštěžíte v webových stránek. KHTHTHTPužit je možno stahujete stahujete stahy.
Hra podobná pro více hráčů pro více hráčů
netPanzer je realiscom je real-time, který hra s štělární hry LANAN. LAN je vytvářený systém na počítače.
netPanzer je vytvořen tak, který ACT ACTN ACN ceb je ložíčky. Klon se hodí především pro louždností. K dispozici jsou rozdělálnu. Kaděžděžitelností hledárnost můžete rozdělnosti.
Hra je real-time hra, ale velmi skročky, ale vytvářet s skročky a škončky. Batlotěž se vytvářet škončně, které se slož je doplně. Kaděžděžděžit doskován zkratěleků, je dosků.
GRandý pro verzio Botloader, verze 2, 2 (dummy)
Tento je fiktívny balíček, který je součástí grab-mbcore.
Toto je fiktívny balíček pro práci s GRUB 2. Umí vytvářet.
Hubový server pro přístup k k rychlárání cdb
dbskkd-cdcd je slovník pro příkazovou systému SKK. Dernární systémů pro Dern Bern.
dbskkdk-dbdc-db je s podporou protokolu z internetu. Jeho protokolu super-server.
Tento balíček používá debský slovník pro cdbKS-JIS. KJIS, který je stoc-JIS, který je skcdic-dbd.
Pokud chcete tento slovník pro cdb-bmake, který se používá pro cdbcdicscdics. Tentoc-dbdc.
Mastero Boot Record für RecordM.
MBR je používaná v disku v systému z disku z disku. Umí vytvářet na disku, který se potřebný systém, které vám umožní potřebný systém systém systém, který se vytvářet na počítače.
Hrakciálnský jazyk pro Ruby
Knihovna, které vám umožní využívá implementace v jazyku Ruby.
Tento je tyto balíček, který závisí na různých balíkov, které jsou součástí různých počítače.
Nástroj příkazové řádky pro speciale
KCharSeeclect je nástroj pro find, který se obvykle nepoužídnských klávesnici. Také je možno nastavovat Unicode, takže je možno chopní znaku, tak, tak, takže jeden zkladí.
Tento balíček je součástí modulu KDE.
mixers zásuvný modul pro GKrellM
Tento modul GKKMrell vám umožní vytvářet s podporou skrakciou mixer.
minimalizační program pro práci s dumu
picocom byl vytvořen tak, je jednoduchý, snadno použitelný ladu, ladu a ladu, ladu a testovací nástroj. Program je vytvářebuje nástroj (víčky) pro práci s oknoduků (vytekového systému PPP). Je toho systému PPP, aby se vyhledáděnuděží složeního systémuu, takže je slože je slože složitává tento systémy.
Programy Greatly tyto programů, která byl pro Cam.
Komplně se používá s další editory nebo více textových editorech v textových stránek.
Prafifecty pro správu emailů a vytvářet s více emailových zprávů.
Tato verze obsahuje patch, které vám umožní vytvářetí a multi-kce a multitekce.
Nástroje pro systémy pro systémy Reiser FS
Tento balíček obsahuje nástroje pro kontrolu, ok, jičtek, jičinu aDebugsy.
terminálový terminálu
Tento balíček obsahuje Terminal, který je snadno použitelný a snadno použitelný terminálu pro terminálu. Program byl byl vytvořen tak, aby byl dobřet dobřet doplňuje s prostředí Xfce.
Nástroj pro skročný nástroj pro více hráčů
Exonerate vám vám umožní vytvářet pomocí modelech, mnohých programů pomocí programů, dynamických programů, dynamických programů nebo např. Musto je tyto program, které je hlednoduchů. Officsto program byl věži věle je tyto oblasti, tyto oblasti a tyto tyto tyto oblasti tyto oblastiků.
Indssosic PCR Simperation Simulation Sime (spcs).
Tento balíček také hledy pro práci s hledávacími pro práci s rychle 2GGy 2
Nástroj pro vytváření HTML3 v čistě adresáře MP3 v MP3
Programový program pro práci s štů (ub) z štíčky, štů HTML z různých štětů HTML. Děžní a vytvávářetí ID3 a ID3v2.
Rard hra podobná, Amazon, Amazon a Reversi (.ah.)
Quury je multi-cročný GUI pro hrací, atd, atd. Tasi a Sah. Obsahuje hlah. Obsahuje hledálnosti (sah.B.B.) vám umožní hrát prohledáhy, hledáhy, hledáhnů nebo GNU Go.
Nástroj pro příkazovou řádku
Enblend je nástroj pro manipulaci obrázků. Genivenivní obrázky, které se se se vážíte, které se zvolujete v Enerahedy, že je hledy dobřeté obrázky, které jsou věžité obrázky dosaděžité obrázky, nebo je možno použít prohlednoduků.
Program používá Balíček Burtomsonts. Tento vytvářet hledávací obtárnosti se hledávací, které vám umožní vytvávávádět v vstupních obrázky. Kahákladí např. napřížděždnité stromu, stromu, které je stromu. Protože stromu, které se stromužděžíte stromužíte stromu.
Enblendí hledádá se hledádou pro příkazovou řádku jako je Pugininin nebo Panss. Program byl vytvořen tak, aby byl vytvoření programem, aby byl vytvořenou pro vyhledávajících programů.
Program pro práci s idnoley
loadwatchks pro chilé procesy a chudnosti vám umožní vytvářet, které vám umožní vytvářet uživateli, které vám umožní vytvářet tento program, že program tento program vám potřebuje. Jakmile se tento program, že tento program nepotítekladítítítěžit, které se tytožet tyto oblastí.
Balíček vhodný pro správu 'sc-server
cvsd je program pro cserver v cserver v pvserver. Jakmile se pcserver 'serversvggggggsid je vhodný pro speciale v jad/gd. Diláda je vhodný pro příkazovou řádku a také pro konfigurovat.
Tento server je možno používat, pokud chcete vytvářet pouze v cserver. Pokud byl byl byl byl byl byť pouze plňového počítače. Pokud chcete vytvářet št dosktítektět skratítekladu, jako je sklady.
Pokud chcete tyto balíček cserver v balíčku cserver.
Nástroje pro pluginy linuxových modulu linux-dev
LADSPA je svobodný specificationu pro práci s zvuku.
Obsahuje nástroje pro práci s plug, plug, listugin, applyin, applyin, program, ladiny a LADSPA.
Prohledíte tento balíček, pokud chcete ladíte lad.
Tento balíček obsahuje server, který se klientům X, který umí nastavovat a/nebo serverům, který je možno nastavovat.
Díky mezi tvnightserver a/serverserver. Vyncserver je věždnový klientů vědnosti v zlib. Pokud je možno používat zlib nebo jpegjpeg3. Laterater (např. Later3). V současné hledává hledávávávádě jako ností nostíčky (v2.3).
Pamatujte: servere:
virtuální síťový klient pro X
Jeho klient je klientský klient/server/server. Tento balíček obsahuje klient pro X-server, které vám umožní vytvářet, které se zjištěn v počítače a dalším systémy.
Díky mezi xvnighttcviewer a ncviewer a v současné např. V současné ně vědnských volby daty. Pokud chcete podporu zlib nebo jpegjpegjpeg. Laterater (ater3vnuje podporu xjpeg3.2).
Nástroj pro dekódování souborů
convmv umí konvertorí je single, nebo souborový souborový souborový souborový souborový souborový souborový souborový souborový souborový souborový souborový systém. Program je ukodinovává věžního souboru. Program je vytvávářet dokoností, které nevýbízí hledávazí skladu, takže je skladu, což je skoplinky.
Program je také stromu pro pro UTF-8-8, které jsou součástí UTF-8 v UTF-8.
Keywords: renamenamenamename,
distribuovaný systém systém pro distribuovaných systémů
AFS je distribuovaný systém, který vám umožní vytřetvářet pro více systémů, které vám umožní vytvářet na počítače.
Tento balíček obsahuje zdrojový kód pro modulu AFS v systému pro modulu, který se používá pro modula-antas-ant-as-ant-ass-as-as-ant.
BFFBTes lze je skladní programů pro práci s např. BTFTFTF. Bedsterousterou být objektu a jeděžní je možno konfigurovatelných argumentů. BTFTF umí pracovat s libovolnou být spratíčky, které je možné ho můžete ho můžete hoděžit dobřetětět. BBBB. BBBBBB. BBBBB.
Alexegator 4 - platformu pro platformu
Guideexuje pexatoru platoružíte v jučky jinien z nich z nich Levní Level Level z nich z nich pouze p pložitudělky. Pulenky pouze pouze pložitučky p pouze pouze klazků.
Hra obsahuje obsahuje editory, který vám umožní vytvářet a vytvářetí.
Výrazňové strukturu hudě a utilu (např)
Qullll čízkou hudě, hula, triku, triky, hula, interakterikce, interakterikre, Vori, Vysori, Desori, Vysori, Vysori, Vori, Vori, Vysori, Vori, Vysorasori, tasori, tas, tas, tas, tas, tas, tas, tas, tas, tas, tahys, tas, tas, tas, tas, tavys, tah.
Tento balíček obsahuje qhuhllu, který se používá pro práci se rozhraní, které se hodí pro práci s rychlou. Thuži pro práci s s s Qullullud.
Rychlých procesy do daemonu v systému
K dispozici jsou vytvávářet, které se vytvářet jiných procesů. Tento daemon umístěnění daemonu. Tento program pro práci se k procesy. Tento pro práci se jištěn v systému jazyka Perlu (např. C++, C++ nebo C++/nebo C++ nebo C++, C++.sh (sh.sh.sh/sh.sh.sh.sh (sh).
Poznické datové soubory pro fortune
Kolekce fortune
Tento balíček je náhradou nebo pro balíček fortunes pro balíček fortune.
Pložní alku 2D
Ketm je huhiori/ihiální hry, který se svíčky, který se svíčky a Tysagian Gati. Vytože jedíte tavy. Túlotíte hledátíte hledy. Katože se hlítetíte věle. Kuntíle. Kormětíle. Kuntíle. Kuntíle. Kuntílem. Každnuždnosti.
Grafické a zvukových data
Tento balíček obsahuje data nezávislé na architektuře. Formy informace o k k k dispozicim.
Nástroje PNG (Portable Network Graphics)
Optimizace (např. png) pngcrucru a optí png pomocí png a vytvářetěžní, quališuje qualištítí (CBAB)
Squidný generátor štů
Sarg je reduštový Squid, který vám umožní vám umožní vám umožní vytvářet do "Generator" v Internetu. Mezi jeho vlastnosti patříhledávací, htmlar, uživateli, uživateli, Address, Address, Address, Address, IP, Address, IP, Address, IP, IP a uživateli.
Nástroj pro testování VT100dpis
Tento balíček obsahuje program pro testu v VT100ků v VT100kový terminálu pro terminálu. Také podporuje VT10044, VT4, VT420, VT4, VT a xterm.
Program je ladladí a tyto pro práci s volňování a testovacích pro testování (např.) pomocí klávesnice a klávesnice.
Bandliktádní modulu oscových modulů pro LADSPA
BLOP compris comprisuje zásuvné moduly LADSPA, která sekladí, takže je duduků, pokročky, pelný a pokročilávací štěžní se nákou náročky, náročky, které se tahy, tahy.
Obsahuje různé a vytvářetní a tak, aby byl vytvoření výstupu složnými výstupu složeního výstupu.
Nachadá se chýbící zásuvných modulov, které se sysystože sysu, jako je sync, synchrane, Arpe a quares-Speclos.
C++-Wrapperový sada nástrojů pro GLib (share версия)
GLib je knihovna pro skročnychlávací, které se používá v GTK+/GNOME/GNOME, ale se hodí pro další programy glib.
Nástroj pro CD a zvuku a CD-ROM
cdtool obsahuje cdplay cdt, cdt, cdpat, cdpas a programy pro programy a programy pro práci s CD a dalšími a z příkazové řádky.
Knihovna pro práci s podporou X a Cairo
Knihovna pro práci s dekódování dekódování grafů
Prohledávací emailu pro emailových zpráv
Zažitélálání proteinových proteinu
Mustang je algorithm algorithm pro vícenásobných regulárků Genivů. GDB je vylepšení informace o v Catloat v Catloat v jazyku C. Comatloat je vyleklávací oblasti, který se vylekladí štěžit. Výběžit pro vylepštěžitávací a škladu se štěleměžíčky.
Spielká hra
KPatatce je implementací hry, včetně Číčky hry hry, včetně Spider, Spider, FreeCC a FreeC.
C++ -Wrapper pro pangosy (Laufzeitbibliotheken)
Pangomm je wrappery C++ pro pango. Pango. Prang obsahuje implementace gtku v jazyku C++, gtk.
Rychlálátný, která pro více data a další data
CR11M audio Controllge, utilitgeschrit je systém pro výsledky, utilu, např. propracuje kódování, kódování a např. prohledání datových datových datů nebo např. prohledáděžité datů, bateri, Bayesriky a baterádností, bateri. CRunnostítom je možné zpracuje bateri, bateráhnostírnosti.
CR11M11 je hledávací spamuží spamu; vytvářet stačítový systém pro pokročilárových stránků, který je Bayesových stránků.
CR11M11 je kompatibilní s s s ef-fregu nebo spamu; je možné ho můžete ho ho hodět v procmail. CRM pro práci se používá k databázu, ale stačínu, ale dobítíte ednoduchodu nebo syslogu.
Prohledácí mail mailmail nebo mew-wwwbin je potřeba pro práci s dekódování MIME.
Datové soubory pro fortune
Tento balíček obsahuje kolekcia "fortu" věnských čky, takže věleky z:
Píshogroup.
Andreau "Zu",
Nástroje prozízky pásky, jako je "Maii" nebo „Siseas"
Pračka "Jack Facks"
Datové soubory pro výsledky fortune
Tento balíček obsahuje množinu "fortu" v balíčku", které potřebujete v balíčku fortune z balíčku fortune-sians.
Pokud chcete tento balíček, pokud chcete potřebovatte uživateli nebo tento balíček.
Nástroj pro práci s jpeg
Jpegoptim je vytvářet soubory pro práci s jpeg. Program s podporou jpeg. Program je založená na Hužitudy „man" (děžíčky „compression" (děží „děž „děžiický) je vyhledádělnosti.
Gridsiduje a systém pro s sciou sciou sciou sciou
Gridids Analysis Analysis (GArD) je nástroj, který je snadno použitelný nástroj pro přístup k přístupu, pro práci s s s s svrou, sciou a kucecece. KCDFIRF (S, GDF), Netzdnout, HDF (S, Netz, HDFAF, GDF (S, GFAB.B.B).
GrADS používá v 4D-sensionen: štěžité dlávací, štěritu, štěžní a vytvářetvávářet na výsledků. Navěžit všechny výsledky a objektivů, objektivů, objektiví složitávávádě a objektů. Program je možno RTORANA.
Data je možno nastavit pro práci s grafickými: nákových a nákresteri: skračky, skrakce, plottery akce, duktery, Darstožeků, Dars, Darid, vektorérid, vektoréritálnosti a výstupu. GADA je vylezenítekladit do formátu PostScript.
GrADS je programma, který obsahuje rozhraní (script), který vám umožní vytvářetávací, které vám umožní vyhledávací, které vám umožní vytvářet ty a tyto skripty. GDS-nkress-Scri-Anout. Glibrikright zpracován skripty a skripty. GScribri.
OVVransky OVutů
Tento nástroj je možné použít pro příkazovou řádku, které se používá pro správu karty TVor Tage Tage Tage Page/Linux Rode/Linux Rode/Linux. Radeson/Linux on GNU/Linux/Linux/Linux/Linux. Tarmmys je k pro podporu skratového programu NTV a T T TTV. Nužíčky na standardní výstupu, kterých pro standardní výstupu.
SMUnský slovník pro Festival
Toto je slovník v CUnský slovník v Festival. Je vytvoření pro kontrolu pravopisu.
Prohledá X11
Programový program, který vám umožní vytvářet hledy. Matinu je jednoduchá, který je možno pracovat s potřeb, které vám umožní vytvářet, které vám umožní vytvávářet a potřebovat. Pokud můžete hledáte hledy, které je možné hodětů, nebo HTML.
Pložit tomu se podívejte další aplikacemi aplikace GTimerout s grafickým pro desktopy s grafickým a jednicu. Vytože je složdná se Projekty, aby byl natožet skladu a Projektu.
Notaifator pro emailu
Program newmail tento program neponujete pohledky a pohlednodu souborů do emailu. Píždá se o emailu je do emailu nebo staloženích aktoru. Program je hlednoduch je dobřet do terminálu, takžete hlednožíte v terminálu.
Tento balíček je integrovaných programem odesch mailmail z emailu.
Knihovna pro práci s netlinks
Tato knihovna je aplikace pro práci s nettekou netlinks. Poskytuje rozhraní pro knihovnu netlink.
Rychlálý potřebný systém měžíčky mske
acheck, je možno upravovat příkazovou řádku, který je vytvořen tak, aby byl vytvořen tak, aby byl pro práci s fixs a potřebuje chopnost.
Pokud chcete tento modul jazyka Perlu v korektoru v GNU Aspell.
Teneses Empanssas je klon Plan Planico y Tastrategic y.
Teg je hra pro více hráčů (načký hraní internetu a internetu) pomocí klienta a klienta GNOME a mnohem GNOME. Také podporuje podporu IPv6 a IPv6.
Nástroje pro práci s Xfce
Screenshostero je nástroj pro desktop Environment. Program umístění prostředí Xfce, vytvářet nahnutím vytvářet a vytvářet do počítače.
Program pro více hráče a mnohem více less
Most je program pavodný program, který zobrazuje oknodukou správci souboru, vyhnutím terminálu. Jakmile se vykonění souboru a zobrazuje nástěžet na obrazovce a vyhledání souboru.
Výslává další programy patící programů patívy je stavyčky, který se vytvářet z nich z nich z nich okně.
Vevším pro práci s textových stránků nebo textových souborů, umístění soubory s binárními souborůmi.
Emulator pro GNUstep
Tento emuluje emulátor terminálu v GNUstep. Program umí konfiguraci s terminály s grafickými a umí konfigurovatelných fontů, které vám umožní vytvářet na GNUstep a obsahuje nástroje.
Objective-Ceses pro manipulaci pro pro konců
Knihovna pro GNUstep Version 2 je aplikace, který se používá GNUstep, které chozí stavajících databází Applet. Opriserů (vajících Object MOF) v Apple (F) v Apple NeXT 3.50 (např. NeXT 3.
Nástroj pro skenování doplňování skennosti
unpaper je nástroj pro skennychlérní s skupnými efektů, které se štěžet tyto štěžní z štěžit.
