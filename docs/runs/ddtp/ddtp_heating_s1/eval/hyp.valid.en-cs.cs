Turkková verze Handbuchky manuálové stránky
Programy pro = 1 (.gs) lsn, lsn)
2 = = = Linux (.git) pro opens, opens, opens, opens,
Knihovna pro = = = (.gloflo)
= 4s (....d, hdd, sdd.
Nástroje = File Files a =ss (. .ntmp, wct, wcmp, wfs, wfs, nfs, nfs.
6 = =.
7 = Conventions a standardy, makro, makro, atd. (.cii, nroff, nroff).
Nástroje pro = 8.
GNU Internationalization
Interaktivní výsledy pro prácich programů nebo hledných programů, které se hodí především pro chytkennosti.
GNU Internationalizační nástroj pro systému systému
Tento balíček obsahuje nget a ngettextové programy, který vám umožní vytvávádání skripty shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro ovladač Matrox MAGA na chni, včetně Myntro a Mille.
Tento balíček je sestaven z modulu xf86-video-mga.
VNC server pro GNOME
VNC je nástroj, který vám umožní vzdálený plochy. Tento balíček poskytuje v prostředí VNC, který vám umožní vám umožní vytvářetvářet na GNOME, který vám umožní vzdálených počítači.
Čláláládná verze 4.4
Vi je polální textový editor pro unixové systémy. Obsahuje editory. Obsahuje textové textové textové textové textové textové textové textové textové textové editoru.
Nvitended je "bugbu-bu-bu-bug" kompatibilní BSD. V současné editory BSD. Obsahuje mnohem mnohem mnohem mnohem mnohem mnohem mnohem mnohem mnohem mnohem mnohem lozy, lože je jeden. lože nevizíte jeden jako jsou lože je v lože je velmi nevizřej.
X server X.Org -- ovladač pro Nemagico
Tento balíček obsahuje ovladač pro Nezozky s Graphsetchipsetch, které jsou obsažené pro laptopy.
Tento balíček je sestaven z modulu X.org xf86-video-ne.
Záláláládná verze verze Word
SCOWLL je sada strojů v současné cívštiny, Čity, atd, Štálně a dalším úkolem. Program umí různé pro různé pro různé pro různými (víče) a dalším počítači.
Paamericanic se v Debian wabrri, wpliandštinu, wplianianna (nadrodná z nich) z nichytálně. Navíte vyhledávářete vyhledávádí, že jeden z nich souborů souborů souborů (víte).
Klažský slovník pro /usr/share/dict
Tento balíček obsahuje soubory /usr/share/dict/dictananica-mericanica-mericanic. Toto umí pracovat s jiných slovy. Tento programem, který se používá používá pro spelling(1) a programů.
Toto jsou jsou jsou jsou čte, alarge, verze verze verze verze a seznam seznam seznamu slovy wbrian a wbrian.
Čálský slovník pro /usr/dict
Tento balíček obsahuje soubory /usr/share/dictbrish-itish-itish-itish-glishsish-itish. Toto je možno použít pro spellingy. Tento program umí pracovat s s spellingu.
Toto jsou jsou jsou jsou čteková verze - verze - verze verze, seznam seznam seznam seznamu -če, wamerica a wamericanštinu.
Soubory prohlížeč obrázků používajících obrázků
feh je rychlý prohlížeč obrázků obrázků, který používá v příkazovou řádku. Obsahuje důvodu je možno použít pro příkazovou řádku akci více více více více více souborů, svížeků a pohledání souborů (zíženích souborů, hledálně nebo vyhledávádání souborů souborů souborů souborů souborů souborů souborů (vícecece).
Obsahuje správce oken
Synaptic je grafický nástroj pro správu v GTK+ a GTK+. Program vám umožní vytvářet zdnici APT a umístění.
V současné funkce jsou všechny funkcemi:
Hrach a filtrovacích a filtrování balíčků
Vykové systémy smart smarts
Zálální balíček pro broken
Oditulační seznamu (sourcessourceliste)
Hrakovéhoho pralogy
Configovou balíčkového systému debconf
Obsahuje dokumentační dokumentační dokumentaci (www) je v balíčku (www)
Nenáročná prohlížeč obrázků
GPicView je nenáročná GTK+ 2.x založen založená na následujících obrázků:
Nenáročná a rychlý a rychlý pomocí (přívené)
Vytkladní systém pro desktopového systému
Jednoduchý akceto rozhraní proce
Minimalek: vzlož je v GTK+, používá v GTK+.
Desktop: hledá verze Dopozkce desktopové prostředí
Spečná schytávajícíchytárníhoho slov
AbiWord je plová aplikace, plněková verze. Program je určen pro pro Čálálání různých jazyků a mnoho orientovaných modulů.
Tento balíček obsahuje spoustu importů importov/export/exexiální modulů (WTW, WordTPer, WordTP. Také obsahuje nástroje a další nástroje pro práci s uživateli. Torororororororororororororori a mnohem pro uživateli TCP/WN, nástroje Linuxuborororu (vřeb), pro podporu pro podporu pro podporu akou.
Spečná schytávajícíchytárních v současné společné soubory - gemeinsame soubory
Tento balíček obsahuje společné soubory, které jsou součástí architektury skou.
Vavnský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu pro kontrolu pravopisu GNU Aspell.
Vavnský slovník pro myspell
Toto je ský slovník pro kontrolu pravopisu myspell, který je v současné pro kontrolu pravopisu OpenOffice.org a mozilla.
Správce správce oken pro X
Toto je správce oken pro více správce oken. Je tohoto programu je velmi mnohem zpštíčky, bsíčky hry Window Maker, Window Maker, atd. UWMV vám umožní vytvářetvádí, pokud tento správce oken, pokud máte v balíčku, že jed máte chvvvíte, že je, že je, že jed, že jsou moderní na moderní zpracovávat pro moderní, ale k tom, že jsou moderní.
Tento program vám umožní všechny, který je C++ je v C++, takže je chodu je "Roder" je „spočítačte „aktere“.
Pokud ne nemávíte zvukovou zvuků, která vám umožní vám umožní vám umožní hledkce nebo OS OS OS OS OS, takže tento balíček, tento balíček tento balíček tento balíček.
GNU verzia nástrojů GNU archivů
Tar je program pro vytváření souborů souborů souborů v tar. Tuž je hledává tento balíček je např. cpio je hledávací a cpio, který se hodí především pro systémů. Také je v balíčku balíčku balíčku je pro správu systémového systému.
Program pro Adressování textu ncurses
abook je textová aplikace založená na ncurses. Podporuje spoustu různých fiků. Mezi dalšími fiků, je vytvořen takže je vytvořen takže je určená pro mutt.
Zobrazuje informace o zařízení ACPI
Přítempt na plovou řádku 'old'', ve příkazovou příkazovou řádku a bapm. Nabrížeže je podpora bavivizí podpora ACPI a ACPI. Zává podporou podpora ACPI.
Knihovna tekst-wrappu s i18n - běhová knihovna
Textová knihovna teksty (vedor) knihovna pro pro vytváření webového terminálu. Tento balíček podporuje kložnterna (interna i i18nananady), automatick (jakon-figiny), automatickovéhody. V současné spořálálálálálálálně a zpracoványmě a více více více více více (vítovéhodvy a více více více více více více více více více více více více více (vy), škovéhody.
3-dulální akcelekceků
xbsball ball-libické program ploty a vyhledářadářů a vyhledálářů ve formátu X11. X11 je možno nastavit na vícenásobné výstupu. X11, ukládáních, ukládáních, ukládáních, atd. Jakmile se vyhledávád.
Štáhováováováována pro C++ - běhovou řádku
Tato knihovna implementuje kompletní systémových programů v  widgety,  widgety a umožňuje rozhraním programováním. Program poskytuje spořáhnostního rozhraní, spořálární a spořáláhy a spořálárního rozhraní.
Toto jsou  běhové soubory pro libcig, které je potřeba, pokud tento programem, pokud tento programem.
nastavit PPPoE/ADL
Navvvlální nástroj pro nastavení DSL (PPPoE) PPPoE (PPPoE)
Nástroje pro správu systému Debian
Debconf je systém pro správu systému debian. Tento balíček obsahuje konfiguračních balíčků. Debconf, které se podívejte na balíčku.
plňové podporu pro balizačních nástrojů pro debconf
Tento balíček obsahuje kompletní balizačníchytáčně pro použitím systému systému systému systému systému, které jsou podporu balíčádná pro podporu balíčky.
Knihovna SID (MOS 6551)
Zálálky se Starálární Tux Star
TuxTyping je hledální hra podobná hra hra, stará Tux Arssss, který je hledá Tux. hledálně je hledálně, které jsou vysadálálálálně na obrazovce a vysadálálně na obrazovce. Jakmile se hledálá se hledálálně protihálně na hvíčepálně na obrazovce.
Vazkový systém pro duck
Vykladní monitorování monitorů, wmfish a wmbble. wmtime je vysadální sítě a vysadálání sítě. Mální sítě, ducké, ducké, ducké, ducké, duckálálněkce.
posh jedná verze verze pshkdk, který se hodí pro práci s nutími balíčků Debianu.
SARNON: mnoho mnohé skripty /bin/bin/sh-sh, sh je nezřebíže je nevíte uživateli /bin/sh-sh.
Kolekce TCP Venynových knihovna pro TCP
Wise Vyče Vahledární síťových logů, jako je TCP, LDF, LOCP.
Programy logového systému logu v telm počítači, ftp, rsh, atd, atd...
Zečečet jsou:
Záva přístup přístup k uživateli a/pojení/pody;
detekce hostitelených hostiteliků nebo hledárky.
boobystvy implementa implementující e-arnwaru.
Kolekce nástrojů pro TCP
Hracreate vyhledávacíhohohoho zbíků
Čebíte ve ve ve vezvíláhálně (vidáhálně) pro dvíčky, ve které se cháhálně. Výsledávací poštálně vysložete vysadálálávací.
Simultor pro Microchipso
Gpsim je plová plová verze Microchipu pro Microchipu.
Gps je je vytvořen tak, aby byla vytvoření jako je v hledálálně. Vahledádádná zpracovány na více/AL a/ALLOL. Prototototože se se se se jiše a tvolišení. Kromě tom úkolem více více více více více více více více více více objektů.
Gps je vytvořen tak byl vytvořen tak tak tak, knižším simulace. Obsahuje různé křaž 20M.
Gpsim je vytvořen tak, aby se hodí na standardním simulace skou. Važ se efektů, včetně hledády, tyto tyto tyto, prosače, provádí čím čím tyto tyto tyto čte. Prototože je možno čít na číté čte čítajisti. V současné čá se čítí če (pšesty). Obsahuje čá se čítajem.
Hlast-the-s Dynam hry Dynablaster
XBlast je hra hra podobná hra hra hra podobnou Dynabou Dynam hry (Dynablaster).
2 prohled 2
1 nebo 2 prohledy pro X (víte 6) s joysticku
Čtekce 1000
Čtekální modely pro 20
Vy-Rahledární color
Soubory server s podporou statistiky
Pokud chcetete počítače hry xb-t-tsntson, který vám umožní balíček xlastns, määrit-bn-sound-sound-sound-sound-sound-sound.
Program pro Map server pro MapServer
Tento balíček obsahuje filtr map. Program poskytuje Map. Program obsahuje jazyk Map servery a je možno použít pro Map Service a implementaci aplikací.
MapServer je CGI založená na CGI- map mapy Open Geospatialialialialialialialialialialialialialialialial (GOG). Obsahuje Script, který obsahuje knihovnu.
"freem" pro dokumentace systému
AFT je dokumentačního systému. Meziž je protišení, že je vysadávací, že se obvykle, který se obvykle. AFT a mnohem mnohem mnohem mnohem ASCII.
PFT obsahuje mnohem vysložnosti pro vytváření dokumentu a vylepnutíčte doplňování textu ve formátu rychlepnutíce.
RightF, je dobřební hry (finy) v LaTeX, XHTML, XHTML, lze, lze, lider, lider, RTF. Také můžete vytvářet soubory, ve formátu, ve formátu formátu formátu formátu (přářářeřeřené). Trnnnnnon-solený výstupu. Obsahuje hledáln-ssoln. V současné hledářářálnější výstup, který můžete hledání HTML.
Nástroj pro manipulaci pro IBMPC
Tento balíček power-ibm-utils poskytuje nástroje, které vám umožní vytvávářebíčky, které jsou ve formátu PowerPC. V současné prohledářá verze protikách protikách.
nvram - nástroji NRAM (RAM)
bootlistlist - nástroj pro nastavení
ofnamename - převádí jména logových zařízení OFů
snap - systémového systému
ppc64_cpu - nástroj pro cpu
Ispellu pro Ispell, který používá spell-checkcheck
Voik je hra podobná k spell-inu a hyperatoru. Hragator a Slaga-Magu-Ma.
Tmill je Ispell, který obsahuje rozhraní pro Ispellu pro Ispell. Vytoto programů, který obsahuje editory (vyyy, klienty, editory, editory, editory, editor pros. Tento balíček pro použití pro Ispell. Tento balíček obsahuje programy pro Ispell.
Tento balíček obsahuje množina "mispell, který je "lspell "Kspell "mi". Tyll" je potřeba tvolně Ispellu. Tylspell, pokud máte tvol.
Nástroje pro zpracování komponenty a algoritmy v C++
Tento balíček pro součástí soubory Boosts C++.
Graph jsou hledálení abstrakciy, které se hodí pro čcevajícíchodu čky. Koncececececececececelemy, čískce čískce. Kontálálálálně pro vysadálálálání různých graficky.
Playmidi je zvukových souborů MIDI, které se hledá verze GMUSM, zvuků nebo více MIDI MIDI. Také podporuje obrázky MIDI (MMI), podporuje Microsoft/RMI (RMIFF), mnohem víceIFF MIDI (RMI).
Vyčte je možno použít pro textové rozhraní pro textové rozhraní.
Hraklárkce ve počítače v počítači
Hra je je vložená vloži! Vylezení na poklálární jice, Microsoft Explet jsou v MS Explexer, MS Exply, Microsoft Replexer a ně v MS chintere. Najistii! Ve je možné vyhledávářetete nabíte v stačíte nabítete nabíte nabíte nabíte dobíte. Niíte nabíte dosku a zvozeníte dosíte dobítetetete dobítetetetetete na ži!
Aplikace Debian Almsqu (dash) je shellu (vash) je přesný shellu.
Skonými skript skripty v bashu a přitom je velmi rkmak (vkou knihovnu) je kompatibilní s interaktivního systému (bítekou) je v výchozím programem, který se hodí pro použitím systému Debianu.
Knihovna S-Lango programová knihovna - běhová verze
S-Lang je programů, který obsahuje knihovna, který obsahuje vývojářské vývojářském programů, která obsahuje svělikce, programů.
Rychlálálně příkazovou příkazů Empire
Lafeire je klienta pro chrázních chopnů. Můžete ho ho můžete upravovat a umístění příkazů. Tento příkazů na příkazu na příkazu. To vám umožní vytvářetvářet skem. To vám umožní vám umožní vyhledání klientům.
Broadcastastast DVB
Skripty pro vytvádání a vytvádit systému
Tento balíček výchozí skripty v systému Debianu a časového systému Debianu.
Monitorovací systém System-likehlášení
Tento balíček obsahuje podporu pro systému systému systému systému, prohledávády a vytvádádání pouze proměn a symbolické fici, symbolické fic a /etc/rcrcrc?
Nástroje vesitu initulá konfigurační nástroj pro terminálu
sysv-rc-conf poskytuje terminálu pro „src“. Prunrc/povínoví/přenověriální rozhraní pro různých souborů souborů souborů souborů, které vám umožní vyhledádnout, které vám umožní vyhledávády nebo více souborů, které vám umožní vyhledávádnout.
Monitor monitor monitor monitoru AfterStep
asmail je malý monitor monitorování zpráv. Je to, že je hledálálá se správce oken AfterStep a okně je k stavání oken oken oken oken oken oken oken oken, aby se modulem AfterStepu Wharfar.
Nástroj pro manipulacich souborů GIF
Tento nástroj je nástroj pro manipulaci soubory GIF. Má podpora více více více více více více více vícenásobnérů a rozbízílání obrázků (kce, záročky, rozbílování, rozdílů, uků, atd. Také můžete vyhledávářená a umí pracovat s podporou GIF, GIF, který umístění.
Toto je "classsic" pro net**. V současné **. Obsahuje různé vlastnosti netz-bit.
Nástroje /proc - nástroje /proc
Tento balíček obsahuje příkazovou řádku a emulační nástroj pro nastavení "cudos", stejně pro „cudosu“ pomocí aktuální aktuální uživatelé“ (jako je v závislosti na stavového systému. spočím procesorie jiný proces proces proces proces proces proces proces procesu nebo "zb'''''s").
Obsahuje kill, kill, pwmap, pwmap, pwmapd, pwmapd, phhhd, slab, slab, slab, sy, shem, wcms, wcm, w.
Kom-Lang - soubory pro xjed a xjed
Jeho je malý, mocný a rychlý editor editor editor textu.
Tento balíček obsahuje běhové soubory SLang, které jsou potřeba pro xjjed a xjed.
editor pro programování (x11)
Jeho je malý, rfach, rupné (bíčný, nebo konzoli i v bashového editoru.
Vyčte vyhledávářená s linuxového prostředí Emacsu (UUmi/Umi/mi), pro KDE/vvví, Bormeme, Brrrrrie, EDL, EDL a EDTL.
Editing functions: podpora hledárních výrazů; hledávavavacíle/vávavací/váhávací/váhávavavavavavací; více více více souborů; různých souborů.
Specialial (syntaxtaxtaxtah, kompilaci, kompilaci, .. C++, Basic, C++, C++, FAN, FAN, FOLOL, Perl, Python, Python, Python, FFROL, Python, Python, Python.TeX-TeX (HOOFF, AH)TeX-TeX-TeX.
Nástroje: struktury (např); info souborů info); GNU mailmail (bmail); rmail; rmail;
Vykce X11 poskytuje podporu účteků a nastavit složi. Pokud plňujete, což je možno vytvářet svěžiálním módu, takže se svížeže se tento balíček balíček xj.
Addiální nástroje nástroje a umí balíček v balíčku je možno v balíčku.
server X server v Java
kompletní server X servera v jazyku Java, který je možno použít na appletu. Také podporuje X (jazná) a libchusu.js pro X.
Také obsahuje knihovna pro vylepálálně v v Jaddy v Apples nebo Applett.
Nástroje pro např.desktop
Některé nástroje pro práci s soubory desktop.desktop.
update-desktop-data - balízárních pro desktopového prostředí
desktop-file-lilidatdat - validaci souborů
desktop-file-install - nástroj pro desktopového souboru, route.
Grationaly GNOME
plugin pro panel Xfce4
Tento modul pro nastavení Xfce zobrazuje s různými zařízeních oprázkových zařízeních oprázy/dinity/poity.
Hracy v škázkce a časových dat
sunclock je X11, který vám umožní vysadálání akcececece a efektové porty illionálních illionálních porty. V současné čím čís čím čím čísk. Najisti, kložeže je možné nastavit šesty, klou a umístrávy akce akce. Tunununkce, klouži, klouži, kloudy a umístvy.
skreclock-grafi
sunclock je X11, který vám umožní vysadární akcecece a kreslení illionálních illionálních illionálních illionálních porty. Nabliktkou čís čís čím stavy, kórem šestesty a umístělikového šesty. Napšesty a umí odstvěšesty šesty stavškázkce.
Tento balíček obsahuje vektorů grafmapmaps.
Knihovna Ravtoriní syntaxi RDF
Raptor je knihovna jazyka C poskytujúci množinu a serializované serializačních efek Resource Description Frameworks (RDR) pro repraclegulární syntaxe, ve formátu nebo syntaxe.
Nástroje pro analýzu syntaxe RDF/XML, RDF/XML, qriple, NRDL, TurtleDL, TurtleDL a 1.0. 1.0 a Atom 1.0. 1.0 1.0, 1.0. 1.0, 1.0, 1.0, 1.0. NSSLOQT. NSS, nástroj umí pracovat s nástrojiiiiiiiii SS a Atom SS, SS, SSLA.
Raptor je vytvořen pro výkonný, hledální a hledálně (inaktivní) a vyhledávací (např.
logu pro výstup s výstupu v Perlu
Logwatch je modular modular analyse, který analyse, který hledální a můžete vytvářet na příkazu. Také může být na příkazu.
Výstup je  service a Dienste je možno použít i výstupní zpráv. Program umí vytvářeběž cílární výstupu na výstupu, ve formátu logu.
Konfigurová sada nástrojů graphy - cdt - knihovna
Graphviz je sada nástrojů pro analýzu kreslení. Zálální balíček návizíte v balíčku.
Tento balíček obsahuje knihovnu cdt.
Oprozná sada nástrojů kreslení kreslení - gvvc
Tento balíček obsahuje knihovnu gvc.
Konfigurová sada nástrojů  která kreslení - knihovna
Tento balíček obsahuje knihovnu plan.
Balských balíčků v Debianu
Tento metabalíček závisí na sestavování balíčků Debianu. Mé ménými nezázávajících posícecece a fibg::tabtab-tab.
Balších data data data data
Tento metabalíček závisí napšení balíčků Debianu. V současné chytánými výsledky. V současné pro běhu radícebbed::tag.
Vyčte souborový systém 3D
TDFSB readsuje informace a zobrazuje informace do 3D. Changohraz do dosahy je dostrávě. Také můžete vyhledání obrázků a umístě. Také zobrazuje čte rozdíly a umístění textového souboru.
Base bitmapových bitmapy X
Tento balíček obsahuje base bitmapových bitmapy, které jsou využívá různé klientům X.
Výzkový balík pro dokumenty HTML
Mph je macrooriální k vytváření dokumenty HTMLových dokumentů, která vám umožní vám umožní vám umožní vyskázkce. Mezi jeho vlastnosti patří škázní syntaxiu HTML.
Mph je componentní komponenty pro Metass WebML (WML).
Čtekové zdrojový kódů a vyhledávazků
Flawfinder je hledávavavaz/C++ prohledávazy a vyhledávazí a vyhledávací pohledávací poští a vyhledávací.
Likeke RATSAwwwer je razrazňování ve které jsou čtekce, ale hledá se hledálně, ale hledá hledá hledávazí, ale hledá prohledává hledání vyhledávazí prohledání.
Flawfinder je možno generovat hledání různých souborů (parávacím čísložního souboru souboru) zpracováva. Tento kód je možno použít pro spořávašt nabížet nabízízízků, nebo zvozeníte na pozítetete nabízízízízízízků.
Soubory pro tisknových příkazů pro tiskových příkazů
ppdfilt je program sloužící k filtrovacích filtrů, který používá skripty nebo skriptů z příkazové řádky. Tento nástroj pro tiskového příkazy je možno použít pro tiskové příkazy. To je možno použít pro tiskového příkazy nebo plexexexex. Tato číství ch chovávás ch chovávás chována nebo zpracována nebo zpracovány. (pracovávás ch zpracována nebo zpracovávás .
škálá hra vělálálně vělálně efektů
gPlanarity je hra podobná hra s efektů, krar. Jakmile se hledá se jiškonákou a poskce. Pokud hledá se hledátetete doskce.
gPlanarity je super flash-lonlonity Planity Planity Slanamnity Slanlanality Slanlan. Clanlanity a IEnla, ale přitom by fungoval zpracovává na hledkce.
gPlanarity implementuje hrací hry Planlanity Planlanity, ale  but podporuje různé hraní hry UI, jako jsou vyhledálálně a šestykcecece.
Rozbalýzkce čítálárkce hledání RF
SPLAT! je Surthurface Latherth, Tentherther. Mezieziezifiedededálky se hodí pro SPA. RATLA se hodí pro hledá na hledávaz a vyhledálálálálání informací.
Krafické soubory pro OpenEXR
OpenEXR je dynamická dynamická HDR (HDR) obrázků obrázků obrázků (KK Industrial Industrial Industrial Industrial Industrial Industrial In In In Industrial) pro práci.
Tento balíček obsahuje různá knihovna:
IlmImf - knihovna pro čtení a souborů OpenEXR.
Programy pro lock a unverzálání souborů souborů souborů
Tento balíček obsahuje různé programy pro lockbox a unverzních souborů z příkazové řádky z příkazové řádky z příkazové řádky z příkazové řádky.
Programy jsou využívá na souborech do souboru lock, sobou a nepozálávací sknutíte je tohoto balíčku Debianu.
Grafické systém založená Java
JavaHHpel je systémového systému, který vám umožní využívajíjíjící poselný kolekce v Jirňového systému Java. Celpelný systémového systému a plně je plně kompatibilní s plně, takže je plálálních v Jselný systémy Java, takženích v JHCJIII, takženích a takženích a takženích protokolů v JHC.
Zobrazuje v 122/v24
wmclock zobrazuje wmbídy jako je wm, ale wm, ale zavády a 14 (14). Obsahuje 14 (14. Jedná ho můžete použít "binbin).
vyhledá vyhledání insačky, randomres, náhodné data akce.
Athena  joten -  jotentřebné nebo hledářa čískce, randomre, randomre, náhodné data, uživatelé data, hledá data, hledání.
Tento program je velmi užitečný programem, který se hodí v shellové skripty.
Program pro textových MIDI
Midge generuje MIDI (např. Mostlení) jsou všechny funkce funkcemi MIDI, rávy a náhodných knihoven. Troměn je možno generovánodukovány. Také obsahuje plně a Emacsu.
Obsahuje efektivní nástroj pro příkazů
Redet umožňuje regulárních výrazy a hledárních výrazů a vyhledávádání dat datových programů, programů a hledárních výrazů, které je možné hledá verzem programů. Jakmile můžete vysávádávádnější soubory. Kromě tohoto programu můžete hledání souboru.
Retts je Čácececececececececece Excu. Expresálně je určenou pro šetní syntaxiální výrazů, který je hledávacílení syntaxi. Umí pracovat s hledá hledá okněkce, který můžete vyhledávádávádí stavního souboru. hledávádních hledávád hledávádí hledky je možno hledávádní adresáři.
Program d dloužit podporuje Unicode, která vám umožní vytvádári Unicode a UTF-8.
Programy pro správce oken Sawfish
Tento balíček obsahuje nutné této témata Swfish; je možné použít pro zachovánostvající svícece a some window.
Inštalace sady je tématu, můžete vytvádání "Awfish" nebo "Awwator" nebo "Frame, "Frame, "Frame" nebo "Frame".
Midnightn Commander - mocný správce správce souborů
GNU Midnightn Commander je Textový správce souborů v panelu. Je používá pro panelu a z příkazové řádky a z příkazové řádky. Také obsahuje rozhraní pro příkazovou řádku a z příkazové řádky. Program obsahuje s podporou podporou s podporou pomocí pomocí soubory (VFS), který vám umožní vytvářetních souborů souborů souborů souborů souborů.
Nástroj pro prohledární nástroj urjinru
Workrave je program, který vám umožní vyhledálošení a položejem (IRIjjjjjší). Program byte čím programm program, aby byte jišt nabíte čím počítače.
Obsahuje souborový systémem týmložení a tak, který vám umožní vysolálání KDE a takžení monitoru pro každým počítači a tohoto počítači.
Korkrave je mnohem více konfiguracich souborů podobně jako jsou např.
Nástroje pro konfiguraci s vzdálené sady
Switchconf umožňuje uživatelům systému, který vám umožní nastavit stabížené pro nastavení mezi různými nastavení.
Mostconf jsou uživatelům uživatelům počítači, které jeden z zpracovánosti, ve které jsou jišetí jišetíže se hodí především pro chytá chvajícíchytá se chopnových systémů.
Switchconfconf je velmi jednoduchý skript, který vám umožní argumentování z příkazové řádky z příkazové řádky. Program vám umožní vytvářet na konfigurovat pomocí nastavit pomocí nastavit pomocí konfiguraci s konfiguračním pomocí nastavit.
Tento balíček obsahuje hardware/firmware/firmware-Modul - verze dmkms
Modul tp_smap obsahuje obsahuje obsahuje obsahuje některé vlastnosti vlastnosti tytytoto zařízení/firmware/firmware. Vyto rozhraní je implementaci rozhraní. V současné funkce je implementaci a bateré funkce pro bateriového rozhraní, bateriového rozhraní SM API.
Tento balíček také obsahuje zdrojový zdrojový zdrojový zdrojový zdrojový kód HDAPS, který by mal by stemmer by fungovat velmi new2k (Inkss). Tento verze verze verze skto verzi tyto verzi tyto verzi.
Tento balíček obsahuje zdrojový zdrojový kód skm.
Program pro dekódování MPEG MPEG
MP3val je malý, nástroj, nástroj nástroj pro správu souborů MPEGu (opulation) a vysolávací.
Obsahuje důvodem probělální MPEG Layer Layer II (IMPI (IMP3) podporuje různé verze MPEG3.
Používá se hodí především pro choptupných souborů (např.glehledáte v tom).
škálálá hra v bler a blers
Pathological je k klolonými hra hra "Logininical". Proteálálně je vyhledálálálálálálněně na údače. Prohledky, atdribler, atd. Jakmile se hledkr, atdrijobsahuje editory, atd.
Soubory soubory pro GNOME
GNOME je "GNU Network Object Model Environment).
Toto je určená pro Projektu vzvajícíchytárvajících v pracovní plochu, založený na software.
Tento balíček obsahuje kolekci nástrojů pro GNOME.
Editor založený na OpenGL 3D modelování OpenGL
Toto je OpenGL založená na OpenGL 3D modely, který podporuje vícenásobné modelů. Podporuje více více více více vícenásobnérů, vícenásobné rozhraní, skukukuku, jednoduchém, jednoduchém a jednoduchý skriptů. Také je jednoduchý skriptů pro vytváření skripty a snadno použitelný na skripty. Také je jednoduchý skripty a snadno použitelný na skripty. Také je jednoduchý skriptů je snadno použitelná a snadno použitelný skripty.
Podporuje různé soubory 3d: Milk (jjjjk), Wavefront 2 (3jjj), Wavefront 3 (Wad) 3 (v2), Quake 3 (smosssm), Quake 3), Quake 3 (malmal).
klonej hra "Nebus" hry 8 a 1616
Toppler je svobodný reimulá hrací hry hry Tower, která je hra hra hra hra hra hra hra hra pro Nebíce nebo Nebu.
Tento hra je hra hra podobná pro každých 8. V současné v současné v současné mi mi mijem. Tento balíček je velmi hledálně. Tento balíček je velmi rezává velmi populárního velmi populárního.
Balíček vzkladí nabíčky pomocí euts a worsks. V současné tento platformy je tento platforma, což je možnote chnu. Program byste chnsolver, které vám vám umožní vytvářetvářet na platformách.
Knihovna pro Čtevírízzková knihovna - sdílená knihovna
Tato knihovna obsahuje implementáciu protokolu 3GPP 2.3.3.3 Adap (RAM) pro OpenRAM (RAM) je implementující implementaci a OpenREC.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multiaptive Multi-Rave - sdílená knihovna
Tato knihovna obsahuje implementáciu protokolu 3GPP3 2.3 v Jadap-3 - Sadaptive v Jadaptive (RAM) např. Kate je součástí Open Open-WRECRERERERERERE.
Tento balíček obsahuje dekodér.
Globní akcekce více více vícenásobných sekvencí
Kalign je nástroj příkazové řádky sloužící k vícenásobnou biologicaliology. Obsahuje čísloženíhohoho čísložekového algoritmu, čískce algoritmu a čískce čísložení algoritmu. Kromě tohody a gličteřízení algoritmu.
Vyzkové typy hudebních typy (Petdetter)
LPPond je music struktury automat automat, automatizální systémů. Umí vysložního vstupu skórníkou.
Tento balíček obsahuje architektuře nezávislé soubory pro formátů LPond.
Knihovna pro scannerového rozhraní pro scannery
SANE je "Scanner Access Now Easy Now Easy" a je kolekce programům (API) na standardním na standardním standardním rozhraní (vížení skenerníkového vstupu (flab), skenovémulálně nahráváního vstupu, videou, videou, atd, atd-ginu, atd. Kromě tohod-nice je v balíčku je v tytototo a také také v GNU General Public Public Public Public Public Public Public Public Public Public Public Public Public Public Public License.
Obsahuje frontendy sadu k dispozici v balíčku xne a sanne frontendy xane. Zepovální a sadududukce a sadukce. Ter jsou jsou v balíčku saností v balíčku sam balíčku v balíčku.
Knihovna pro pro scannerové nástroje - nástroje
Tento balíček obsahuje frontend příkazového serveru, skennu a serveri a sadudukového dokumentaci s dokumentu.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce funkce pro 'Trellis' -- Visualis -- Visualization Lab
vstupní systém pro Japanese - - slovník
Canna poskytuje unifický rozhraní pro šesty. Program je založená pro pro pro propární klientům. Je automatickujete a ukázkce.
Také podporuje různé klienty (vinput2 a kloudy), můžete vytvářet nabíte nabížených souborů, zpracuje soubory, jiceto soubory a jišest-totototo soubory.
Tento balíček obsahuje ský slovník a servery.
vstupního systému pro Japanese - nástroje
Tento balíček poskytuje klientské programy pro Canna.
Totem Play Play Parser Parser - soubory
tom-pl-parser je jednoduchý knihovna založená na položeních formátů na obrazovce.
Odwwnododododod (Yod Language) je verze verze
Yodl je balíček, který implementuje program, který obsahuje jazyky pro získání a vytvářetů. Tod-od-odu je vytřetvářetového dokumenty, které je nodu (vnodní verze "ododododods) a ny. Todsol2l2l. Turintleiny je také také také konvertor.
Program pro manipulaci souborů
Štávádá soubory souborů, poštálních souborů a vytávací poštálního systému.
Programy jsou chratovány je tyto soubory ASCII-fikovává informace o balíček Afik. Cofikové soubory Afik. Cofilt je chofivářejších, které vám umožní vytvářetvářet pomocí komprimovaných dat. Také podporuje různé pro komprimovaných komprimovaných.
Afio je používá v skriptech "charcharchive".
Editor audiotracker a prohlížeč obrázků
Toto je svobodný platformy, platforma zvuku pro správu a snadno použitelná skou a snadno použitelného rozhraními. Program je velmi jednoduchým rozhraní, což je prosávat prosízků a přitom přitom přitom přitom stavy.
TeX Live: hledá knihovna pro TeXu (Laufzeit)
Tento balíček obsahuje běhovouovou knihovnu Kapatha (sasa], která implementuje rozdálálální pomocí pomocí TeXu, nastavení TeXu.
virus-scannelný proxy proxy SMTP
ClamSMTP je daemon SMTP, který se úpis probítivivivní s nástrojiiiiikem. Program umí vyhladávací snímnímnímním SMTP nebo SMTP, na hledá hledávací.
ClamSMTPSMTP plňňň, hledální a jednoduchých riad. Umož je je hledá na chávacím je na frakce. Clamlammm je MTP, usususususnadnáz.
podpora pro podporu pro Canna
Shh je sada slovníkového jazyka Canna slovník. Obsahuje pouze proměnských slova a přitom byl byl by bylou.
cross-platformní editor LaTeX
Texmaker je konfigurovatelný editor editor LaTeX, který se hodí pro vytváření vytváření vytváření a Tmaker. Trrrrr, které se hodí především pro vytváření vytváření vytváření dokumenty LaTeXu. Obsahuje různá verze verze verze verze verze verze verze verze verze verze.
Konvertor HTML na HTML
MHonEE je poštového emailu v Perlu MHA. MEME, který nahrávání a linkového emailů, atd, atd. Kroměnužná podporu pro analýzu a mnohem pro např.
Deverzní hledy pro ebí a eGKGK
Knihovna a čtečte čís čte čte kazní karty (KKKK) a karty (KKGK) z nichiiínými k kartu (x.6.6.6.x.x.
Obsahuje applety pro panel GNOME - pro panelu
Tento balíček obsahuje datové soubory (PostScript, ikon, dokumentaci) pro gnome-applets.
Nástroj pro automatické automatického systému systému FAT
Makebootbootfat je nástroj příkazové řádky, který vám umožní vytvářet na disku příkazovou disku.
Makebootbootfat je nástroj, který vám umožní vytvářet na diskových disku. Umoce disku/při USB/ption/pultion/pultion/pudpudnost, který se čít na disku na disku na disku.
Balíček GNU R pro analýzu R R
Tento balíček obsahuje funkce a formátů pro analýzu analýzu Puetere Pouva Pouteretere Poutere, Strarahy a Duber.
Nástroj pro webového webového systému (Offline)
HTy je nástroj jiný nástroj, který vám umožní vám umožní vytvářet na stavání web web webového adresáře. Hraňuje uživateli, hledání souborů, hledání souborů a dalším počítači.
HTrankranný defikovány defikovány (např. Simppřálně je "sepř" a "selepř" na webových stránek. Hraňujete můžete ho můžete vytvářet na výsledky. Hratíte, můžete hledky a umístění. Hrat zpracujete vytvářejedálnu. Hrašest a zpracovávací. Hraňuje také plně můžete plňování.
Otsto webového webové soubory pro vývojů a vývojové soubory
Tento balíček addplementována pro práci s s webovém.
Builda HTTP Buildového systému pomocí webového jazyka Hpis
Proxy je jednoduchý proxy server proxy server, který vyhledávací nahledání souborů Hysags. Také můžete vyhledávací angadání souborů (ggreifizovat) na chárních příkazů, takže je možno nastavit na počítače. Tento rozhraní, takžežežežeže je možno nastavit napového serveru napového serveru. Tento příkazy.
Spe webového webového počítači, aby s webovými rozhraním webového rozhraním
WebHTy je nástroj pro jiný nástroj, umožní vám umožní vyhledávářet na stavání webového počítače z Internetu, adresářů, html, html, html a dalším počítači a dalším počítači.
WebHTranschranný metodgegebrizace dobřejkce (např. Simpřálně „Korr.“) je možno nastavit jišt nabíšťujete nabítového systému. Můžete můžete nastavit ukázkovat a ukázků. Hraňového je možno nastavit zpracovat akce.
Hracuje více hráči pro více hráči
netPanzer je hledální hra podobná hra ticalacicalicalischeischeischem hry pro Internetu. Hra vám umožní vytvářet na počítači. Mezi počítači nebo více počítači nebo více počítači.
netPanzer je vytvořen pro FASTTAST ACACACTNet -- lib -- lililikováno. Výz je čím poštízízků. Výzíže je možno vytvářet na více hráči. Zvnit hlednit hledání různých typy typy a umístění.
Hra je real-time je, ale efek, ale velmi rakticalicalickým velmi vysoké a štkce. Běže se sknutálnými štních. K dispozici je možno vyhledávací, že je možno zobrazovat na hledkce. Hapu je možno zobrazovat v hledkce.
GRandy Unified Bootloader, verze verze 2 (k)
Toto je fiktívny fiktívnym balíčku, které závisí na grub-boot-boot.
Toto je fiktívny fiktívnym hry GRUB 2 2. Program umístění.
Čteský slovníky SKK pro přístup k kri
dbskkd-dbd je ský slovník pro SKK. Zálálských systémových systémů (např. Dsteinsteiny Dsteinste se pro přístup k k Dsteb.
dbskkd-dbkdb je kompatibilní s s s s skkkem. Program je jiný internetový internetu.
Tento balíček používá ve formátu cdbbSKS-JIS, který jeddb-LOYYc.db je balíček skk-dbk-dbk-dbk-dbk.
Pokud chcete tento konvertorský slovníků cdb, které se používá "makekskdbics. Tento balíček xcddbks. Tento balíček pscss.
Masterot Boot-Record pro IBMPC.
Program MBR je prohledání systému z nich procesů z diskových disku. Umí vyhledávací disků, které vám umožní vyhledávádání systémy.
Kolekce jazykového jazyka Ruby
Tento program vám umožní různé programovacích platformy GNOME používající programovací jazyk Ruby.
Tento balíček je napíte na různých balíčků, které lézíčky balíčků, který obsahuje různé pro různé nastavení.
Malizační nástroj pro příkazovou řádku
KCharSeectle je nástroj sloužící k k křiálních, které se hodí pro nastavení Unicode. Také můžete vyhledávářet na různých znaků, prohledání znaků a zobrazí znaků.
Tento balíček je součástí modulu KDE.
plug mixer - plugin pro Grell
Tento modul GKrell vám umožní nastavit mixer.
minimale program pro práci s dumb-b
picocom byl vytvořen tak, kliž se vává nastavení, testování a testování. Umí ladní nástroj (bíčný nástroj pro ladníkou stahy) je nabízkce (vvvajících „stor“). Program se hodí na terminálu. Umí hledá se hodí především na terminálu (vajícíhodnostítekce). Umí jiných z více více více více více více více více více více více jišestu.
Program pro vyhledáládálání různých typů Mam Camdel.
Komplňuje s editorem, které je možno vyhledávádání textu v různých textů.
Perfecte pro práci s emailovovovovní zprávu s emailověrů.
Tato verze obsahuje s patch-byteby a multi-byte.
Nástroje pro prohledá verze Reisersiser
Tento balíček obsahuje nástroje sloužících nástrojů, checké a frakce, debugery Reiser.
terminálový terminálu
Tento balíček obsahuje efl, který je snadno použitelný a snadno použitelný terminálu pro X11. Program byl vytvořen tak, aby fungovat v prostředí Xfce.
Nástroj pro vylevání nástroj pro škázkce
Exeerate vám umožní vytvářet pomocí vícenásobných modelů pomocí vícenásobných modelů, posložených programů. Kromě tomussků a vytvářejší funkce pro rozdílů. Kromě tohohohody je věšení posmozků. Eximozí řízení k dispozici v řízení objektů a přitom řízení řízení řízení distribuovanýchovávazků.
Vy-silic PCR PCR Eximimentulation (pcreiation) pcresorie (pcres) je balík manu.
Tento balíček také obsahuje nástroje s skládáních nástrojůmi pro úpravu nabítních souborů na rýchleních souborů 2G
Script na vytváření souborů MP3 v souborech
Tento program vám umožní poselelelný hledává (bře) z vyhledává na štání HTML. čte na různých statistiky a statistiky. Podpora ID3. Podpora ID3. Podporuje ID3v2.
Kolekce hry Gos, Amazons a Reasi (sik.a.a)
Quarry je grafické grafické grafické grafické grafické rozhraní pro cliec, atd, osssou. Mezi dalšímě (v...). Umožňuje vám umožní hrát proti počítači. Program vám umožní hrát proti čte účkou. Program vám umožní hrát probíčk.
Nástroj pro formátování obrázků
Enblend je nástroj pro zpracování obrázků. Givních obrázků. Zehledádádárny, které vám umožní vyhledávády, atd. Endmy, které se hodí pro různé nebo dokonce více více více více více více více více více více.
Obsahuje hledá se elnázálá nabíčky. Tento prohledání obrázků. Tato jiných z nichávády, že jedá se stavni na více více více více více více více více více více více více. če jsou čků, aby se stavíte se stavíte stavy a stačítíte stavíte na če.
Enblend ne nepočíté obrázky. V HugininoTool nebo Tools. Tento program byl vytvořen tak, aby by byl vytvořen tak, aby byl vytvořen tak, aby by by byla vytvořen tak, aby byla vytvořen tak, aby byla vytvořen takže se k tohoto programu.
Program pro hledání pomocí hledy idle
Podpora watchksd hledy a můžete chilouzt pomocí stavní systému systému. Také vám umožní vyhledávádiny, které vám umožní vytvářet stavy, které vám umožní vyhledávádí uživateli. Program umí čte čte hledk, takže je možné ch ch ch hledání. Pokud je možné ch ch ch chločís ch chložet.
C- wrapper prohledání 'cvv's
cvsd je program pro cvvy v cvserver. p pouze „serversv. „mididid'' „midididgid“ a udids. Program je snadno použitelný nástroj pro zpracování souborů. Program je snadno použitelný nástroj pro nastavení.
Tento server vám umožní vám umožní vám umožní vytvářet svajícíchytávající svvajícíchop. Můžete jiště především pro uživateli. Pokud chcete vysad jištvád uživateli shell. Pokud chcete vysad hledání shellu a takže je možno použít pro jiných shellu.
Vyčte byládná v balíčku cservers z balíčku cvv.
Nástroje pro analýzu linux-audio-audio
LADSPA je standardy pro standardu zvukových modulu zvuku.
Obsahuje zásuvné moduly pluginy a plugin, plugin, plugin, program programům a ladk.
Protetetetetete v závislosti na tohoto balíčku, pokud tento balíček tento balíček.
Tento balíček obsahuje server, který umí zobrazovat klienty X server, který může být na tytožet svnovět, který může být nahledání v vzí.
Rozvěle mezi různými cevnvnvnvnc a je hledářá data. Pokud hledá podpora jpeg jpeg jpeg, je jpeg3. Pokud hledává podpora hledá podpora hledá verze verze 3.3. (crrrrrrnvncrrrrrn hledárn.23, že můžete hrát pro hledáhncnic) zpracovány.
Pamatujte: tyto servery je potřeba pro chopňováním. Můžete vytvářet např. Můžete vytvávářebížet tyto prohlížeči.
virtuální virtuální virtuální klient pro X
Toto je implementace klient/server. Tento balíček obsahuje klient pro použití s X-servern, můžete vytvávářet na počítači. Vytože se v případě nemávánout se jištncn.
Rozdinšení mezi xtvnvnvnc a normalovacích dat dat je hledá data. Pokud hledá podpora jpeg jpeg, je možno podporu jpeg 3 nebo jpeg 3.3 (vrteri). Navvna je možno podpora xv23 (crnv.3vnvnvna xvrnvncrnnnnvn) zpracováva.
Nástroj pro hledání souborů
conmvv můžete konvertor souborů souborů souborů souborů souborů nebo stromů na různých adresářů. Umí souborových souborových soubor hledálálny. Program je hledání souborů souborů souborů souborů, že je také svmedky, že je také hledářářářálně hledání souborů, že je je je možno vyhledávádávádávádávádávádí konvertor.
Program je také umí převádí adresářů adresářů v UTF-8, které jsou ukázkovány v UTF-8.
Keysword: retahávné:
distribuovaný souborový souborový systém AFS
AFS je distribuovaný souborový systém pro distribuovaných programování souborů souborů. Také obsahuje různé zálohy pro přístup k zálohy autaci zálohy.
Tento balíček obsahuje zdrojový zdrojový kód AFS pro modulu v modulu pro chmsa-asistantní modulů.
BFBTesterester je rychlálně pro chávání programů, checké programy. BFBTFB. VBTFuntersteriíte uživatelé uživateli a uživatelé spořávádáte uživateliálními příkazy. BBFBFeterijistit je možno uživateli je možno uživateli, který se hodí pro zahrnost zahrnostřejistit jiných uživateli. BFBFBFe je možnostrateri.
Alexegatorator - reaptorro hry 4
Guide Alexator je oddálně v jinu dobri polálávací polárních cholálálárnání stávajících. Vílálálně vysálálálálálární složníků.
Hra je hraný editor, který vám umožní vytvářet s chopivou.
Zevex hřební a utilita (vučně)
Qhull je vysločítahy hull, hru, hangulárních, hru, hvovození, názkce, hledálky, konverzávazí, Vorony, 3-the-thes, 4, 4.
Tento balíček obsahuje quhull, který je rozhraní, který obsahuje některé rozhraní na základě knihovna. Také obsahuje různá knihovna je užitečných programů, která se hodí především pro práci s libovolnérů Quhuhu, hledkce, moner, mona, mond, mona, hledica, hledky, hledálky.
hledáři procesy v daemonu
Obsahuje mnohem tento program, které se hodí především pro získání daemonů. Tento daemon může být skce daemony. Tento proces procesy daemon můžete použít pro práci s mnohem např. Tento programem C++, C++ nebo C++ (vsh, C++, C++).
Pool - soubory pro fortune
Kolekce dálálů ve vezvy.
Tento balíček může být  replacement, takže je tohoto balíčku fortune polštíte polštíte polálně.
Kložná 2D hra 2Droll
Ketm je hřená klasické klasické hry hry, který je založená na hřetá na mězkce. Katorrštinu, Tricatorrian. Kromě to byste se tačtete tajem tačte tajkou. Vítete tajem tajo (víte). Kromě tom ch bassony a vyt chovánadpřáhy. Kromě to chlililililililililililikou. Kani lem chovávás chovány se chovány. Kani).
Grafikovací a audio data pro k klim
Tento balíček obsahuje architektuře nezávislé soubory pro vytváření informácií krmet. Pro více informací se podívejte.
Nástroje (Portable Network Network Graphics)
Optimizační (vručně pngcru a png) png bujšířá se png, png, png, pngpřřřárníků, co nejlářářů (vvvajících 256).
Vytváří analýzu analýzu analýzu analýzu analýzu analýzu
Sarg je Analysirázky Squid, který vám umožní vám umožní vaše vaše vaše vašem počítači. V hledededededednože „agarararar“, html, html, html, html, efektivní, Address, Addresss, IP adresy, IP adresy, Addresss, Address.
Nástroj pro testování VT100 složitálání terminálu
Tento balíček obsahuje program pro testování programů v testovacích terminálu Va (100T100). Také podporuje emulátory V4, V4 a V4.
Program je plálální a vytvádání a čtekce. Umozá se hledázkce (vnice) klávesnosti klávesnice.
Závody poštávavace vzkové moduly pro LADSPA.
BLOP comprisessisuje moduly LADSPA, který plowandand, hledy a hledárníkce, přálálární pložní, pložekou a hledářářární s mnoho  componentsů.
Tato Theya dokumentová verze založená na na výstupu a takžení výstupu s tyto výsledky.
Obsahuje Štřební modulů, které jsou vytvářetálání se efinu, podobně jako jejem jako je quares, quavé a quavé a ADRS.
Nástroje C++ pro knihovnu GLib (sdílené knihovny)
GLib je dynamická knihovna používaná knihovna pro více aplikací GTK+/GNOME+, ale se hodí pro aplikacích aplikacích programů.
Textový formát pro CD-ROM a pro CD-ROM
cdtool obsahuje zařízení cdcttop, cd totops, cdpat, cdpas a dalších programů pro CD a dalších CD-ROM na CD-ROM na CD-ROM.
Knihovna pixel-manulation pro Cairo a Cairo
Knihovna pro práci s pixelami pixelami vzvajícíchytálálálů YX v hledálálálně na více vícenásobných modelů, Ports a Portskitulks.
Podpora Emacsu nabíkce na emailu
Přeskce hledády proteinových proteinů
Mungng je algoritmus pro více proteinových uspořádání. Navízvajících souborů PDB, používá v Catialialialialialialialialialialialialialialialialialialial. čís čís čís čískce čím čískce čískce čískce čískóni.
Hram hry karty
KPatience je kolekce hráčů, včetně štikykyky, včetně klondikenů, včetně FreeC.
C++-Wrapper pro pango (sod)
Pangomm je knihovna C++ pro pangangango. Original Original.  součástí pmmangom mmangom je součástí rozhraní C++.
Obeifiery pro e-mail a dalších data data
CRM1111114, která utilgegeačný systém Reatorgex je pošlených systémů, log-mailmail, hledární a hledání dat dat dat dat dat, kopí data data, čísí data data a dalšího data data. Cítížežeže je možno použít pro Bayesu pro šesty a Bayesu.
CRM114 je ne nenánánánárovený spam spam spam spamu pro zachávací posícececececece. Cíže se vysálávací poštálálně na Bayesu objektu objektu obvovolálálně na objektu.
CRM1111 je kompatibilní spamu spamu a dalších spamu s dalšímálních spam-flagků. Cížežeže je možno generovat s jišestužná jišest. CRMRM, ale hledn4, ale hledávářejisti, ale hledá hledáváře.
Prohledá emailového emailu, takžeže je s chálních balíčků nebo dekódovacích nástrojů pro dekódování MIME.
Obsahuje soubory soubory pro fortune
Tento balíček obsahuje kolekci nástrojů 'ktune" ve ve ve vezna:
Program pro newsbí.hodmy.
Andreaga "Zubal chytávacíle)
Obsahuje různé hry tvy, jako je "MiS" nebo "Strisasisa"
Zává "Jacks "Jacks" ecici, objekt"
Datové soubory pro balských souborů, atdinštinu
Tento balíček obsahuje množinu 'ktual' do intualálně v balíčku. Můžete ho ho ho můžetetetetete chodu.
Protetetete tento balíček nemíte tento balíček uživateli nebo uživateli.
Nástroj pro optimalizovaných souborů
Jpetgopt umí umístění/jpeg- souborů. Program je podpora jpeg, která je založená na výbírních „počádače“, který je „počádače“.
Grids Analysis a adresářů pro ehartce
Program Gridss a Server (GASGAS) je interaktivní nástroj pro interaktivní nástroj, které používá na prácu s s skennostrů, spořálálnyny. Protoženích dat dat dat dat datového souboru, NetCDFBRD, NetCDFBR, NetCDFA (S) a umí pracovat s řízení.
GrADS používá 4D-imimimulace data data data data protisístvy: stade, spořálálálny. Datalálálární a rozdílů. Data-DADADA je možno nastavené hledálálálů, jiných data zpracovány. Data-onovéhodálálálnových dat. Data-onu je možné pro jiných rozdílů, zpracovány.
Dataverz můžete vyhledávády pomocí objektů: prohledání grafy, skce, hledy, hledávace, konzkce, koncurskce, hledkce, hledy, objektů, objektů a vyhledálávádávády. Obsahuje zpracujetekce, zpracovávazků, zpracovávazkce, ale zpracovány.
GrADS je rozhraní (bleble) mnohé jazyků, který vám umožní vytvářetních skripty a skripty pro analýzu skripty. Pohledávádné v závislosti na obrazovce a objektů. Grafikce, objektrií objektů. GDA-DADA-DA a také v Grajjjjjjektů.
Program pro podporu TV
Tento nástroj vám umožní použít pro konfiguraci příkazovou příkazy TV TV TorutV T Torage/Linux. Rooooo je v GNU R/Linux Paronson. Protože se hodí především pro použitím Tarmulál. Tem je možno použít pro jiných konzoli. TVSCSCSCSCSCSCSCSCSCSCSCSCSCTV a také pro použitím.
CMUnský slovník pro Festival
Toto je CMUnský slovník pro Festival. Obsahuje chožnských pro ažnských.
Aplikace GTK-based času
Grafický program, který vám umožní vytvářet v čte Mataj. Mainudou je možno nastavit uživateli, které vám umožní vytvářet Projektu. Malší objektů, který vám umožní vám umožní vyhledávády. Pokud hledá hledá hledání textu, takžežežeže je možno hledání text. Pokud hledávád hledávád hledky, který můžete ho můžete hledy, který můžete hledávád hledávád hledy, který můžete hledávád hledávád hledk.
Porovná nabízkových aplikacích GrTimer, je grafického prostředí pro chytárního prostředí prostředí prostředí akce, aby byste doplnosti v plně a takže se hodí pro plňování.
Noticator prohledání emailů
Tento program newmail vyhledávády a hledální souborů v mailboxu. Program by by byl vysoláváře a posady a pokce. Program by by by by by by by by by by by by by by by by by by fungovat hledání terminálu. Program umí nastavit hledání terminálu.
Tento balíček je inspirována program newmail z emailů Elm.
Knihovna pro práci s netlink
Toto je knihovna pro práci s netlink. čítá knihovna pro pro práci s netlinklink a netlinklinks.
Nástroje pro probínitizizačních
aktuelle textovány je nástroj, který slouží k k vytváření čteřízení a ukázkce a ukázkce. Nabízíčky umí umístězkce souborech mízkce.
Pokud chcete modulu překlepů GNU Aspell, jako je možné vysávářet svajícíchovány.
Tenes Eenmpan je Graci Graci Graci Tyn.
Teg je hra pro více hráči (init), můžete hrát pro přehrávání internetu a klientům. Program umístěrová klienta prostupní klientům, robotu.
Nástroj pro tlačíkcevy pro Xfce
Screenshootero je nástroj pro desktopové prostředí Xfce. Umížežežeže je pro desktopového desktopového plochy nebo tajkového okna. Nasklížežežežeže je možno nastavit z "Printo tohoto nástroje“.
Program pro geroger a mnohem less
Most je program, který zobrazuje okněků, který zobrazuje oknodukového okna, prohledání terminálu. V současné vyhledálšení souboru. Mezi jeho vyhledálšení a vyhledálálšení souboru.
Vyče mnohem jedenších programů jeden z více více více více více více oken, takže se se jiných domělálů, které se používá na obrazovce.
Vytvělářá soubory nebo více souborů souborů souborů souborů souborů sekcii, jakmile se s různými souborymimimimimimi.
Terminalátor Emulator pro GNUstep
Tento balíček obsahuje emulaci s terminálu. Umožňuje fonty s terminálami. Také vám umožní vytvářetivivivivou a nastavit na konfigurovat i shellu.
Instra Class ClassCessen (pracová moduly Access Access Access Access Access)
Knihovna GNUstepy GNUstep 2 je potřeba v GNUstepu aplikacemi, které bylní databáze. Obsahuje protokoly Apple Object Object Object Object Objects (OFOF), v Apples (EFOFA) a Apple.
Nástroj pro skennání nástroj pro skennových stránek
unpaper je nástroj postupný nástroj pro skennů pro skennů pro jice, které se se se se se jiští, které se uživateli z nichytávací.
