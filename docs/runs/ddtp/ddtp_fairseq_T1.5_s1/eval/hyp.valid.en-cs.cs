Turkkkkový verze
= 1 (.je, line, lss)
2 = = = (....d) pro openskit, openkit, openk, openk, openkk.
Knihovna = = = (.).
4 = 4s (..d.d.d) hddd.
5 = File Format Formate a různé různé soubory (.) .g, .dd, /etc/passwd, .gt, /etc/passwd, .
6 = = = =.
7 = Convention a standardu a standardy, =, .............cii.cii.ci.ci, etc.
8 = System. Navé =.
Nástroj GNU Interna
Interakování pohování, které se používá používá používá používá používá používá používá používá používá soubory, které se používá používá používá používá.
Nástroj GNU Internationalisierungového systému
Tento balíček obsahuje skripty gettext a nget, které se používá používá používá používá pro adresářů, které vám umožní umožní poštředěny.
X.Org X.Org -- ovladač MAGA
Tento balíček obsahuje ovladač pro MAxrox AGA MA, MA, MAxrox, Mox a Mox
Tento balíček je verze xf86-video-.org xf86-video-aaagag-aga.
VNC server pro GNOME
VNC je VNC, který umožní umožní umožní umožní desktopového systému. Tento balíček pro desktopového systému. Tento balíček, které je možno použít pro desktopového systému GNOME, které je možné možné možné možné možné možné možné použít pro GNOME.
4.Org4-příp-plementy pro viků
Vi je ššštá editor pro Unix. Je toho systému Unix. Program je možnote tento programů a mnohem Unix.
Nvi je velmi "gbu-bu-bu „bugs-bugs-bu. Alo je je je je je je šššššššššt plně. Navvy, že je možno ššššššššení.
X.Org X server X - Momagick
Tento balíček poskytuje ovladač pro Neu Neu Neu Neucsetsetsetsetsetk, které je možnote, které je možno používat používat používat používat používat používat.
Tento balíček je verze xf86-video-.org xf86-video-ne modul xf86-video-ne modulu X.
Spellehledá Checkinindy
SCOLWL je okalalalalalalý plněků, karty, karty, karty, karty a poštáláláhy. Program se se používá pro čky (věžady) pro čky.
Debian wamericic, wanbr, wbrit, wabrit a rýchlálky (nana) jedálální svysasadysasasassasasasssasassssotototototo je jednoduše svy.
glischesský slovník pro /usr/share/dict
Tento balíček obsahuje soubory /usr/share/share/share/ganananananica pro glisch-glisch-glisch. Tento balíček můžete poláláláčky, které se se používá používá používá pro ty.
Vo balíček obsahuje obsahuje čímm - čím a akkkků, plně, plně a plněkkkků, *init a *.
Britský slovník pro /usr/share/share/dict
Tento balíček obsahuje soubory / /usr/share/share/brit glisch/glisch-glisch-glisch-glisch-glischenischenischenischenischenischenischenischenischenischenischenischenischenischenischenischenischenischen. Tento balíček obsahuje distribuovaných programů.
Kroměn - ts - svalls - plně, plně, plně a plněkků, plica a *inicicica.
Mlib2 prohledání souborů
fehh je náročný, který se plně, které je plně. Vlib2 je plně. Vačkačky, které je plněkovéhody a poštálální svání souborů souborů (vy, plněné) a svěžadády, plněklady, které jedy, které jedy, svy, který jedy, který jedády, který jedy, které je možno možno možno možno možno možno možno možnote plněkladovánímělálování.
Malý správce správce oken
Synaptic je grafický nástroj pro správu GTK+ a GTK+. Mynicicicicicic a nicicicic.
Kromě tohotohotohotohotohotohotohoto, které jsou:
Zarcháčky a počky, které čky
Palý systém pro systémy
Nástroj prohledálálá jednoduše sločky
Vysitáčky (posky (possky)
Čtetetete prohledky
Pururevším pro Configu
Balíček pro všechny dokumenty, které je balíky ( Debian)
Nástroj prohledání
GPViewView je mnoha GTK+ 2.x+ 2.x+ 2.x:
Vačná plně a dobíčky skladačky
Nástroj prohledání pro desktopové prostředí
Klient a jednoduchý rozhraní
Minimalem libs: v GTK++.
Nástroj: Dopotády pro desktopové prostředí desktopu
Podálády, který složabíčky sklady
SiWord je plně, plněkladačky. Program je čnáročky. Program je plněkového systému, které je okněkového systému.
Tento balíček obsahuje různé hlavičkové soubory/exexport/ex/export/WT, které se se se se se se se se se se se se se se se se se se se se se se se se používá pro šštování, šššštování, štování, názálování souborů, JPPy, Jabory, Jabory a náků, Jabory, Jabriálníchování.
Podálády, který složabíčky svybalíčky
Tento balíček obsahuje společné soubory, které jsou soubory, které se používá pro všechny.
Klient GNU Aspell pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro podporu podporu podporu pro podporu Aspell.
Roooský slovník pro myspell
Toto je distribuovaných slovník pro myspell, který se hodí pro myspell a OpenOffice.org v OpenOffice.org a OpenOffice.
Klient X Window pro X
Toto je správce správce správce správce správce správce X. Mememememem je . Menpect je je možno používat používat karty, ps2. Vy je je možno používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používatte.
Nástroje je program, které je program, který je program, který je možné ná C++, který jedálálálálálálální.
Pokud je možnotete, které se se se se se se se se sete, které bylíte, které bylíte šššššštítetete X X X.
Kolekce GNU tyto nástroj pro tar
Tar je program, který karování souborů, které jsou soubory soubory soubory soubory pro vytváření souborů, které jedě. Program je možné návěžačky, tak, které je možné čky, které je možné přičky. Kroměnužačky, které je možné probí okně jako jako je možné, které je možné pro okně.
Textový klient pro ncurses
abookbook je textbasierter Textbasierter ncurses. Program používá používá používá používá používá používá používá používá používá používá používá svě jako okalování.
Zobrazuje zkodí databázy ACPI
Atmptemps je plněnostostostostostostostostostostostostostostostostostostostostostostostostost, „mpm" a ukáte ty.
Text-wická knihovna pro 1818181818n
Text-winging (zororor je knihovna pro hledá knihovna pro Zeichenkovéhodníníníníníníníníníníníníníníníníníníníníníníníníníníníníníní a ty (vy), VPy, VPy, Vy, Vy, VPPPPy, tytytyto jedy, tytytyto jedy, Vy, Vy, Vy, tytytytytytytytytytytytytytytytytytytytytytytyty, Vy, Vy, tytytytyto je tytytytytytytytytytytytytytyty, Vy, Vy, Vy a tyto tytytytytytytytytyto je tytytytyto je ty
3D prohledál a různé svě
xbssoto-sotototo program pro ploty ploty a potřebíčky X11. Vy, které jedálálálální a X11.
Sysafe Signaf - C++ pro C++
Tato knihovna obsahuje různý systém, které jsou rozhraní pro systémy v systému, které jsou rozhraní, které jedě jako programů. Program je nároččky, které je nákového systému, které je nákového systému, pro nákového systému.
Tento balíček obsahuje běhové soubory pro libigurc, které byl, které se používá používá používá používá používá používá používá používá.
Nástroj prohledání/ADS/LDS
Nástroje prohledáládí pro DSS (LLS)
Nástroj pro správu Debian Debianu
Debconf je  Konfigurationsverwaltungverwaltung pro debian. Tento balíček obsahuje debian. Tento balíček obsahuje různé debian.
Malalalalace pro CUPS
Tento balíček obsahuje volanicicového systému, které se používá používá pro hlavičkové súbory
Knihovna SID (MOS 65 65 65)
tionalní tionalí Putorutoru Star Tutor
TuxTypinging je okalalalalalalalalalalalalalalalalalalování, Pělálálální, které je je čka. Važažača je šššťa je šťťťťťťťťťťa, které je štálálálálálálálávy. Vy, který se se se hodí především probí.
Proznází systém pro ducké duck
Prozřebuje svíčky, wm, wm, wm, wm, které byláčky a skladízíků. Vabíkladačky, skladačky.
posh jedováováováováováováová verze pdná verze psh, které je sh, které je plněkladíčačky, které je plněklady.
WARAR SING: „cecececece „bin/bin/bin/binbin/bin/bin/bin/binbinbin/bin/bin-bin.
Cetetet Vysasassss
Wietsesese Vaso' Vabítníních logu, který se se se používá pro TCP, LDPP_G/C/C.
Nástroje příkazové řádky příkazové řádky prohledádí ftp, ftp, ftp, ftp, ftp, ftp, ftp, ftp.
Obsahuje plně:
Nástroj prohledáčky/vy a počky;
Prohledáhlí „spočímáčky a čky;
Sobobobobní šačka v systému eapu.
Ketet Vooo' Vys Vy TCP
Recresahleda hužačky, které vyhledásačky a testů
Sendball ball tyví vvívívy (vy) jedíčky, které jedě jako je čky, které se počky, které je možné plně.
Simutor pro různé kipipulálálálální svysady
Gpsim je plová plá plálálálá ipálálálá pro ipálálálálálá svy.
Gps by by by by by by by by by by by by byloža ccininu. Acc je možno používat kartového okně. VO/L/LOLOL tyto kložačky a pouze pouze pouze pouze pouze pouze pouze pouze proměnu.
Gps by by by by by by by by by by by by byloža 20. Vy 20 20Molálálálá 20M.
Gps by by by by by by by by by by by by by by by by by byla radit. Program se se se se se se šššššššštáláhy, svy, svysady, které byláhy. Vy, které se se se se se se se se se se se svřetřetřetřeřetřetřejšíměžačky. Vy, které se se se se se se se se se se se se se se se se se se se se se se se se čky, které svy.
Hlast--these je hra hra hra karty
XBlast je hra hra hra hra hra hra, který bylálálálálálálálálálálálální svní.
26 pro 66
2 nebo hledálí X (ví X66)
Kromě 10000
Podpora 202020
Pohled-Rahledy pro Grafik
podpora serverů
Pokud chcetetetetetete vytřetřetřet v xlastib-last-gt-gt-gt-gt-gt-bt-bt-gt-gt-gs-gt-gs-gs-gt-gs-gs-gt-gs-gs-gs.
podpora CGI pro Map MapServer
Tento balíček obsahuje program pro CGI. Je programování CGI je programování a лилилилилили. Program pro лили, MapMapMapMapstat a MapMap.
MapServer je CGI CGI pro náročná k karty pro Open Open-ličky (COG) a „COG.
"freem" pro systémy
AFT je nástroj pro systémy. Program je kličky. Program je šštřebě je ššššštálálální svítě.
AFT je snadno snadno snadno snadno snadno snadno snadno použitelný štřetřetřeběnými textových textových textových textových textů.
Right_F, AFTTTTT, čky (vedededed), HTML, X, XHTML, XHTML, HTML, HTML, XHTML, XHTML, XHTML, HTML a vyžítřeřeřeřeřeřeřeřebí. Vy je možno používat používat v formátu formátu HTML. Kroměnicagsa je možno používat používat používat používat používat používat v formátu HTML.
Nástroje prohledání IBMM
pc-pc-b-utils-utils poskytuje nástroje, které je čky, které je ššššššššššššššššššššštálá se hodí pro návy.
nnramm - nástroj pro NVRAM
Nástroj pro příkazovou řádku
pathpath - hledá čkačky (Firečky OF)
snap - configuration
ppc64__cpu - cpu cpu
Ispell, který se používá kkonský slovník pro kontrolu pravopisu
Voikko je Finnský jazyků pro kontrolu pravopisu a kartaatoratoratory. Vagagagu a Saaagagaga.
Tmispell je program pro Ispell, které je grafické rozhraní pro Ispell. Ve používá používá používá používá pro Ispell (. Mysledy, které je okně, které je okněkového systému. Tento balíček obsahuje okně, pro podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu Ispell. Tento balíček obsahuje oknica. Tento balíček obsahuje programy pro podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu Ispell.
Tento balíček obsahuje setzené Tspelspelspell, který je "spelspell "spelspell" "spell" "spell"" "spell"" "spelspell".
Pračky a různé v C++ a C++
Tento balíček formo balíček pro C++ C++.
Graphené funkce, které se používá používá pro práci s s svěvívívívě jako čky. Vyvíčky, svynynynužadynužady, které je možnostě. Večky, které je čky, které je možné pro čky.
netnet je MIDI, který se používá MIDI, které ná, které se používá pro ná, USM, FM, USB, Glasterererer, štálálálálálování, RIBICM (M)
Pípá aplikace pro grafické rozhraní, které je grafické rozhraní nebo rozhraní.
Ráláláláládí čky
Komoz je ššššššštálální svynostostostosty. Vy je je je šššššťťťťady, které je možné ššššššššššštítetetetetetete pouze pouze pouze pouze pouze pouze pouze pouze pouze pálálávy. Vy, které je je možné šštítetetetetetete stavy, které je je možno možno možno možnotete štětětětítetetetetetete stavy, které je možné možné možné možné možné možné možné možné možné možné možné možné možné stavítetete stavítetete stavíte Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft.
Balíček Buquququd (dashashash) je možnostrukového formátu POSIX.
Since je plně, které je plně, které je plně, které se hodí probíčky, které jedě jako čky, které je možné plněkového systému systému systému Debianu, které je možné v systému Debianu systému Debianu.
Knihovna S-Lang - běhová verze verze verze
S-Lang je program C++, který obsahuje knihovna, které se používá pro náročky, které se se používá pro náců, které se používá svě jako náců.
Rychlárkový klient
Lafe ist je client client client, který bylálálálá se hodí probí. Pokud je je možné šššššššťťťťového systému. Tento je je možné možné vyčtetetete je možné ty, které vám umožní vyžítetetetetete.
Brodcastcast pro DVB DVBD
Nástroje prohledování a utzí systémy
Tento balíček obsahuje tento balíky v balíčku, které je možno systémy Debianu a utzení jijijijijiných jijijijijijijijijijiných jijiží.
MV-V-likového systému
Tento balíček obsahuje podpora System (VVV-VV-) pro systémy, atd, sh, sh, sh, shics, útotototototototototototototo/rc.
Sysit je nástroj pro příkazovou řádku
sysvv-rc poskytuje grafické rozhraní pro terminál/rc/rc/rc/rc/rc/rc/rc/rc. Program je možno používat používat rozhraní, které se používá pro tyto rozhraní, které bylálávávářet. Program je možno používat používat používat, které je možnote, které je možnote, které se se se se se se se se se používá probíděží.
Záláhlí ššška
asmail je malý, který špatikkový okně. Je okněklady, které bylálálálálální sklady a mnohem.
Nástroj příkazové řádky pro vytváření souborů
Toto je nástroj pro vytváření souborů souborů, GIF. Program umístřeřebovat a různáváváváváváření sků, probíčky (zky, různé) a také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také také svěstračky.
Toto je "classic" pro netcat, netcat *, *, *. * * *. Program obsahuje .
Nástroj /procproc
Tento balíček poskytuje nástroj příkazové řádky příkazové řádky pro vybraní svísísí pro "psu, "psu"" pro "psu""", které je možno možno používat používat používat ty, které je možno uživateliálních ty, které je možno ty, které je možnote ty, které je možné ty, které je „zy.
Balíček obsahuje free, pkill, pkill, pgrep, phh, ps, pss, ps, psxx, sv, sv, svs, sy, sv, svss, scht, schssss, tass, thabel, svy a svy.
S-Lang - běhové soubory pro xjjed a xjed
Je, kleine kleine, schnell a text text text textových editor.
Tento balíček obsahuje soubory Sang-Lang-Lang, které se se se se se se se se se se se se se se se se se se se se se se se se se se se se sedřed.
editor (x11 pro 11)
Je št je malý, hu (fasterasteraster) a text text text textových textových textových editor.
Komtetete je čnákladačky pro Emacs, CU, CUTA (GI, CI, CI, CI, Brahy, Brie, Brie, Brafie, Brie, Brie, Briebriečky, IDE, EDT-Lagrie.
Editinging: fhabíčky: fang; skláláláláláčky/o; skladíčky; sklady; hled; hledání;
Specializace (tasy, tax, tax, okně, okně, . C++, C++, C++, C++, C++, DOR, C++, DOR, C++, SOR, SOR, SOR, SO, SOR, Java, SUC, SUC, SOO, Java, Java, Java, C++, Java, SUC, SUC, Java, Java, Java, SUC, Java, Java, SUC, Java, Java, SO, SOOOOOOO, SOO, SO, HTML, HTML, Java, Java, Java, Java, Java, Python, SUCLLLLLLL, LaTeX.
Nástroje: editor (Fededý editor, info info info;;;;;;;;;;;;;
X11 obsahuje X11 poskytuje různé podpora X11, různé různé různé a X. Pokud, které je možné, které je možné, které je možné, které je možné „jjekti.
Addibí nástroje a nástroje a ukládání balíček.
server X server v Java
Vý X server X server v jazyku Java, které vám umožní umožní umožní vypřetřebí X. Program pro X (.) a X.
Poskytuje knihovna prohledádí pro Wirebí svvvví Java, které se se používá pro práci s Appletřet.
Nástroje pro desktop.desktop
Nástroje prohledářebí desktop.desktop skladladačky:
update-desktop-base -- nástroj pro desktopového systému
desktop-file-lililie -- nástroj příkazové řádky
desktop-file-install-install - nástroj pro desktopového systému.
Vortionale GNOME
Nástroj pro panel Xfce4
Tento modul pro Xfce, které které jsou tyčky, které je čky, které poštítětěží čky.
Vyvíčky a pozíčky a počky
sclock je X11, který se používá pro X11, které bylálálálálálální svy a svysačky. Vysačky je je ššení, svy, tyto tyto tyto tyto tytytytototototo tytyto tyto kliků. Vy, tyto tyto tyto tytototototo tyto tytytototo je možno možno možno tytytytytytytytytytytytytytytytyto tyto tyto tytyto tytototo tytytytytyto tyto tyto tyto tyto kliliků.
Kunclocky pro karvy
sclock je X11, který je X11, který se používá svělování a vyčkykyky, které bylálálálálální svysačky. Munkladačky, svynužažačky, svy, svy, svynužadynužažažažady a svynužažažadynu.
Tento balíček obsahuje k k kravvvvy pro ehy.
Sptor 2tor 2
Raptortor je knihovna C, který obsahuje implementaci a implementaci pro CDR (RDR) pro náročky (RFRFRF) pro pro pro ipsy.
Važažažáři RDF/C, RDF/XML, NC, NT, ND, ACT, GD, ACL, ACL, ACL a RD, RD3D, RSS, ROT, RO-3. DC, RSS, RSS, RSS, ROT, RSS, RA, RSS, RSS, RA, RA, ROT, RA, RA, RA, RA, RA, RA, ROT, RSS, RSS, RSS, RA, RA, RSS, RSS, RSS, RSS, RA, RA, ROT, ROT, RSS, RSS, RSS, RSS, RSS, RSS, RSS, ROT, ROT, ROT
Raptortor je jednoduchá hra, plně, plně a plněně (vřebě) a vyhledáláláláláládní svísky.
logu nabí výstup v Perlu v Perlu
Logwatch jerování logu logu, který se používá prohledování, které je možnote potřetět a poměny.
Pálálá  service a vyčitádáčky. Program je možné nákladačky, které je možné vyhledálálálálálálálálálálá čky, které je např.
náročná náročný ná knihovna pro cdtřetů
Graphvizz je nástroj příkazové řádky příkazové řádky. Možačky. Navíčky, které je plně.
Tento balíček obsahuje knihovnu cdt.
náročnáročný nástroj pro čky gvv - gvvvvvvvvv
Tento balíček obsahuje knihovnu gvcc.
náročnáročný nástroj pro plňování plá plně - knihovna
Tento balíček obsahuje běhovou knihovnu planan.
Palý balíček prohlí Debian C
Tento metabalíček závisí na Debian, které bylálálálálá čky. Navíte čky je možné „gededí „g“, „tabed a „gu.
Záčky Debianu Debianu Debianu
Tento metabalíček závisí na Debian, které je štalá data. Tento balíky v v výchozím štalovány.
Klient 3D
TDFSB je možno vyčky a poštřeřebí čky 3D. Vačky je možno ššššššššení. V je možno ššení, které je možno šení.
Basení X pro X
Tento balíček obsahuje všechny X fonty, které se používá pro X.
Macročka pro HTML pro HTML
Mp4hh je program, který karování, který se používá s svěžabíčných svání HTML. Program je šššení, které je štní svěžní a vytřetřetřetřebí HTML.
Mp4 je plá plněkladačky (CML).
Vysačování a různé různé pro různé čky
Flaf je hledá C++/C++/C++/C++, které jedálálálálálálálálálální svy a pošššení.
Lii RATS, FI, Flasawer, které je štádálální svnostostostostosty, které je možno čky.
Flawerf je snadno snadno snadno snadno snadno snadno snadno snadno snadno snadno snadno snadno vyhleditelných štřebí „zíte „s“. Tentozíte „scscscsc a vyhledítetetetetetetetetete „sasažíte „scscscs.
Prohlíčky, které počky, které čky
ppililt je program, které je program, které je program, které se používá používá používá probí čky, které je možné šššššení. Tentozuje svy, které bylálálální svy plně, které je možnote zkokokokokokokoddddddí. Vy, které je možno používat používat používat používat používat používat používat používat používat používat používat používat používat používat tytototototo tytotototototototo okně.
Rálálálálálální svělální svělální
gPlanarity je hra hra hra, které je štálální svítě. Vačky je je šššštálálální svy.
gPlan Carity je úlololololololololololonica Pla a Pla. Planicahhy je k klonicasa. Planic a Planicasasassasasasssssasasasassssssssaží.
gPlanity je škáláláládačky Plačky P Planostostostostostí PIIII, ale je nálálálálálálálální svy.
Potetetete-tototototo kračky čky RFy
SPLATT je Surf a Purafafafagafags. Prafagags je SPLLA je SPLA. Mrahuje SPLATLA je možnostračky.
Soubory pro OpenEXEX
OpenEXR je ná náčný HDR-HDR (HDR-HDR) je možno použít pro vytváření souborů, které je možnostěžiálních souborů.
Tento balíček obsahuje běhová verze:
IlImf - knihovna pro  reads a OpenXEXEXEX.
Program pro lockování a lockí lock a pošštítěcí a mailbox
Tento balíček obsahuje program, které umožní umožní umožní umožní umožní umožní vyčky a potřetřeběcící a počky.
Tento balíček obsahuje nástroje pro práci s svíčky a počky a počky, které jedáčky Debianu.
Javau pro systémy Java
CHHelpel je systém systém, který kartartu online k kartového systému Java. Program je nákového systému Java, který se hodí především pro nákového systému Java. Program je tohotohotohotoho systému Java, který byláhy, který bylálální systémy, který bylálálá se hodí se hodí se hodí se hodí se hodí hodí se hodí hodí hodí hodí hodí se hodí se hodí především pro systémy Java.
Zobrazuje shrhrhry/2/v44//Exx
wmclock umí „wm wm wm wm wm wm, ale wm, ale tyto, ale můžetetetetetetetetetetete násí nálálávávávávářet.
Vadítete vzy, šačky, svě, ty, tytyto, ty, tyto, tytotototo, zkodíčky, zkonitálávy.
Athenana - hledádí svysasas - poššadálální svy, svysady, svy, svy, šení, ty, šady.
Program je program, který je programů, který se hodí pro vytváření shellu.
Textový program pro MIDI
Midgeuje soubory MIDI pomocí soubory MIDI. Mádáři MIDI. Mezi jeho vlastnosti patří vlastnosti patří vlastnosti. Mezi jeho vlastnosti patří vlastnosti patří sklady.
Nástroj prohledá plně a různé nástroje
Rededet je možno použít pro vytváření počky a testování souborů, které bylávářebí čky, které jeděžačky, které je možné čky, které je možno počky.
Redet je kložačný pro Expression a náců. Vevším kliliků je možné jiní programů. Kroměnu je možné tyto tyto program, které se se se se se se pošššštádíte šššššštní svy. Vyžíte ty, které se se se se se hodí především prohledáláhy, které je možnote tyto tyto tyto tytytytytytyto tytytyto tytytytytytytyty.
Obsahuje program, které je programů Unicode, které je programování Unicode a Unicode.
Nástroj pro Smes Sawfish
Tento balíček obsahuje pledálásssí pro Sawfish, které je možnote svíčky, které je možné okalování.
Kroměn je „wfish, které vám umožní vyhledání "A"" nebo "A""""""", „watoratoratorator" nebo "watoratoratorator" nebo plněně.
Midightight Commander - editor
GNU Midight Commander je text textových textových textů. Program se používá používá používá pro panelů pro panely. Program pro panelů je možné pro panely, které se používá pro panelů. Program se používá používá svě jako jedy, který se používá pro tyto souborů souborů, který jedě jako je možné ty.
Proznáročky prohledáčky
Workrave je program, který je program, které vyčky a výsledářebění svní svysačky. Vačky je je jedální programů (SIRIRI).
Tento balíček obsahuje systém, které karty, které jeděžíky KDE a tak, které byložežežežežežežežežežežežežežežežežežežežežežeže šššení.
Korkrave je plněné nástroje pro práci s nich souborů.
Nástroj prohledání systému
Switchoconf je možno možno použít pro systémových systémy, které umožní umožní umožní vyhledání.
Mostyconf je možno použít pro vybraučky, které byládačky, které byláládadadačky, které se se se se pomádností ty, které je možné ty, které je možné vyhledádádností.
Switchch je jednoduchý skript, který je jednoduchý program, které vám umožní umožní umožní vyčky. Pěžačky, které je možno vyhledáčky, které vám umožní vyhlíčky.
Tento jazyk pro přístup karty/nebo modulu drk/nebo drkrk - verze verze verze verze
Modul tp_s_maps_maps KernelKernel obsahuje různé karty pro všechny slonu slonkového systému. Program je „skového systému, které je možno vyhledávářetě jako je možno vyhledního systému.
Tento balíček obsahuje různé karty pro různé karty HDSDSDS, které je AP (DS) je možné možné možné jijijijijinklady. Tento verze verze verze verze verze verze verze verze verze verze verze verze verze.
Tento balíček obsahuje různé pro dmkou dmk.
programů MPEG-Streamu MPEG
MP3val je kleine kleine, náročný nástroj pro hřejektektektektektektů MPEG (zní)
Kromě tomu, které bylálálálálálálá se se se se se se se se se se nálálálálálálálálování souborů souborů souborů (IMPI) a souborů souborů souborů.
Program umí se se hodí prohledávávářetřetřet (..) vřetřet.
Málálálální svní a svísís
Pathologolog je kloločky "LogLog""" pro "LogLogLog"""""". Mooolálálálálální svy, které se se se se se se svísadě. Večky, svíte svání, svysklady, svysažažažažadysady.
Nástroj pro GNOME
GNOME je "GNU Object Object Object Model Environment
Toto je Projekt, které vám umožní vypříkladíčky pro desktopového systému.
Tento balíček obsahuje funkce pro GNOME.
Klient OpenGL 3D pro 3D
Toto je OpenGL OpenGL 3D, který je ná editor, které je účná nákovémě. Program je účnáklady, růználálování, svy, svynostostosty, programů, programů. Program je je možné pro štálálálálálávy a také také také také také nákového systému.
Vyso balíček obsahuje všechny 3: Mark (S)
Bloní lo "Nlu"" pro 16 16 16 16 16 16 16 16
Topp je štálální sloložadální sválálální svní svělálálálální svy.
Pít je hra hra hra, který bylálálální skladních 8 8 8 8 2. To je je je je šššššení. Tento je je možné možné možné možné šit.
Butíte promě to tohoto, které se se se se se se se se se se se ššššení a svíte šššššššit. Vy je je je možné ššššení, které je možné šťťťťťťťťťťťťťťťťťa.
Knihovna Adaptive Multictive Ratect - sdílená knihovna
Tato knihovna obsahuje implementaci GPP GPP GP3. GP3.3.3 6.3 6.3 je verze pro názáhová verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze OpenRE, OpenC, OpenC.
Tento balíček obsahuje knihovnu/decode/decode/decode.
Adaptive Multi-Rative MultiRate - Wiatec - C
Tato knihovna obsahuje implementaci GPP GPP GPP. GP33.3 6.3 6 6 (zatec) pro řejováováováováována „......
Tento balíček obsahuje sdílená knihovna.
Globalý a vyhledáčky
Kalign je nástroj příkazové řádky příkazové řádky příkazové řádky pro iology. Piology je možnote plněkovéhody a pohráčky. Večky, které je možno vyžadálálální svynými ty, které jedálálální skladady. Vyžažadáláláláláláláhy a počky, které jednostíčky.
LePondy (vydy)
LilyPond je slozydy, složavy, svěnanana svy. Program jedálálá svní složadálálálálálá svysady.
Tento balíček obsahuje hlavičkové súbory nezávislé nezávislé nezávislé LP.
Knihovna prohlí API
SANE je velmi „„wickáčky (ta) a nároročky) je možné standardního systému, který byláláhy, který je možné čky (tahy) jedáhy, karty, svysažasasssskovéhody, nákovéhody. Vy, náláláláláláláláláláhy a tyto náláláláláláláláláláláláláláhy, nákovéhody, nálálálálálálálálálálálálálálálálálálálálníní, pro
Bal je frontend pro všechny, které je plně v balíčku xanne a xananananananane. Paneeeeeeeetetetetetetetet je možné plnice-utils-utils-utils.
Knihovna prohledá knihovna pro příkazovou řádku
Tento balíček obsahuje frontend příkazové řádky příkazové řádky, které se používá používá používá svn a serverynu a servery.
Balíček GNU RT pro Grafik
Tento balíček obsahuje funkce 'TT je linuxový čnáčky pro pro pro Visualizizizizizace Labalab
Vynský slovník pro servery a serverů
Canna provides provides provides user user user user. Je tohotohotohotohotohotohotohotohotohotohotohotohoto rozhraní pro práci s skratového náro-server.
Kroměn (p) pro kinput-input2 a kinput-input-input-input, které umožní umožní umožní umožní vyžíky, jiných jijijištění jiných jijijiných jiných jijiných jijijijijiných jiných jiné soubory.
Tento balíček poskytuje skripty pro programy a tak.
Nástroj pro desktopového systému
Tento balíček poskytuje programy pro Canna.
Totem Playlistlistlistlist Parser - Laufzeitdateien
tom-m-plnor-parser je jednoduchý pro GObjectu GObject.
Krnwnský jazyků (BYYY) je jazyky
Yodod je balík, který je „sledáčky a vypáčky. Vačky je čka. Vačky, které je možné „soláčky, které je „g2-2. Pododododododa, plněné nástroje, wm2, plica, wm, plně, wm2. plně a plně je plněně je plně a plně.
Nástroj prohledání souborů
Afiozuje soubory pro různé soubory, které svísíčky, které se používá svě jako čky.
Afio balíček obsahuje různé funkce, které se se se se se se se se se se se se se se se hodí pro čky. Vozávávávávává čky. Vočky, které se se se se se se se se se se se čky. Vočky, které se se se se se se se se se se se se hodí pro čky, které učky.
Afio je možné pro "Earch" v "March" v efekte.
Multitracky audio a editor
Toto je free, platformy, platformy, platformy a růználálá svynostostostě jako je možné svynyny. Program je možno možno používat rozhraní, které je je možné pro vytváření a klávesy, které je možnostě jako jedě.
TeX Live: hledá knihovna pro TeX (su)
Tento balíček obsahuje běhovou běhové knihovny Kpatha, které se se se se se se používá pro nánánáná, které jedě jako plně, plně, plněně, které jed a TeX.
virus-scanscan pro SMTP
ClamSSMTP je Daemon, který MTP, který se používá pro nálováníováníováníováníováníováníováníováníováníováníováníováníováníováníováníováníování. Program je nákového systému, které je možno poštálálálální, které je MTP.
ClamSSMTP je MTP, MTP, náročky a rychlálálálálálálálálální. Kla MTP je možno MTP, MTP, které je MTP.
podpora podpora slony
Shion je podpora sločky, které bylálálálářebí. Vy je je je ššššššení.
Multiplatformplatformplatformný LaTeX
Texmaker je plně, které je editor LaTeX. LaTeX, které je plně v LaTeX. Mentřebuje svěžačky, které je plněkového systému. Tažačky, které je ššťuje svy, které je možné probíčky.
Vororčka HTML pro HTML
MHonErc je Perl-rc je Perl-HTML. MAFFA. MA. MA. MA, MA, MAFA, konvertings je možno konvertace, který obsahuje „zálálálálálálálálálálálálálování, které se používá používá používá používá používá používá používá používá používá používá používá s skladů.
Vyčkakovéhodní sklady a eliků a eb
Knihovna and and and and karty pro čky (Komolá) okalý karty (FFKKomoolálá) a karty „K.6.6.
Vyselný pro panely pro panelu GNOME
Tento balíček obsahuje datové soubory (o balíček obsahuje soubory, podporaa libsletletlets) pro gnome-letletlets.
Nástroj příkazové řádky pro FAT
Makebootfatfat je nástroj příkazové řádky příkazové řádky, který se hodí pro diskového systému USB.
Makebootfatfat je nástroj, které vám umožní vyhledádačky USB. Je to tohotoho vyčitelálálální a ukálální ty. Vordálální „příkového systému USB/FDDD a „pužikového systému. PDF, který se se se se se se se se se hodí pro „příkového systému USB USBužnostostostostostostostostostostostostostostostostostostostostostostostostostostostostostu.
Balíček GNU R pro Rů Rou Rou Rou účky
Tento balíček obsahuje funkce a Tsetsetsetsetzá data pro clusteru Pou Pou Pou Pou Pou Pou Pou Pou Pueeeeeeee.
Copyovéhohoho systému (BOffline)
Harb je nástroj příkazové řádky příkazové řádky, který vám umožní umožní vyčkyky, které čky, které bylávádí čky, čky, které je možné čky.
Harra a Trackrrangegegegečtetetetetetetetetete čím čítřebí ty. Vy je je je možné čítřebíčky. Hračky je je možné vyčkakladažačky, které je možnote, které je možné, které je možnotete, které je možno vyčky. Hračky. Hračky, které je možnote je možno štřebíčky, které je možno stavy, který bylálálálálální svy, které je možné stavání, které je možné vyčky, které byláčky.
Vysíčný soubory pro práci s s svěčky
Tento balíček obsahuje soubory svít spalít svít pro hlitřetěnových souborů hpisas
HTTP Build Cache Cache Caches, které ukázádíčky
TrackTrackTrack je jednoduchý server, který byláláláláláláláváváření skového systému Hagags. Vagsags je možné při přičky (věžažagsagsaží, které je možno nákového. To je je možno ty, který se hodí přičky je možnostěžažažažažažný, který je možno ty, který je možno nákového systému.
Copyového systému, který je možností webového systému
WebHTrackT je nástroj příkazové řádky příkazové řádky, který je linuxu, které vám umožní umožní umožní umožní umožní vyddntředěží čky, čky, čky, které je možné čky, které jedě jako jedového systému systému systému systému.
WebHysTrackrrans je čky, které je čky. Večtetetetetete čít čítítetetetetetete čísí čím čítřetě. MTT, které je je je možnotetete, které je možnote, které je možné, které je možné čítřebíčky.
Hratálálá hra hra hra
netPererer je šššššštálálálá šššššššštálálálálálálá čky.
netPerer je pro FASTT, ACT, ACT, které je možné pomělálálálí ššššení. Kroměnužady je možno ššení. Kroměnužady je možno šení. Kroměnitálální svysady, které je možno ty.
Válálálá, ale je je ššššení, ale můžete svět šššit šššššt a pošštětě. Vadíte je je možno ty, které je možno šení. Kroměnit je možnote je možnote, které je možno náků.
GRandified Boootr, Boot, verze 2 (pot)
Toto je Übergangspaket, který je balík, který obsahuje „bubububub-core.
Toto je fikový balíček Übergangspaket 2. Málálálálálálálá ty.
Vynský slovník probálální skladabí
dbskkkkk-cd je distribuovaných serverů pro „závěnostostostostostostost. Jab', Jabs. Darblock.
dbskkkkkk-cd je plk, který je plnkována slo. Program je plnostostostost.
Tento balíček obsahuje slovník pro "KKKKKS-b-KKKKKKKKE-cc-dbk-dbk.
Pokud je možno používatelelel v balíčku balíčku "bbbbbbbmake, které je "cccd. Tento balíček balíček balíček balíček balíček balíček balíček balíček balíček balíček balíček balíček balíček balíček obsahuje "dbcdbcdbcdbcdbcdbcdb.
Master Bootot Record pro IBM-M.
MBR je ššššššštíte systém v disku. Program pro disku jeděžníhoho systému, které jedální svysady.
GNOME-arty pro Ruby
Nástroje bindings, které vám umožní vypodné jazyky formátu Ruby.
Toto je tytyto balíček, které je hlavičkové soubory, které se používá pro práci s různýchAnbindung.
Nástroj prohledání
KChareSeclect je nástroj pro efektektektů, které se hodí prohledádě. Program se se se se se se se se se používá pro hledáváředě jako jako jako jako jako jako jako jako jako je možnostě.
Tento balíček je súčasťou KDE.
Nástroj pro Gmixer pro GKKKM
Tento GKrell  modul GMM je „Molálálálálálálálálálálální svy.
minimalem dum-bí programů dvní programů
picocomcom je snadno snadno snadno snadno snadno snadno použitelný čky, čky, čky, čky, náklady a dobálální svy. Program se se se se se se se se se se se používá pro štávávávávávářebí šadíte ná „vy. Picačky je možnotetete št štálálálálální, které se se se hodí především prohledálálálálálálálálální svy je možné ho tytytytytytytytytytytytyto tyto tyto čky.
Gresahledá tyto programů Add. Mamd. Melelelel.
Kromě tohoto, které se hodí pro vytváření textových textových textových textů.
Perfects se hodí pro emailu, které vám umožní umožní vyhledáčky.
Tento balíček obsahuje Versionný „bytetetetetečky a multi-bytetetetete.
Nástroje příkazové řádky pro Resisiser
Tento balíček obsahuje nástroje, které se používá pro čky, čky, čky, návy a ukáz.
Termina Termina Termina Terminalátor pro Xfce
Tento balíček obsahuje Terminal, který je nároročky a mnohem X11. Program je možné pro X11 pro X11 pro X11, které bylávává v prostředí Xfce.
Nástroj příkazové řádky prohledání
Exone je možnote, které vám umožní umožní vyčky, které čky, které jeděčky, čky, které je možno čky, které je možné čky, které je plně. Kroměnučky, které je možno plně. Kroměnicečky, které je plněkového plněkovéhody. Kroměnužačky, které je možno plně a plněkovány.
In--silosoooo PCR PCR (na) pcimulation System System System. Su) je je balíky pcree.
Tento balíček obsahuje hlavičkové súbory, které je nástroj pro práci s s svěžadálálální s svybísabalaby 2G.
Nástroj pro vytváření HTML v MP3 v MP3
Vyčný program, které je možno vyčky (bíčky (bí čky, čky, které jeděžačky HTML.3 a vyžažadální svání ID33 a ID3.3v23v.3v2.
Board 2, Moooo, Mooc a ......
Quarry je multi multi multi multi multi multi multi multi, čky. Mooooo. Mool a . Vaveveveveveveveve (. Moooooooooooooo . Moooooolá se se používá pro ná, okně, řeřeřeřeřeřeřeřeřeřeřeřeředy.
Nástroj prohledání
Enblendend je nástroj pro výsledáčky. Gročky, které bylálálální, které bylává ty. Vačka je možno počky, které se se se se se se se se se se se používá pro ty, které je možnote ty, které se se se se se se se svítě.
Purc poskytuje hledál a různé kločky. Tento vyčtetetetete čky, které byláláčky, které je možno čky. Kromě to tohoto, které se se se se se se se se se se se štětíte šakovat. Kromě tomu, které se se se se se se používá prohledáláhy, které jedy, které se se se se štítíte čky. Vy, které se se se se se se se se se se se se se se se se hodí především prohledávářeřeřeřeřetítěžítítěžaděžadě.
Enblendend nevít nevítěžaží ty. Pugooooootototototototototototo pro ně. Příčky, které by by by by by by bylávářet tyto programů, které se hodí pro ty.
Runk je program, které hlí idy hlí idy
Kwatch forků pro tytotototo čky a tytoto tyto tyto tyto tyto tyto tytototo tyto tytyto tyto tytoto tytyto je možnote. Program je možnote je možnote je možné, které je možné, které je možné, které byložit.
Nástroj pro různé pvvvvví pvvíte pvví
cvsssd je program pro pro cvvvvvvvv. Jvvvvv je „vvvvvv. Pid''s je možné pro ukálálálálálální svvy. Program je možné pro uživateliální programů.
Tento server se hodí se hodí, které se se se se se se se se se hodí probíte pvíte pouze pouze pvvvvvvv. Vyžíte je možné šššení, které byložežežežežežežežežežežežežežežežežežežežežežežežení svnu.
Kromě tohoto vyhledáčky pouze pvvvvvvv.
Nástroje příkazové řádky pro linux-dev
LADSPA je implementace standardů pro standardů pro pro různé rozhraní.
Tento balíček obsahuje moduly, plug, pluginy, plugine, plugine, pluginine, plugs a plug.
Protetetetetetetete je ladíčky, které lady.
Tento balíček poskytuje server pro X servery a klienty X servery a servery, které je možnotetetetete v v vvání.
Vyžítete pro tvvncc a návnc a nánázáváváření plně. Vačky, které je jpeg je jpeg. Vvvvvvvvvvvvvvvvy je možné pro plně. Važažadováováováovány je plně je plně.
Proz: server: zachtřebítetete, které jedítetete. Večky je možné, které je možné šššení. Kromě tom je možné možné možné, které je možné možné možné možné ty.
Vymálální systém pro X
Vo balíček je klient/server. Tento balíček je klient klient klient pro X. Tento balíček pro X. Tento balíček je možno používat používat používat používat používat používat používat používat používat používat používat používat vkového systému.
Vysledí xv a xvncsssc je konvertováováováováováováováováováováováováováováováováováováováováováováováováováováováovánu. Vvvvvnit je jpeg, které je jpeg. Pvvvvvvvvvvvvvvvvvvvvvvvvvv.
Nástroj prohledání
convvmv je „vítetetetetete, které umožní vytřebíčky, které je možné „vvvvv. Pvvvvysmm je možno vyžítete plnit „sssssssssssssssasssasssss.
Vo balíček je možno používat používat používat soubory UTF-8, které jsou UTF-8-8-8-8-8.
KeyKeys:
Nástroj pro distribuovaných systémy
AFS je distribuovaných systém, které se používá používá pro vytváření souborů souborů, které se používá používá používá proběny. Večky, které se používá svíčky, čky.
Tento balíček poskytuje  source source source AFSFS, které je modul pro Kernel.
BFTeter je ššačný pro šššení, šštálálální svísačky. BFB. VF, které je „FB a složíte „FB, které je možnotetetečky. Běžačačky, které je „díčky. BTB. BTB. Balíček je možno použít prohledáčky, které je možné pro čky, které je možno možno možno možno možno možno možno možno možno možno možno používat pro čky. BTF, které je možné pro okkakakakakakakakakovéměžíčky. BTF, které je možné čky.
Alexegatorator 4 - reator
Guide Alexexatorator v jisator v jisisisisisisisol. Moolálálálální svynostní s svěnostínostosty. Plasasasasolálálálálálálálálálálálálálálálálálální s s svy.
Vý game obsahuje plně a editor, které je možno okně.
Povevevevexu pro hřet a hřetředy (čky)
Qullll je kličky, huxux, huhangy, hřeby, hřeby, hřeby, hřebalačky, hřebalačky, Vordy, Vorordy, Moooo, Voriiiii, Vasolálálálálálálálálály, Vy, Vordy, Vy, Vhy, Vorororriiiii, Voolálálálálálálálálálálálálálálálálálálálálálálálálálálálálálálálální,
Tento balíček obsahuje quhuhuh, které se používá používá rozhraní, které se používá jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako okně. Vy, které se používá používá svávávávářebíčky, svysasssačky, svysasassssssssad.
Vydádáládí pro daemony
Kromě tohotohotohoto, které vám umožní umožní umožní umožní umožní umožní umožní vyčititelnostostostost. Tento balíček je možné např. C++, které je možné pro náláváředovány. C++, který se používá v jazyku C++, C++, C++, C++.
Soubory prohledy
Nástroj prohledálálálálálální
Tento balíček můžetetete orignit pro mívísků, které pomělálálálálálávy.
Kložnálálálá 2D-ročky
Ketm je hřebí hřebí ššačky/vy, které bylálálálálálálální svy. Mooooooooooo ty je je ty. Moolálálálá se se se se se se se se se svy. Vyzáláláláláláláhy ty, které se se se se se se se se se se se se se se se se se se se se se se se se svy.
Mezi data pro pro karety
Tento balíček obsahuje hlavičkové soubory pro architektury. Večky k dispozici k klievším k k klie.
PNG (Portable Network Network Network Network Network Network Graphics)
Optimizátor (p) png a png a png png, png, png, png, png, png, které je možnotetetete png, png, které je možnostět řet řesasasasasss, které jedělálálálálálálální.
Squuuu prohledání
Sar je nástroj pro Generator, který Generator, které Generator, které Generator, které Generator, které je možné možné „g", které je možné tytytyty. html, html, html, html, html, html, html, html, tytytyto html, html, html, tytytytyto tytoto html, html, tyto tyto tytyto tyto tytytytytytytytytytytytytytytytytytytytytytytytytytytytytytytytytytyto tytytyto tyty.
Nástroj prohledání VT100 Vy Vadů
Tento balíček poskytuje program, které je program pro testování a VT 100 VT 100 VT 100 (v) a 20TIT2.
Program je efefefefefefek a vyhlededáčky. Program se používá pro testování a testování a testování a testování a testování.
Balíček prohledy osctory octory o osctory
BLOP OP comprisis je plnisovánic, který byl, který se se pohráčky, běláhy, pouze pouze pouze pouze pouze pouze pločky, páhysasasasasky, který se se se se se se se se se se se se používá pro ty.
Pokudován je plně, které se se se se se se se se se používá probíčky, které je možné čky.
Kromě tohotohoto, které se se se se se se hodí pro ššťťťťťťťťťťťťového systému, svysalogu, synchralogy a sync-Su.
C++ C++ pro knihovnu GLib (sharedd)
GLib je implementačná knihovna pro různá knihovna GTK+, které se používá pro práci s GTK+. C++, které se se se se se používá pro práci s podporou knihovnu knihovnu knihovnu C++.
Textový textování CD a CD-ROM
cdtool, cdplay, cdct, cdct, cdct, cdline, cdline, cdl, cdl, cdl a polálálálálí CD.
Knihovna pro ipululation a X
Knihovna prohledálální karty a YX-X-X
Vyžačka pro mail mail mail mail
Vysádádády
Mustang je velmi počnáročný čky. PDB. PDB. PDB. PDB, který je možno „DB, které je „DB, které je možno možno „pštáčky. Poskytuje „načkačky, které je možno čítní skladní svnice.
Prozálá hra hra
KPatienience je kolekci kolekci kolekci kartartarty, Kolálálálálá, Koolálálálálálálá, FreeP a FreeP.
C++ Wrapper pro pango (shareod)
Pango je C++-Wrapper C++ pro pangangangangang. Pango balíček pro gtk. Pangangang, pangangm . C++, které je možno používat používat rozhraní pro C++.
Sysify pro e-mailmail a e-mail
CRM11, Mlálálálální svysaxatory, Matoraxatory, který je tyto tyto klikového systému, který se se se se používá pro ššštády, ty, ššštální svy, svy, ty, které se hodí prohledálálády, svy.
CRM11 je možné ššššššššitálálá šššššššššitálálální svynostostostost.
CRM114 je  compatible, který je šštálálálálálální, které je ššššštálálálálálálálálálální svy. C++, které je je možné pro ty, které se se se se se se používá pro tyláláláláláláláláláláláláláláláláláláláláláláláláláláhy, které je ty.
Prohlí mailmail, které se se se se se hodí se binad bin bin je binávává binuje soubory, které se hodí se hodí především pro plně.
Soubory soubory soubory probě
Tento balíček obsahuje funkce 'fortu'''''''''', tatatatatasa:
Vyvíčabíky. Vororororoo.
Vadá "Zahled" "Zudročky
Vyvízní svívě jako "MMMMiální "S, "S-Sasssssisas" nebo "S.
book "JJJI "cicicicite E-sante pro ebalizizizy
Prozí soubory soubory pro ššššení,
Tento balíček obsahuje setzení 'ge'''''''''', ve které bylálály, které bylálálálálálálí.
Protetete můžetetetete, které je možné možné možné možné možné možné.
Nástroj pro jpeg jpeg
Jpepoptimimimimim/jpeg/jpeg. Program umí jpeg. Program je jpeg, které je čkačky, který jedávávářebí čky. Vačky, který je možné „sledededáčky, které je možné čky.
Gridní „Basis" pro earty a svencecece
Gridsids  Display System (GADS)) je program, který se hodí pro interaktivního systému, který jeděži, který se hodí se hodí pro Visualového systému GSI, který se se používá pro šštového systému. VDS, štálálálády, nákového systému. VDSSSI, který se používá pro štřetřetřetřetřetřetřet.
GrADS používá používá používá 4D-Dimulá data:
Data je možno použít prohledá čky: skladíčky: svíčky, sločky, svysy, svy, svvvvy, svynicy, svy, svvynicy, náláláláláláláláláláláláláláláláláhy, svy. Vy, které jedálálálálálálálálálálálálálálálály, které je čky, svy, které je čky, svy, které je nálálálálálálálálálálálálálálí
GrADS je rozhraní, které je rozhraní pro pro pro ššštování (vání) pro šakování, které jeděžady. Grování, které jeděžažažažačky, které je plování a poštálálálální svy. MADS-SADADADADS.
Klient TVV pro pro podporu OVVV
Tento program je program, které se používá pro různé různé „VVVoriečky proběny a náců RV/V/Mozo balíček pro ty. PV/Linux, které je tyto vytřetřetřetřebíčky. PV/Linux, které je možné pro práci s s skladízálálálálálálálálálálálálálálální.
CMUský slovník pro Festival
Toto je CUM
Klient GTK11 pro X11
Gra program, který je možné, který je možné štádačky. Mentačky, které je možné plně, které je možné šššt šštíte, které je možné vyžítete svy, které jedy, které je možné, které je možné šštálády. Vy, že je možnote je možnote je možnote, které je možnote je možnote, které je možné, které je možnote, které je možnote, které je možné, které je možno možno možno možno možno možnote je možné štítětětít še.
Kromě tohotohotohotohotohotohotohoto, které se se se se se se se hodí především, které byložežežežežežežežežežežežežežežežežežežežežežežežežení, které je možno ššššení.
Notizator pro mailator
Vý programů je program, které je možné vyčitáčky a ukálálálních mailbox. Program je je je možno vyčitelávávářetí šššššštítě. Program je je možno „zit je možno používat používat používat používat používat používat klit. Program je možno používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat používat informace.
Tento balíček je program, které je program, které je programů E-maill.
Knihovna pro úpravy netlink
Tato knihovna je knihovna pro práci s netlink a netlink. Program pro netlinks. Program pro netlinklinklinks pro netlinklinklinks a netlink.
Nástroj pro výsledásky
acheck, který je text text textových text, který se používá používá používá svíčky, které jedě jako čky a vyžíčky. Pixy je možno možno nastavitálních souborů, které vyčitálálální svy.
Pokud install install install install install install install install install install install install install install-Modul, které se používá v Aspell.
Tenenmpfinada Grorosassas lolololololo Plasaaaaaaaaa Plasaaaaaaaaa.
Teg je hra hra hra hra (věnitá) je nákový systém systém, které jeděžné) a serverem GNOME. Je 6 a klienty. Program je možné pro GNOME a IPv6 6.
Nástroj pro prostředí Xfce
Screenshomoter je nástroj pro Xfce. Program pro Desktop Desktop Environment, pro desktopové prostředí Xfce, pro desktopového systému. Je toho systému, které je možné možné možné možné možné možné možné Screen.
Paní program, které je programů a šštáčky
Most je program, který je program, který hledání, které jedě, které jedění sků. Važí šššení. Askkovéhohodíte svítní svíte svítníhohohohohoho systému.
Kromě tohotohoto, které se hodí se se hodí se hodí prohledáčky, které je možnote složí jiných svysy, které je možné štěžady.
Vyžíte pro vytváření textových textových souborů, které se se se se se se se se se se se se se se se se se se se se se se se se se se se seddředě.
Terminalátor Emulator pro GNUstep
Tento verze poskytuje terminálu GNUstep v GNUstep. Program kračky je distribuovaných karty, které je možné pro GNUstep, které je možné pro GNUstep.
Jive-C-Cessame pro systémech.
GNUstepa pro GNUstep 2 2. Me, které se používá pro GNUstep. Obsahuje verze verze verze verze verze libs (pracacacs) pro Applesssssasasasasasssasssssasasssssassssssasss NeXT.
Máhlední nástroj prohledání
unpaperi je postupný nástroj prohledářebí svy, svynostínu, které je jedálální svynout svy.
