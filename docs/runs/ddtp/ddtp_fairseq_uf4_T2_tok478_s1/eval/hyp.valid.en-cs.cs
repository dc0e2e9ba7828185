Kurkové verzi pro  pages
= 1 = 1 (.gs, lsn, lsnnn)
2 = = = Linuxu (.., exitk, opensk, opensk)
Knihovna pro = = = (zloscloc, printg, printf)
4 = 4 (.d.d, sdd).
5 = File File File a syntaxe pomocí syntaxe (např. we souborů, wtn, wtfs, /etc/passwd.
6 = = ve formátu =.
7 = Conventions a standardy C++, ...................ci.ci.ci.
Nástroje pro správu = 8.
Nástroje GNU Internationalization
Internáročný pro práci s programů, kterých aplikacích, které jsou tento balíček, které jsou tento program, že je možno potřebovat.
Nástroje GNU Internationalisierungí pro kontrolu systému GNU
Tento balíček obsahuje datové soubory gettext a ngettextové programy, které jsou ntextové prostředí shellu.
X.Org X server -- ovladač zobrazení MGA
Tento balíček obsahuje ovladač pro Matrox Mros Mrox, včetně chrox, včetně Mynx.
Tento balíček je sestaven z modulu X.org xf86-video-m.
VNC server pro GNOME
VNC je protokol, který vám umožní vzdálených počítače. Tento balíček obsahuje prostředí, které se hodí především pro prostředí GNOME, které vám umožní pracovat s libovolným počítači.
4.4.4BSD pro replementation
Vi je hlavní editoru screen v prostředí Unixu pro Unixu Unixu. Je vytvoření editoru v textového editoru, na Unixu Unixu.
Nvi je je "bu-bu-bu-g-g-g" v Ja-kompatiblen BSD BSD BSD. Atzzívěž je tak, aby svělávy, tak, aby svzívy, tak, takže je elná vě. Výlož nevy, takže je šesty.
X.Org X server -- ovladač pro Neomagico
Tento balíček obsahuje ovladač pro Neozipo Graphen, Graphsetzuje Graphs, které jsou Graphi.
Tento balíček je sestaven z modulu X.org xf86-video-magic-magic-magic.
Spálální Checkadí Word
SCOWOW je kolekci kartu efektivních souborů, kartu, Štřetělně, slov a dalším. Tato je možno použít pro různé okně, které se hodí předevšímevším na různých ží.
Zálá Debian wamerican, wbritérit, wbritér a wbritérky (naděna) jsou tento balíček (nadročky). Nastavívívíčně, které jsou tento balíček, které jsou váděluje svívívívělně, které jsou stavělávásky.
globálský slovník pro glglobálálálálně na gličtibí
Tento balíček obsahuje soubory /usr/share/share/mericana-americici, které se globálně. Tento balíček může být globálálny, které se používá karty.
K dispozici jsou tmallall, -larklary a cílehu, cílepu a fritérkce a wbritérky.
Britálský slovník pro /usr/share/share/share/dict
Tento balíček obsahuje soubory /usr/share/share/dict/dict-glishishishishishishish. Tento balíček může být karty. Tento balíček může být karty, které je možné použít pro kontrolu pravopisu.
K dispozici jsou tmall, -lary alargehudná verze, štiků, cílně, wameramerica a wadnica.
Vylib2 založená pro práci s obrázky
feh je rychlálární obrázků, který používá používá vlib2. Vebízízní obrázků a vydělávání obrázků, svízízívání, svívíváním souborů (zívání) a výsledávívání souborů souborů souborů (vívívívů), a a stavání souborů souborů souborů souborů, karty (vívání) a oblastívívívívání svů (vívání souborů souborů souborů souborů souborů souborů souborů (vívívězívězívů), a a a a ch souborů (vězívěžníhodězívězívívů), a stavězívězívívírívání
Grafické správce oken
Synaptic je grafický nástroj pro správu GTK+ založený na GTK+ a Synnnapy. Odnapicí, které vám umožní vytřetřebovat.
V současné funkce obsahuje funkce funkce, které jsou:
Vyčk a filtrování seznamu
Performový systém prostrádí.
Přístručný balíček na balíček Fixix
Pditový seznamu, který se používá (podělně)
Prohledání stavání pouze pouze pouze balík
Nástroje Configu Config na správu systému
Běž jsou všechny pro všechny balíčku je balíček balíček (dddělně je potřeba balíček.
Nenáročný prohlížeč obrázků
GPicViewView je lightweightu GTK+ 2.x založená na obrázků:
Extremelyly a rýchly a rychlálály pomocí paměti
Vytoto pro použití pro desktopového systému
Jednoduchálální a grafickéhod
Minimalebilné: produ: Obsahuje v GTK+.
Nástroje: Dopontntřebuje tento desktopové prostředí prostředí
pláláládná s schálálálálů s chálálárů, sklálálálárizačních sklálálálálních
ViWord je plálálálálálálně, která je vytvořená aplikace. Program ještěštěštěštěštěních pro práci s spoustududuch modulov.
Tento balíček obsahuje mnoho balíček obsahuje různé modulu linux/export/WTP nabízízícichchchch souborů ODT, Obsahuje nástroje a dalších formátů. Umížních formátů, které jsou tytožet na Windows a nebíri/XP/XP/XP a napsabri.
pláláládná s schálálálně s štibícími
Tento balíček obsahuje společné soubory, které jsou všechny, které jsou všechny pro všechny.
Český slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu korektoru překlepů GNU Aspell.
Příklský slovník pro myspell
Toto je náklský slovník pro použití s myspell, které se používá v OpenOffice.org a OpenOffice.org.
Fililná správce oken pro X
Toto je správce oken pro X. Je tomě jako je spoustu, aby sklady, hručných v Window Maker, atd a Flightens. OVWM a tento balíček tento balíček tento balíček mítřejedání, že jsou tento balíček mívívívání.
Programy pro všechny, že je možné v C++ v C++ v C++, takže jedě jako je attradí.
Pokud je tento zvukových zvukových nabívívívívít, že nedělíte na Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft. Vyž nevěž tento balíček tento balíček tento balíček tento balíček.
Nástroje GNU verzi pro formát tar
Tar je program pro vytváření souborů pro vytváření souborů, kterých vzízízí obrázky tar. Vízízízízízzzních je velnáměleních, jako je velná, kterých, že je možnostručně, jako je možno použít probovat.
Textový webové aplikace pro správu ncurses
abook je textový nástroj na ncurses. Podporuje různá aplikace fikravání fiků. Je vytvořen tak, že je vytvořen tak, že je vytvořen takže je možno použít, ale v mutt.
Zobrazí informace o zařízení ACPI
Vetemptmptává stavajících aplikacích v ACPI 'old's ACPI, včetně jako jako jako jako jako je v ACPI a Dormy. Podítíte tyto informace osíte v ACPI ACPI-kokokokokonost.
Textový knihovna i18napping s i18n - běhmi
Texta-wrapping (de-fold) je knihovna pro vytváření terminálu terminálu pro terminálu terminálu. Hody i18n (18nter) a automatickátory i i i i i i i i i-C (větivivy, UTF-8, UTF-8, UTF-8 a čtevělávy (vělních) a efektů (vělávělávy, námělávělávělování a efektivy, efektivní jazyky.
3-kódoválálální a grafická sklálálů
xbsball čís-andelké program ploty plotu plotu plotu mílér a jiných modely X. X11 je možné vytřebovat. Vyžítřet, 11, tajem, atd.
Signaf-Signa-Signale C++ pro C++ - běhové běhu
Tato knihovna implementuje náročný systém pro náročný knihovny pro nástupných rozhraní, programů, programů. Poskytuje nástupňovéstrukce, které jsou stavání, národy a stačístupňovéhody.
Toto je běhové soubory pro libscsc, které jsou tento balíček, které jsou tento program, že tento program, že tento program, že tento balíček.
Nástroje PPPoE/DLS
Nástroje pro konfiguraci efektivní nástroj DSL (IS)
Nástroje pro správu systému Debianu
Debconf je systém pro správu systému pro správu debian. Packages. Packagesků, které jsou debian.
Štnáročná podpora debconf pro debconf
Tento balíček obsahuje fullna pro kontrolu pravopisu pro debconf, včetně všechny pro všechny pro všechny pro všechny vývojáře, včetně pro podporu pro podporu propervivisky.
Knihovna SID (MID 65 01)
Zálálálálálálálálálálárální Star Tu Star Tutorů
TuxTyping je mělálální hry karty, starálálární hry hry, kterých Tux. Cílá se v Tux, které jsou chálálálálá se chávání. Vyž chálálálálálávy, tak, tak, tak, tak je chálálát je chálálá se chálálálálálálávy.
Vyčkladní systém s duchává duch
Vycháláláládních wm z wm, bubble a buděží akce. Vyžíčky probíce akce, nabízíce CPU, CPU a duduků.
posh jedná verze pshová verze psh, který svsh, které se v Debianu.
WARNUING: celání v Debian Debian Debian /bin/sh, že jedádě, tyto skripty /bin/sh-bin/bin/bin/bin/shage.
Sensená knihovna pro Senemsas TCP
Sensease Vačný logu pro podporu rychle, jako TCP nebo LD________CP.
Tento programem logu prohledání uživatelům ftp, ftp, rsh, rlog, rlog, rlogin.
Skripty jsou jsou:
accessu pro přístup kartu hostitetování, a/podělů;
Veprávání na spospospospospování spospoločných spoločných disků;
boobál na trvílálálálálálí.
Sensečkový programy pro TCP
Podělálářa zpracována v cludí k testování k testů
Sendball efek nabízízízzzy (vřejem jedělně, které jsou čtekcií, které jsou čteklada, že nepřebovat, že nepřebovat.
Simulator pro Microchipchip
Gpsim je kompletně pro náročný protifikového kimulářů.
Gpsim byl vytvořen tak, aby byl vytvořen tak, které jsou učad. Pysacována pro podporu prostěnosti pouze pouze pouze pouze pouze píky. ALLALL a potřetěl. číst a čístělujete je rovnakou pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze skou.
Gpsim byl vytvořen tak, že byl vytvořen tak, aby steužitelou 20.20Mzná 20.
Gpsim byl vytvořen tak, aby byl vytvořen tak, aby se kulálně. Veběláluje karty, chálávády, atdy, skračně, atdává chávání, tak, takžežežeže je možnost. Grajemebuje čně, tak, takžežeže je možno čně, tak, tak, takžeže je je čávády, takžežežežežežežeže je čávády, takžežežežežežežežežežežežežežežežežežežeže je če.
Štálálární hry blastí hry blastí Dynami Dynami
X XBlast je hra hra pro správu arkálálálární video video video (Dynamérní)
Vebís 26
1 nebo 2 nebo 2 probílí X (vvvíví 6 joysticku joysticku)
Písky 1000
Podělády pro 20 modely
Podělávy rychláláteků rychle
Sísní server s statistiku
Pokud chcete balý, že tento hry xblast-lasti xb-t-tnt-tnout, míto balíček xbrn-sound-sounds-sounds. Blasti pro podporu balíček obsahuje podporu xtntntn-mus-mun.
Nástroje pro CGI
Tento balíček obsahuje program CGI CGI. Je založenou Map. Umí Map a Map, že je možno použít pro WebMap Services.
MapServer je CGI-basierten CGI pro Internet mapy, který podporuje Open-atspekce (GOGOG) (GOCG) v MapScriptyScriptu MapScriptici.
Program "freemální systém „mation«
AFT je systém naparálální systém. Je vytvoření, který je vytvoření, které byl vytvoření, kterých vzízízílává stavy v textového dokumentu.
VyFT je náročný pro stranných dokumentu, že jeděle v čistě textovéhoho textuu.
Right, je pláláláláláládě (bíbíbě, HTML, HTML, XHTML, LaTeX, LaTeX, lider, LaTeX, lider, lider, instastastastastastavy (např.). Vebílálálálálálády, že je možno vydělovat. Kromě toho souboru, že jedělnym souboru HTML. Vy, takžetřebovat.
Nástroje pro správu čkování IBM
Depc-b-utils-utils poskytuje nástroje pro seznamučných seznamu, které jsou štětělně pro platformy PowerPC.
nvram - nástroj NVRAM
Nástroje bootlist - nástroj
Zdělname - přepívání čkového zařízení OF adresy OF v souboru OFM
snap - systémového systému
ppc64_cpu_u cpu cpu cpu
HrakovýWrapper, který používaná pro kontrolu pravopisu pro kontrolu pravopisu
Voikoko je náročný pro kontrolu pravopisu a čkci pro kontrolu pravopisu. Plasaga a Slasa-Momi.
Tmispell je Ispell, který obsahuje rozhraní pro kontrolu pravopisu, který obsahuje programy pro kontrolu pravopisu, které syží. Manné programy (např. Mansy, editory, editory, editory) a editory. Tento balíček se hodí pro kontrolu pravopisu. Tento balíček obsahuje programy pro kontrolu pravopisu pro kontrolu pravopisu.
Tento balíček obsahuje množinu Tmispell, který je "mispell "spell". "misspell "misspell. Pís je „mispell.
generálá knihovna pro generování a C++ v C++ v C++
Tento balíček je součástí knihovny Boostí C++.
Graphi jsou distribuovaných pro různé čků, které se hodí především pro různé čkce. Consítvásy, začtřetěžní št. Vyžítěž je možnostračných štů, ale štů, které jsou štů, které jsou štů a štů.
Playmidi je přehrávačer MIDI, který přebřebízírování, FMUS, GBlaster, externí MIDI. Také podporuje Microsoft Cres (CFIFF File File File File File File File File/CM (RMI) a UR.
Vebělně se používá s textový rozhraním nebo grafické rozhraním.
Podáláládární staví stastavy na počítači
Vyměž je věžadná!!!! Podělálálává staví stastaví, Microsoft Microsoft Microsoft Microsoft SN, Microsoft Microsoft ONooklooklás, Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft ON. Vehledálává chávás je cháděruje stavy. Nastavíte stavíte jednu, tak, tak, tak, tak, tak, že nepšt dobíte počímělemělemělemělujete posíte počíměnu.
Nástroje pro Debian Alm Puquist (dash) je POSIX-konformem shellového shellu.
Since je skript skript skript skripty, že jedná knihovna v bashu, které byl vytvořen tak, které byl vytvořen tak, tak, takžežežežeže je potřeba karty, že je možno použít v Debiane GNOME.
Knihovna S-Langangá knihovna - běhovou řádku - běhu
S-Langang je knihovna C, který obsahuje knihovna pro merickéhody pro vývoji, aby svívívívívajících aplikací.
Rychlálálálálálálálálálálárního klienta
Lafee je rychlálálálá a vyháládě. Podělálálády a vybraního serveru. Tento server, že vám umožní vytvádnu. Tento klientadnu, že vám umožní vytřebovat.
Brodadvírů DVBV pro AN
Skripty pro práci s shizačními systému
Nástroje v balíčku v tomotototo balíček v Debian Debian v Debianu v Debianu a shsh a haboot.
Nástroje prohledává informace o čný procesech
Tento balíček obsahuje podporu podporu System-V-Vera-Verebilných systému, atd, sh akcií sh aklády /etc/rc.
Nástroj pro práci s terminálu v terminálu pro terminálu
sysv-rc-conf poskytuje terminálu pro správu terminálu "etc/{/kon.druž .dád. stačístrády, že jedády, které vám umožní vytvářebovat, které vám umožní stavy, které vám umožní vytvářebovat, které vám umožní stavy, tak, takže jednění.
Uhledání emailu
asmail je malý emailový systém, který vytřebílálně. Jednál vytvořen tak, že je velná velnáročně a tak, že je žnáročný v AfterStepu.
Nástroje pro práci s GIF
Toto je nástroj pro práci s podporou GIF. Vebritmetere pro práci s podporou rychlekciů, rychlálálování, skrozílování, skravání, atdy, atděžního, GIF a vydělálářažních, atdy.
Toto je "class" netcat" v *x. V současné * * * *x.
Nástroje /proce systému /proc
Tento balíček obsahuje příkazovou řádku a odstračný pro obrazovce. "psfsudo" jedě jako „cudo“, aby bylává informace o uživateli proces proces procesy, aby byl na daný proces proces proces proces procesy, nebo „pozíví“.
Balíček obsahuje free, kill, pouze pouze ps, psd, pouze psd, psx, psx, sbb, sysctl, sysctl, schmimimimimimi.
S-Landelné soubory pro xjed a xjed
Je slož je malý, rychlý a mocný editor editory.
Tento balíček obsahuje běhové soubory S-Lang, které jsou v xd a xj.
Editorní program pro systém (x11)
Je schálálárý (fasterálně, že je návělně, že je editorem, a editory, editorem, editora je editory.
Vyžálálálálál s sdělálálátí s Emacsu Emacsu Emacsu Emacs, CU, Cotototo IDE/E/Rorland, Bandland, ED a EDL.
Editingační funkce: podpora finnost; receptu; prohledárání/vání výrazů; hledání výrazy; hledávacíle; hledávacíle; okněků; různé okněků.
Specialialials (synxtaxy, ..., ., Casic, C++, C++, C++, COL, CO, FLO, FR, Java, Java, Java, Java, Java, COR, Java, SUR, PostScript.
Nástroje: administit soubory (napří souborů info info info; souborů; rmail; rmail; rmail; . .
Nástroje X11 byl vytvoření X11, podporou X11 a X. Pokud je možnostěž, že je možnostět. Pokuděž, že je možnostru, aby byl svajícíměž tento balíček xjemjem a xd.
Nástroje pro Addi a tento nástroje pro použitím v balíčku-extra.
X server X v Java
Pomocí X server X server, který je možné použít v Java. Obsahuje v X a X.jst podporuje X libjstus-java v X.
Také obsahuje knihovnu probíčných Wirire Wireděle Wirebívy v Javaudy a Applet.
Nástroje pro soubory .desktop
Nástroje pro práci s s .desktop.desktop:
update-desktop-data -- update-base -- vstupních desktopového prostředí
Nástroje pro desktop desktopu-valit - validaci komprimovaných desktopu
desktop-file-install-installation -- desktopu k desktopu mung.
Podpora témata ikon GNOME
Nástroje pro panelu Xfce4
Tento zásuvný modul pro správu zařízení Xfce, který zobrazuje různé zařízení givivivivity, napodízí a umount.
Vyčkce hrónuje hródyyyy a začkce data
sunclock je program X11, který zobrazuje chálálálálání a chálálátí chálávání na nálálávání, názízy, čístráčně, názdy, oblasti, objektů, objektů. Svěž je možno čístrázků, čístrázdy až štiků, takžetů, svy aků, čálálálávády.
Vykláláhy vektorých mapy
sunclock je program X11, který zobrazuje vlálísílálání a chálního portu chálérů, chálávěž chávy, nálož názdy, názdy, názdy, štiků. Výzízy, štiků je jedy, svy, takžežežetůvy, takžežežežežežet aků.
Tento balíček obsahuje grafickáhy grafické karty.
Knihovna Raptorá knihovna pro RDF 2
Raptor je knihovna jazyka C poskytujúca implementace a serializaci resourcenových parser (RDF)
RSS obsahuje syntaxe RDF/JSON, RDF/XML, NSS, NSS, tasssss, GDR. GSS a Atomových 0 a 1.0. 1.0 1.0 0/XML 1.0 a 1.0 1.0/XML 1.0/XML 0/XML 1.0.
Raptor je určená pro vylevání, vydávádí a vyděleží (vání) a vyděží čných procesy RDF/XML a od RDF.
logu logu s výstupu v Perlu v Perlu v Perlu
Logwatch je modulara jazyka logu logu logy, který se nighte night. Také může být v příkazové řádky.
Výstup je výstupu a diensta, že může být uživatelictvím. Program může být doběžitelný výstupu, které jsou hledávády, ve formátu logu.
Knihovna pro efektivní nástrojů pro cd - knihovna pro cdt
Graphviz je sada nástrojů graphové nástroje graphů. Povivizíčky pro chávzna v balíčku Graphvivizí.
Tento balíček obsahuje knihovnu cdt.
Knihovna efektivní nástrojů graphů - knihovna pro gvvc
Tento balíček obsahuje knihovnu gv.
Knihovna pro efektivní nástrojů graphů - knihovna pro čkcichá knihovna
Tento balíček obsahuje knihovnu path.
Čílní balíky Debianu Debianu
Tento metabalíček obsahuje tento balík balíčků balíčků, které jsou v Cročných v Coriece. Potřebílíce, distribuovaných tabedávářebí, škoností a odstrukce, dobílání.
Kodododu obsahuje datového balíky Debianu Debianu
Tento metabalíček obsahuje tento balík balíčků Debianu na Visualisierungen. Podělání data míce. Podíce::tabtab.
Vebís souborový systém 3D
TDFSFS  reads a zobrazuje informace o 3D. Vehledává v Chrazuje vělálátěž, tak, že je číst dobít dobívání souborů. Ty a dalšího souboru.
Získy X Base X
Tento balíček obsahuje základě X fonty, které jsou různé v X klienty.
Vyčkovýorororor pro HTML dokumentů
Mp4h je macroový macro processor s grafickými dokumentačními dokumentů HTML, který vám umožní vytvářetě jako je čtekci. Vebítřebí a vybraných syntaxebí syntaxe.
Mp4h je čerádná implementace pro webové prostředí Meta Language (WML).
exaktálálálálátátě a čný pro uživateli
Flawfinder prohledání C/C++ v C++ prohledádězí a vydělekce a vydělávací a vydělávací.
Like Rů RATS, Flawerfigeruje plňuje vády, ale vády, ale čístručně, ale vádností žního vády, ale nepodností žního kódu.
Flawfinder je také také prohledání a vydělevajících souborů (zívání souborů) pomocí souboru. Tento balíček může být, že je možné použít prohledát. Tento balíček může být tyto kód, že je možnostrázdy, jako je možnostravy, nebo distribuovaných, nebo komprimovaných kódů.
filterný filtr, který čísí čísí tlačílně pouze pouze pouze pouze pouze tasíky
dfilt je program, který je možno použít pro skript skript skripty, který je možno použít pro příkazu příkazové řádky, který převodělálálání tyto skriptů. Tento pouze pouze pouze pouze pouze pouze pouze pplexplně. Vyžítvás je možnost a tajem, tak, takže jedy, df (pracovávádě jako jedy, tak, tak, tak, df, takžeže je možno přístupu, např.
Jednodní hra v nálálálální čkazí čte čteků
gPlanarity je hra sklálární náročný, aby se náročný násla. Pokudnáte nabíteklada. Pokud chářa. Pokud chářa.
gPlanarity je super-lon-lonica pro Planic Planic Plan. Clalalalalas je čína v okokokokokokokokokokně, ale v čítajem, ale v čína, ale vzdy.
gPlanar je hra hra hra hra hra, aby se náročně, ale násálální hry UI, ale násálálálální nálálálálálně, nálálálálálálálálálně, tak, tak, sklada.
Podělálávací čkce čkou čkou RF RF
SPLATA je Surth! Purgath Lagth Lenginth pro podporu Linux a SPL.
Knihovna pro běhové soubory OpenXER
OpenEXR je HDR (HDR) je HDR (HDR) bylálálálární obrázky, ve formátu HDR produstrial Lighta.
Tento balíček obsahuje sdílená knihovna:
IlmmI je knihovna pro čtení a readsss a write obrázky OpenXER.
Programy prohledání a uniální soubory lock a lockbox
Tento balíček obsahuje různé programy, které jsou soubory lock a unblocké soubory z příkazové řádky z příkazové řádky z příkazové řádky.
Programy se hodí především pro správu souborů lockí locking a unikcií. Posítílít čístružícim souboru v Debianu.
Jačný systém založený na Java
JavaHelný systém systém systém systém systém, který jednáročný pro online online online potřeběnými platformy Java. Cel. Celpelná svelná a standardníměžních aplikacích, věžadududuch, tak, věžních aplikacích aplikacích ažních aplikacích aplikacích, tak, tak, takže je je možno použít prodududu. CHelná implementace, tak, tak, tak, takžežežežežežežená implementace, jako je vytvořeny, který obsahuje implementace, a CH.
Zobrazuje v 12/2hovánady s 124, kterýmy směri
wmclock umístrády, jako wm, ale wmtime, ale vytádělává 14 a 14ri (14rálálálé 14). Kromě toho efek.
Poděluje ukálády, defireací, rozdělálávací, nabívání dat, dostavání.
Athena se  jotený, že je možno vytvářet čný v čálálátátálně, čálávání, oblasti, seznamy.
Jednálálá se hodí především pro v Cís shell shell shell shell skriptech.
Program pro textových MIDI
Midgegesetné soubory ze souboru MIDI. General Most podporuje . Vítátátálání zařízení, jsou jsou rozdálávazávání zařízení. V současnérkce a Emacsu je okněkce.
Nástroje pro automatizádání výrazů pomocí výrazů
Redet vám umožní vydělezenérování a testování testování a testování dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat dat, že je možnostráznost. Výzdádnost, že je možnostráznost.
Redet je Regular Expression Expressions a Expressions. Najkce . Navíčet je možnostručný syntaxi, že je možnostračný syntaxi. Sepozdnost, které je možnostrázdnost. Navízdězdy a vysvání stavání. Význužděláláděládězízízízíznost, takžežežeže je možno vydy.
Poděláládí program pro Unicode, podporuje Unicode Unicode a UTF-8 jedáděž tyto dat.
Sawfish správce oken Sawfish
Tento balíček obsahuje základě témata utsy Sawa; může být je možné použít, které byl vytvořen tak, aby byl zadadavy a takžet dobívy.
Poděláláláláluje „A“ z "A" v štiběnu "Awator" nebo "tastor" nebo "Frame" nebo "Frame".
Midnight Commander - mocný správce správce správce souborů
GNU Midnight Commander je textový správce správce správce souborů. Výrazňové rozhraní pro panelu a takové rozhraní. Vebílálává v editoradního editoraního editoru, který obsahuje binárních skládánímimimimi. V současnérý systémy, které jsou soubory, kterých souborů, který vám umožní vytvářetváděžních souborů, jako systém (např.).
Nástroj prohledálárální nástroj pro čísky
Worrave je program, který ukázíčky, který se o štádí arvání arjem (vvvěr). Výzívívívívívívívy. Vyž nepodyž stavíte posítálálává stavy a oblasti.
Obsahuje systém pro systém tray, který vám umožní vytvářet GNOME a KDE a KDE a vypřídělovat a vypnutítělává tyto monitory.
Vykrave obsahuje různé plávání čků, jako je možno použít pro dalších nástroje.
Vyčný systém zwischeného systému
Switchch vám umožní snadno použitelný systém systém systém systém, které vám umožní posítřetěží.
Vepálny jsou administrání uživatelem, které jsou chávádnost, ale nepoděž vádností, ale tento systém, ale tento systém tento systém, ale vády.
Switchconf je jednoduchá skript skript, který je možnostěnost, které vám umožní v příkazové řádky. Vebítěž, které vám umožní vytřebovat stavání stavání.
Tento balíček obsahuje tyto databáze/firmware/firmware - verze dmsmo verze
Modul tp_smaps_s_s je možné použít tyto vlastnosti patří synými rozhraním sy. Vynfs obsahuje hlavního rozhraním karty a hlavního rozhraní. Vyžživathody a výsledání. CM_API jeděží přístup karty a karty.
Tento balíček také také náročný pro vydávářená verze HDSAPS, které byl vytvoření. Tento verze skopnthes (thes (thesocké tyto verze).
Tento balíček obsahuje zdrojový kódů.
Program pro práci s zvukovými MPEG zvuku
MP3val je malý nástroj pro komprimovaných zvukových zvukových souborů MPEG (zdrodělně) a fixelké reopce.
Program byl vytvořen tak, aby byl vytvoření MPEG MPEG 1 I II (MPI, ale podporuje soubory, ale podporuje MPEG3, ale podporuje různé a dalšími MPEG3.
Vyž se hodí především pro práci s balít.
Sklálálálá hra v če a massssssíri
Pathological je náročný hry "Logické hry Rawinizace Rawiny Rawinu. To vysílálálálálá se stavy s svíláláři. Padálálálálálálálávy, svívívy.
Vyčkové soubory pro GNOME
GNOME je "GNU Network Object Model Environment"
Vepřenáročný pro desktopové prostředí, takžežežežet na desktopu.
Tento balíček obsahuje kolekci zvukové zvukové zvukového GNOME.
Jednoduchová 3D modely OpenGL
Toto je OpenGL založená 3D modely, který skláriálním. Podporuje různérové modely, multi-ku, sklári, sváním, svání, svítálálářů, skripty a objektů. Kromě toho modulu je je možno použít produduduch modulu, takžežežežežet.
Podporuje různé 3dní 3d: MilkSpe (mspe3, 3 (jjjjj (jj (vvv), Lightadl (v2), 32 (jad 32), 3, 32), 3 (jamarm), 3, Chab (d), Chahab ( (d), Chaf (ssssssssx).
Klosací hry "Nebus" v 8 a 16 16 16
Toppler je štálálálální hry, která jeděle vznana nebo Nebělně nebo Nebbu.
Sílá hra hra hra hra hra hra hra hra hra v miwače 2. V současněž mi v mizílálály. Tento stavěž stavání. Toto je věnu.
Buting findené nutí, která se nutí a nevěž stavání a tak, takže je v platformy a nevěž tento platformy. Vyž chávádí, které jsou stačíst dobívání. Kromě tom, které vám umožní počístravíte nabívání.
Adaptive a efektová knihovna pro efektivní knihovna pro sdílení
Tato knihovna obsahuje implementace 3GP 2 GP.60 07 pro 07 pro Multi3.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate - sdílená knihovna pro Wicand - sdílená knihovna
Tato knihovna obsahuje implementace 3GP GPTS 2.617 pro 17 Adaptive Multi3.
Tento balíček obsahuje sdílená knihovna.
Globní a rychlekce schálátů
Kalignn je nástroj příkazové řádky pro práci s biologiologio. Umí tyto tyto tyto tyto efektivníchávádů, karty a tytoláláládností. Výzízkce, kložníhodnostu. Výzílálálávádnu, které jsou velmi konzíláládnostízdnostílálny.
Poděládyyyyy zbyvívy (podydydyyy souborů)
LilyPond jedyyyyyyyy, který vytvářetového systému. Umí karty skrázírkového souboru.
Tento balíček obsahuje datové datové soubory pro LPd.
Knihovna Knihovna pro scannery
SANE je "Scanner Access Access Access Access Access Now" (API) je založená na standardního systému, který byl na standardního systému (flabísísky, kkenního systému, akenní skentálálálálálálně, videa-sas-erady, GNU/de-eradělevy a tytoduduchovávájem). Kromě tohody a velmi karty, jako je možné použít pro práci skovéhody, a a linuxových systémy.
Grafikové frontendy pro balíčku sane a xnene a xnenene. Vevonne ukálálálální a sane-s-s-findenén-utils.
Knihovna pro scannery pro scanners -- nástroje
Tento balíček obsahuje frontend příkazové řádky k scanimage, server a sannene-findového dokumentu.
Balíček GNU R pro balíček 'Trellis'
Tento balíček obsahuje funkce pro programy 'Trellis' -- Visuala
vstupní systém pro Japanese - servery
Canna poskytuje uniřídádání rozhraní pro vstupu. Je založená na konverzálálálování a automatickový klienta.
Podporuje různé klienty (pinput a kinput2u) a umožňuje všechny, které vám umožní všechny, nabíčných souborů, nabílávací.
Tento balíček obsahuje server Canna pro Canna a binární soubory.
vstupních systém pro Japanese - nástroje
Tento balíček obsahuje klienta Canna pro Canna.
Tato knihovna Play Play Play - běhové soubory
Knihovna protete-pl-parser je jednoduchá knihovna pro práci s webových formátů.
Podělálálálálálně (vělálálně) je v v jazyky-Dokumentation
Yodl je balíček, který implementuje program, který implementuje pro použitího systému Yod. Yoda je vytvořen tak, že je číst dobílního systému. Výzít ještěního dokumentu (např. Cododního dokumenty, wm2. Codlllálálávy, xml, konvertory, konvertory, konvertory, xml, xml, . Yhy a konvertílávy a xml.
Prohledání souborů souborů
Vyfikové soubory pro manipulaci souborů, tlačízízí a kopízízízí souborů a na daných souborového systému.
Vyfiozné archívy, které jsou jsou hlavičkové soubory ASCII--formata-formati. Vooformata je možnostrátátává fikce. Vozízízí fiků, že je možnostrázt komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných komprimovat.
Afio je možno použít pro "archive" v efive" v skriptech.
Vyskláládní a editory
Toto je svobodný platformu, multitrack a karty, aby svělál svělády, aby sdnými rozhraním. Jedná velná karty a karty.
TeX Live: Live: knihovna pro běhu TeXu pro běhu (dělně)
Tento balíček obsahuje běhové knihovny knihovny Kpathpathy, která implementuje chpath, která implementuje path, fa-pathy, atdálává TeXu.
Zásadárační nástroj SMTP
ClamSMTP je daemona proxy proxy proxy, který sdálálá se tibilou pomocí ClamAV ClamAV. Také může být efefefefektů, který se stavíčně svít naběžního portu.
ClamSMTP odeslálálální, tak, takže je jednoduchá a riady, že je jednoduchá v Claměžad. Clamává stačístru, v Classsssss.
Podpora s Canna pro Canna pro Canna
Shásion je podpora pro podporu Canna s Cannajem. Také byla, že byla, že může být pouze pouze pouze pána.
Vývojářské editoru v LaTeXu
Texmaker je plálální editoru, který svěžních editory v LaTeXu. Trmakeruje podpora dobítřebovat a mnohem v LaTeXy, které jsou v LaTeXu, které jsou vávářebovat. Távávářebívy, jako jsou čávářeběžních, jako je stavy, členy.
Přesílání HTML pro HTML
MHonArc je emailový emailu v Perlu. Monon-A-Mail, který obsahuje indexování emailu, formátů, atdívání a úpravy; dobívání a dalšími.
Sílálálálální a štekce a eK a eKG
Knižnica a program pro čtení čístručný v čístručně (KVKV) a detekci (Komebístěri v čebívání) v čáděri v Linuxu.6.x 2.
Vyčkového klienty pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (nebo datys, této dokumenty gnome-s) pro gnome-apps.
Nástroje pro správu souborového systému FAT
Makebootfat je nástroj příkazové řádky, který vytvádání diskových disk disk disk disk disku FAT a sy.
Makebootfat je nástroj, který vám umožní vytváditu diskového systému USB. Je toho systému/podízízí USB/počky/pozízízí USB/pozíčně USB/pod. Upávádězí např. USB/D/DF. Výzízívády USB a také je možnostráznost, které jsou např.
Balíček GNU R pro analýzu Růčuje velmi karty
Tento balíček obsahuje funkce a data data pro různé názízízí čkazí velmiho velmi Roufruf, Strufy a Myber.
Zís webového systému pro monitory (bídělně)
HTrackT je nástroj na offlineového systému, který vám umožní vytvádání webových stránek, na počítače na počítače. Navízzívá „html, adresáře, adresáře souborů, html a další soubory.
HTrackTrans a Štálálálálně. Simp dosálávání . "mispřadávívání webových stránek" a počítřejm, tak je možnostravání. Veběž je možnostrázdnu, takže jeděž nevání. Hlevání a chovávádělávádě. Hinuž jednosti.
Sttrack obsahuje webové soubory pro správu a vývojových souborů
Tento balíček addplementuje splementačními soubory pro hpřístup pro hpisí pro hpipisí.
Nástroje HTTP Builds pomocí záznamu pomocí záznamu Cache.pis
TrackProxy je jednoduchý server server, který vám umožní vytvádělevání názízízí. Také může být pomocí regresaggresky (ggresagaga, takžežežežežet, takžežežežežežežežežežežežet, takžežežet HTTPCPCP adududududududududu. Umožňuje stavy, takžežet, tak, takžežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežeže je je je možno nastavit.
Copy probívání na počítače, hřejem pro Web Web rozhraní
WebHTrackT je nástroj na offlineového systému, který vám umožní vytvádání webových stránek, na počítače, nadavání na počítače, adresáře, adresáře, adresáře, html a dalším souboru.
WebHurur obsahuje základě jako je Štálálálně. Dimpálává úzí, "mispovéstup" a stavívívajících vářet nabívání, takževání. ch je možno čte počístravání, takževání, takžežežežeže je možnost a ch.
Zálálálární hry tacována v chálálálálně
netzy netP je náročný náročný pro štálálátní hry pro Internet AN a AN. V současné AN jeděž chádavy, které se hodí především na modemy.
netPanzerer je vytvořen pro FASTTIO ACT -- ACNatat jedat. Nacat je možnostěnit dosměnit. Vynitálálálálává stavy, které jsou stavy, které jsou stavy.
Hra je rychlená, ale náročný na rychlálálálární a vytvádě. Podělení jedává čně, tak, takže jedy, že nepřídě. Važ nepodělálávy, takže je možnost dobovat.
GRand Unified Bootloader Bootloader, verze (fiker)
Toto je Übergangspaket, který obsahuje bootu.
Toto je fiktívny balík pro tvorbu ve formátu formátu GRUB 2. Upáláláláláluje chávád.
Rychlálský slovník pro cdbb
dbskd-c-db - server pro vstupních metoda
dbskd-cd-db  compatible s skem skemem skem. Jehodě příjem internetu.
Tento balíček používá slovníkový slovník pro cdbb-Kort 'KS-JIS "JIS-JIS".dbk-dbc-dbk.
Pokud chcete konvertor, že uklny na cdbb, "make's »makecd. Tento balíček dbcdbics. Tento balíček může být.
Masterou Boo Record pro IBM-PC-PC.
MBR je používá v systému v systému v systému v disku. Písít jeděžní disku, aby vydělálálálávání systémech.
Přívání prostředí GNOME pro Ruby
Nástroje pro práci s jazykem GNOME.
Toto je pouze tyto balíček, které jsou od různých balíčků, které vám umožní během Anbindungen.
Nástroje pro náročný nástroj
KCharSeclect je nástroj pro efektivě, které jsou efektivních klávesnice. Také může být v Unicode. Také může být různé znaky, zbílně, tento fonty a tento znaky.
Tento balíček je součástí KDE.
Plugin prohlí modul AKKrell
Tento zásuvný modul GKKrell vám umožní karty mixeru karty.
minimalizační program důvodu důvodu s smě
picocom byl vytvořen tak, který vám umožní manipulaci karty, kartu, testováním, a také také obsahuje čtekou (dročně). Také obsahuje chávády, který se stavánímy, které vám umožní vytvářebí okně, které se hodí především nabívělevánímy. Vy, které se hodí především nabělevánímy, takžežežežežežežežežeženího systému.
Greatly tyto program pro fmt Adam Cam Cam Cel.
Podělálně, že je editor v textového textu v textových textových stránek.
Perfect pro práci s emailových emailů s emailů, takžežežežet, takžežet.
Tento verze obsahuje verzi, které vám umožní různé statistiku a multi-width-ky.
Nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje pro kontrolu, check a detailní,Debugsí aDebug.
terminálu pro terminálu Xfce
Tento balíček obsahuje Terminal, který je lightweightu a terminálu terminálu pro terminálu X11. Také byl vytvořen tak, aby byl vytvořen tak, že je možnostru, ale v desktopové prostředí Xfce.
Nástroj pro generování karty pomocí čků
Exone celný vám umožní vytvádnání s mnohozí čných modelů, aby bylády, aby bylálálády, aby byládádády, aby byladnu čných čte. Navízzdnázdy, svízízízízízků a čných čků. Navízízízízdy a čkce.
Vy-sosic PCR Eximiperation Simulation (pcressssss (pcres).
Tento balíček také také obsahuje nástroje nabědáníchchchchchchchů nabíváníchch souborů, naaronabdony 2.
Vepřebání HTML MP3 v souboru MP3 v adresáře
Jednodní program pro scanubí (sbílně) a vydělálálání HTML z HTML. Také jeděžní a ustřebovat čístrády ID3.02 a ID3.
Boardard hry Go, Amazon a Reverversi (....aoooooll)
Quarry je grafické grafické grafické grafické grafické grafické proti, Goverků, Goverek, aterasa (.theaooooll) a .these (.thek) umožňuje počítači GNU Go. Go vám umožní vytřetřetřeby GNU Go. Go. Gohody, GNU Go.
Nástroje probling
Enblend je nástroj pro hřebání obrázků. Givivivivivý obrázky, který je štávády, které jsou vádí, které jsou vářebí, které jsou čávády, které jsou chávády, takžežežeže je možno použít prohledky.
Vepuruje běžadálálky a multi-sílně. Tento chálálálávívěž, které jsou stavíčně, které jsou čněkce. Vyžízízí čně, takže se čněkce, které jsou stavívy. Vy je možno čte čně, které jsou stavy, tak, tak, tak, tak, tak, takžežeže je možné vyhy, takže je možné vydělády.
Enblend nepřebuje obrázky pro Use. Pugalít je nástroj pro Pano nebo Panolis. Panosít je čtekce TIFF, aby byl vytvořen tak, aby byl nabíl.
Programy nabí pomocí idleků pomocí idy
Vyžklada na cháláluje chádí proces procesy a tento proces procesy, které vám umožní vytváděží. Výzíž, které vám umožní vyděží, které vám umožní stavání. Poděž staví, takže je možno ch, tak, takžežežeže je možno používat.
Vymoláhuje pládí čný z zděládaví.
cvsd je program program pro cvvízí okně v okně. okně v okalízízí okně páv. cestěž v v vzílálálálávání a tak, takže je klevěžního systému. Jehohohohohohohohohohoho systému.
Tento server se hodí především, které mohou být pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze nabívání. Pokud. Pokuděž je možnostru, tak, takže je možno použít probovat.
Vepodělož se v balíčku pouze balíček pvajících.
Nástroje pro práci s linux-audio-client
LADSPA je svobodná implementace zvukových nabírků protiků pro efektů.
Obsahuje zásuvné moduly, pluginy a pluginy, pluginugine, pluginug, programy a .
Prohledáčte tento balíček tento balíček, že ladí ladí.
Tento balíček obsahuje server, který vám umožní server X klientům, které je možno vytvádě, které je možno vytvádí.
Rozděluje mezi tvnvnc a normalizovaných dat v vzíláláláritu, která jeděž vzílálární jpeg servery, že je jpeg. Pokudná v v v v v vízízízízků, jako je názívvv.
Pozávás: podpora, že je možnostřeby. Podělálálálál. Výzít je možnostručky. Vyžívá tento systém na počítači, že je možné použít pro dalšími systémech.
Nástroje pro správu klientům X
Tento implementace je klient/server. Tento balíček obsahuje klienty X pro X. Tento balíček může být, aby svěnit vělálájem aklávání. Vynamyto systémy v okněto systémy.
Rozděluje mezi xtvnvnvnvvéd a optimalizovaných formátů, vzízít vzízízírních propři. Pokudná podporovaných jpeg, že je jpeg, že je jpeg, že jednázklada (vnv23.23, že je možno použít jako je nácnvnvnvn3.
Nástroj pro konverziní dekódování souborů
convvvv můžete konvertoruje soubory, adresáře souborů a adresáře stromy na různých formátů. Umí stromů, že je možno pracovat skládáních souborů. Navízízzzzzzy, že je možnostrázdy, že je možno pracovat svajících formátů, které jsou konvertí.
Vytoto také také konvertor, které které jsou jména UTF-8 do UTF-8.
Keyswords: Přeskce:
ProgramyFS souborový souborový systém distribucií a distribucií
AFS je distribuovaný souborový souborový systém, který vám umožní vytváděritu. V současnéritátřebí přístup karty, seznamy a uživateli přístup karty.
Tento balíček obsahuje zdrojového modulu AFS je modulu AFS inm-as-as-eistetanta nebo kompilace.
BFBTesester je rychlálálně, pro práci s uživatelictvím programů. BTFB. BTF a vyděláváděžních uživateliních uživatelé uživateliků. Bedávás je možnostrázt je možnostráznost, tak, tak, takže je možno použít karty, karty, karty, tak, takže je možno použít karty, takžežežežežežeže je možno nastavit. BFTF.
Zásaegatora 4 - nárolálálně
Guide Als Alegator do jistí jistit v jstecládě, aby složí čísí čís, aby svílálál nabíláláláři svíláři.
Vyčte velný editoru v editoru, že můžete chálál.
Vepřístězky hulevy a tytomazy (poděžního systému)
Qhullářů konvexull, hulexy, hručky hru, hručky, hručky, kračky, Valizačných diagramy, Vororory, Vysografiory.
Tento balíček obsahuje programy qhullll, který obsahuje rozhraní kipných rozhraním. Poskytuje rozhraní r rychlně, že je možnostručky, karty, karty. Už je možnostručky, čístručky, karty, atdy, rychlevy, rychlevy, rychlevy.
Podělálání procesy vělem procesy
Obsahuje spousty, že je možné použít, které vytvádností proces procesy. Tento daemona je možno použít pro správu proces procesy. Tato procesy věži procesy věžii, vělády, v C++ (např. C/. C++ nebo /bin/........
Pílny soubory pro fortune
Klemádělálálálálálálálálálálně.
Tento balíček může být jako je možno použít pro balíček fortune nebo lze na balíček fortune.
Štálálně 2D-croll
Ketm je hřební hra, který bylální hry, který byl vytvoření Rasou Ragy Rasator a Gy. Gaga. Vypis je tasy. Področně, že jedy, které jsou bavy. Kromě tohody. Vy bavy a bavy. Kromě tohodnu (pu).
Čítování a dat k k k kmetky
Tento balíček obsahuje datové datové soubory pro krmětí data kelet. Pro více informací v balíčku ketetet.
PNGu (Portable Network Graphics) protikci
Optimizační png (přípručný png a pngsh a optivádě, png, png, png, png, png, že png, že vyděláláláládávání (vy) svělálávy, které svy.
Squiduidu pro analýzu
Sarg je Generator Squid Generator, který vám umožní Generatora Generatora, které vám umožní pomětřet „gar“.
Nástroj pro testování terminálu VT100 používá terminálu pro terminálu
Tento balíček obsahuje program pro testování testovacího terminálu v terminálu VT100 (x100). Také podporuje VT4, VT4 a V4202020.
Program je možno použít pro kontrolu menu a odvolálálně. Obsahuje sklálálně. Vepřálálávání (vání) a klávesností.
Bandelná čískáchálálálávací modulu o osvácií pomocí pomocí Bandelčních zásuvných modulov
BLOP comprise Plugins, který je Plugins, který se osítvás, pouze pouze pouze plos a plosáláláriálních, svílálálářady, svísávazívívy.
Tento balíček obsahuje ččněně, je vytvořen tak, které je vytvoření výstupu a vytvádě.
Klejem je tento modul pro práci s tentomimimi, které se hodí především pro síťovýchtypenovýchtypen, quavys, quavy a quavy.
C++ pro C++ pro prostředí GLib (ddělné knihovny)
GLib je Štáláládná knihovna používané v GTK+, ale pro GTK+/GNOME. C++ se hodí pro prostředí C++. C++.
Textový přehrávačer pro správu CD a vydělevání s CD-ROM
cdtool obsahuje cdplay, cdects, cdsspas, se hodí pro správu CD a další programů CD a dalšího souboru.
Knihovna s pixelulululá knihovna pro X a X
Knihovna pro práci s pixelů pixelů s s námánychlevajícíchoványmi YX, reclevání, Porty a Porty, které jsou Porty Porty, masicitálálářářárů, chářářářárů, chávazy.
Vebalizační mode pro E-Mail
Večkláládádů pro čky
Postastang je velmi karálálálně pro distribuovaných ty. PDB, používá v CDB. Comialialiali v Comialpři na čístrázíce. Podnychlevání čístrází čískce. Výzízí staví stavní stavní stavání.
Vebřební hry hry
KPatience je kolekci štibálálálně, štibilní, včetně Sccc, Spis a FreeC.
C++ C++ pro pango (dmobodné knihovny)
Pangomm je knihovna pro C++ pro pango.
Přeschálálády pro E-mail a další data data
CRM11, klálálálální utila pro správu systému, exa-mail, exa-mail, data data data data, data data data, data data data data data data, data data data data data data data data data data data data data data, zděritu. Výzírizovaných souborů, svílárizace, svěláláritelkéhohohohohohohohohohody.
CRM11 C114 je tento systém pro hrukcií pro stavízízízků; Podnomponitářářářací. Podnychlářářářa na stavání.
CRM11 C114 je schálálárání, kterých a dalšími spamu pro zobrazení spamud. čít je možnostřet v Chinesleměláři. C11 je možnostručně, ale je možnostru, ale prvízdy, ale je možno použít prohledání, ale prvy, ale nevání.
Prohledání emailů, balíčky a binadí balíček binový balíček dekódování dekódování dekódování MIME.
Datové soubory pro kontrolu fortune
Tento balíček obsahuje kolekci „pretune“, ve které je čísky:
Sísísaby. Prostrubky.
Andálně "Zrana" "Zranscháláládí čím čísí
Vymělády tvílády jako je "Masasasisa nebo "Sasizasizasizagizace"
Bělává "Jassanci "cisan's epupup" - grupup"
Datové soubory pro fortune, ve které jsou čístručky
Tento balíček obsahuje množinu "pretunenene" vělálně, ve které jeděna v balíčku.
Podělujetetetetetetetetetete budetetetřet.
Nástroj pro úpravu optimalizační soubory jpeg
Jpegopt je optimalizovaných jpeg/sled/jpeg. Program obsahuje podporu rychle, který jedává jpeg, který se osítní komprimovaných výrazy. Sopisuje komprimovaných „pozísionsionálních komprimovaných obrázků“.
Gridní a zobrazování systém pro ebartenciu ebence
Gridní Grids a Display System System (GArDS) je interaktivní nástroj pro práci s podporou přístup karty, karty a statistiektivních data. The The The The TheFRFI je možné použít pro prácich dat, GRF, GRF, GDF a GRF (RF, NetS-SDS-SDS-SD).
GrADS používá 4-D-imenimionálních dat: okalizace, ladenníkce, ladenníkce, tajem, pouze pouze nabí. GDA-D. Program je možno čístrázděž ch dat. GDA-S je možno použít probízdězdy, takže je možno použít prohledál. Gravy, takže je možno použít probízy, takžežežežeženích, tak, takže je možno použít proběžních dat.
Data může být prohledání prvky, který se o náročně: a čtekce, náročně, násky, náznázízní a náznáznákce, svělálády, chálálálády, chády. Ody a také také také také také také ně, jiných formátů.
GrADS je rozhraní pro skriptovací jazyk jazyk (scriptinging) a umožňuje karty, které vám umožní potřebítěrní okně. Podětřetěžž se hodí probí. Grandelná okně, jako je možnostručný, jako jako je v GDA-S-S. Grandná v Grnikniklálálálálálál. GrnDAD.
Programy pro podporu ATI ATI OV
Tento program je možno použít pro konfiguraci schálálních souborů OVu OV/Vozízních rychleních souborů. PM/Linux a Pízízízízních pro GNU/Linux. Výzízízízí a standardním SC. OV. OV. OTAL je je možno použít pro podporu XT.
CMUský slovník pro Festival
Toto je CUMUnský slovník pro Festival. P je globálálálálně.
Nástroje probí plochu X11
Grafikální program, že už jedává chát. Matatainu, že je možno vytvádě, které vám umožní potřebovat, které vám umožní potřetřebovat. Pokudy, takže je možnost, tak, takže je možnost, že je možnost dobovat.
Pílává chádaváních aplikacích, je grafickýchch sděží, kterých nabízí a přitom zacháláděžních probí.
Notifikatory prohledání emailů v emailu
Štálátátí, že je v věžadě a potvádního emailu a vydání emailu. Podávádě jedává stavy, že je možné vyděžadnění v terminálu. Program je možné vyděžit v terminálu, že může být v terminálu.
Tento balíček je programem byládný program z systému Elmlí El.
Knihovna pro práci s netlinksou netlink
Toto je knihovna pro práci s netlinksou netlinks. Knihovna netlink poskytuje netlink a netlinksové rozhraní netlink a netlinksové rozhraní netlinks.
Přístranění sdíleny mís míčky míčky
acheck je samostatný text, nástroj na textový nástroj, který byl vytvořen tak, který byl vytvořen tak, který přepíčných a fixelké karty mílání souborů mílání.
Pokud chcete tento modul jazyka Perl tento modulu Aspell, tvození na kontrolu pravopisu.
Penessvnnnan Grels Grels je klonti Planti Pynic nics Ecuic Era, Graiser.
Teg je hra hra (vnitánosti je v internetu) a vytvářetě jako klientům GNOME. Je toho klienta a podpora nabív6. Podporuje podporu IPv6.
Nástroj pro práci s Xfce
Screenshooter je nástroj pro desktop desktop desktop desktop desktop desktop desktop. Také může být pracovní plochy pro podporu okně, vytvářet nebo Printálovat. Screen Printá se Printátřet Printen.
Pager programem napsí a mnoho
Most je program, který zobrazuje program, který zobrazuje okně, který je možno vytvádání souboru terminálu, na terminálu. Výzíl.
Podělálády programům, jeděluje okněků, které jsou okněků, že je možnostřebovat na obrazovce, že jedností.
Vepři prohledání ahledání text souborů, může být soubory, který může být pouze soubory, které jsou soubory.
Terminalátor Emulator pro GNUstep
Tento emuluje terminálu pro GNUstep. Umí karty s terminálu s terminálu s terminálu s terminálu, a umožňuje skriptem GNUstep.
Cíláládí, které jsou pro Access Access Access
Knižnica jazyka GNUstep 2 je pro GNUstep, kterých aplikacích s GNUstep. Vepít je implementovaných Apple Apple a 0 Objectssss (EObject Frameworksss) a NeXT.5 NeXT.5.
Prohledání nástroj pro scannové stránky
unpaper je nástroj pro scan-processing, který Štřebovat k karty, které jsou vářet, které jsou vává tyto vásky.
