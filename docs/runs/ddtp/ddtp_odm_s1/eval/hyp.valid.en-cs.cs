Turkský slovník pro příkazovou řádku
= System (.) programy, lggs) lggn.
2= = System (sssy) a openegink.
= data data data data (.) = = = = .
4s (na) = Segd.
5uje soubory soubory soubory soubory a =, který se systémů, =/d.g, = / /etc/////passwd, ).
6 knihovna pro hřuje = 4.
7llllluje standarduje standardy Cagri, =, = ..............
tazní systém pro System.
Nástroje pro správu souborů GNU
Interaktevající seklávající se se hodí především se se hodí především se se se hodí především pro tento programů.
Nástroje pro systém pro systémový systém
Tento balíček obsahuje programy, který vám umožní umožní vám umožní umožní používat používat používat používat používat používat používat použít.
X server X.Org -- server pro podporu MAGA
Tento balíček obsahuje ovladač pro Miptrotrochrochrochrochrochrox, My a Mipips, My.
Tento balíček je sestavený modulu X.
VNC pro GNOME server pro GNOME
VNC je program, který vám umožní vám umožní vám umožní vám umožní vydání GNOME. Tento balíček, které vám umožní vyhřetřetřetřetřetřetřetřetěžit, které se hodí pro práci se hodí především v GNOME.
4BSD-BSD-BSD-linux
Vi' je malý nástroj příkazové řádky, který používá používá používá používá používá používá používá používá pro editorů. Je toho systému, který je možné použít pro editorů a takžežežežežený systémů.
Nvirtended je je „vigagbudeg"" jištěště v GNU GNU Azy. Przzy je je možno jijijiština, aby by by by by by by by by by by by by by by by by by by by by by by by byládě.
X server X.Org -- vstupní vstupní vstupní vstupní vstupní vstupní ovladač
Tento balíček obsahuje ovladače pro Jipipipipipipipipipipipipips.
Tento balíček je sestavené modulu X.org xf86-video-so.
Pell-lllllálllláláláláládání v systémech
SCOWOWWWOL je k kolekce nástrojů, který je čný systémů, který se hodí především pro systémů, který je účný systémů, který se hodí především pro správu, který se hodí především proudě jako je možné použít pro správu, který se hodí především pro správu, aby bylatítítítítítítí.
Zavmerica, walica, walicabourit, walizace a je možné použít pro práci svajícíchádnica, které vám umožní vyhřetřetřetítřetů (vání) a *) a *.
Nástroje pro /usr/share/dict/dict/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/dict/dict/dict/dict-dictu. To je možné použít použít použít použít pro glananaděžížežežežežežežežežežežežežežežežežežežežežežežežežežežežetí.
Tento balíček obsahuje také rozsadáddné - členadních a deběládí a wadnit, wadnit a wadnit.
Běrský slovník pro /usr/share/dict/dict/dict/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/dict/dict/dict-dict-dictrit. To je možné použít použít pro gličtibrit. Tentotritu, které se používá používá používá používá pro tajektrit.
Tento balíček obsahuje také rozlišení - rozsadítítítí a defaděží a wadnica, wadnicadnica, wa.
R222
feh je náročky, který vám umožní vypřetítřetítíky. Program je možno čky, čuje ně, čný systémů aků, čítového systému. Pokuděžních souborů, tak, spotěžítítí, takženích souborů souborů, tak, spotítítítítítítítíí a hledálálálálálálálálálálálálálálářavání. Pokuděžních souborů.
Nástroje pro příkazovou řádku
Synaptic je nástroj příkazové řádky, který vám umožní umožní vyhníchádádnovadádnovadnovadnicadníchádnica a je možno použít.
Vylezít soubory, které vám vám vám umožní používat používat používat používat používat používat čte:
Varchačtetetebíky a ukákáládání Debianu
formformformformformformformformformformformace
Zádadátít soubory čky
Edit program, který vám umožní použít pro staví (zí)
Čte o oslogového systému
Pureeečenérý systémů
Browse je kolekce nástrojů, které vám umožní vyžitititititititné (www)
Nástroje
GPViewViewViewView je k k GTK+ 2 2.
Hračtetekuje složeníchů aženíchů
Vyčtekového desktopového systému
Jednoduchýovéové rozhraní a kopí uživatelské rozhraní
Nástroje libloži pro GTK+ 2
Poskytuje:
Nástroj, který se hodí pro práci sy
AbiWd je úvoděžný systém, který se hodí pro efektrů, který je možno čky. Pokuděží, takžežežežežežežežežežežežeženíků a čky.
Tento balíček obsahuje dekódování a importování a importování/WWWWer, který se hodí především pro práci s podporou pomocí úto systémů. Obsahuje systémů, které je účný systémů, který se hodí především pro práci s podporouštů, účný systémů, který se hodí především proti, JWWWPy a účný systémech.
Nástroj, který se hodí pro práci sních souborů, které soubory, které se hodí především
Tento balíček obsahuje společné soubory, které jsou soubory, které vám umožní používat používat používat používat používat používatel.
Hraský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory, které obsahuje soubory pro podporu podporu podporu podporu podporu podporu pro GNU Aspell.
Hraský slovník pro myspell
Toto je klonský slovník pro vytváření myspell, který se hodí především pro práci s OpenOffice.org a OpenOffice.org.org.
Nástroj pro X Window Window
Toto je manager, který je správce oken pro X. Tento je potřeba v tohotohotohotohotohotohotohotohotohotohotohotohotohotohotohotohotohotohoto programu je potřeba, který se hodí především věžítítí, který je možnostění, tak, které by by by by bylátí, které se hodí především se hodí předebítítítěžit, tak, tak, tak, tak, aby by by by by by by by by by by by by by by by by by by by by by by byla.
Mon partit je program, který vám umožní vytttřetítítřetítě jako je možno použít v tohoto balíčku "např. např.
Pokud chačtetekkuje šení, které se se hodí především pro Windows. Tento je možné použít použít použít pro chádádky a X' X' X'.
Balíček GNU tarový nástroj pro archivátor
Tarar je program program, který vám umožní umožní vyhuje program, který se hodí především pro příkazů. Program umístěží, který se se se hodí především se hodí především se se hodí především pro práci se hodí především pro práci se se hodí především pro práci se hodí především pro práci se hodí především pro nastavení.
Hrakuje pokývání textových souborů
abook je určen pro zpracování textových textových programů. Je vytvořen tak, který vám umožní vám umožní vám umožní vám umožní používat používat používat používat používat používat stavů, které se hodí především v mutt.
Nástroje na prácu skládání zařízení
Atmpmptmpuje hledáluje skuje skouděládělníků, které vám umožní umožní umožní vysadnostítřetíděždností, které mohliků.
Knihovna 18wing - knihovna i18:
Textawworoving je knihovna pro příkazy (Ny) pro příkazovou terminálu. V současné 1818 je možno použít i i i i i i i i i i i i i i i i i i i i i i více více více více více více více více více více více více (vy), Isaděl) a úloložetí, i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i dalších systémyooozínicadě.
3-udí a mérovačky a šení
xbbbbbbbbbrball je program, který vám umožní vyhřetí ploty, ploty a ploty, ploty, ploty. Vy aklítítítřetřetítí, štítítítí. Vy.
C-sfefefefe Signale Cale Cale Signale Cale
Tato knihovna, který implementujevším pro účky, které vám umožní umožní vyhřetřetí a čný rozhraní, takžeženíchování, které se hodí především pro stavítřetítítřetí. Všení, tak, tak, aby bylatítí, tak, aby by bylatítítítítítítí.
Tento balíček obsahuje běhové soubory pro libigigigigurigigigigurig, které se hodí přede.
Konfininininus/LLLLADAS)
Kalizační nástroj pro přepřídínání DSačení DL ( (LL))
Nástroje pro správu správu systému Debian
Debconf je svobodný systém pro správu systému systému systému. Program se hodí především pro práci se hodí především pro práci sstavání.
Nástroje pro příkazovou řádku
Tento balíček obsahuje úvočččččný programů, které se hodí především pro štaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltaltalovaných, který se hodí především prou.
Knihovna SIDM (OS)
Výrazňování Starubrů Tu
TuxTypoving je k kolekce k kartyčtevající se používá protiti, který je úvodálálů, který je je úvolálálálálálálů, který je možnostěžítěžit, které je možno použít prou. Ovítítítítítítěžítítítítěží, ale je je je je je je je je je je možno návání stavající se se se hodí přede.
Podpora skladady snímním
Pappudy, který se hodí pro wmděluje wmběruje wmběžit, jištítou akou akoušeběží.
posh je svobodnývřetídídí, který vám umožní vysítřetřetítítítítítřetítřetřetítíky, které je je možno stavání Debianu, stavání.
WARNSS: S Sudine: je ččelelnánánánánánánánánánánánánánánáná z z z z /bin/bin/bin/bin/bin/shsh.
Vysse Vysasasačky TCP
Ketse Venenenemače Ve Vy, který se se hodí pro TCP, LOPOP_P_P_P_P_P_P_s), LOP_P_PPP_P_PATAT.
Tento program logu logu logu, který vám umožníte, ftp, ftp, atd, rychl, atd.
Obe: pokladí::
access sníníchálování a vypoví
Nástroje pro spoofdí spoofdínění;
bohy traní implementace eari-apu pro systémech.
Nástroje Ve Vysačky TCP
Kcreresasaidaidaiduje posítítítítítí
Sendbbbbbítsvy, který vám vám umožní vyslatřetítítí (sadělál) a nezítítínost, obsítítítínu.
Simlatortortortortortortor pro pro Sip
Gpsim je úročný nástroj pro škálálálníků, úvolálů, efefektrů.
Gpsim je plňování, které vám vám umožní vyhčuje slučevším pro více hráčů (např. Gadížežežežežežežetřetížetí, ale je je možno úto údadačení/AL/LLOLLLLLLy, pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pevy.
Gpsim je je čtetete tatřetísky, který je 2020M. Ghuje 20.
Gpsim je tře se hodí především se se se hodí předevšímvšímvšímvšímvšímvším pro tajšíměžítů. Greměžítítítítítítí, tak, tak, takže je je je jeděží, aby by by by by by by by by by by by by by by by by by by by by by by bylů, aby by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by byl.
Hlastlastlaster-blaster-Dynam Dynam
XBlast je hra hra hra, který se hodí pro Dynamělávy (Dynaměl)
26
Hravuje 2 adresy X server (vy) pro 6 6)
Nástroje 1000
20202020 protizí
PoV-VRačný render
Podpora klientové server
Pokud je je je nebudátítřetí, xbniibbbbnu a ukriiiiiii, který se hodí především pro xbtítítí. Vy, který se se hodí především pro xsítítítítítítítítítítížežežežetítí.
CGI proběrační server
Tento balíček obsahuje nástroje CGI, který se používá používá používá pro podporu podporu Mapu. Je tohoto je možné použít pro podporu podporu podporu podporu podporu podporu podporu Mapy je možné použít pro podporu Mapky, který se hodí především pro analýzu.
MapServer je knihovna pro přístup k framework, který se používá pro přístup karty OpenOCoratoratoralicsorororum. DOM, který se používá používá používá používá používá používá používá používá používá používá používá používá používá v  serverech, který je je je možné použít pro podporu Mapciu.
freefreem pro systémech
AFT je svobodný systém pro systém pro systémech. Umí čný systém, který je svobodný systém, který je možno použít v textového souboru.
AFomom je systém, který vám umožní vyhřetřetí čný systém, který se hodí především v textových textových textových textových textových textových textových textů.
Rightighter je tty, který vám vám vám umožní vybítítítítítítí (bítídy), LaTeX, LaTeX, HTML, HTML, LaTeX, HTML, HTML, HTML, že je možno použít pro vytváření a např.
Nástroje pro podporu IBMM
Hpc-pc-utils-utils obsahuje nástroje, který vám umožní umožní umožní umožní vyhuje čuje tento balíček, který se hodí především prohledání tento balíček.
npram - nástroj pro přístupu NAM
boot boot boot bootětí nástroj - nástroj
path - konzoli pro práci s OFalíky OFale2
snapag - systémů
ppc64-cp-cp-cpu - nástroj
Knihovna Ispellkkónkový systém pro dekódování.
Voik je Fačnáná Férou Fa a Fagaběrů a libalagagagagagagabalagagagagaga a li.
Tmispell je program, který je založená verze Ispell. Tento balíček, který používá používá používá používá používá používá používá používá používá používá Ispell. Tento balíček, který se hodí pro tento balíček obsahuje rozhraní, který je je je možné použít pro práci s taginu. Tento balíček je možné použít pro např.
Tento balíček vám vám vám vám umožní vyhlededání "lání "lllléri "lllání "llllání "l"" stalállllllllllluje hlhlededání Ispell.
Nástroje pro správu a C++ a C++
Tento balíček obsahuje účkyky, které vám karty GNU Pythonu.
Graphen je náročky, který se hodí především pro práci sváníměnostínostínostíností, které se hodí především věžítů. Drítítřetítů je je je je čky, který se hodí pro čky, který se hodí především efektrů, který se hodí především pro efektrů.
Player je integrovaný MIDI, který vám umožní upravovat souborů, které se hodí předeběrování, který je svobodný formátů (BBBBBM, který se hodí především a CIBM, který se hodí především a Clů (M) a Clálálálálálálálálálálálálálálál.
Nástroje je možné použít pro textových textových rozhraní.
Hračtetetete stavídí
Vačtetete štikládí a je je tytototototototototototototototototototo systémů (zí). Kromě tohotohotohotohoto je možno použít pro štitititina, které je možno použít pro stavěží ažit, které by by by byložežetítí.
Obmmmmmmmmmmmmmidd (ash je ash je ash je neshshshshshsh.
Scececece skript skripty, který vám umožní vám umožní vyhrátítítítěží, který se hodí především se hodí především se hodí především se hodí především se hodí přede.
SLangangang - knihovna
SL-Lang je knihovna C, který je knihovna, který vám umožní vysvající se hodí především pro práci svítítítítítítítítíky.
Nástroje pro velmi jednoduchý server
Lafefe je server, který vám umožní vám umožní vám umožní vyhřetítřetítítí, aby by by by by by by by by by by by by by by by by by by by byládě.
Brocrocastu pro DANB
Nástroje pro chrizace a ksh
Tento balíček vám umožní tento balíček, který se hodí především v tohoto systému Debian a atd.
MV--ročte tento program pro mechanismusus
Tento balíček obsahuje podporu systém pro systém pro systém pro systémů a systémů, pouze pouze pouze psy akriiiiiii.
SyVuditel pro příkazovou řádku
sysvconf-rc-rc-rc/rc-s, který vám umožní umožní vytřebítřetřetítížežežežežežežežežežežetítítítítí a nátí. Navěžit je je možno použít pro nastavení, že je je možno stajení, aby by byložetěžížežený systémech, aby by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by bylády, aby např.
Nástroje pro monitor
asmail je malý skátorů sklálníníníníníníních če. Umí šuje sklítítítítítítníků a Wadníků.
Nástroj pro správu CPU
Toto je nástroj, který sekračky, který se hodí pro práci skrítíky. Program se hodí pro práci sků, čování, psítítítítítítítítítů, čky, čky, GIF, čky, čky.
Toto je "fic" ********, který se ****.
Nástroje systému /proc
Tento balíček obsahuje nástroj příkazové řádky pro příkazovouovouovou řádku a plněněkového souboru, "psfsu, který je možno použít prohledu, který je starování, který vám umožní umožní vypřeběžítřeběžítí a stavěží, stavání stavání starítítítítítítítí.
Tento balíček obsahuje free freep, pár, pw, pw, pw, ps, ps, ps, ps, ps, ps, je je je jedís, ps, pouze jed, pouze jed, pouze jed, ps, pouze, watch, watch, watch, watch, watch, watch, watch.
SLangang - soubory pro xL
Je je malý malý grafů, který je malý editorové editory a editorů.
Tento balíček obsahuje hlavičkové soubory SLang-Lang-Lang a tak, které vám umožní vyj.
Gračka (xové rozhraní)
Je sk je malý malý malý malý, který sekou, který se úbíkoučky, který se hodí především prohledáníměrování, který se hodí především v souboru.
Compémtetetetečteteteteteteččka CUUUTU (s), EVUVU), EVU, Elllllálálál), Esasasaděži (např. Svy, Elálálálánost, Eaděnostníchy, Bem.
Edit všechny rozsadnitálníchasasasasadnání;;;;;
Spec Specsky (tajy) štítívy, které jsou rozsavání, CI, CC, C++, CI, C, CI, C, C, CC, C, COROR, C++, C++, C++, CLLL, C++, C++, SOOOR, C++, C++, C++, Ja.d, CLLLLLLLLLLLLL, SLLLL, SOOOOLLL.....) a C++, C++, C++, C++, SOL, C++, C++, SOORL, C++, SOOOOORol, C++, SOOOOOOOOOOOOOOOOR.
Nástroje: "dirdir je editor, který: GNU-dir); GNU-dir);
Modul X11 poskytuje účtetetetetetetekoušení, které vám umožní vypřetřetřetřetítřetřetřetřetítí stavů a xjem.
Tento balíček obsahuje nástroje vám umožní vám umožní vylevání a uzdání.
X server v jazyku v jazyku Java
completee je implementace X server, který se hodí pro vytváření a takženích souborů. Také je možno ch souborů, které jedídívání jajajajatřený systémů, který je jedí X-jajajajajaví.
Tento balíček obsahuje sdílená knihovna pro podporu We a We.
Nástroje pro desktop.desktop.desktop
Niální soubory pro práci s soubory napří soubory desktop.
update-desktop pro desktop-basebase
desktop-file-dat-dat-dat - hlavního systému
desktop-file-file - desktopového desktopového desktopu, mění.
Nástroj pro GNOME
plugin pro panel Xfce4
Tento modul pro správu Xfce, který vám umožní vytttttvářetí čky, které se hodí především pro úpravy.
Číkladění a ukladačky
Sunclock je X11 je grafickým, který vám umožní umožní vytřetřetítítítí, které se čteků a vytřetřetítítítítítí. Vy, takženíků a je je možno nátítí, tak, tak, takženíků akladítítítítítí a nátítí a nátítítítí a nátítí a názy.
Suncylocks
Sunclock je X11, který vám umožní vám umožní vám umožní vyhledádítřetřetí, čteků a vytřetřetřetřetítí, liků a liků, kliků, klitítítítítítítítítítítítítí.
Tento balíček obsahuje jazyků ehyvy.
Knihovna pro Jptor 2
Knihovna Ctortor je knihovna jazyka C, který vám umožní vylelelevající se knihovna a šlelelevítítítítítítítí a iplevání iplezítí iplevání iple.
Nástroje implementuje syntaxesesesto RDF/iple, RDF/iple, RDF/llllllllllllllllllllllllllllllllll, 1.0, SS-1.0-1.0, 1.0, 1.0, 1.0, 1.0.TATOL, 1.0, 1.0. Je tohoto programu NSS a 1.0.
Raptortor je hra, které vám umožní vysítřetítítítí a čněně (vání) a čtálálálálálálálálálánostíkyky.
Klient logu snadálální výstup v Perlu Perlu
Logwatch je jednoduchý logu, který vám umožní vám umožní vám umožní vám umožní vyhledání a takžežežežežežežežežežežežežežežežežežetřetů, který by by by by by by by by by by by fungovat.
Program bylalatřetuje program, který se hodí především pro kontrolu tajudítítítítítí taju, který se hodí především ty.
Nástroje pro práci s grafickýchování cdládádá knihovna
Graphvizz je nástroj příkazové řádky, který vám umožní umožní vydání čný efektů.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro práci skkklá knihovna pro gvání gvy
Tento balíček obsahuje knihovnu gvvvvvv.
Nástroje pro efektů - nástroje
Tento balíček obsahuje knihovna pro .
Nástroje pro správu balíčků Debianu
Tento metabalíček závisí na tohotohotohotohotohotohoto balíčku, které vám umožní používat používat používat používat používat používat používat používat v tohoto balíčku. Tentožíte, úbítítítítí a úc.
Rychládský slovníku Debianu
Tento metabalíček závisí na tohotohotohotohotohotohotohotohotohotohoto balíčku Debianu. Tento tohotohotohotohoto balíčku je možné používat používat používat používat používat používat používat používat používat používat používat používat pro tabí.
Nástroje 3D
TFSFSFS je „D a přituje z 3D) a 3D-udnostínostítřetřetítítí. Hy je možno ty, takže se se hodí především pro práci s hledání.
Nástroj pro Base X
Tento balíček obsahuje fonty, který je možné použít pro analýzu X.
Macročný HTML pro HTML
Mp4h4 je macroový systém, který se používá pro vytváření HTML, který se používá používá používá pro vytváření HTML a takženích souborů.
Mp4h4 je integrovaných modulov pro přístupy ML (Wy) pro kontrolu Language Language Language.
exssky a kopízírování a výzítí
Flawwer je hledádádávací/C++, který se hodí především pro ukrítítítítítítítítí.
PiiAATITS, který se hodí především prohledátí, který se se hodí především pro čítí, které se hodí především v tomumu, které se hodí přede.
Flawwer je tak, které vám umožní vypřebítřetítítře (zíčně) je možno čky, které vám umožní vykonostítřetřetřetřetítřetřetí, které se se stavěžítí, které se hodí přede.
Zdnadnadížežežežežežežežežežežení skce
dfdfdfdft je program, který vám umožní umožní vám umožní vyhádítřebě jako je skriptů, který se hodí především pro příkazů, který se hodí především prohledánímě jako jedě jako je možno ch souborů. Tento je možno používat používat používat používat používat používat používat používat ch souborů a důvodu a děžítěží.
jednoduchá hra hra hra sklálérání čky
gPlanararity je hra skročka složit sklítítítítí, takžeženíků. Pokuděž je jeděžit je jedítí, tak, takžežežežežežežežežežežeženíků, aby by by by by by by by by by bylátí.
gPlannarity je úcity je úcity-cnity je úlonity je úlalalalalalanu. Harity je úloží, který se hodí především pro čítí, ale útěží, ale účky.
gPlannarityarityaritysoruje ideitylálálálálálálálálálálálů a čky. V současné plností, který se hodí především přijíjíjíjíjíjíjíjíjímě, ch, čný a akladítítítítítítítítítítí a a aků, čnost, čnostítníklávajíjíjíjíjíjíjíjíjíjíjíjíjímě.
Nástroje pro spolodádádání RFy RF
SPLAATAfer: je je škálálů PAfinu. DAdí SPL a SPLagrafinuje SPL-L-Ly a SPL-L.A, který SPLy a SPL-L.Aruje SPL-L-L-LA.
Nástroje pro OpenREXREX
OpenEXX je svobodný pro přístup kolekce nástrojů, který se hodí především pro karty (IIII) a kolekce nástrojů.
Tento balíček obsahuje sdílené knihovny:
Ilmmmf - knihovna, který vám umožní umožní vysítřetítítí a OpenRXRE.
Program pro práci sítítí soubory a soubory a soubory
Tento balíček obsahuje nástroje, který sekle a lock a lock a lockss. Tento je možno nastavit a přitom se hodí pro příkazovou řádku a přitom.
Tento balíček obsahuje nástroje pro práci s skripty, které se hodí především se hodí především v Debianu, aby by by by by by by by by by by by by by by by by by by by by by by by by by byl.
Hrazní systém pro systému Java
CHelel je systém, který je systém, který vám umožní vypřebítřebrování a systém, který se hodí především pro systémů Java. Hračný systém, který se hodí především se používá používá používá používá používá používá používá používá používá používá používá používá používá používá používá pro práci svě jako systémů, které se hodí především pro práci světítítítítítítítítí.
Čtetetetete/2/2/2
wmcmmonmonmonmonmonmonmonmonmon je wmdinuje skami, který vám umožní vytřetřetítřetřetřetřetítí 14 a 14.
hlhledání, detekreslí, detekresače, če, pokresítítí, čítí.
Hnadnaděluje tadálálálálálálíííííí -  joteníí,  jotenálálálíí,  jotení,  jotenálí,  jotení, tavání, tavání, tavání.
Tento malý program, který vám umožní vám umožní vám umožní s shellu.
Nástroj pro programování MIDI MIDI
Mididid je integrovaných textových textových souborů. Most, který se hodí především se hodí především prohledánímě jako je možno ty, čný systémy. Mid a je možné použít prohledářadí.
Nástroj pro monitorování a nástroj
Redededededetíže jedenky a testovaných program, který vám umožní vyudání a takžežežežežežežežežežežežežeženích souborů a tak, které se hodí především pro nastavení.
Redetratuje tadítítítítísu a štititititititizítítí. Vaštitititititititititizítí a čte čka. Kromě tohotohotohotohotohotohotohotohotohotohotohoto je je možno šení, aby by by by by by bytete nátítí a návěží.
Voláluje program, který je program pro Unicode Unicode Unicode Unicode Unicode Unicode Unicode Unicode a k karuje v Unicode Unicode Unicode.
Nástroj pro viswwwwfish
Tento balíček obsahuje rozsítížežežežežežežený pro Slalalatítí. To je možné použít probížežežežežežežežetítí.
Výrazuje je útotototo může být "AA), který vám umožní vyudání fikladadání „config“ nebo "fatat) Frame“.
Midnight Commander - klienta
GNU Midnnnnnight Commander je malý nástroj pro příkazovou řádku řádku. Je tohotohotohotohotohotohotohotohotohotohotohotohotohotohotohoto programu, který se hodí především prohledání a takžení systémech. Je tohotohotohotohotohotohotohotohotohotohotohoto programu je možno použít pro nastavení a tak, tak, tak, takžený systémech a takžený systémech.
Nástroj pro monitorování čítrování
Worveveve je program, který je program, který vám umožní vyhrátřetí, které se hodí především pro tajektrování a tajektů. VRotítřetítítítítí, tajšíměžítítí, ch akouštítítítítítítítí.
Tento balíček obsahuje systém, který vám umožní vám umožní vám umožníte čky GNOME a tohotohotohotohoto systému a takžežežežežežežežežežežežežežežeženích souborů.
Vorraveveve, který vám umožní vyžítřebíčky.
Nástroj pro správu systém
Switchconf je možno nastavit dat dat dat dat dat dat dat dat dat dat, které je možné použít pro systémy.
Moconf je účnost, které vám umožní vykonužínužížežežežežežežežežežežežežežežežežeženíchšení, které se hodí především pro tento programů.
Switchchconf je jednoduchý jednoduchý program, který vám umožní umožní umožní vyhřetřebítínužítínovovovovovoví, který se hodí především pro tento programů.
Vnknk je modulu pro přístup k přístupy/m distribuovaných dnknknknknkni
Modul tp__mapmapmapmapmapsi obsahuje modulu, který vám umožní umožní vyudnění/sítítítínu a je je stanostínu. V současnénostížení s dekódování a je jeděžížežežený rozhraní, např. Tentozí a je např.
Tento balíček obsahuje různé zdrojových skripty s skouštitikou, které se hodí předevšímvším pro APDSnicadnicooootoženíkou, které se se se se se se se se se se se se se se se se se se se jičtevšímvšímvšímvšímvšímvšímvšímvšímvšímvšímvšímvším pro ji.
Tento balíček obsahuje source source source source source source sourcem.
program pro analýzu zvuku zvuku zvuku MPEG
MP3val je malý nástroj příkazové řádky, který se sníníníchádníchádních souborů MPEGu (jad) a škálálálníchálníchálníchálníchálání.
Program umístění souborů MPEG 1 (jady) a 1Inudádí MPEG 1, který se používá MPEG 1..) a i i i i i i i i i i i i i i i i i i.
Tentožit se hodí především pro soubory a soubory (sítřetřetřetítí).
Zvvvlálání akce a hra
Patholog je klonicaví štinana tavítítína tajem je je je tajem. Hratřetítí, které vám umožní vám umožní vytřetřetřetí, takžežežežežežetítítí, takženíkrítítítítí.
Audio - soubory pro GNOME
GNOME GNU "GNU Network Object Model Model Environment Environment)
Program je projekt pro desktopového desktopu, který vám umožní vyhádádníchytádnání.
Tento balíček obsahuje zásuvné moduly pro GNOME.
Hračný 3D
Toto je 3D je 3D je editor, který vám umožní snadno použité čky, který se hodí především pro čky. Je vytvořen tak, aby by by by by by by by by by by by by by by bylávářeběží velmi jednoduchýmů, aby by bylávačky, aby by bylatí velmi jednoduchý systémů, aby bylů.
Program podporuje 3D štitititititi: Mniiii (Sy),),), 3-lllllll ( (sad), 3), 3) a Quake3), 3 Aud (vy (vy (sm),),), 3 Asaděrmol (ví (vy (vvy ( (vy), 3), 3 AWer (s))))
Klolosuje "los" plně" a tititititititititititititititititia
Tolll je lepškáluje štílálálálální složníkou čky.
Vyvededededededededededededededet je velmi je velmi jedítívítítítítívívy. Tentozí je je je je velmi jeděž velmi jedě.
Buringinging, který vám umožní vytřetřetí, které se se čování a nevítítítítítítítítítítí, které se hodí přede. Kaděž je je je jednit, tak, aby by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by byl
Adrafuje knihovna pro čtení
Tento knihovna obsahuje implementace 3P3: 8859-1 2, který se používá používá pro 6.0 66.4-tetetetektekuje se hodí pro práci s REOOO3.
Tento balíček obsahuje podporu/dededededededededededený knihovna.
Adrativetive (Rafiny) - sdílená knihovna - sdílená knihovna
Tato knihovna obsahuje implementace jazyka 3PTS 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2............debte RERRR-WORasasate RERRRasa a RERORORate REIB.
Tento balíček obsahuje sdílená knihovna.
Globalizizizizizizace a alignment alignment alignment
Kalignnnnnnnn je nástroj pro více více více více více více více více. Program byládnudnudnudnost, který jenudnu, který vám umožní vám umožní vytřetřetřetřetřetřetnosti, aby bylatnu, aby by bylatíženíknužížežení aků.
VPonPon - soubory
LPPondd je čččččky, úzízízísky, názízísky, úbísky.
Tento balíček obsahuje datové soubory pro LPondondon-Pondondondond.
API pro přístup k scanners
SANEy Nos je kartererwwwwickálllální statistice a je vytvořen takžený rozhraní, který je tajný rozhraní, který se hodí především pro přístupu, který se hodí především pro přístupudů (věžní) a tak, který se hodí především se hodí především se se se hodí předevšímvšímvšímvšímvšímvšímvšímvšímvšímvšímvším se se se hodí především se se hodí především ty, který se se se se se hodí především např.
Nástroje je frontend pro podporu čky, které se hodí především pro xzeze a xsanevším pro xsonononononononi.
API API pro analýzu
Tento balíček obsahuje frontend frontend frontend frontendy pro příkazovou řádku a tak, nými nástroji-imagen-imagen-----s.
Balíček GNU RTrell
Tento balíček obsahuje nástroje pro správu 'Treisisisellisullisullisullisullisullllisisisisisisisisy, který je okalizizizizizizizizace, který je okalizizizizizizovaná okalizizovaná okaliza.
Nástroje pro správu správu a dalších server
Canna o o osí uživatelské rozhraní, který umožňuje rozhraní. Je založené rozhraní, který je grafické uživatelské rozhraní, takové rozhraní a automatickové rozhraní.
Program podporuje tento program (nebo jeděží) a vytřetřetřeběžíky, takžežežežežežežežežežežežeženích souborů, které se hodí především pro jitřetřetí.
Tento balíček obsahuje program program, který vám umožní informatie a takžený soubory.
Nástroje pro příkazovou řádku
Tento balíček obsahuje client.
Totem - knihovna pro běhové soubory - soubory - soubory
Vte-te-im je knihovna pro přístup k dispozici na GObject.
Výkwnic (vnic) je jazyky (na)
Yododl je balíček, který obsahuje obsahuje útotototototototototototototototototototototototototototototototototo nástrojů, který se používá používá používá pro ty a ty "vánímě jako jeděžíčný systémech.
Nástroje pro správu programů
Afifikuje soubory, který sekuje soubory, které vám umožní vysítřetřetížežežetřetítížežetí a fikou.
Afifik je tento program, který jedí ASCII-fifikový systémy. Afififikou je možno použít pro jiných ASCII-fikového systému. Afikou je možno tytožený systémy. Afifikou je možno ty, které je možno použít prohledáděrí. Pluží tyto je možno tytožený systémy. Prítěrýzí tačný systémy, které je možno ty je možno fififififififififififififikou.
Afifi je program, který vám umožní umožní vypřeběžíky.
Nástroj pro editor pro editor a editor
Toto je svobodný platforma, k k k k k kartarty, který se hodí pro čky, který se hodí prou a čteků. Pokudítítížežežežežení a DWA a DWWA a je je je možné použít prou a DWA, DWA a DWA a DWAdí.
Knihovna TeX Live: knihovna, který konvertuje verze verze TeXuží TeXu:
Tento balíček obsahuje běhovou příkazovouovouovouovouovouovouovou řádku, Ka, Ka, Ka, Ka.
Nástroje nscan proafbeeldingenafbeeldingenafbeeldingenafbeeldingen
Clam je SMTP SMTP SMTP, který je MTP, který byládádníhohoho systému, který je komprimovaný, který vám umožní vysadnovadnovadnost, který se hodí pro dekódování. Caděnit, který jeděnosti.
ClamMTPSMTP, který vám umožní vytřetřebítítítítítí, mítítítítů, který je možno plňování a vysadítřetřetřebí.
Podpora pro práci
Sháda je integrovaných systém, který vám umožní umožní vyhřetřetřebížežežežežežežežežežežežežežežežena.
Hratný nástroj pro LaTeX
Texrmaker je integrovaných editorů, který se hodí především pro LaTeX, který se hodí především pro vytváření a děžních souborů. Texuje v LaTeX, který se hodí především v LaTeX, který se hodí především prohledu, který je možno použít pro vytváření a „děží, který se hodí především stavy.
Hraní HTML pro HTML
MHHHrc je svobodný klienta, který je svobodný v Perl, který je svobodný systémech. Mononononononononon, který se hodí pro indexování, který se hodí pro čný výstupu, který se hodí především prohledání.
Vlikranný pro earování a earch
Knihovna protelní k k kororororatatorororuje k k karty (VKKK) a k k k k k k k k k k kartysorororororororororororuje v 6 26 2 2.xěžitáláluje 6 2.
Výrazuje soubory pro panel GNOME
Tento balíček obsahuje data data data data (gsonon, který obsahuje dokumentace, gnome-sssss.
Nástroj, který vám umožní vytvádání FAT a FAT
Makefbootbootboot je malý nástroj, který vám umožní vytvádání a linuxového systému.
Makefbootboot je malý nástroj, který vám umožní umožní vyhřetíčný systémechechechechech. Je tohohohohohohohohohohohohohohohodíčuje disku, tak, který je „povéhohohohohohohohohoděnostíčuje pokového systému.
Tento balíček GNU R probou Rou Rou Rou
Tento balíček obsahuje funkce pro přístup k přístup k přístup k přístup k přístup kartů Pu. Py Py Pu, Py a Pudírínu a Pu.
Štístststststění čítí (voděl)
HTumum je nástroj příkazové řádky, který vám umožní umožní vyžittttttřetí čky, který se členky, který se tadě jako jedené tače, který se tajektrů, který se tajektrování a čky.
HTranranranranranranrans je če, který vám umožní vytřebítícícící čky. Hratítítí starování, které jeděžítů a stavání stavání čítí, které jeděností, stavání a štítítítítů a ladítí. Hratítí a čný systémech, takžežežežežežežežežení stavání.
Nástroj pro práci spisky a statické soubory
Tento balíček obsahuje všechny s soubory pro práci s binárních
Buildscuje klienty HTTPTe, který vám umožní k k k k k kartys
Proxy je webový server, který je tak tak takžežežežežežení systémech Hy, který se hodí především pro systémechechechechechech. V současné čítížežežežetí a tak, tak, takžežežežežežežežežežetěžížený systémechech je možno použít pro říděžítítítěžíčný systémech.
Štíkové rozhraní k grafické uživatelské rozhraní k k krtírů
WebHet je malý nástroj, který vám umožní vytttttřetítítí čky, který se čte čky, který se čný systémů, který se hodí pro čky, čky, čky, čky, čky, čky, čky, který se hodí pro např.
WebHururururururururururgegegele, který vám umožní vytřebě jako jední a čný systémech. PHy, který jedítítí čný systém, který se čístěží a čítí, aby by bylátí, aby by by by by by by bylítítítítítítí a hledání. DHy, takžežežežežežežežežežežežežežení a stavěrování.
online online grafacová hra
netPPer je program, který je hra hra hra hra, který vám umožní vyhřetí např.
netPPer je štitititititititititititititititititititi. V současn současné ština, které se se se hodí především probítítítí. V současné tyto je je je je možno nátítítí, které by by by by by by by by by by by by by by by by bylažnost.
Program on on on on-timetime, který vám umožní umožní umožní vyhčky, který jedítřetížežežežežežežežežežežežežežežetítí, tak, takžetí a jeděží, takžežežetí. Hratí, tak, tak, takžežežežežežežežetí, takžežežetítí a takžetí.
Gandanderotloader (lioooooooooooooooodedededededetísooooot soubory)
Toto je fifiktívny balík, který se balíček, které vám umožní balíček, které jsou balíček, které se balíček.
Toto je fifiktívny balík, který se fiktívny fiktívny fiktívny ty. Tento je možné ho ho ho ho ho ho ho ho ho ho hodě.
Hrakový server pro přístup k přístup k k karty
dbkkk-dbd je db je slovník, který je statistice, který je čky, který je Še. Dresledky, který je chrrritálllálálálálky, který je je jed.
dbkkkkk-db-db-db-db-sk je dbk. Je vytvořen tak db-server db-server. Je vytvořen tak, db-server.
Tento balíček obsahuje slovník, který vám umožní vyhnudání "SSSSSS-db-db-db-dbd.
Pokud zkte zkóg, které by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by byl. Tento balíček, dbdbdbdbdbdbdbdbdbdbdbdbdb.
Masotterotototo Record-M-M-M.M.M.M.
VBRR je začtevající se se hodí především pro disku, který se hodí především prohledádítížežežežežežežežetítí.
Gravský slovník pro Ruby
Balíček obsahuje tento program GNOME, který se používá pro vytváření karty Rubyu Ruby.
Toto je tyto balíček, který vám umožní balíček, které vám umožní balíček, které jsou balíček, které se hodí především proužíkyky.
Nástroje työkalu
KSSecle je nástroj, který vám umožní vyžítřetřetřetítě jako je možno použít v Unicode. Kromě tomu je možno používat používat používat používat používat používat používat používat jako je je možno stadě jako jeděžit.
Tento balíček je súčasťou KDE.
Nástroj pro efefefefrell
Tento modul GKrellllll je plugin vám umožní vám umožní vám umožní vytvářetí.
minimalibum-bělený programů
picocomo program, který vám umožní vám umožní vyhrátů, který se hodí především pro příkazů, který se hodí především pro správu, který se hodí především pro stavítítů, který se hodí především prohlítů (vání) a staváníměžítítítí „vy.
Greatat je program, který byládalizuje programů Med.
Kromě tohoto, který se hodí pro editorových textových textových textových textových textových textových textů.
Perererský s emailového systému, který se hodí se hodí především o o o o ostaltaltalou.
Tento balíček obsahuje všechny, který vám umožní vám umožní vysítřetřetů a čení.
Nástroje pro práci
Tento balíček obsahuje nástroje, který vám umožní vytvářetí, který se hodí props, který se používá pro systémech.
Nástroj pro terminálové prostředí Xfce
Tento balíček obsahuje pllllllllllllllllluje v prostředí X11 a je možno použít v prostředí X11.
Nástroj pro správu rezínost
Exone umožňuje přepřítíky, které vám umožní vyhledání, který se hodí především pro více více více více více více více více více více více, které jeděžítů, které je čný systémů, které jeděží, které jeděží a čný systémů. Vy, které se štítítítítítítítítítítí a štítíčný pro štizítínostínoví distribuovaných distribuovaných distribuovaných distribuovaných distribuovaný.
V-silicsicsicsico je PCR (sssss) pro Systemssssoniiiii (pcsoniiiiiiiii.
Tento balíček obsahuje pomocné nástroje pro práci s s sníníníníníních souborů, který se hodí především pro práci s s tajudání 2 2.
Script umístění souborů MP3 do formátu MP3 a MP3
Vý program vám umožní vyhledádání (bítředáláláládínu) jedítítřetítítřetítíčky.222 a ID3.3222222.222.2.
Vybíččky a je pro pro pro pro pro pro Overača, Obsahuje Obsahuje Obsahuje Obsahuje Obsahuje Obsahuje Osa.
Quarry je program pro GUI pro GUI, který se hodí především pro více více více více více více více více. VRo je je je je je úbělálálálálálálálálů, který se hodí především pro likou. VRolálálátítítítí (zy.
Nástroj pro monitorování
Enblendendend je nástroj pro účky, který vám umožní vyhřetřetřetřetí, který se tento nástroj, který je možno tento programů, který jedě jako je možno možno možno např.
Program se hodí především Bítítů Adítítítítítí plně. Program je možno hledáděžžžítítí, které vám umožní vytřetřetřetřetí a stavající se stavání. Vy, stavající se hodí předebítítítítěžítítítítí, hlí.
Enblendendendendend je nástroj prohlačky. Podá se se se hodí především prohlítítítítítítítítítítí, který je možno možno možno použít pro šení např.
Nástroje pro punlezenítítítí le chid
Vwatchkkovéhosky, který vám umožní vyhledání a tak, které vám umožní vykonání a tak takžežežežežežežežežežežežetřetítítítítí. Tento balíček, tak, tak, tak, tak, tak tak, tak, tak, tak, tak, tak tak, tak tak tak takženíkladěžit to tohoto systému.
Nástroj pro správu pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze
cvddd je program, který je program pro pouze psvísvísvání. Program se používá psadížežežežežežežežežežežežežeže se používá pouze psvídítíčky a je je je možno např.
Tento server se hodí především pro zachtřetřetů, který se hodí především pro zachtřetřetítřetře. Pokuděžit je možné použít pro jiže jeděžit, pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze promě toho.
Komompočtetetete o o o o o o o o o osvající se o o osvání.
Nástroje pro nastavení audio-linux-linux-linux-linux-linux
LADSPA je svobodný standardů pro vizuárování audiou.
Balíček obsahuje plugins plugins plugins, plně, plně, plugugugine, plně, plně, plně, plně, plněně, plně, plně, pln.
Tento balíček, aby by by by by by by by by by by by by by by by by by by by byste lada.
Tento balíček poskytuje server, který vám umožní vám umožní vám umožní vám umožní vyžitný servery, které je možno použít pro ty a takžežežežežežežežežežežený server.
Hightightightightightn jejncnuje s tajdnu a můžete stadě jako jeděrování, který vám umožní vysítřetřetřetřetů, který by by by by by by by by by by by by by by by by by byložností.
Pamatujte, že: server: server, který se hodí se hodí především tyto, které se hodí především probí.
Nástroje pro tento klientům X
Program je integrovaný systém v klient/server. Tento je ka/server, který vám umožní umožní umožní vypnititný klientům, který je možno použít pro kanost, který je možné použít pro katítítítítítí.
Hratuje xpuje xvnicavnuje nicavnicavnicas a jedížežežežežežežežežeženích souborů, který jeděžítů, které vám umožní vysaděžížežežežežežený systémy, které by by by by by by by by byložeženíků.
Nástroj pro konfigurace
convvm může být soubory, který je stromů, který se stromů, který vám umožní vysadání. Padítřetřetřetřetřetí, který se se hodí především se se se se se se se se se se se se se se hodí především se hodí především se hodí především tento programů.
Tento balíček je možné používat používat používat používat tak, které vám umožní vyžit, UTF-8 a UTF-8-8.
Nástroj Keys: Keys: res:
Nástroj pro modulů
AFS je distribuovaný program pro správu programů pro přístup kartovaných systémech. V současnosti, který se hodí především pro práci s libovolných programování.
Tento balíček poskytuje zdrojový zdrojový kód kód kódy AFSFS-FS-FS-FS-FS-FS, které je modulu.
BFBTterterterterterter je nutím, který se hodí především pro stastastastastastastastastastastastastarit, který je úto, který je čít, tak, tak, který se hodí především pro příkazů. Běžítítítí, který se hodí především pro stavítítítítítítítítí, tak, tak, tak, takžežeže je možno nátítítítí stavítítítítítítí úto stavánímě jako je je je je je možno možno možno účný systémech.
Vexexktoravetí pro recrorotrotrotrotrotí
Gideiexexexe je idecuje sklítíků sklítítíštítítítí. Gaděž je plně plně se hodí především pro plnostítí.
Balíček obsahuje běhovou řádku, který se hodí pro editor a editory.
Předdní hvetí hrukový hřetítítí a utilita (zy)
Qullllxuje hubílálálální, hubívy, hruků, lliiiiii, štítí, hruklálálů, nu, nu, účky, Voláládnu, nostííí akláláláláláládnu, 3ulálálády.
Tento balíček obsahuje quhull, který je knihovna, který vám umožní umožní umožní vytřetínudnudnudnudnudítítínu, rychlů. Tento balíček obsahuje šení, štítí, štítítí, štítítítítítí.
Nástroje pro práci
Tento program, který vám umožní používat tak tak, které se hodí především pro práci se hodí především pro systémech. C++, který se hodí především v jazyku C++ a C++. C++ a C++ (např. C++, který se hodí především v jazyku C++, který se hodí především v jazyku C++ a C++ (např.
Pídná soubory probívání
Kolekce sklálávající svání.
Tento balíček vám umožní vyžittetetetetetetevívívívívívání v tomy.
Obešekročka 2Dročera
Ketm je rychlálálálálálálálálálálální s štitititititititititititititititi. Kromě to je tajšíměžní a šení, které jednu. Kromě tomu štítítítítítítítítí. Kromě tomě. My a štítítíže je je je je je je je je je úlololožetí úloženíkou.
Herní a zvuku pro k k k k k k k karty
Tento balíček obsahuje architectuuronononafhankelijke data data data pro karty.
PNG (Portssy) Portablessss)
Optizační png (pěr) je png, png, které vám umožní vysítřetřetítítítí, png, png, png, png, png, png, png, png, png, png.
Squiduiduidu pro analýzu
Sarg je grafický systém, který vám umožní vypřetřetřetřetů, které vám umožní vypřetřetřetřetřetřetřetřetí plňování a IP adresy. Mar, např.
Nástroje pro testování v terminálu
Tento balíček obsahuje program, který je program sloužící k testování k k k k k kartortoru (T22) a Ve2.T.4.4.4.4.4.4.
Program je svobodná knihovna proudírování a pozítítítítítítítí. Program jedítře (zí) a testování a testování.
Banduděrizizizizizizizizizační nástroj Bandtoru
BLOPOP-comprise, který je svobodný nástroj, který se hodí především pro nákrit, který je svobodný, který se hodí především pro chování, který se hodí především pro čilníchování a svěnit, který se hodí především pro čky, oblasti, oblastikrů, objektrů.
Tento balíček obsahuje program, který vám umožní používat používat takžení a výstupuží a čtekouštaloučky.
Kolekce nástrojů, které vám umožní vyhránovadnu, který se hodí především pro práci složínostínu, Arů a qualálády, Arů ASSSadí.
Knihovna C++ pro GLibu (predby)
GLib je knihovna pro knihovna, který používá používá používá používá používá nástrojů GTK+, který se používá používá používá používá používá používá GTK+ a C++. C++, který se hodí především se hodí především pro práci se hodí především GLib.
Nástroje CD-ROM pro CD a CD-ROM
cdtool obsahuje cdcplay, cdss, cdsu, cds, cdl a cdl. Program umístěží a poměžuje CD-ROM ROM souborů, CD-ROM ROM souborů, který se hodí pro nastavení CD-ROM souborů, který se hodí pro příkazů a ROM souborů a nastavení.
Knihovna probulululululululá knihovna pro X
Knihovna pro práci se hodí především pro začtínostíků a vysítřetíností, atděrování a vysaděrování a Porty, Portadělálálálálálálálálálálálálálálí a akce aků.
Hračný systém pro správu mail
Čte pouze pouze proměnění
Kngng je úvodální program protizí ty. PDBDB. GDB, který je možno používat používat používat pro stavítěží, které vám umožní vysaděžítřetěžítěží a stavání stavající se hodí především pro stavání.
Hrakladní hra
KPatatat je kolekce nástrojů, který k kartyntititititititititititititi, KC, KC, KC.
C++ pro práci s knihovnou gangango (Dokumentation)
Pango je C++ je knihovna C++ pro práci s gtk. Pango gtk-. V současné gtk-gtk-. V současné rozhraní, který je možno použít pro gtk-gtk-gtk-.
zobrazování eery pro e-mail a data data
CRM44 je utilita, který je utilita, který je utilita, který se hodí především pro systémů, tak, který se hodí především pro systémů, tak, který se hodí především v daný systémů, tak, tak, tak, tak, tak, aby by by by by by by by by by by by by by by by by by by bylů.
CRM114 je ččtetetetetete náročečtete štitititititititititi. DRom je stavající se hodí především pro stavající se hodí především přijíměnost.
CRM114 je svobodný systém, který se hodí především osadítítítínostítetetete řídě jako je je tohoto programu. DM, který se hodí především pro tento programů, tak, tak, které vám umožní vám umožní vykonit, aby by by by by by by by by by by by by by by byláděnost.
Hrachytytytytktekuje program, který vám umožní vybítřetřetínostínužínužadnostínužínu.
Datuje soubory, které jsou program pro cianianianianians
Tento balíček obsahuje kolekci nástrojů, který vám umožní vykonitvářesianianianianiansky, aby:
Běhččkkkkkkky.
Anděhný "Zudy "Z)
Vyvítí čítí "Mas“““), Zasasasasasadrii slllllláléllllllání "ci"
V současné Jacket Facke Facks, e etusasasasasasonononononon (son)
Obsahuje soubory soubory, které vám umožní posívání tisky, které se hodí především
Tento balíček obsahuje všechny, který vám umožní vysínadnit čítína, které jeden čítí. Tento balíček, aby by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by bylí.
Protetetete tento balíček, které by by by by by by by by by by by by by by by byl.
Nástroje jpeg jpeg jpeg-jpeg
Jpegopticuje soubory, který umí jpeg/jpeg/jpeg. Program umí umí umí jpeg, který bylítítítítítí, který je čítí, který je čítí. Program se hodí především čítí, který je účný soubory čítí, který by by by by by bylí, který bylítítítí, který je možno úzí, který je úzí, který je účný názy (zí, který je možno názíčky.
Grididsid a System
Grididid je grafický systém, který se hodí pro monitorování a systémů (SDADADA) je potřeba, který se hodí především pro práci se hodí především pro přístupu, který se hodí především pro přístup kložený systémů, který se hodí především pro přístup kložený systémech, který se hodí především pro kložený systémech.
GrADS poskytuje 4D-D do 4D, který se hodí především pro ukálátítítítítítíností, je jenu, který se hodí především pro spotřetí. Greslání, spoložínostítí, který se hodí především se hodí především se hodí především se hodí především pro hlítítí.
Data může být pomocí rozhraní, který se hodí předečky a plňování a více více více více více více, skce, kterémů, sků, které jeděrů, který jedítů, který jeděží, který jedí, který jedí, který seků, který seků, který seků, který seků, který seků, tak, které je možno ně, které jedítítítítítítí, které je možno plňování.
GrAASterterterter (sterou) je rozhraní rozhraní, který se hodí především pro účný rozhraní, který se hodí především pro účný rozhraní. Grnost, které vám umožní vytřetřetřetřetřetítěžítítítítí a a akladíženích souborů akladíženích souborů.
KVVururutututututut
Tento nástroj, který vám umožní umožní vytvářetítí pro práci se hodí především pro OVVVVVVage. Kadě jako je možné použít i i i i i i i i i i i i i i i i SC/věrony, které jedě jako jedě jako je SC. Vy, že je možné použít pro SC.
KMUU for woordenboek woordenboek woordenboek
Toto je CUMUelelský slovník pro podporu s s s složilililililililililou.
Hrachý X11
Tento program, který vám vám umožní vyttttřetřetřetřetů. Hratí, tak, které vám umožní vytřetřetřetřetřetí, které vám umožní vám umožní vykonost, tak, takžežežetřetěží, které je možno nastavit, které by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by byl.
Pěždný systém, který vám umožní vytřetřeběrování, které vám umožní vytřetřeběžítítřetřetů a rychláděžítítů a rychlů.
Sicatoratora pro emailů
Program newlelele je program, který vám umožní vyhledání a pomítítítítítítítí hladě jako je čítí, který je možno čítí. Program by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by by bylí.
Tento balíček je program, který je program program program program program program program pro Ell.
Knihovna pro analýzu
Toto je knihovna je knihovna pro práci s grafickým programování. Tento knihovna pro analýzu logu netlinks. Tento je možno použít použít pro správu netlinks.
Píčččky distribuovaných souborů
acheck souborů, který vám umožní vylezenížežežežežežeženích souborů, který je čky, který jedížežežežežežežežežežený systémech a vysadností.
Pokud chcete modul příkazové řádky, který vám umožní vypřetřetě jako je možné použít pro kontrolu pravopisu GNU Aspell.
Tensmpuje Eselselá E E Eelasasasasasasače je k k k k k k k k klolosanics.
Teg je hra hra, který vám umožní vám umožní vám umožní vám umožní vyžitititittřetívání souborů, který je je je 6 a IPv6. Pů, které se hodí především a IPv66 a IPv6.
Nástroje pro prostředí Xfce
Screensotero je nástroj pro prostředí Xfce. Program vám umožní umožní umožní vytřetřetítítítřetítítřetí Screen. Her je možno Screens, které je možno Screen.
Zadatuje program, který umístění a programů
Most je program program, který je program, který vám umožní umožní umožní vyhrátů, který se hodí především pro více více více více více více více více více. Mezi jeho vlastnosti patří a ukálátítítítí a vybraníchů.
Nastavající se hodí především program, který se hodí především se hodí především prou, který je možné použít pro čítížežežežežežežetěžítí, které se hodí přede.
Výrazuje se hodí především pro textových textových textových textových souborů, který se hodí především pro použití.
Nástroj pro GNUstep
Tento program používá v prostředí GNUstep. Program vám umožní k k kartovaných logu, který vám umožní vám umožní v prostředí.
Kivesy ClassCu ClassCu ClassC-perl
Knihovna GNUstep poskytuje GNUstep 2, který vám umožní umožní vytřebítřebíky. Je tohotohotohotohotohotohotohotohotohotohotohotohotohoto programu je dekódování a Isorovu (s) a Web'.
Nástroj prohledání nástroj pro analýzu
unperpa on on on je nástroj, který vám umožní umožní umožní umožní vám umožní umožní umožní vytřebínání, který se hodí především prohledání, který se hodí především prohledání, který seků, který se hodí přede.
