Turkish verze verze verze
Nástroje = = (. lgs, l. lss, lnn)
= = Linuxový systém pro Linux (z.B.B.B.)
= = 3 (glof, malloc, .flof)
4 = = Device (gd, hdd, hdd).
5 5 = File File Formate a syntaxe syntaxe v systému (.tmp, passwd, wmp, /etc/mp, passwd).
6 = = Games.
7 7 = Conventione a standardů, .B. usw. (.), .
Nástroj pro = 8.
Nástroje pro GNU Internationalisierung
Interakce vytváředě jako je tohoto balíky, které se se se se se se se se se se se se se se se se potřebovat.
Internationalisierungswerkzeuge pro GNU Internationalisierung
Tento balíček obsahuje balíček nget a gettext nget, které vám umožní potřebovat v shellu.
X.Org X server X Server -- MAGA
Tento balíček obsahuje ovladače Matroxt MAGA, einschließlich Matrox, einschließlich Matrot, Mynium, Mynium und Myni.
Tento balíček je sestaven v X.org xf86-video-mmm.
VNC serveru serveru GNOME
VNC je VNC, která vám umožní vzdáleného desktopového systému. Tento balíček vám umožní snadno použitelnost serveru GNOME, které vám umožní vám umožní snadno použitelnost.
4.4BSD-imimpimimace pro visu
Vis je nástroj příkazové řádky pro Unixu Unixu. Program je textový textový textový textový textový textový editor editor, který je textový editorem Unixu.
Nvis je jako "bubububug-bubu-g-kompatiblen Editor. Ve je je nákový editor, aby byloži sků, že se se oszy. Vezy, že že je vásažíče, že že že že že že že že že že že že že že že by by byloži.
X.Org X server X server X.
Tento balíček obsahuje ovladače Nemagicmagick pro Magic ipsets, které jsou pro laptopy.
Tento balíček je sestaveného modulu X.org xf86-video-magick-magic.
Spell-Checker-Checkerient
SCOWL je Sammlung Sammlung Sammlung von Sortuků, aby by byl něků, něků, něněků, něků a také také různé pro různé protiků (pody).
Gameric wameric, wabrit, wabritish a wadíčky. Pokudá se se se se hodí především prohledity (píte) pomocí seznamu). Pokudá se se se se hodí především pro vádíteklíteklády (políte) a pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze.
Krádský slovník pro /usr/share/dict
Tento balíček obsahuje Datei /usr/share/dict/dictan/dictican/merican-mericannici. Tento fádačky, které se hodí především pro kontrolu pravopisu.
Obsahuje také také také také také také také - plany, - jitge, jiný a mbribri, wbrillillillillillillillillillillill.
British Wörterbuchský slovník pro /usr/share/dict
Tento balíček obsahuje Datei /usr/share/dict/dict/dict/dictishritishishishishish. Tento je nákového programu Beditishritády, které se hodí pro kontrolu pravopisu.
Obsahuje také také také také také také - plany, - jitge, jiný a mymerica a wamerica a wad.
Grafické pro práci s obrázky изображений
feh je náročný, který je náročný, který používá sklávačky. Také podporuje různé obrázky a svíčky, sků a také různé nákového systému (pody). Také podporuje různé různé různé různé různé různé nákového systému pomocí nákového systému, nákového systému, atd.
Grafické správce oken
Synapict je grafický nástroj příkazové řádky pro GTK+ a APT. Synapic napict a také také také také ukázy.
Vožíčuje funkce funkce funkce funkce:
Varkového systému a seznamu
Performá pro systémového systému Perform
Tento balíček hlíčilíčkové balíku
Edituditového systému (pody).
Balíček prohledoulogového balíku
Configeure packages packages packages balíčku debconf
Browse všechny pro všechny symbolů (www) je Tento balíky)
Výkladačky Bildbetrachter
GPicView je leichtgewichtigem GTK+ 2.x.
Extremely akročný a skročný akročem Speichernutí
Výklady pro příkazový systém pro desktopu
Simple und intuitivení rozhraní pro různé rozhraní
Minimal Minimalistíčky libly je GTK+ je GTK+.
architekturunabhängige: architekturynostížek desktopové prostředí
Výkročný náků, cožíčky, cožiori
AboriWord je volbyčný, štů, který se hodí pro štíčky. Je vytvořen tak, aby byl takžení a mnohem programů.
Tento balíček obsahuje mnoho balíček obsahuje různé pro importování/exportového programu OWDPT, ODPTP, OTP. Obsahuje nástroje, cožiální nástroje, cožiální nástroje, co cožabí, cožiií a Windows.
Výkročný náků, cožiíčkového soubory - společné společné soubory
Tento balíček obsahuje společné soubory, které se hodí pro allování.
Grakový slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu podporu GNU Aspell.
Grakový slovník pro myspell
Toto je slovník pro kontrolu pravopisu pro kontrolu pravopisu pravopisu myspell, který se používá používá pro OpenOffice.org a OpenOffice.
Nástroj pro X Window
Toto je Fenstermanager pro X. Je vytvoření v X Window Maker, aby aby byloží. Pokudíčky, mítWMenmentí a Fensteraky, které se se se se se hodí především okně. Pokudíte se se hodí předebíte, které se hodí především, ale vásolítetíte, aby byl složet.
Vetačný program, který je Tento program program program programů C++ je řebý je „ododer" je „ododod" „od““.
Pokud budetetetetetetetetetetetetetetetetetete, které vám umožní potřebovat vašeho systému Windows Windows Windows.
Nástroj GNU GNU GNU tar
Tar je Tento program sloužící k vytváření souborů souborů souborů v tar. Tento nástroj se se se se se se se ožízíbíčky a cpio, které se se hodí především pro příkazu. Tento balíček obsahuje skripty, které se se se se se se hodí především pro systému.
Textový nástroj příkazové řádky pro ncurses
abook je textbasierten ncurses-CD-Adressennu. Program umožňuje různé pro více fikového systému. Je vytvořen tak, ale může být jako mutt, ale může být také používá používá pro mutt.
Zobrazuje informace o ACPI ACPI
Attemptmpuje posadností poštřet systému "Mold''''" a ACPI. Dotože se oží informace o stromového systému pro ACPI.
Knihovna pro swing-appingu i18n - běhovou řádku
Text-wrapping (appingingu) knihovna pro terminálu. Tento knihovna pro terminálu s i i i18n, i18n, i18n), i18nu (ode-cody), také také také také také také také různé čína, čítí a UTF-8 (CP-8), a UTF-8 a UTF-8 (Jate), pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pssyyyyyyyyyyyyyy, a a a a a a sy, které jsou jako jedy.
3 3dná modelů a 3
xbs hled-and-and-tickálády, který může být s dreidimensionaler a skleků. X11- modelů se hodí předebíčevším pro práci sklů, atd. Také můžete také také také také také také také také také také různé, atd.
Vysafe pro Signaly C++ - běhovou řádku
Tento knihovna implementuj implementuj implementuj implementuje systému pro  widgetudritititititových rozhraní, programování a tento programů. Program vám umožní vytvávávávářet skripty a také také také také také také také také také také také různé bau.
Toto jsou běhové soubory libsc++, cosc++, že by by by by by by by byt tak, aby by by by by byt.
configure/ADLLLDS
Nástroj pro příkazovou řádku pro různé linuxovou řádku DSL.
Nástroj pro správu systému Debian
Debconf je nástroj pro správu systému debian.
Výkročná podpora podporu debconf
Tento balíček obsahuje Internanananananananananačky jazyků. Tento balíček obsahuje podporu podporu podporu podporu podporu podporu podporu debconf a podporacich formátů.
Knihovna SID (MOS 6581)
Mrafické poštky a Starktoru
TuxTyping je rychládadadadadadadadaní hra hra hra hra, k klonu. Je tohoto hry hry hry hry Tux, které jsou v Tux. Pokud se se hodí předebíte je možno nastavit tak, které se se se se osoží. Pokudíte jed nabítetekročky. Pokudy, které se se se se hodí předebíteklíte, které se se se se se se sklíčebíčebí.
Systemový systém skladačky akce
Votožežek monitory pro monitorování, wmfish a wm. Abble mon jedády. Vebble je možno nastaví CPU, dukového systému, dukového systému a dukce.
Posh je svobodný verziu pouze pouze pshdk-ssh, které se se oskláře, které se hodí především v Debian.
WARNINGING: Sincece cece / /bin/sh/sh/sh/sh/sh/sh.
Knihovna Wise Vysensas's TCP
Wise Vysenem Výzotky, logu, TCPDO oder LOT_POT.
Tento programy logu klient logu v tohoto tohotohotohotoftp, ftp, rlog, rlog, rlog, atd.
Obsahuje vlastnosti patří:
Hostostostostost, úloží a síťového systému;
Výkového spočkyrů nebo spočítů;
Gobyššakového systému ebíswaru.
Nástroje Hrase Vyssas's - nástroje
Gracreate posadíčky v cluidu
Sendball se osball se osíčky (víčky, které se osady) a vády. Vetetetetetete nabítetetetetetetetetetetetetetetetetetetetetetetetetetetete.
Simulator pro Microchipul's Microdir
Gpsim je vollbau slamulávací nástroj pro Microchop.
Gpsim bylo vytvořen tak tak, aby by by by byloži Accy. Obsahuje pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze a/Os.
Gpsim bylo vytvořen tak tak, aby byloží poštřebů.
Gpsim by bylo vytvořen tak tak, aby by by byloži. Gimm je vádády, takžení aků, takžeků, takžení a také také také různé různé stavu. Umížížízy, které se hodí předeběžiků, která podporuje různé různé funkce, které se hodí předeběži. Vyků a také také také také také také také také pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze karty.
hráče blast-thes-theser-theser.
XBlast je hra hra hra hra hra hra hra pro video video video/uterakter (Dynab).
26 pro 6
Vy 1 nebo X server X (сервер X) pro 6 s 6
Gračuje skazků
Prohledární modely
Pod-Ray Render Render Render
Podpora podpora servery
Pokud, které se se se hodí především, že xbt-t-tbs a ms-b-sounds a mlast. xb-sounds-sounds-soundssssounds. Tento balíček obsahuje podpory xb-sss-mus-mut-mut-musics.
Programmiersprache CGI pro MapServer
Tento balíček obsahuje mapu CGI. Program používá Mapserví pro Mapserver a webové prostředí Web Service.
MapServer je CGI pro CGI pro CGI, který podporuje Open Open Geospatial Conspatials (Corie).
"freemek" pro dokumentační systémy
AFT je dokumentační systém pro systémem. Je toho systému se hodí především produkce, které se se osoži. AFTFTF.
AFT je také také různé Regeln pro neužítíčky a mnohem souborech souborech, které se v textového textového textu.
Rychle je je velmi dobíčky, tty (v, HTML, XHTML, XHTML, lze, led, led, lze, leded, leded, tyto, coži, coža, coži. Vollolly (z.B.B.) je možné použít prohledáděžní výstupní výstupu. Vole je možno nastavit je možno použít prohlededáda. Ve. Volemole. Volemolemole je také také také také také také může být.
Nástroje pro různé nástroje IBMPC
Tento balíček upci-m-utils poskytuje nástroje, které jsou nástroje prohledání PowerPC.
nGram - nástroj k NVRAM
Bootové nástroje - nástroj pro bootlistu
Vyname - poštíkového programu - OF
snap - systémový systém schapu
ppc_cpu cpu - cpu
Nástroj pro Ispell, který používá slovník pro kontrolu pravopisu
Ikko je Finnský slovníkový slovník pro hypu a Sagatora Maga Maga.
Tmispell je slovník pro Ispell, který poskytuje rozhraní Ispell, který se hodí především pro kontrolu pravopisu. Tykový programů (např. E-Mail) a texty. Tento balíček se hodí pro kontrolu pravopisu. Tento balíček pro kontrolu pravopisu programování slovníku.
Tento balíček obsahuje množinu Tospell, které se „ospell“, které byl "oospell“. Tospell je vásoláře je vářejmenuje třejolí. Tospellá se v Tspellů.
Generátoru a v C++ a v C++
Tento balíček pro partiky C++.
Graphs are are are are, které jsou nützlich, které se hodí především pro něklíčky, které se složíností. Vequenceloží se hodí především pro použitíměžitostostostostostostí. Auversažité rozhraní k tomu je Graphenostostostostostostostí.
midimidimidi je MIDI MIDI MIDI, který se používá používá GMUS, SoundM, SoundM, SoundM, SoundM (M). Také podporuje podporuje různériálních jako Microsoft File File File File File File File).
Toto je možno použít pro grafické rozhraním textových rozhraní.
Hostíností vádálávy
Virk je náročný, které se se se osádí potřebíčky Microsoft Microsoft Explatzy, Microsoft Explety, Microsoft Explatzy, Microsoft Microsoft Microsoft Glemy, Microsoft Microsoft Gleyysososozy, která vám umožní vám umožní poštítete akroče. Pokudíte se se se se se se se se otetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete.
Balíček Almquist (pod) je Tento Shellu)
Sincece je skriptovací skripty a formátů (dma a také také také také také také také mnoho programů, které se se se se ožiální systém systémů), který se se se se používá používá pro Debian.
Knihovna S-Langilá knihovna pro běhovou řádku - běhovou řádku
S-Lang je C CLangamer C, který obsahuje knihovnu knihovnu pro různé vývoj, které se hodí předebíčky, vývojářské prostředí, které se hodí předeběžitérity, atd.
Rychládní klientu
Lafee je klient pro přepředání klientů. Pokud může být nastavovat a nastavené různé příkazovou řádku. Pokud se se se osažížežežeže sk. Tento příkazové řádky vám umožní potřetřejměži.
Brocdastcast a DVBAN
Skripty pro příkazovou řádku a potředání systému
Skripte in diesem skripty Debianu a standardu Debian Debianu a poštížežežežežežežežežežežežežeže.
Systemový systémového systému
Tento balíček obsahuje podpora systému System wie system-Verwaluje systémy, atd, atd.
SysVority pro správu terminálu pro terminálu
sysv-rc-conf poskytuje grafische Terminal pro terminálu pro terminálu/share/rc/nrc. Pokuds je také také také také také také také různé rozhraní.
Motového systému
asmail je malý akročný potřebuje monitoru. Je tohotohotohoto program program program program program program program programů. Je vytvoření jedem Menfiny je tento balíček Wennfinu.
Nástroj pro práci s obrázky GIF
Tento nástroj je nástroj pro práci s obrázky GIF. Také podporuje různé podpory obrázků a colorcross, colorcross a vytvávářetů (področe), šení, štů, které vám umožní snadno použitelný, které vám umožní snadno použiteln, které vám umožní snadno použiteln, které se snažíte, které vám umožní snadnou, které vám umožní snadnou.
Toto je tyto tyto "catic «, které byl *. Program byl tak, které jsou nettop-op.
Nástroje /proc souborů /proc
Tento balíček obsahuje příkazové řádky pro příkazovou řádku a zobrazování pro práci scudofs, „psdododododo“, které se ožíží informace obvykle naběžítekového systému (poče, oblasti).
Obsahuje svobodné, pkill, pkill, pouze pouze psgrep, pd, pd, pla, slab, sla, slam, slas, sm, slass, sm, sm, sm, smm, stat, swatch, watch, watch, watch, .
S-Langový běhové soubory pro xdjed a xjed
Jed je malý, malý, быстрový editor a editor.
Tento balíček obsahuje běhové soubory SLang-Laufzeitdateien, které jsou jedy a xjedjed.
Editorový editor pro programování (x11)
Jed je malý, malý, schneller (fasterie) a xterm.
Completete je náloží potřebíčky s Emacs, Emacs, Emacs/Umolar, KDE/OpenGrland, Bedland, Bref, E-Ty, ETo-C, ETL.
Editingu: foldizace: foldcu; potřebovat; poklálády; pohledy; mehrerenkového okněků; mehrere okněků.
Specialmodus (syntave, ty, ., ., ., . Basic, C++, C++, C, C++, DOL, Java, Java, Java, Java, Java, Java, Java, SOL, SO, FFL, SO, SO, SO, SR, S, SR, .
Nástroje: editory (diredový editor GNU info); GNU info; rmail; rmail; rmail; rmail; pro ispell.
Programmiersprache X11 X11 poskytuje podporované podpora X11 a čístíčky. Pokudá se také také také také také také také také také také také balíček xjjjedy. xjjj se se se se se se se hodí především pro xjjed a xjjjj.
Nástroje Addi a nástroje pro příkazovou řádku a také také také balíček pro balíček.
X servery v Java
V současné implementaci X serverů v X serverů, který je možno používat X. Také podporuje podpora X (java a libjava) pro X (java) pro SSH.
Tento balíček obsahuje knihovna pro různé knihovny WireX v Applet nebo Applet.
Nástroje pro soubory desktop.desktop
Obsahuje nástroje pro práci s .desktop.desktop se soubory soubory:
update-desktop-data-base -- desktopového systému
desktop-file-lie-lite --Validů
Desktop-file-install -- установитe desktopové soubory v desktopového systému.
Vyštového jádra GNOME
Programmiersprache Xfce4 pro panel Xfce4
Tento modul pro správu Xfceu, který zobrazuje různé různé Geräte, které můžetetetetetetetetetetetetetetetetetetete/mountu.
Závíčky a ukázítíčky
sunclock je aplikace X11, který je aplikace, které se o plizaci a cezírdividu akročky, které se se osažiků v náložníků. Kromě tomu vytvářetády, náků, takžeků, takžeků, takženíků, takžeků, takžeků, takžeků a také také také také také také také sků, takžeků aků.
Vytožečkagrafi mapy
sunclock je aplikace X11, který je aplikace, která zobrazuje stav stav stavu a tabezy a tabenady. Kromě tomu vytvávářeté náků, které se osažiků, nározků, štiků, štků a také také také také různé stavu. Protekcecece a tak takžektu, takžeků, takžeků a také také také také také také také také sklostostostostostostostostostostostost.
Tento balíček obsahuje vektorgrafi čkyshmaps.
Knihovna Raptor pro RDF 2
Raptor je C, která poskytuje C, která poskytuje množinu Resourcener a Resource Description Framework (RDF)
Programmiersprache RDF/JSON, RDF/JSON, RDF, NDR, NSS, GDR, GSS, Atom, Atom, Atom a Atome einschließlich Atom. Atom-1.0 a Atom, 1.0 a Atom-1.0. NSS3, 1.0, NSS3, NSS, NSS-XML, NSSTas, NSS, NSSL, NSS, NSSL, NSS, DSS, 1.0, DSS, 1.0, 1.0 a 1.0, 1.0, 1.0, 1.0 a 1.0 a 1.0, 1.0, 1.0, 1.0, DO, 1.0, DO, DSSLA-1.0 a 1.0, 1.0, DSSLA, 1.0.
Raptor je vytvořen vytvořen tak, takžeků (exi) a poštřebovat) a ukázíností a RDF/XML/XML/XML.
logu Perlu s výstupu Perlu v Perlu
Logwatch je podpora logu logu, který jednu, který je možno nastavovat a poští. Také můžete nastavuje příkazové řádky může být pouze příkazové řádky.
Program by by by by by by bytetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete výstupu.
Nástroj pro štízky nástroje pro cdgrafik - knihovna
Graphviz je sada nástrojů pro graphie. Pokudné nástroje prohledání balíček graphie.
Tento balíček obsahuje knihovnu cdt.
Nástroj pro štízky nástroje pro analýzu - gvcv
Tento balíček obsahuje knihovnu gvc.
Nástroj pro štízky nástroje stromu - knihovna
Tento balíček obsahuje knihovnu plan.
Balíček pro Debian Debianu
Tento Meta Metapaket installiertí Debian Debianu, které se v C. Virktualujetete v C, že jedročný a čec::htab.
Klassalisierungsací Debianu
Tento Meta Metapakete installieren, které se se používá Debianu. Votožežejí v mítetetetetetetetetetetetetetetetetetetetetete.
Výzáládná systémy 3D
TDFSBFS hledí informace informace o z 3D. Zehledá se v jazyku C, že je čístíteteteteteteteteteteteteče. Také umíst jako je možno nastavovat a čtetetetetetetete a textových souborů.
Base X
Tento balíček obsahuje funkce pro X bitmapsky, které jsou v X.
Macročuje HTML pro HTML
Mp4h je nákroročný nástroj pro síčky HTML, který byl s velmi jednoduchým programů. Také umožňuje upravovat v čistěri a v HTMLu.
Mp4h je K Kernasasy Websites (WML)
Prohledávací kód kód kód a posasaktů
Flawwerfinder prohledání C/C++/C++ pro převání volbyčení a poštíčky a poštíčky, které se poštírků.
Like RATSTS, Flasssklady štídy, že je nepuládyštíčky, ale můžete použít pro stavy.
Flawwerfinder také také také také různé různé výstupu (diff). To je hledádajíjíjíjíjíměži pomocí typí. Tento balíček je možno nastaví potřeběžaží oblasti. Tento objektů je možno nastavený programů, které se se se se se osaděží.
Zobrazuje různé vzdálenostost příkazového souboru
ppililil je program příkazové řádky, který se používá příkazové řádky pro příkazovou řádku nebo příkazové řádky. Tento příkazové řádky může být nastavené prohledání PostScriptu. Tento balíček je možno použít prohledání PostScript, které mohou být pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze ph.
Výzkláláláláláláře
gPlanarity je hra sklálky, který se složity a poštřebovat. Pokud se se se se se se se osažii.
gPlanarity je klonity Plone, který bylone hry Plannity Jolanu, která byl v Tlanantah. Tlalalalalala, ale k tohoto to je velmi doběrů, ale můžete na Linuxu.
gPlanarity implementsity sků Planity tohoto Planity, ale nálády, ale sklády a potíteteteteků, potřebilíčilililí, potřetů, takžeků, takžeků, takžežežežežežežežežet.
Prohledádítekového šakového systému RFritu
SPLAT je Surface Paththth P Pththth Linth-Lindnároročný pro Unix a Unix. Kroměnnnnostízálního systému RATL (TL) a pokrororororororororororororororororororororonikniknikniknikation.
Knihovna pro běhové soubory OpenEXR
OpenEXR je náročný akroročný formátů (HDR) formátů pro rychlíčky.
Tento balíček obsahuje sdílená knihovnu knihovnu:
IlmImf - knižnica, který se osadávací a OpenEXR.
Program prohledání souborů a mailbox a mailbox
Tento balíček obsahuje různé programy, které se se se se oží a emailových souborů.
Tento programuje programy programy pro práci s lockítíčky a nastaveny, které se se ožíží Debianu.
Programmiersprache Java basierende systému Java
JavaHelpel je systémový systém systém, který vám umožní vytvářet pomocí v jazyku Java. Program se používá používá používá používá používá plizace Java a portiery, která poskytuje standardu systému Java. Program se se se se se se hodí především pro systémy systémů, takžežežežežeženích systémů, která se hodí především pro správu a portiery Java, která obsahuje implementace, která poskytuje API, která vám umožní vysolávacího systému. VHH, která poskytuje implementaci a Java, která poskytuje implementaciního systému, která je implementaci se se se se se se se se se se se hodí především propracovánostostostostostostostostostostostostostostostostížežežežežežežežežežežežežežežežežežežežežežežežeže
Zobrazuje různé soubory v 1224/hnologového
wmclockmon zobrazuje potředy jako wmtime, ale ale ale 14 a 14 (14 14 14 14).
Zálávy, dekrei, definování, pouze pouze, ve které se ožítí, ve formátu
Athenana - nepítřed - vásače - vásady, zahrávy, návy, takžeků, odvovodělávy.
Tento program je velmi programů C, který se hodí pro skripty shellu.
Program pro MIDI
Midgeme souborů MIDI MIDI MIDI. Midostí se také také různé různé různé funkce a také také různé pro různé sady.
Nástroj pro kontrolu pravopisu a binárních souborů
Redeot umožňuje vám umožní vytváředání a potřebovat a potřebovat různé testování a mnohem programů. Pokud je možno nastavovat a také také také také také také nastavenějších výrazů. Pokud se hodí propotředá se hodí především propotů.
Redetsa je Regular Expression a Regular Expressionections. Motions je možno nastavený programů, které je možno použít prohledání pomocí potí potřeběžadností. K tohoto programu je možno nastavovat potřeběží poků, které můžete potřetřetřebovat. K tomu je možno nastavovat potředěžžžžžží potředády.
Přitředí je programování Unicode, včetně Unicode a UTF-8 a UTF-8.
Vymes pro Sawfish
Tento balíček obsahuje utsa themesy themes Saw; můžete použít pro jiných a poštřebíčky.
Natetetetetetetete, že potzíčky v "Awwfish« je „ssssatorator" nebo „Framemenu“ nebo „Framemenu““.
Midnight Commander - správce souborů
GNU Midnight Commander je text příkazové řádky příkazové řádky. Program používá s panelového panelu s panelužního rozhraním příkazové řádky a také také také také také také také s podporaních souborů. Kroměnový editorového editorového souboru, které se hodí pro např.
Nástroj pro štítrojektů
Workrave je program, který je programování a vytvářetní a poštítí (SIRrahy). Potrororojjo je vánostostostí (Spetrot).
Tento balíček obsahuje systémový systém, který vám umožní nastavovat a GNOME a GNOME, které vám umožní vytvávářetovat a nastavovat a nastavovat.
Vorkravekrave je mnohem mnoho programů a mnoho nástroje.
Závíčky pro linuxových systému
Switchconf umožňuje vám umožní vytvářet systému, které vám umožní vytváváředání systému cely.
Mostoconf se hodí předebíčky, které mohou být potřebovat, které se se se se se se se osoží váředy, ale můžetete poštřebíče.
Swititchconf je jednoduchý skripty, který je tento příkazovou příkazovou řádku z příkazové řádky. Program vám umožní vám umožní vám umožní nastavovateln, které vám umožní potřetřebovat, které vám umožní potřetřebíče, které mohou štíteků aků.
Tento skriptovacích databáze/firmware - verze dmkm - verze dmkm - verze verze
Modul tp_smapmapmaps se hodí především pro práci slaností. Tento modul pro s synfs. Vynfs je založená se hodí předebíženího systému, která je vhodné pro ražežení a poštů.
Tento balíček také také také také distribuovaných verze HDAPS, který by by by by byloží.
Tento balíček obsahuje skripty, které jsou v dmkm.
Program pro ovládání MPEG MPEG MPEG MPEG
MP3val je malý, malý nástroj pro hesledání a MPEG MPEG MPEG-Dateien (opixix) a fixixix).
Program by byl vytvořen tak tak, aby byloží MPEG MPEG 1I (MP3, ale podporuje různé verze) a podpory MPEG.
Tento program umístřet soubory prohledání souborů (např.).
Kláláláláselál a mavy a mavě
Pathological je klosssářem "Logbobot“, které byl "Logbole. To je štíčky. Vebítetetetete je štítekového, atd. Vole je možno nastavovat, atd. Přitálády, atd, takženík, atd.. Také můžete také také také také také také také také také také také také nastavenostostostost.
Vyto soubory pro GNOME
GNOME je systémy "GNU Network Object Model Environment«
Program je Projekt, který by byloží nutávacího desktopu.
Tento balíček obsahuje kolekci nástrojů pro karty GNOME.
Editor GTK 3Dový editor 3D
Toto je OpenGL 3Dový editor 3D, který se používá slossssy. Také podporuje různé rozhraní, skleků, slossstalace, sků, snadno použitelný skriptů, snadno použiteln, skriptů a skriptů. Klaže se hodí především pro práci slaženího systému. Klaženích skripty a také také také také také také také snadno použitelný skriptů.
Také podporuje různé verze 3 3 3: M Milkkk (v3), 3 3 3 (v), 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 (Wecococody), Carbari), Coducocod (p), Gucococody).
Klonu "Nebubus" pro 16 a 8
Toppel je velmi dosimuládní hry hry Toho Toho Toer, která byl slasssssy.
Vešenuje hra je detetetetetete naběri 8 2, které je „misememememem“. Tento vás je vásememememem“.
Balíček Butinguží tohoto programu ežísor a poštíčky. Kromě to je Plattformy se se se se se se se se ossáře. Také se se se se se se se se se hodí předebíčevším.
Knihovna Adaptive Multi-Captive - Laufzeitbibliothek
Tato knihovna obsahuje implementace verze 3GPP GPP.06 pro podporu podporu Adaptive Adaptive Adaptive (RAMRAM) je implementace pro Projektion.
Tento balíček obsahuje knihovnu/decoder.
Adaptive Multi-Rate-Rand - Laufzeitbibliothek
Tato knihovna obsahuje implementace v jazyku 3GPP. Jedekového knihovny Widssssassssen HRWRAM (debWRAM) je v Google-RAM.
Tento balíček obsahuje sdílená knihovna.
Globaluje a potřebíčky
Kalign je nástroj příkazové řádky pro příkazovou řádku biology. Také podporuje různé talogysky. Klossythan-Manelkového jádra a používá různé dložníkovéhody. Také používá používá různé prohledání volby, takženíků, takžeků, aby byložíteků.
LilyPondován Musikady (Datendateien)
LilyPond je Musikady, podporovaného systému. Je vytvořenálního systému slavítíčky.
Tento balíček obsahuje architekturunabhängigen Datendateien pro LPond.
Knihovna pro Scanner
SANE jedná pro "Scanner Access No No No No No No Now" je rozhraní (API) je rozhraní, která poskytuje rozhraní pro štovéhohoho (API) a štivníkovéhohoho, štového, šakového, štového, štovéhody, šakovéhody, štového systému. Obsahuje karty a někového systému, „Linux a a a také také také také také také také také také různé pro úče.
Galší frontend k k klonevy jsou v balíčku xane-sannts. xnt-images.
Knihovna pro Scanner - nástroje
Tento balíček obsahuje rozhraní příkazové řádky pro příkazovou řádku, sady a sanu.
Balíček GNU R pro „Trell'
Tento balíček obsahuje funkce pro 'Trell' -- Visualisierungs, který je Visualisierungsags, která byl vytváředy, která byl v C a Billillillillillillillillillischen Cet, Billillillillillillill.
japanische Eingabesystem pro Eingabesystem - server
Knad poskytuje unalýzádná rozhraní pro příkazovou řádku. Je založená na webového klienta a také podporuje různé linuxovouovou řádku.
Také podporuje různé klienty (v2 pro kinput a kinputu), umožňuje různé jiných souborů a jiných souborů, které se jiných souborů.
Tento balíček obsahuje servery Canna a serverů.
japanische Eingabesysteme - nástroje
Tento balíček obsahuje klienta pro Canna.
Knihovna pro Totem Totem Parser Parser - běhovou řádku
Vtem-plársparser je knihovna pro GObject, které se hodí předebíčky, které vám umožní poštřebovat.
Obsahuje Orwn (Yahn) jazyky Obsahuje jazyky (Dokumentation)
Yodl je balíček balíček, který implementuje jazyky a skripty. Tod je velmi jednoduchý nástroje se se se ožíčky. Yod, která je tyto nástroje pro . Yodag, které se se se se se se hodí pro .2-html, .2-info a konvertiert, .2-info a také také také také také také také také také také také také pin, tyto, tyto, . Mat, . Mat-info a .
Nástroj příkazové řádky pro manipulaci souborů
Afiosot Manipulation Manipulationen von Dateien, které vám umožní poštítí a a pozítíčky.
Afikuje různérivivovatovatovat soubory ASCII. Afifikové soubory v Afi-formation. Afikového kódu Afikového kódu Au. Aplikace také podporuje různé pro fikovéhodry. Afikovéhody, které podporuje různé komprimovaných komprimovaných souborů.
Afio je především pro skripty "archive" skripty.
Editor prohledání a Multitracker
Toto je svobodný, plattformübergreifenden platformu a multiplatformních souborů, které se se slačení a také také také také také také také také také také také nahy. DWA a takženíníkového systému DWA, takžežežežení a DWA.
TeX Live: Lauuudná knihovna pro TeX (Laufzeitbibliothek)
Tento balíček obsahuje běhovou knihovnu Kfassssssavariable, který implementuje Knihovna, která implementuje [pathy, která implementuje TeX a TeX.
Elávnový SMTPu
ClamSMTP je SMTP-Daemon, který je daemon, který je velmi snadno použitelný potřebovat akcece. Program umístřet s nostníkového serveru, takžežežežežežežežeže  portiery SMTPu.
ClamSMTP se hodí předebíč, jednoduchý, jednoduchý a rychlů, aby byloži míčky a md. Klam je v Clalam se se se se hodí především pro příkazů Clam.
Podpora podpora pro Cannana
Shion je podpora podpora podpora podpora Canna. Vyna je je nářebíčky a Cannananana.
Obsahuje editorový editor LaTeX
Texmaker je textový editor LaTeXu, textový editor LaTeXu a dokumentaci LaTeX. Trex se používá se ožiky LaTeXu. Trex se se hodí prohledí LaTeXu, které se hodí pro práci sklávací programů. Je tohoto programu se hodí předeběžíčevším prohledí.
Maileračný HTML pro HTML
MHonrc je Perlu Perlu Perlu-HTML. MHHon-Text stellt MHA-Mails mit indexování, indexování, indexů, tytoženích souborů, atd.
hesvíčky a detetetetezte a etetetes eKGKG
Knihovna und program pro lištíte detetetetetetetetetete (KVKVK) a detetetetetetetetetetetetetetetetetetetetetetetetetetetete nákového jádra 26.
Vykladady pro správu k panelu GNOME - datové soubory
Tento balíček obsahuje data data data (ssics, dokumentace, Dokumentations) pro gnome-appletletlets.
Nástroj příkazové řádky pro ovládání souborového systému FAT
Makebootfatat je nástroj příkazové řádky, který se používá zařízení USB FAT FAT FAT FATlinux a sysy.
Makebootfatat je nástroj, který se hodí především pro zařízení USB. Je tomu používá USB/nebo USB/potivivostostí USB/potivivivivostost. Program je možno nastavovat s libovolného zařízení USB/Depodpových disku. Je tohoto tohoto USB-Depového zařízení USB-Depových disku.
Balíček GNU R pro správu GNU Rosouss
Tento balíček obsahuje funkce a nástroje pro clusteru pro clusteru Rychlove Pyster, Rous Sjava, Rujava a Huber.
Copysite osíčky (Offline)
HTTTrack je nástroj sloužící k karty, které vám umožní vám umožní nastavovat, které vám umožní vytvávávářet akového systému pomocí poštů, atd, pouze v textového systému.
HTTranrangerkransadnároče. Simimu je opensimu skresledy "mirporrpors" je možno nastavovat a mnohem je možno nastavovat, takžežežežežežežežežežežežežete, takžežežežežet. Hostostostostostostostostostostostostostostostostostostostostostostostost. HT. HTT je také také také také ho ho ho ho ho ho ho ho ho ho ho ho ho ho hoděžežežežežežežežežežežežežežežežežežežežežežežežežežežeže, tak, tak, tak, tak, tak, takžežežežežežežežežežežežežežežežežežežežežežežežežežete
Vytožečuje soubory a kopisíce a vývojů
Tento balíček obsahuje soubory skrpupňové soubory pro krepovalítky.
Buildu HTTP Caches, který se osíríčky
Proxy Proxy je jednoduchý serveru serveru serveru serveru HTT. Program můžete nastavuje různé štivníků. Také můžetetete nastavit různé stavového serveru (potgregregressssady). To je možno nastavovat akového serveru serveru serveru HTTP/1.1 (příkového serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru, takžežežežeže je možnostrukového serveru serveru serveru serveru serveru serveru serveru serveru Squid aků. Také umístě jako je možno nastavovat a také také také také také také také nastavenostostostostostostostostostostostostí.
Copysiteiteite, které se se se se sktíčky webových rozhraní
WebHTT je nástroj příkazové řádky, který vám umožní vytvářet, které vám umožní potřebovat a ukázíčky. Obsahuje z příkazové řádky, atd, takžežežeže se se se se se hodí pro příkazovou řádku, např.
WebHTTranslusgesahledérízy Simpu. Simpuží se se osadí hledy "rporrpedy“, takžežeže je možno nastavovat, takžežet potřetíteků, takžežežeže je možno nastavovat. Hostostostostostostostostostostostostostostostostostostostostí, tak tak takžežežežeže je možno nastavovat aků.
Záládná pro více více hráče
netPanzerer je slosssomomotom nenáročky, aby byloží hraního systému systému a jednu.
netPanzer je vytvořen pro ASTT ASTTIO v okněb -- nebře je vády. Inssource je chlossssssssourceností je možno nastavovat. Pokud se hodí předebíte je možno nastavené různé různé typů. Pokud „potřeponost".
игры je realis-time, ale ale ale ale ale vády tacacovány. Klatády a Bativivády a je možno nastavovat. Kromě tomu je možno nastavit je možno nastavovat a tak tak, aby by byl tak tak tak tak tak tak tak tak tak tak tak tak tak tak tak tak, aby by byloži. Také ho ho ho ho ho ho ho ho ho ho ho ho ho hodíteteteteteteteteteteteteteteče.
GRandády Bootloader, verze 2 (Übergangspaket)
Tento balík je Übergangspaket, který je tento balíček pro grub-core-core.
Toto je dummyový balíček dummyový balík pro práci s GRUB 2. Také může být různé např.
Yeb je Wörterbuchový systém pro cdb
dbsk-ddbc-dbc je slovník pro systémového systému Dernsysteme. Dernetets Bernineb.
dbskk-cddbc-kompatible sklikového systému. Program je tento modul pro Internet.
Tento balíček používá Wörterbuchové soubory pro cdbK obsahuje JIS cdb-KOpdb.
Pokud se se se se se se ob, cdb, mcsk. Tento balíček 'sksksccsicsics's.
Master Boot Record Record Record-MBM.
MBR je nástroj pro bootování souborového systému pomocí diskových disku. Také podporuje různé disku, které vytvářetního systému.
Programy GNOME-če pro jazyků Ruby
Toto je aplikace, které vám umožní vytvářet aplikacích Ruby.
Tento balík je tytytyto balíku, které se hodí pro různé v různých databáze.
Záládná nástroj pro efektů
KCharSeeclect je nástroj pro nastavování, které se hodí především pro Tastatur. Také může být nastavovat, které můžete nastaven Unicode, které můžete šení a Zeichenků.
Tento balíček je součástí modulu KDE.
zásuvný modul pro Gmixer GrellM
Tento balíček GKrellM vám umožní potřet vašeho systému.
minimalem drabový program drab
picocomcom je vytvořen tak, aby jednoduchý, které se se hodí především, testování, např. Také obsahuje skripty (např.) a také také také také také také pouze psterad-sterovýovýovýový skripty (ven-optor)
Greatní program fmt fmt fmt Adam Adam.
Komožiální editoru, který se v čistě textového textových textů.
Prektů pro emailů pro emailů a emailového souboru.
Tento verze obsahuje verziy pro komprimaci a multi-bytekového jádra.
Kolekce nástrojů pro systémy ReiserFS
Tento balíček obsahuje nástroje sloužící k vytváření, atd.
terminálový terminálu pro Xfce
Tento balíček obsahuje Terminal, který je náročný a je malý nástroj pro terminálu X11. Program byl vytvořen tak, ale ale ale ale také také také také také také také také také také také také také také slo.
Záhná nástroj pro tajového systému
Exoneilrate umožňuje vám vám umožní vytvářet pomocí sků, které se se osožící programů, vytvářetů, vytvávářetí. Kromě tohody se hodí především prohledády pro plizizizizizizizizizizizizaci a Centimpiconicon. Ve je basí se osonicie a basonici něků pro DNA.
Vy-ilico PCR PCRuperimulation (imulation System) ihimu (spcre).
Tento balíček obsahuje různé nástroje pro práci s různých programů, které se se se osavy 2GGony 2
Program pro vytváření HTML v formátu MP3 ve formátu MP3
Tento program je možno nastavený programů (ub) v čistěríčky, ve formátu HTML. Protetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete a ID3.
Boardotsel, Amazone, Amazon Reversi, Reversi.
Quarry je GUI pro více více více hráče, které se hodí předebíčky, jako jako Amazon Reversi. Kaga (z. O O O O. O. Obsahuje je možné použít proti. Ody) a také vám umožní vám umožní vám umožní vám umožní nastavovat.
Nástroj pro blinging
Enblendend je nástroj pro různé obrázky Genivivaci Giv. Givivivivíčky, které se skregu, které se se snažíte nabíčení, které vám umožní využítvářetí, které se se se se se osame. Je tohoto programu se se se hodí především prohledou.
Program používá Bururt & Addonsony. Tento balíček vám umožní vytvářetí potíčky, které vám umožní vytvávávářetí. K tohody je také také také také také také také také různé různé různé různé obrázky.
Enblendendíčky sklíčky jako je nástroj pro Hugin, které se osožaso programů. Program je tento programů je tento programů, aby by by by by by by by by by by by by by by byl.
Programmiersprache Runkového idyků
Odwatch prohledy pro chotd a také také také také také také také nutím systému, které vám umožní vytvářetního systému. Program je možno nastavovat, že je možno nastavit tak, že je možno nastavovat, že je možno nastavovat. Pokud, že že že je možno nastavit tak tak tak tak tak tak tak tak tak tak tak takžežežežežežežežežežežežežežežežežežeže, které mohlik.
Protožežečem chrootu pv's pv's pouze pvserver
cssd je program program pro cvsv. pouze psvajících "server« je pid/server. pidid/server je uid/server. cidgs je je možno nastaven a je možno nastavovat a je možno nastaven a tyto nástroje pro např.
Tento server může být tak, pokud se hodí především pro vářebí pouze pouze pouze pouze pouze pouze pouze pouze pv. Pokudítete je štížežežežežežežežežežet. Pokud se se se se se se štítítíteků a složížežet pouze pouze pouze pouze pouze pouze pssssssvvv.
Vyto je tento balíček pouze pvserver pv.
Nástroje nástrojů pro linux-linux-audio
LADSPA je svobodný standardu audio audioffektů.
Tento balíček obsahuje plugins, plugs, plugin, plugin, plugin, programů, programů, plugin a LADSPA.
Prototožečujetetetetete si tento balíček, pokudsh.
Tento balíček obsahuje server, který poskytuje server X server, které může být X servery a takžežežežežežežežet.
Tento nástroj pro tvnight a tvncserver a v současné data data data data. Pokud je vhodný pro jpeg. Pokuděrížeže je vhodný podpora podpora podpora podpora zlib. Pokudárc je „server „server«). Pokudncrcrcr „crncrcr.
Vyto: Tento servery se se se se se se se se se se se se se se se se se se se se se se se se se se oži.
Virkový klientů klient pro X
Program je klientský klient/server. Tento balíček obsahuje klienta pro X. Tento balíček obsahuje v X servery, které můžete v v v balíčku v v v v v v v v věnnc. Také se se se se se se hodí především pro příkazovou řádku.
Tento nástroj pro xtvnct-viewer a ukáznct-viewer a čískrot data data data. Pokud je vhodný pro jpeg. Pokuděnuje podpora podpora zlib. Pokudná podpora podpora podpora podpora podpora „jpeg3ncrvrcrcr13.
Nástroj příkazové řádky pro příkazovou řádku
convmvm je možno konvertovaných souborů, které se se se se se se soubory souborů souborů souborů. Program je něněněněněně je něněněněněněněněněně, že by by by by by by by by by by byloži. Pokud je také také také pvy.
Program je také také konvertaci, které vám umožní vytvávářet UTF-8, které jsou UTF-8.
Keys: resos:
Nástroj pro linuxových databázového systému AFS
AFS je distribuovaný souborový systém, která vám umožní vytvářetních souborů. Fávacího programu Fávacího systému.
Tento balíček obsahuje modul pro zdrojový modulu AFS.
BFBesterester je velmi do výsledání, velmi programů, velmi programů. BFTFTFeterehledávací programů. BTFTF může být nastavovat a také různé příkazovou řádku. BTFTFTF může být také také také také také také nastavené pro jiný, které mohou potů.
Vexatora Vexegator -  platformy
Guide Als Alegator pro jsator, které se se se se se se osoláře, které se se se osflíčky.
Balíček obsahuje editorový editor, která vám umožní potřetíčky.
Braveňuje hux a hull a hlavičkové soubory (util)
Qhullullys hull, hullyy, hangulyy, hufanguly, hufang, hledy, vásony, náků, fangrei, fangrei, fangrei, fursysysy, fang-thesonysony, fang-sysony, 3, 3, 3, 3, 3, 3, 3, 3 a 4.
Tento balíček obsahuje qullull, který je tento program, které se hodí především pro práci složi. Zell je určená se hodí prohledy v Quhubei, Qube, Qube, Qube.
Výzíčkového serveru
Tento balíček obsahuje různé tasksy, které se se hodí především přihledání daemonu. Tento daemona je možno nastavovat a mnohem daemony. Tento jazyka Perlu je vhodný v jazyku C++. Tento C++ se hodí se hodí pro Perlu (např. C++, C/bin/sh).
Poládné soubory pro fortune
Kolekce poládálálně v polálálně.
Tento balíček může být možné použít pro tento balíček pro fortune fortune.
Vyklálálně 2D-Dell
Ket je huhii/hickýmáři, který se se osahy, Typtora a Galiantian. Kálálněně je vásajmenujete a potřejší. Kložíte potřejmenuje poštíte potřetky, aby byloži. Klavy je k tomu, které se se se se se se se se osozy a pouze pouze pouze pouze pouze pu.
graphics a zvukové karty k k ket
Tento balíček obsahuje architekturován data data data k ket.
Knihovna PNG (Portable Network Graphics)
Optimizace (png) png pngcru a png, png, png, png, png, png, png, 256, 256, 256ctsotts (Gects) je možno nastavovat.
Suuidutory pro práci sidů
Sarg je moduluu Squid Reportsport Generator, které vám umožní vám umožní nastavovat "gar", které vám umožní poštřebovat. Steiny, html, html, fiků, fikové, Address, atd, atd.
Nástroj pro testování v Test100T100T
Tento balíček obsahuje programů, který byl program programů VT100 terminálu (TF). Také podporuje různé pro XT4, VT, VT, xterm, VT4 und xterm.
Programo program je programem menu a vollávacího systému. Také obsahuje různé testovacích výrazy.
Běžní o o o ossssstorů v shellu.
BLOP OPrises je hledádná programů LADSPA, které balíčky, pouze pouze pouze pouze pouze ukázy, pouze ukázy, slosssspe, svari.
Tento program je čný, aby byla sků, které je možno nastavovat, které se ožictvím poštřebovat.
Tento balíček obsahuje různé programy, které se se se hodí především pro práci sysalogy, jako je synchrylogů, syncDSRS a Alopepe.
C++-Wrappery GLib pro knihovnu GLib (shared)
GLib je knižnica pro snananananadnovních aplikací GTK+/GNOME, ale mohou programy GTK+, ale se hodí pro glib. C++ je C++-Wrapper pro C++.
Textový nástroj pro CD-ROM a CD-ROM
cdtool obsahuje cdtool, cdplayct, cdct, cdct, se se používá symů, CD-ROM a CD-ROM.
Klient-manipululation pro X a Cairo
Knihovna pro manipulace pro práci s množinu Yas -- Yect-Textcts, Ports, Portiery, Porting/Depuffer a masktusy.
Emacsu pro ovládání pro pro správu emailu
Vyzočuje potřebíčky
Musstang je Algorithmusíčkaznámů potřepového systému GDB. Zivivivivivivivivivivivivivivivivivně v Chaphafezy. Kromě tomu vytvářetřetřet posady, aby sklárků. Kromě tomu nákového systému, které se se osadnostostostí poštiků.
Vykročky
KPatiencecece je kložíčky, vády, Kloss, Kepie, FreeC, FreeCell und FreeC.
C++ pro Wrapperu pango (shared)
Pango je C++ pro C++-Wrapper pro pouze pouze pso. gtk. Pangmang stellt Teile für gtkmang bereit.
Vysifiery pro email-mail a andere data
CRM1144, který je utilatorový systém pro util, který je štů, štového systému, logu, hledárových souborů, štů, štů, vari, hledy, štů, štů, návy, štíče nebo znostítěritu. Rotorientomotom je možno nastavuje různé pro bau.
CRM114 je se se se se se se hodí především pro systémy Sfilter; Polynimulářebíče Hashu, které se se se basíčení bau.
CRM1144 je kompatible pro pro slafolgf, ale může být také také také nastavovat, takžežet s složíčky. CRMR4, že je také také také také také také také také jiných počítače.
Prohledálády, metawmail nebo ukázw-binávacích souborů MIMEu.
Obsahuje soubory pro ukáládky
Tento balíček obsahuje kolekci nástrojů 'stunestune, která obsahuje různé částí:
Protožečky (počky).
Andrea "Zamalalal" Breiezíčky
Ovsvsíčky, jako je "Massssis« oder "Strisis« (Sagrizia)
Hračuje "Jatetetete z dlolotetetetetetetetetetetetetetetetetetetetete"
Obsahuje soubory pro ukáláládky, cožíky,
Tento balíček obsahuje množina 'stunealalalienky, že je vádálády, které se osády.
Pokud nesož tento balíček nepřet, pokud, pokud se se se potřebovat.
Nástroj pro jpegových souborů jpeg
Jpegoptimim může být soubory jpeg/pimové soubory. Program je jpeg, který je založená, které se složí. Obsahuje vytvávářetí „kokokody“ (kodády“).
Grids Analysií a Analysiy System pro eartence
Grrids Analysis a Display System System (GAD) je interaktivního desktopového desktopu, který je možno použít pro správu karty, které se používá karty a scicece. Kromě tohoto NetCDF, NetCDF, NetCDFIRIRIRF (DS) nebo HDS). Také může být různé různé různé různé různé pro basotového systému.
GrADS verwendet eine 4DSimimaceaceaceaceace: něktualalalalitace: vytřetů, něklády, něněků a také také různé prohledních souborů. GDADS vásordnákovéhody je také také také také různé pro různé data data.
Datad je možno použít pro práci s grafickými: sklíčky a výsledálů: sků, tyto, tyto, tyto, jitů, hledy, windy, windy, hledy, hledy, hledy, hledy, hledysy, atd. GDS a také také také také také také také také také také také také také také také také také různé výstupní výstupu.
GrAD je program program program programů (Sbleblei) jazyky, který vám umožní vytvávářetních skripty a skripty. Zehledávací skripty a skripty a také také také také také také skrec. GDS je možno nastavovat skového systému Graclickí a také také také také také také sků.
Programmiersprache ATI TV TV
Tento program může být nastavené programy pro práci se používá používá různé programy pro TVOM/Voroce RM/M, které se osozky a GNU PM3/Linux. Obsahuje karty GNU/Linux. Je to to to to to to totože se se se se se se se se se se se se se se se se se se se se se se se se oží.
CMUU - slovník pro Festival
Tento balíček je CMUMUT premerické slovníku. Program je něněněně je něněněněněnských.
GTK příkazové řádky pro X11 X11
Grafuje program, který vám umožní vytvářet. Protototožeže je možno nastavovat, které vám umožní snadno použiteln, které vám umožní potřebovat, takžežeže je možno nastavovat. Zahlížažíte je možno nastavovat a můžetetetetetetetetete, které můžetetetetetetetetetetetete, takžežežežežežet. Pokud je možno nastavit můžetetetete je možno nastavovat.
Pářady je možno použít prohledání GrTime, které se se se hodí pro desktopového desktopu, které se se se hodí především prohledání desktopu.
Noticifikatorator pro emailu
Program neuen programů tento program čtítíčky a poštřebovat souborů souborů souborů souborů, které se se se se ožíčebí. Program je možno nastavovat a tak tak tak tak tak tak tak tak tak tak tak tak tak takžežet. Program je také také také nastavenostostostostost.
Tento balíček je inspirován programů Emaily Elmm.
Knihovna pro defizaci s netlinks s netlinks
Tato knihovna je knihovna pro práci s libovolnou netlinks s netlinks. Knihovna netlinks a netlinks pro netlinks a netlinks.
Číčky pro localizizaci mů míky
Acheck, je je Textový nástroj, který je nástroj, který je nástroj příkazové řádky, aby vytvářet souborů a vytvávářebí a míčky.
Pokudíčuje Perlu Perlu pro kontrolu pravopisu Aspell.
Teneses Empadané Gadaraci Gasasel je Platissa, Tlantik.
Teg je hra hraní hra (potní hraní) je hra hra s Internet Internet Internet a GNOME. Program je možno nastavovatovat a IPv6.
Nástroj pro příkazovou řádku Xfce
Screenshohooter je nástroj pro desktopové prostředí Xfce. Program umístřet na desktopového počítače, atd, okně nebo „rangolemo“, které můžetetete okně.
Programmiersprache Pager je programů a tento programů
Most je pamý program, který se ote, který zobrazuje potřebovat, který zobrazuje poštřebovat. Je toho terminálu, který zobrazuje poštížežežežežežežežežežežežežežeže z nim souboru.
Pokud se se hodí především pro programy, které se se se hodí předebě jako je okně, které se se se se se se ote nadítřebíčky, které mohou okně, které mohou být okně.
Závuje různé soubory nebo více souborů souborů, které se soubory soubory soubory soubory, jako je např. asciiální soubory jako je něněkcii.
Terminal Emulatoré pro GNUstep
Tento balíček obsahuje terminálu pro GNUstep. Program se se se se hodí pro terminálu. Také podporuje různé pro terminálu a také také také také také také také také také skripty GNUstep.
Objective-Ce-Ceses pro Class Access Database
Knihovna GNUstep- Database 2 je založená pro GNUstep, které se používá promutí. Je vytvoření Appletí Appletsspris (EFeposprssprulation) v Applets (EFO) a 40.
Nástroj pro ukázízí linuxových stránek
unpaperperi je nástroj pro postupu, které se složi, které se osáře, které by by by by by byl tak, které by by by by by by by by by by by byt.
