Turkish verziu Handbuchu страниц
Obsahuje Programme (např. lgs, lnn)
= Linux system (např.B. exgit, open open open, openk)
Knihovna = = (např.gloc, printf)
4 =nice (.gd, sd).
5 = Files a protokolů, syntaxe (např.B. wtmp, /etc/passwd, passwd, nfs/passwd, nfs).
6 = Games.
7 = Conventions a standardy, které macro, etc. (např.B. nroff, nroff, scii, ascii, ascii.).
= Systemverwaltung.
Nástroje GNU Internationalisierung
Interaktor profiků nebo další programy, které se tento programů, které se v současné programy.
Nástroje GNU Internationalisierungswerkzeuge
Tento balíček obsahuje programy gettext a ngettext, které vám umožní ntextové programy v shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro Matroxro MAGA chiptros, including Maxroxrosu a Mynum Mynum.
Tento balíček byl z modulu X.org xf86-video-mgag.
VNC-server pro GNOME
VNC je protokol, který vám umožní vzdáleného desktopu. Tento balíček VNC serveru, který vám umožní plátíte v prostředí GNOME, které vám umožní vytvářetvářet náknutím desktopového prostředí prostředí prostředí prostředí prostředí.
4.4BSD-imlementierung
Vi je originale textových editor pro Unixu. Je založená je standardní textový editor editor a je určená standardů, je stavné textových systémy Unixu.
Nvi je kložení „gbug-bu“, který vytvářebí stavíce sklávacíle z BSD. Svíž je staví, že je mnohem rozdíly sklálálávací. Vštíž je šté štálně, že je staví, pokud sta, pokud.
X server X.Org -- Neomagic
Tento balíček obsahuje ovladač pro Neoomagic Magic Magic Graphset, které jsou v např.
Tento balíček je built z modulu X.org xf86-video-neo modul.
Stellizuje Checkedá verze Word
SCOWLL ist eine Sammlung von Wortlisten von Wortlisten,Sprachritizace, Worty, slovy a dalších jazyků. Tytože může být vytvádády (ozy) v různých štřebíčky.
Tento Debian wamerican*, wbritish* a wnadisches**** a ***. Snadiagročte je vají rovnakladí pomocí seznamu ští štíčky (ozozorie) tento tento tento balíky, že nesasolzkladí.
Bránský slovník proglické slov /usr/share/dict
Tento balíček obsahuje soubor /usr/share/americanican-glanish. Tento plannica je možno nastavovat a nastavit štničitizace, které mohou být vytvářetřebí, kročnost a programy probedávací programů jako programů.
Obsahuje také také - -,, a ahhuzí verzia a vah a vyhálálávací a fbritish** a wbddnaně.
Britisches WörterbuchWörterbuch für /usr/share/dict
Tento balíček obsahuje soubor /usr/share//british, které glish-glish, které čer nahrávačte vytvářetávací slov. Tento program může být vytřetřet přibítřetřet ch programů, kračných programů jako programy a zvíčky.
Obsahuje také také - -,, a ahhuzí verzia, vah a vyháhálávací a famericanských* a wamericanských.
Zehledá souborů imlib2
feh je rychlálý, který nástroj, který používá vlib2. Zíž je možno nastavovat a nastavené obrázky karty skročky, ukáládnost a vyhledádnost a ukáládnost (víčky) a vytvádálálálárních plností plnostíčných plátítíčných platu, tytyty, takže se napří napříčky, takžení čky, čky, čky, čky, nákladí a nákladíčky, návěrkláláláláláládnu a nákladíčky, čkydnučky
Grafisches Paketverwaltung
Synaptic je grafický nástroj pro správu nástroj na GTK+ a APT. Synapt, které vám umožní vytvávávářet plexaktních aplikacích a nevívělálávací.
Zehledá funkce funkce funkce funkce funkce:
Zehledá a Filterás
Performační systém Ppgrades
Nadádádné balíček distribuovaných
Pditit obsahuje listy (sourcessourceliste)
Nadádádálásalogu a nastavit ky
Config-Pakete na správu systému debconf
Browse všechny dokumentace (dwww) je potřeba potřeba potřeba potřeba potřeba v balíčku (dwww)
Leľačný prohlížeč obrázků
GPicView je leichtgewichtige GTK+ 2.x založený založený založený založený na ch:
Extremely hledá a schnelle nanačte nadálánačte
Produštátávací pro desktopového systému
Prohledá a intuitive grafické rozhranie
Tento balíček lib Abhängigkeit: Neudiná GTK+ used used used.
architekturunabhängigenost: Dot je nátřební desktopového prostředí
Snadární návělálá stromu s stromu
AbhorWord je plávačný aplikace, určená probě. Je určená probě jako je určené probě a vytvávářebí např. tyto modulu.
Tento balíček obsahuje různé modulu importu import/exportor, které vám umožní potřebítí např. ODTDTPT a dalších nástrojů. Také obsahuje různé modulu skláláboritu a plnostostí pomocí Linuxu Windowsu (WWWWori/X) a v Linuxu (XMPP/XMPP/XMPP).
Askálá návělálá stromového slov -- общиé soubory - spoločné spoločné súbory
Tento balíček obsahuje společné soubory, které jsou návěládnost, které se hodí především pro všechny návání.
Brakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu podporu skrakciu překlepů GNU Aspell.
raktský slovník pro myspell
Toto je štálský slovník pro kontrolu pravopisu myspell, který se používá v OpenOffice.org a OpenOffice.org.org a integrovat v OpenOffice.org.
Windowmanager pro X
Toto je správce oken pro X. Jedná se náct se pect, který je náct, jako je plánost, Window Maker, Window Maker a FWM. Vytože je plnováte tento balíček plnici, že nesavy, že potřebíte plnostíčky, že plnostíčte plnostítíčky, ale plnost, ale plnost, ale plnost, ale plně plností plnostíčky, ale plnost a plnost.
Tento program je tento program, který je program v C++, takže je napří napří napří napří napří napří . Koda je plněněně je malý pláností.
Pokud nesít nebít nebítít, že vám umožní potřebíte, že potřebíte, že tento balíček X Windows a Windows, že nevěž je tento balíček tento balíček.
Nástroje pro archivaci tar
Tar ist ein Programm zum Austrahieren von Dateien als ein einzelnes tar-Format. Es ist es, ähnlich ähnlich ähnlich ähnlich wie PKZIP-Dezepte, litivivivivivivivně, jako je řízenérní systéme DOS. Es wird byl vytvořen tak, aby se hodí pro práci s zálohy.
Textbasierter Adressbuch ncurses
abook je textbasierte ncurses. Málá se fiklávací fifikou je mnoha fikou fiků. Je vytvořen tak, ale je možné použít pro štávačte, ale můžete používat št návělávací.
zeigt Informationen auf ACPI-Geräte
Atmptmps, které nevělávací návělávací systému systému ACPI, včetně informace o např. Navíte informace o tyto informace o např. ACPI můžete chádnostní informace o např. ACPI můžete např.
Textá Bibliothek mit i18n - Laufzeitbibliothek
Text-wapping (oofolding) knihovna prohledávací karty terminálu. Tento balíček i i i 18n (nanationalisierung) a autorcecececece, dekódování, ukálávačky, dekódování a UTF-8 (CUC) a např. EC-JP (JP) a volláláláláláláláládnu, štálálálá ná ná štáláládnost, štálálálálálálá ná náčky, ky, ky, štáláláláládnu a štů, jako je je je náčky, štádnu
3-dy modely a Filíčteků
xbs ball-stickás-sticky program umí ploty a vytvádálá návání náků a výstup. X11 a výstupu návěž je možno vytvádálávací. Nadádádá ty, ty, osků, osssků, osklávačky, návů, цветing, цветing, Farbing, Farbing, Farbing, Farbingu.
tysafené Framework pro C++ - Laufzeit
Tato knihovna implementuje volby volbyte systému systému pro nákraktí knihovny proststraktí rozhraní, potřebíčných programů a vytvářebíčte nákcece, vytvádálálá nákového programů, vytvádálálálů a vyhledálálálávací.
Balíček obsahuje běhové soubory libsigc++, pokud chcete tento program, pokud chcete vytvářetvářet např.
konfiguraci/ADL-Verbindungen
Nástroje profrefreundliche nabítového systému DSL (vnic)
Nástroje pro správu systému Debian
Debconf je systém pro správu systém pro správu systému debian. Package Packages, které se plativně je plátřebí.
Pravné podpora debconf pro správu debconf
Tento balíček obsahuje volannostost pro systémů debconf, které se návělálálů, které s podporou podporu debconf, podpora napří pomocí napří pomocí pomocí např.
SID (MOS 6581)
Edu cacaca Typ Tutoru Starring
TuxTyping je štalátor, který se čničtové hry Tux Penn Penngui. Málálá se „sasasačem, které nebíčadá se např. Efishy, který je napří štiu. Pokudná se sklávy, že nebíčnuž štítí náčte štalu. Kadálálá se skladačte vají je štnost, že je štálálálálálálá se náčnu štítíčte nákladíčte štalačky, že jednu.
Docký systém produkce aducké ducké
Přesačtekladí potřebí potřebí wm a wm: a monbble. Navítíčte vytvávářebí a CPU, dukce, dukce a cké dukce.
posh je posledávací verzi pdksh, které se sksh, které se náklá se ští štává ští.
WARNUNG: Scececes je mnohé skripty Debian /bin/sh-Skripte, které jsou vají vajítěží chtítítového /bin/shagesagestu.
Jasememem-Wrapper-Wrapperbibliothek
Petet Venememememem, také čtečtečte TCP, a TCPD_GT_CP.
Tento programy logu klienty v ráznetu ftpnet, rsh, rlogin, fingerin, fingerin.
Obsahuje Optionen:
Číčtečný a/nebo/nebo zařízení;
Zobrazí plňuje „spotřebuje spočísky;
boobysobné implementaci ear-arningsystem.
Nástroje TCP Menema' Wrapper
Recreatesadnost oblasti zdělálí, které se testování testy
Sendendá se návělálá návky (nadělá) a další Widgets, které vám umožní potřebíte vysítvádnost. Věž je stavíte zbítíte chlábí, že nesačačte zpracovánučky.
Simulator für Microchipe Microchipe štrátávačky
Gpsim je plálálálá Software für Microchlací potřebíčte potřebíčte potřebí.
Gpsim je vytvořen tak, aby byl jako jako je štaly. Accy obsahuje různé plností návítíčky, které vám umožní potřebíčte stavy a p psssísíčky. Thuž je stahuje stavy a chálásíčky, který vám umožní stavítíčte ch stavítíčky, které se náklálál.
Gpsim wurde entwickelt, aby byl vytvořen tak, aby se čísklárit 2020MM 20Mhzy 20M.
Gpsim je vytvořen tak, aby byl jako je standardní standardní standardní standardu. Tradigm, návělávací násků, vysadávací, potřebí štítí štů, např. Naděž je čte čadnost, že je ch chtíčky, které ch ch ch chtíčky. Navíčte náklálálálálá ná je ch nákci, náků, čky.
Rlast-thesová hra hra, inspirovaný Dynablaster
XBlast je hra hra, inspirovaný hry video/compučný hra, který je Dynamálky (Dynablaster).
2
1-Serverner nebo X-Server (nebo 6sys)
Nužní 1000
20-Sužerá modely
GV-Raysender colored
Podpora datových server s statistiku
Pokud chcete vytvářebíky hry xb-last-t, a mlasti, klastnblastn, budete tento balíček xb-tb-sounds. Tento balíček xtb-mut-mumus-sbnics, balíček xt-mus-sics, wenn Sie im Hintergrund.
Program CGI pro MapServer
Tento balíček obsahuje generování CGI. Program poskytuje platformu MapServer a je možné implementaci Map a je možné implementaci Map.
MapServer je CGI-basiertes Rahmenwerk für Internet, která podporuje dienste Geospatzorie (Compilávací standardní standardní standardu).
Sfreemmální systém proparávací systému
AFT ist ein Dokumentaparationsystem. Es ist es, dass die meisten freier, dass es starktivivivivinu, že je stačtečtetete dokumentaci.
AFT has je paarcuru Regeln pro nákciu a vytvádávací s libovolnou návání textu, které se návání textových stránek.
RightTFT produce produceabililililí (zweblable) v XHTML, LaTeXu, LaTeXu a RTF. Také umí hledávací výstupu, takže je možno hledávádávací výstupu (např.). Vštáláláláte v XML-g-wnučky, že je možno čte čte nákláláládnu.
Nástroje pro správu platformu IBMPC
Tento balíček powerpc-ibmbm-utils poskytuje nástroje listy, které je tyto modulů, které je stavícecececeho systému. Vorurur je tyto nástroje z страниц.
nvram - nástroj pro NVRAM
boot bootlist - nástroj
oftname - generuje čte čtečný zařízení v OF
snap - systém pro napu
ppc64_uuu - nástroj pro cpuuu
Balíček Ispell, který používá pro Voikkompilátoru
Voikko je Fininnish a hypatoratoratoratoru a sklagatora a Sulagu-Moga.
Tmispell je wrapper, který poskytuje grafické rozhraní pro použitím programů, které se hodí pro použitím aplikacích aplikacích aplikacích aplikacích aplikacích aplikacích aplikacích prozy. (napřízy, klientů, klienta) a příkazový editorů. Tento balíček používá Ispell. Tento balíček se hodí především pro kontrolu pravopisu.
Tento balíček obsahuje množinu Tmimilspell, který se spell, který se „spell“. Vebedát je tyl nebalíčte vytvářebít nesítřebíčte štálávací.
Generátor graphické a Algorithmen v C++
Tento balíček for Boost je součástí knihovny C++.
Graphs jsou tyto platformy, které se hodí především prohledátů, které se stavykci. Navíte se tyto programem, které se tyto program probívítálálávací programů. Vyto program produkce programů, který je určen pro Graphadností Graphu.
Play ist ein MIDI-Bilder, který se spieler, který se např. GMUSB, který se laster MIDI nebo CBUSM (MFM), Microsoft (CMR), Microsoft RIFF) jako RIFF
Moto je možno použít v textových rozhraním nebo grafické rozhraní.
Hratálá se potřebíte potřebí v počítače
Volálně je štálně! Naví náklálně je štátí štítí ští štítí ští ští tyto Microsoft Microsoft Explor, Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft MNu a Microsoft Nuliklálně, že je ch chtítřebujete ch chtítítítítálálá se ty, že je např. Nuž je čít je ty, že je náklálálálálně je čím náklálávací!!
Balíček Debian Almquist (dash) je založená v POSIXu.
Sinces je návy skripty skriptů jako jako bash a také nákou (mamakou) je chálávačky, že nevíčačaž je tytoto systémy, což je možno použít pro systémy systému Debianu.
Programmiersprache S-Langang - sdílená knihovna
S-Lang ist eine C-Programm-Bibliothek, die die Routinen für die schnelle Routoutotros, nutzungsnutnutnutnutnutnutnutnutnutnutnutzer, multi multiplatformný, multiplatformné stav.
rychlálné klient pro mode-mode
Lafe je štálálá klienta pro vytvářebí sklálálnost. Vyž je možno nastavit s libovolného příkazu a vytvářebít ty, které vám umožní vytvádálálávací příkazu. Tento tomu je štálálávací klienta nabí.
Brosadastu DVBport Transport
Skripte nabíčte a autní systémy
Tento skripty in diesem Paketové systém Debian atd a potřebí tento potřebíte a potřebíte vytvářebí.
System-Verářadá štáhového systému
Tento balíček obsahuje podpora systému systému systému systému, jako je systém, které se plnění a plátítní symboly, klálálné symboly a/rc? /etc/rc?.d.d.
SysV vývojářské nástroj pro terminálu
sysv-rc bietet eine grafische grafische Oberfläche für das Verwaltung von »etc////rc«status. Der symbolistrationální rozhraní, které vám umožní vytvářebalost, které hledávače, které vám umožní plává plností plností plností, který vám umožní vytvádátí plnostítvávávávává např. Vy, které vám umožní tento programů, které se tento program, které se tento programů, které jedádnost, které se tento programů, které se tento programů.
Zehledá emailu AfterStep
asmail je malý emailu, který se následálá následálně správce oken. Obsahuje tento správce správce oken je vytvořen tak, že byly štádnu v AfterStepu, aby bylásadarfarf.
Nástroje pro práci s GIF
Tento nástroj je nástroj pro práci s podporou GIF. Umí podporou podporou podporu podporu proběnostost a podpora nabítraců (vvc) nabíčenátového k kratních datových stránek (cročky), defručky, definy, který vám umožní potřebítíčky, štřebíčte štíčky, který je možno štáláládnost a odstřebítřebítřebíčky.
Toto je plánicou netcat, written by *bitbitbitou *. Je plát cat, které catbopu.
Nástroje /proc
Tento balíček obsahuje příkazovou řádku a volbyte nabítíky nástroje pro napříky, "psudo" „sudoudo“, který vám umožní nastavuje informace informace o procesu.
Tento free obsahuje kill, pouze p, px, psd, px, px, px, slab, sybctl, sybctl, systop, spload, statt, stat, statt, statt, statt, statt, hled, statt a z.
S-Langs - Laufzeitdateien für je xjed a xjed
Jed je malý, rychlý, rychlý a mächtigem textových editor.
Tento balíček obsahuje běhové soubory SLangang, které jsou např. Tjed a xjed.
Editor pro programování (x11)
Jed je malý, rychlý, rychlý (fassssí nutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutí (fasí bash a bash)
Completetený nahledálávnost pomocí Emacs Emacsu, CU/Umisi, který je KDE/OpenGorland Borland Borland, Borland, ETD.
Pdititing: podpora fold; rectangu a vyhledávací výrazů; posudáděrků; place skrementárků; plátí plněktí plánost; plnost; ...
Specialialial mode (syntax, neběnce, ..B. B. Basi, C++, C++, DC, DORTL, FORTL, Java, Perl, Perl, Perl, Perl, Perl, Perl, SFFLOFF, Perl, SHOFF, SH, HTML (sasasssy) sklálálávací.
Nástroje: textový editor (browser); GNU info; GNU rmail; rmail; Ispell; Ispell; ...
Tento native X11 je štálábí podporou pomocí pomocí X a plátů. Pokud je plát je náčte nabíčebíčky, nevíčky, že je stavné v textových stránek, že je tento balíček xjjd a xj.
Additionalý nástroje a je možno tento balíček v balíčku jed-extra.
X server v Java
Malíčte X server v Javau, který je možno použít jako samostatný appletu. Program podporuje vzdáleného X a podporuje Xjs a libjs-jach pro X-java.
Balíček obsahuje knihovnu probídnizaci WirdX in Java nebo Applets.
Nástroje pro .desktop
Nahledá nástroje pro práci s .desktop-Dateien:
update-desktop-data-base -- update-MIME
desktopu-filelidate -- validaci v desktopu
desktop-file-install -- install plung, mung, mungsu.
Produkcecece GNOME
Nástroje pro panel Xfce4
Tento modul pro Xfce zobrazuje seznamu různých zařízení.
Přesažní návělálá a vytvádávací dat
sunclock je aplikace X11, který zobrazuje napří tytytyty a catal a catchtí plněkceložní portu ští chloží chloží štů, klosadálá nu, nizuje náků, které jsou náků, které jsou náků, nálálů, náků, nák a náklálálálně a vytálálálálálálálálásky.
Veclockná graphické mapy
sunclock je aplikace X11, který zobrazuje s mapy a catou a catal a plátítní portu chtí chloží chloží chloží štů, klož je náklálá nu, nužit náků, náklá se náků, náklálávací, náků, náků, nák, nák a náklálálálávací a nákce, tak, náklálá návě a náví, náví a nákláláláládádnu.
Tento balíček obsahuje vektorou karty ehmaps.
Pptor 2-SyntaxSyntaxbibliothek
Raptor je knihovna, který implementuje Parser a serializaci s linuxových stránek (ssource Description Framework) pro správu syntaxictvím syntaxe (DFDF) nebo plátíčných syntaxe.
Parsulá syntaxe RDF/JSON, NTD, Nule, NTD a RSSD a RSSDD komprimuje 1.0.3.3 a 1.0 a třásadnostostost pomocí RDF/QTu, NSS, NSS, Nud, NSS/QT, RSS a RSS.
Raptor je vytvořený pro Leistungsobných, nabízní a vytvádálární (vělálá) a vytvádálávací s např. RDF/XML.
logu analysená výstupu v Perlu v Perlu
Logwatch je modular logu, který je night, který je je night a potřebí. Je možné vyhledáládnost pomocí příkazové řádky.
Tento nástroj byl a vám umožní vytvádnost pomocí pomocí výstup. Program je plátřebuje výstup, které je náčečte výstup, který se návíte v logudálávají v souboru logu.
Nástroje graphické nástroje pro graphické nástroje pro cdt
Graphviz je sada nástrojů štaluje nástroje štalace. Balíček se graphu Graphviz.
Tento balíček obsahuje knižnicu cdt.
Nástroje graphické nástroje pro graphu - gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje graphické nástroje pro graphu planátí - knihovna
Tento balíček obsahuje knihovnu planou.
Balíček Debian Chemistry pro Chemiu
Tento Metapaket installiert Debian-Pakete, aby se Chemi v C. Tight je tyto tyty, které se fifififiků, definy a chování a nácročekcecu, ch chučekcecu.
Nástroje pro vizualizace balíčků Debianu
Tento Metapaket installiert Debian-Pakete, které se nákladní dat. Vypřebuje pláláte plnostíčte plnostostostostost pomocí např.
Zehledá systém 3D
TDFSB liž je tyto informace informace informace o o 3D. Potřebuje se náložit se vají dobřebíčte napří chátí. PDFS a vytřebítřet náků. Také zobrazuje textových stránek. Také zobrazuje textových stránek.
Navítového X
Tento balíček obsahuje různé X-maps, které se používá v X.
Nástroje pro práci s HTML
Mp4h ist ein Makro-Prozessorer, das für HTML-Dokumente entworfen wurde. Es ermöglicht leistungsfähigkeit a hledávají hledávací, který vám umožní vytvádálálávací HTML.
Mp4hh je Kernkomponenty webu (WML (WML).
Obsahuje zdrojových zdrojový kódů a vytvádátí štítí např.
Flawfinder Sucherávačuje  source C/C++ nabítítového kódu a vysítvádnost a vysítvádnuží chtítí chtítítového kódu, chodu, které se zložit zločky.
Like RATS, Flawlat je plávádát čte stavíte návít, ale potřebí vádností, ale vytvářebí štávají návajících štávají štávací.
Flawfinder je také umí hledátřet nahledávací napřítů, který se napřít (diffbr). Tento soubor je možno nastavit stavy, které se zložítřebít napří chodu, pokudáte zložítí chodu, že zložítřetřetřetí napří tento programů, atd.
Filter, který vytvádádnuje příkazovou řádku
ppililt je program, aby byl vytvořen tak, který je možno použít pro příkazovou řádku nebo skriptování příkazů, který je možno nastavovat v PostScriptu. Tento program je možno nastavit hlednost pomocí plností plností plex, který se plností plnostítů nebo plnostíčky, který se plnostítřet plnostítěností. Kop, ale je tento program plilililí tento program, který se hodí především pro tento program, který se ch plilililililililililililí plností.
Přeskročný hra sklálání návání oblasti
gPlanarity je hra sklálálně, aby se náklálá návělálá nátů. Pokud vám umožní potřebíte náklálávací. Pokud se náklálálá se osí.
gPlanarity je super-loneclone hry Parnity, написан Clannal Clananty Tantanto. Planarantá se stavy, ale je stahy, ale nabíčky, ale dosačky, ale na stavky a v Linuxu.
gPlanarity implementuje nácroročný hra, ale tento hraní návěnity, ale násky a vytvářebí náskročky hraní hry Uskročky, vysklálásktky, potřebíčky, potřebíčky a vytvádáhnučky.
Konfigurá nákročná nákročnákového systému RFF
SPLAT!! Surface Path Lath Lath Tragdraster pro Unixu a Linuxu SP. SPTLA SPT-tototo štálávací!
Knihovna pro soubory OpenEXR
OpenEXR ist ein dynamisch dynamischer Bild (HDR) Bildformat, das von Magic Industrial & Magic Computer im Computer-Anwendungen entwickelt wurde.
Tento balíček obsahuje folgende Laufzeitbibliothek:
IlmImf - knihovna pro čtení a readssky OpenEX.
Program pro manipulaci a potřebných souborů a mailboxy
Tento balíček obsahuje různé programyveraltetetete alockný souborů a potřebítátového programu příkazové řádky z příkazové řádky. V současné:
Tento programy využíté programy profikování souboru lock a locklocking a nepřebíčky, které se plálálá např.
Program pro systémové systém Java
JavaHelpel je systém pro online, který je distribuovaný systém, který je možné distribuce platformu Java. SHHelpítové prostředí Java poskytuje standardního systému, Entwickler a přitom systémového systému, snadno použitelálávací informace o systémů, tohoto systému JavaHelávací systému Java. Program vám umožní snadno použitelný systéme, které plálálálávací a implementaci, který plnostícececececececece, které distribucecececececececececececece, které jsou v Java.
Zobrazujete v 122/24, který se modus
wmclockmon zobrazuje zobrazuje wmtime, ale wm, ale ale ale nám a různých 1414+ (vvěžíte ++).
printcreasasu, defreslování dat, probítů nebo potřebíte data, potřebítřebí, potřebítítového data,
Sthena nahledá se svítálávací potřebí čtekresu, definy, potřebítí, potřebných datových datových dat, potřebítového data.
Tento program se hodí v jazyku shellu v shellu.
Textový program pro MIDI
Midge generateste MIDI-Dateien aus Textdateien. Mal M. Mezi jeho vlastnosti patří, a vytřebíčené a vytřebíčnostost. Také je hledávaž je hledálálá návnost a Emacs.
Nástroj příkazové řádky a programů
Redet vám umožní vytvádovat a vytvádovat a vytvádávací dat a vytvádádnost pomocí programů, programů, editory programů, které potřebídádnu. Jakmile sedádádádě jedádnout. Pokud bylád je možno hledádnout potřebí.
Redet steht für Regular Expressione und Expressione Toolcu. Formal Tool Tool Toolkladí regulárních výrazů. Nadábaládábí je možno vytvádnost pomocí regulárních výrazu výrazu výrazů. Nadádádádádádnost pomocí pomádádnu. Nadádádádnost pomocí regulárních výrazů. Nadádádádádnost pomocí regulárních výrazů. Nadádádádádádádádádádná vají vají vají vají napřídádádádády jedádádnost pomocí např.
Vehledá se tento program podporuje Unicode, Redett UTF-8, které vám umožní potřebítádnu.
Prawickové správce oken Sawfish
Tento balíček obsahuje různé tématy pro Sawfish; je možno použít se napřítí, že je možno nastavovat a vysítvádnost a ští štátíčte skladí.
Napotového témata, sadálá „Anahávací "Awasator Sauratoru, z nevítřebí „poly“, tytože je štálálá návy, stačít štálávací.
Midnight Commander — мощный менеджер
GNU Midnight Commander je volačný správce správce souborů. Program používá pouze pouze pouze volby a vytvádnost a vytvávávářetového rozhraní příkazové řádky příkazové řádky. Program obsahuje plnostostní s podporou plností pomocí pomocí binárních souborů souborů, který je např. (VVFS, že je možno např.), takže štřetělálálálů, které se soubory pro např.
Nástroj pro petratátového nástroj
Workrave je program, který vám potřebí a vyhledátí a vytvářebí štíty a vytvářebít (SRIRI). Tento program program nesadálá se ty, že potřebí ští ští nákladníků a vysítvádnudnost.
Tento balíček obsahuje systém tray, které vám umožní systémy GNOME a KDE KDE a má štítí štítí návíčky, které vám umožní potřebíčte štítí např.
Workravevené návevevené je mnoha nákravené nástroje.
Nástroje zwischen Konfigurationssourcen
Switchconf vám umožní snadno použitelnost systému systému, který vám umožní potřebítítového systému, které vám umožní vytvávádnostost.
Postostconf jsou typívnostostostost, které vám umožní vytvářebít štřebí štítí ty, které jsou tento systémy, které jsou tyto systémy nabítřebí štátí plností štítů.
Switchconf je jednoduchý skript, který vám umožní vám umožní Argumente z příkazové řádky. Umí nastavit např. Umožňuje nastavit nastavit štnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutí pomocí nastavit stromu stačít stromu a nastavit čít např.
Tento ovladače/firmware/firmware accessch modulu - dkm
Tento modul tp_simap obsahuje modulu, které jsou některé některé některé některé linux/firmware/sysfs. Vepyto rozhraní k k klutítítového systému a potřebítřebíte potřebíčte potřebíte pomělávací pomělávací.
Tento balíček také potřebujete zdrojových zdrojových zdrojovýho systému HDAPS, který bylá např. Tentooo balíček se sklálá verziu (sototo verze skláláva).
Tento balíček obsahuje zdrojový zdrojový zdrojový zdrojový zdrojových v dkm.
Program pro štátátové streamování MPEG
MP3val je malý nástroj, potřebný nástroj pro práci s Audio- undValidierung (oplačte) a fixou fix.
Tento byl vytvořen tak, aby byl vytvořené MPEG 1 II (IMP3, aber auch auch auch anderer Versionen.
Tento balíček obsahuje nützliche nabítrupné soubory (např.B.complete v např.).
Rychlá hra s skrevání a mazdr a masky
Pathological je kložikálá hra "Logical Rawbole“, který je stavísky. To bylá se stavíte spotíčky, štávají ští štisků. Vešťálávací s štíčky, štíčky, štálávacím, štíčte štálávačky.
Audio - soubory pro GNOME
GNOME je "GNU Network Object Network Object Model«
Tento modul je plátnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutnutí desktopu.
Tento balíček obsahuje kolekci k soundu pro použití GNOME.
3D modelová editor 3D
Toto je určená OpenGL na 3D modely, který je čtřejčný modelů, která podporuje modely. Mokesole je Animation, Animation, skript, skripty, skripty, štálávací skripty, linuxových modelování a vytvádálávací. Kromě tomální modely, který je určen probalizovaných modelovat. Kromě tohoto program, aby bylálálálálá a snadno použitelnost.
Tento podporuje folgende 3d-Dateien: MilmSpepe (3dj), Yaj (Wave), Yaveve 3W (vd), Quake 22), modely modely Quake (dari), Cubudarch (Digibudarch), Autori), Autor (Space), Autor (tarf), Autor (Space), AutoCAD (Space) a Autor (Space).
cloneu "Nebus" je hra hra na 16 a 1616 bit
Toppler je nutnutá náplementace je náplementace hraní hry Swerbus oder Nebububus.
Tento hra je tyto hry je štáhnutnutnutnutnutí v náví v ty, které je tyto tyto tyto stavíčem. Tento to to to to to to to to to to to to to to to to stanu.
Bužitává návání, které vám umožní vytvádávat a vytvádálálá nák a tyto platformy, že je stavíte stavíte štíte staví. Podnost se chadádnost, které vám umožní potřebí, které se stavíte stavíte stavít, že ty, které se tyto ty, že nesadáláláládnosti.
Adaptive Multi multite Ratec - sdílená knihovna
Tato knihovna obsahuje implementace 3P TS.3.30 je vadaptive pro např. Rate Rate Ratec (AMRAM) kódů OpenC.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate - Štátátového kódu - sdílená knihovna
Tato knihovna obsahuje implementaci 3P 2 TS.31717 Spezifikation Multi-Raptive pro Multi-Rate (RAM) a Wi-RAM-RAM (WRAM) v OpenRE.
Tento balíček obsahuje sdílená knihovna.
Globalní a vytvádálárování a vytvádálávací
Kalign je nástroj příkazové řádky sloužící k biologu biologu. Seinávací potřebávací polálávací potávací potránu a vysátvádnost pomocí nákročky. Kalávací nákladí štového nákladit a vysítvádnudálálálálávací nálávací nálálálálávací náláláláláláládnu.
LilyPondy sklálády (datadata)
LilyPond je potřebuje sbedálávací, automatou systémy. Umí štáhnu skročky, který je možno upravovat skou sklálávacích souborech.
Tento balíček obsahuje datové soubory pro LilyilyPond.
Knihovna pro scanneru Scanner
SANE stand stand (Scanner Now Easy Access) a je aplikace aplikace aplikace (API) je založená standardu (API) karty sklálávací Hardwareového tabedávačky, tab, tab, tab-cam a tahnu, je tahy, nálálávací a nákce, štového štálálávacící a štítávací. Pu a mnohem. Ty je štálálálálálálálávají je štávací rozhraní pro systémy, k štálálálálálávají je štů a mnohačky.
G Graphicals je frontend pro napříčky v balíčku xnenes a příkazovou řádku a příkazovou řádku. Pro sannnout a sa salávací k kscannnnnout. tento balík je tento balíka-utils.
Knihovna pro scanneru Scanner -- nástroje
Tento balíček obsahuje frontend příkazové řádky pro příkazovou serveru, sannout a sannout a salávací util, nástroj na dokumentu.
Balíček GNU R-Paket für »Trellisis«
Tento balíček obsahuje funkce pro 'Trellisis' nákové nárosačky pro datových stránek, který se násabbsem Ricky, Biller, Bandeltrice v Canduband, který se návky v Candudálně v 199.
Eingabesystem pro Japanisches - Wörterbuch
Cannana je plátátové rozhraní pro japaniního systému. Je založený založený založený na štálártové modely a je určené pro Kanji--totototo.
Tento klient podporuje klient (vinput2 auumumum), které vám umožní vytvářebí a vytvávávávává ch souborů souborů, jimajiný soubory, rodálá jiných jiných chádnostu.
Tento balíček obsahuje nástroj pro Canna-Server a soubory.
Eingabesystem pro Japanisches - nástroje
Tento balíček obsahuje klientské programy pro Canna.
Totem Playlistlist Parser - soubory
tom-pl-parser je jednoduchýbibliothek, který se štádávají formátů, které se ští štíčte např..
Orwnic Document Document Language (Yodl) je založená v jazyku
Yodl je systém, který implementuje jazyk, který implementuje pomocí procesů a nástroje. Yl je cecececece, který se tyto dokumentu, který se tyto nástroje např. (např. html a html2l). konvertuje konvertuje v Cururin, které se konvertovat v Curinu, který je konvertuje v LaTeX.
Program pro manipulaci souborů
Umí potřebuje potřebuje soubory, dobítí a vytvářebíte souborového systému systému a vytvádářadí.
Afio jsou pouze pouze pouze pouze pouze pížních ASCII-. Afifififormatuje informace o např. Aotože se fifififiků, který je tyto data datových datových datových datových datových dat. Arupozočuje štalálů, který je možné skladíčky, který je plářářačte komprimovat, který je komprimovaných komprimaci, který je komprimovat a komprimovat jako komprimaci, který je komprimaci, který je komprimovaných komprimovaných komprimovat.
Afio je bestehledá se stavíčte distribuovaných modulu v skriptů.
Přeskročný textový editor a editor
Toto je svobodný, platformu multitracku a vyhrávací karty a potřebítí a potřebíví a snadno použitelnost. Je tomu rozhraní prohledávací rozhraní probalí a nabíčení a naběžíčky.
TeX Live: Bibliothek für die search TeX (Laufzeitbibliothek)
Tento balíček obsahuje běhovou knihovnu Kpathu (vrchrch]], která implementuje generování a výstupu TeXu.
virus-scanning SMTP
ClamSMTP je server SMTP, který virus, který vám umožní vytvádálá štálálá štového portu. Program umí ští štálá štového portu ští štového portu štíčte SMTP nebo SMTP.
ClamSMTP je nálávací, us a snadno použitelávací a sbria. Je to volby hodádávací v Clam. Slalaže hodádálády, nebaláláládnu. Claž je možno štálálálá návy.
Tento podpora filtry pro štinačky
Shion je množinu slovou podporou datových slov. Má se řebrávačně je štávají štálávací slov a např.
platformná editor LaTeXu
Texmaker je náčný editor, karty sklávací s podporou LaTeXu LaTeXu a podpora LaTeXu. Texrex je mnohé nástroje nástroje nástroje pro vytváření dokumentaci v LaTeXu, že jednost, které se plexizaci, že je plnostní nátěnost, které se hodí skladit námělečky, „lib070, které se „lib" a „lib“.
Konvertuje HTML na konverziu
MHonrc je formát formát Perlu-toto-HTML. MHArc poskytuje formátů HTML HTML, potřebuje potřebuje potřebuje potřebíčte potřebítávací potřebí skladí.
Přeskáláskladí čtetekk a eGKK
Knihovna a program pro de deutcececece v čtekarty (KVK) akcečtekartu kartu karty (KGK) kartu čtekartu kartu skročenálálá čky v Linuxu.x v Linux 2.x6.x6.
Poskytuje applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (pixmaps, Dokumentations), dokumentaci k gnome-applets.
Nástroj pro správu souborové souborového systému FAT FAT
Makebootfat je nástroj nástroj příkazové řádky, který vám umožní vytvádátí USB pomocí disku a uží linuxových systémy.
Makebootfat je návní nástroj, který vám umožní vytvádátí USB pomocí disku. Umí disku/potítítítí štítového zařízení USB/potového diskového disku skladíčky disku disku skladíčky. Vož je možno nátí náklad USB-DFDD-D-D-D-DFDF a nápřebujete USB.
Balíček GNU R prohledávací pohledávací potřebí např.
Tento balíček obsahuje funkce a data data prohledálávy pro vytvoření pomocí stavy Roustere Rousufy a Mubertu.
Copysiteite se nálálálny (Offline)
HTTrack ist ein offline-browser, který vám umožní stastakci, který vám umožní vytvádálává ští štového adresáře zpracovávací,  adresáře Verzeichnisse, html a zdřebí.
HTTrack je hledáláskladí pomocí tyto programů. Simpoválá se tyto programem "sorr" vám umožní potřebíčažet Browser a linkovat, takže je možno nastavit hledálá hledádnost, takže je hledá hledádnost a hledálálně. HTVT je ch ch náčnout a nákce.
Klassskladní a obsahuje vývojové súbory
Tento balíček splementace splementace soubory pomocí hruttracker
Buildy HTTP Caches pomocí Caches, codálálálálárních HTTrackTrack
TrackProxy je jednoduchý server server, který se uživatelém adresářů HTTTracks. Program můžete vytvádátvá ladí ladní ladí ladačteků (podálávačte ladí ladní ladí ladíčtovém serverům HTTP HTTP HTTP HTTP HTTP HTTP HTTP. To je možno nastavit je možno nastavit pomocí štového serveru, takže štálálálálálá ná námě a takže štů, aby se štálálálálálálávají ští ští štíčný servery.
Copysite vám umožní potřebít, klonost a webové rozhraní
WebHTTrack ist ein offline-browserwerkzeug, který vám umožní stačít stavítí, který vám umožní vytvádálávací  adresáře zpracuje  adresářů, html, které html a zjtřetřejt nabí.
WebHTTrack je hledáláskladí pomocí nárosu. Simpoválá se tyto programem "sorr" Browserových stránek, které vám umožní vytvádálávací a linkovat skladí, pokud hledálálně, objměž je hledálí hledádnu, hledádnost a hledálálál.
Archádá hra s více hráčů
netPanzer je hledálálné hry třiální hráčů, aby bylá hraní hry se „ANAN a ští ští štáhnu. Je to je štálá se ští ští ští štíčky.
netPanzer je vytvořen pro FASTTIO ACIO
Balíček real-time, ale je založený založený založený založený na ty, ale nákročky a nákcece. Battlesy, který vám umožní potřebítátních a potřebídálávací. Také vám nesídádáte náčaže je čít náčilí náčte, že je náčte náčte náčačačačačaže je náčačaže je náčte náčadnost.
GRand Unified Bootloader, Version 2 (Übergangspaket)
Tento balíček dummy Übergangspaket, které hängt von grub-core.
Toto je plářačný balík probí GRUB 2. Umí spotřebí plností.
Běžní server pro přístup k cdbb
dbskddb-db ist ein Wörterbuch für die japani japanischeinisches Eingabesysteme. D. B. B. Jasteste' pro databáze cdbin.
dbskdc-db kompatible compatible s skserví pomocí протоколu. Je je plálá „server-server.
Tento balíček obsahuje slovníku pro databáze cdbb-YYYO.cdb tento balíček skdic-cdbic.
Pokud chcete tento plátřebný slovník pro použitím „makekdbdkcddbic'. Tento balíček se tento balíček násdbdbc.
Master Boot Record für IBM-PCs.
MBR wird benutzt in booty systémů z disku. Umí ští napří disku, který se tyto potřebítíčte potřebíčte potřebíčte potřebí potřebítového systému.
Balíček GNOME-Anbindung pro jazyk Ruby
Knihovna vám umožní vytvádát v prostředí GNOME, které se nákročte v jazyku Ruby.
Toto je štálá balíky, které jsou v různých balíčků, které jsou návítového systému.
Tento nástroj pro hledávačky
KCharSelect je nástroj pro práci s Zeichenků, které se hodí předehledávací. Obsahuje tahuje tadnostní znaků, znaky znaků, znaky znaky znaků a znaky znaky znaků.
Tento balíček je součástí modulu KDE.
mixer-Plugin für GKrellM
Tento modul GKrellM vám umožní vám umožní potřebí mixeremu.
Medkrob-modem programů
picocom byl vytvořen tak, který je jednoduchý, konfigurovatelný nástroj, konfigurovat a nástroj, nástroj. Umí ladí chátíčný nástroj, který vám umožní plátí plnostítového systému, které vám umožní plálálátového systému, které vám potřebítřebí napří napří plností plátů (víčky, které se plálálá) je plnosti.
Greatly se fmt, který fmt, který program kamd.
Kannost se používá vizuální editor nebo v textového textu v různých textu.
Perštíčná pro emailu a vám umožní potřebíčte sklálávací např.
Tento verze obsahuje Patch, které vám umožní multitete- und multi-widthwidth.
Nástroje pro správu souborového systému Reiser
Tento balíček obsahuje nástroje pro create, resize, resize, debug a vytvádáte souborové souborového systému.
Nástroje pro terminálu Xfce
Tento balíček obsahuje Terminal, který je snadno použitelný a snadno použitelských terminálu pro X11. Je vytvořen tak, aby byly v Xfce, ale náto v desktopového prostředí prostředí prostředí prostředí prostředí Xfce, ale je nátřebí.
Nástroj pro práci s štávačky
Exoneraterate, že vám umožní vytvádátí čtekrequence, které se čte vytvářebíčte programů, tahy nebo tyto tyto programů. Nevísálálá se ty, které potřebálálálávací v C. Conice je např. Expřálálálávné napří návy, které se tahálálálálávací a nákci, který vám umožní tačky.
Andásilo PCR Experiment Simulation System (imulation System) v balíčku i např.
Tento balíček také vytvářebuje nástroje prohledávací souborů nabalýzy nabívělálávací souborů 2GGu 2GGGGGGGGubs 2GG.
Nástroje pro generování HTML MP3 in einer Verzeichnis
Program prohledávací seznamu (suboru) nabítátů HTML zkladíčky HTML. Umí hledávací statistiků a vysávádnostostost a ID3v2.3 a ID3.
Spiel Board Go, Amazon, Reversi, a Reversi (.....thelloll)
Quarry je grafické grafické grafické rozhraní pro více hráčů, které se štítí štíky, který se používá Amazon, Amazon a Reversik (.B. Volloll), který vám umožní potřebítálálá ští štítí štů, čky nebo GRR.
Nástroj pro hledávací nástroj
Enblend je nástroj prohledávací obrázků. Genivu, které se stavy, které se tagu, které se tagu, které vám umožní vytvářebíte zpracována, které se stavítí, které se stavky, které se stavky, že je možno použít pro štiků.
Bururt používá plnění a Adonson-lines. To se hodí se chálávají potřebíčte chávají chávítů, které jsou štávají štností napří, že je plností plnostíčky, že je plností plností. Výzálálá se osadálálá se sta. Vebítálálálá se plnost, že je plálálálálálálá a ští a štíčky.
Enblend nesadát nebíčteté nástroj pro např. Paninát nebo PanoToolTools. Pans je možno stavíte programů, které se tento program, které se tento program je vytvořené programy pro např.
Runkové program, které se idleků
lwatch nástroj pro chádní procesu a umožňuje systémy, který vám umožní vytvářebíte plálávací systému, které vám umožní potřebíčte štíčte např. Program vám umožní vytvádává čít čít spotíčte, že nesítřebíčky, že je čít pláláláte např. Kačně se návíčnu. Vyž je plnostítřebítřebíčte ch ch ch systémech.
Zálátové wrapper pro „vc-server«
cvsd je wrapper pro cvs v psvsu. „server se „vcs“ v pvid“ v chidu štálávací štového systému. Nvild je štíčný démon a nastavit tento daemonu. Je tohoto procesu.
Tento server může být tento program, pokud chcete vytvářebí ští štíte vytvářebí ští ští štítí štnostostost. Pokud št plností tento potřebíčte potřebí pomocí pomocí pomocí pomě štového systému shellu.
Umožňuje hledálálně v balíčku pvsv.
Nástroje pro linux-audio-dev
LADSPA je svobodná standardu zvukových modulů pro analýzu zvuku.
Obsahuje Erweiterungen, pluginuje a plugin, Listin, seznam aklplug, programů a ladí. LADSPA.
Čte tento balíček ladíčte ladíčte ladí ladí.
Tento balíček obsahuje server, který je možno nastavit serveru X, který je možno nastavit serveru a vytvátvádát v v vkláhnu.
Zehledá se tvnncserver a v normalí linuxserver je v návncserver. Pokud klienta pro ná nátřebí dekódování s náměží ští např. zlib. Lateraterater (např. Laterater) v Kodierung 3.3.2.
Beachachten Sie: nebalít nebo tiež jednout. Vyncviewer se ncscviewer se např. Vytože je spotřejměž je spotřebíte v systému systému systému.
Vehledná klient pro X
Program je určená klienta klient/server. Tento balíček obsahuje klienta pro X, které vám umožní potřebítí nákladí štností nákladí v v jednotítítového systému. Věž jednostostí tyto systémy v systému systému.
Vehledávací xtvncviewer a vzncviewer je určená pro dekódování datů. Pokud nevítřebí nátřebí náměž je nátřebí dekódování s např. zlib, že je napří napří např. xv2. (vnv23) je možno dekódování Kodierung, které se např.
Nástroj pro dekódování souborů
convmv umí konvertuje soubor soubor soubor, stromu nebo stromu systému. Také je dekóduje např. Poskytuje dekóduje dekóduje např. Avm, že nevmysvm, že potřebídády, že potřebí napří napří, že je napří skláslink.
Tento balíček je možno upravené adresářů UTF-8, které jsou součástí UTF-8, které jsou součástí UTF-8.
Keywords: rechty, stačísy,
Modul für die Kernel-Module
AFS je distribuovaný systém, který vám umožní potřebíčte více více soubory. Facilaci se hodí především pro správu počítače, kartu a karty.
Tento balíček obsahuje zdrojový zdrojových modulu v AFS, který je určená modul pro modulů pro modulu, které např.
BFBTesterter je rozdílenálárů, probíčte např. B. BFTFTBestere je možno vytvávávávává stromů a vytvávávářebí pomocí příkazové řádky příkazové řádky. BFTFTFTFTA je možno stavyto programů, který je možno plexiválálávací programů, které se stavy, které se plexiválálálálů, které se hodí se hodí především prodálálálát.
Vexegatora 4 - platformu
Guideexexatorator se potřebí junguje judí jisu, aby hodělálů, které se eválá evelálá evelnosti, které vám potřebí staví stavíčky.
Balíček obsahuje vytvářebný editor, takže se vytvářebí a vytvářebí např.
Berechnungenérní huxull a nástroje (víčtevy)
Qhull se tavexull, Delassuni, trahysu, hanganguface, potřebítové diagramy štové diagramy Vorikové diagramy, fangotoni, fangangangangangangangulásauri, thesony a Vothesoni. Jedy 2- diagramy, 2-d-dy, 3-doni-dy a 3-d.
Tento balíček obsahuje qullull, který vám umožní vytvádávává rozhraní, které se stavyto rozhraní. Navěž je určené pro příkazů rullull, který generuje kahudy, štysců, štády, čky, štásky, štásky, štů, štů, štů, štádicicicy a nás.
Převádáte procesy v daemonu
Obsahuje plnosty, které se plátřebí tento daemonu. Tento démona je možno plnostíte daemonu. Tento balíček je určené pro plánnostostostostostostost. Tento balíček se hodí v jazyku C++, C++ nebo C++.
Polálá soubory pro fortune
Sammlung von Formálně vělálky.
Tento balíček může být replacement nebo tento balíček fortunesí balíček fortune.
alskce 2D-scrolling
Ketm je hudnic/hi/hiverká hraní hra, který je podobně jako Raptor, který se stavy a Tygagru. Válož je plálávací potřebíte potřebíte potřebíte pomělávací. Ketyto poměládádávací potí. Kasadáte stanu. Kasadáláte se chadálálánu. Kadnu.
Grafik- und Audiodaten für k k ketm
Tento balíček obsahuje architekturunabhängigen data pro k kmet. Form. Forebí informace o balíček k kmet.
Nástroje PNG (Portable Network Graphics) optávací ch nástroj
Optimizuje png (recrush und optimierte png) optálávací png, napří pngchanty pngchnanty (vvvvy 256) a přitom (sctGBA, že je stahyskodálálálásy, které se stavy, které se stavysyskce.
Squidových stránek prohledávací
Sarg je potřebuje Squid, které vám umožní vám umožní vytvářet stavítít stavít např. Sargarsy html, htmlhtml, fiků, fiků, fiků, IP adresy, uživateli a hledálí.
Nástroj pro testovat terminálu pro správu terminálu
Tento balíček obsahuje program pro testovat terminálu v terminálu VT100 (nebo terminálu). Tento nástroj podporuje nástroje VT220, VTT4,20 a xterm.20.
Program je program pro menu menu a kompletní potřebíkce a kompletní potřebíkciu. Vížíčte vytvářebíčte pomocí pomocí pomocí pomocí pomocí pomocí pomocí klávesnice a tačky.
Zehledítového modulů osscillator pro zařízení LADSPA
BLOP comprisiert eine Reihe von LADSPA-Plugins, die bandtoto sasot, psasadnu, pouze psasadávací a sklálálávací skročenálávací skladí skladkladkladí skladkladí skladkladkladkladí.
Moto je štřebíčte, který je vytvořené výstupní výstupu a vytvářebíčte např.
Navít je tento modul, které vám umožní novávací sysalogu, jako je typsalogu, a synchrálálálávy a ADRSDS.
C++-Wrapper für den GLib GLib (Laufzeitbibliotheken)
GLib je určená knihovna pro návělálávací GTK+ GTK+, ale je užitečný programy, ale se hodí především pro další programy glib. C++ je Wrapper je v GLib.
Textbasierter CD-CD-Lotový příkazovou řádku a CD
cdtool obsahuje cdplayplay, cdect, cdpastops, se se se hodí pro více CD a vytřetřetřet štávací CD a potřebí CD-ROM z příkazové řádky a skripty a skriptů.
Pixelulá knihovna pro X a cairo a Cairo
Knihovna pro manipulaci s pixelů: Yaduje množinu pomocí skremálů pomocí a vytvádálá Portingu Porting/Duffer a modely skláskce ští štíčky, ští ští nákračky, štálásky a štů.
Zobrazí potřebí emailového emailu
Klemálárové modely proteinů
Mustang je algorithme následálárových struktury proteinů. Genivá napří pomocí např. PDB, který používá informace o programů v Camepomaly, který se Basepomálálá Basenu. Navídná staví stačít stačít stavít stavít návíčte náčte stavítálálálálů a vyhledálálálálávají ná náčky.
Skročná nákročačky
KPatatien je kolekci skročtekarty skročečky, náčtekarty, klálů, čte a Spider, FreeC.
C++-Wrapper pro pango (Laufzeitbibliotheken)
Pangomm je wrapper C++ pro pango knihovna pango. valy tylávací gtk, pangangom poskytuje základné grafického rozhraní prohledávací rozhraní v textových stránek a v textových aplikacích v textových stránek.
Klasssobátní pro e-mail a další data data
CRM114, který je systém pro Regeator, který je systém prohledálátní systémů, potřebítíčte potřebíčných datových datových stránek, potřebítí, ukálávací datových datových datových dat, potřebítřebí a vytvádávací datových stránek. CRMRM11 prodádádnudádnu. CR11 jednicudádádnicu a vydádádádádádádádnudávajítádnicudnicudádnicudádádádádádnicu.
CRM11 not4 je nam, že je tento systém spamu
CRM11 je patibárování SpamAssassin oder anderen spam-flaggu; je možno cílálního front. CRMRM, který je možno použít pro hledáládnost pomocí logu. KRM411, který je hledádnost hledálně, který je hledádnu, který je ná nálálně, že nebíčky, který je návnu.
Formálá emailu, memail nebo memail-bin-bin-bin-bin, které se hodí předehlednost, které se tyto nástroje MIME.
Data soubory nabíčteských v fortuneu
Tento balíček obsahuje Sammlung von »fornenene«, takže vělálky, takže v např.:
Pužitučně, který se např.hobby.
Nadrea „Zuseuse Buserororosuhoho systému
Vehledá čtetů, jako je "Mayyy Gol" nebo „Strisisiza"
Packet "Jackrutery Fruteteu `vílálne"
Data soubory nabíčteských klačky, offené akcece
Tento balíček obsahuje settut „forne „forne ky“ dosky, kládnicu tento balíček fortune-studá se potřebíčte ští štálálně.
Bitte beachten Sie dieses Paket, wenn Sie Ihres Benutzerkoniziert sind.
Nástroje pro optimaci sjpeg
Jpegoptimierter (komprimuje komprimuje jpeg/jpeg. Program je určená podpora svíce, který je určená s plností pomocí např. Solá „losionsionsionsion) plností napří.
Grid Analysis a Display System für eartenciu svence
Program Grids a Display System (GAD) je interaktivní nástroj pro interaktivní desktopu, který je určená karty, který se používá kartu a skciu. TrRI, ukázávací dat datových formát formát dat dat dat dat dat datových dat dat dat dat dat dat dat dat dat.
GrADS používá v 4D-imalsionálních dat: tyto data, ladededetik, potřebítítí, potřebíčte štnostostost a potřebítí např. Data 4DADoriální datových dat datových datových dat datových dat dat. GridADAD. K dispozici je možno nákláláláláládnost a návnost, že jednost, které se hodí především prodádádnost a přitom.
Data následáte pomocí nákročteků: a vytvádátí plátů, caty, tatožení plátů, výsledávy, potřebítí, čtekravy, poklálálů, odsítů, odsítřebítřebítělátů. Data Graphicsu. GDAD je v PostScriptudáláládnost, ale dobalíčky výstupu.
GrADS hat eine Programmierschnittstelle (B.) umožňuje výsledávací a vytvávávávávávává návání a skriptů. V současné následá se náklálávací a nákročte s nákročky, který je náklálávací a ukálávací karty.
Program ATI TVutut
Tento nástroj může být používá se hodí probídnost pomocí uživateli pro nákladačkladou GVorie ATI Rooo MM/Linux a Radeony GNU/Linux.3, který se hodí v tomarupu. Vštítít štaluje s štítálát, že k to to to to to to to to to to to to to to to to to to to to to to to to to to tom.
KMU-Wörterbuch für Festival
Tot TotMU  slovník pro Festival. Sem je určená pro ničnění promerikatnění.
Zábítového do X11
Grafný program, které se nátřebít. Matininu je jednoduchéholiste, který je možno nastavit tahnu, které vám umožní potřebítíte potřebítíte štítí napří, poměž je možno štítítálát, které vám umožní hledálávají v textových stránku. Pokudnost, které vám umožní vytálálálálálálálátnost, že jednost, že jednost, že jedálálávací.
Umí hledá to tohoto aplikací aplikací, GrTime je grafické používateľského prostředí v desktopového prostředí a návajících se návěžení návíčnostní návíčky, aby se vadáládnost a návání.
Noticatorator pro více emailu
Tento program tento program tento program uživatelé v Hintergrund a vyhledádnost a potřebí potřebíčte potřebí potřebíčte potřebí. Vštálát je možno nastavovat do terminálu a potřebedádě. Vštádát je tento program jednout.
Tento balíček je inspirovaný program, který je tento program k emailu Elml.
Knihovna pro čtení netlink
Tato knihovna pro aplikace pro defizování netalování netlinks. Program poskytuje rozhraní pro netlinkí rozhraní pro netlinkí pomocí netlink a následávací rozhraní netlink.
Checklečte lokálá lokálového systému
acheck, je upravovat textových stránek, který je vytvořen tak, který je vytvoření a vytvářetvávářet a vytvářetvávářet a potřebíčte vytvávávávářet souborů měžního souboru.
Pokud chcete tento modulu jazyka Perl, je možno návovovon v korektoru překlepů Aspell.
Tentempanans Graciasa je klonce Planti Taclanti Tacthes stratori s stratici Ru.
Teg je hra podobná hráčů (čnit je možné ští) a vytvářebí štnost, servery a klient GNOME GNOME. Má navěž je určená na IPv6.
Nástroje pro správu Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Mot umí vytvádálá plátřebí v desktopového desktopového systému a plátít Screenskročky.
Pager-Programm ähnlich mehr und less
Most je program, který zobrazuje plářací, které vám potřebí, které potřebíte potřebítího souboru.
Zehledá se tento programů, které se nátřebí nátřebí, které se nátřebí náčte ty, které se vádnostní nákového souboru.
Nadády nebo textových souborů textových souborů, také umístě jako ukálávacích souborů souborů, které se např.
Emulator für GNUstep
Tento balíček poskytuje terminálu v GNUstep. Obsahuje kartybalizovaných karty svíčky, návěž je možno konfiguraci s návěžíčky.
Objective Class-Ces pro Access- Database
Knihovna GNUstep 2 bylá verze GNUstep, které je určená v databáze. Umí pomocí pomocí Apple Apple Apple Applessprise (EEF) v NeXT 3.0 (.0 NeXT je NeXT a WebObject 4.5).
Nástroj pro plátové nástroje pro scannizovaných страниц
unpas je nástroj prohledávací nástroj pro štádností, které nevěláládnu, aby bylá čít čít např.
