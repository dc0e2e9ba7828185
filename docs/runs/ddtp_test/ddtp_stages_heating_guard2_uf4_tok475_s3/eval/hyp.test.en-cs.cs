Xastir je klientS klienta pro XS.S je špakovací systémový systém, kde byloží čísku systém, kde je tyto oblasti v nimí GPS.
X Window System (X.Org Infrastruktur)
x11-common obsahuje souborový systém pro použití v systému X Window Systemu installationu systému X Window; plně je kompletní volné klienta, potřebuje klientům, potřebí, servery a běhové nástroje pro X Window System.
Výsledá se používá pro systém X Window, včetně "X11" "X11", "X111111", "X111111 a "RX11" a "RX11". „R11" se používá v Debianud". Foto verze tohoto verze Foto verze Foto je „Orgocecececece" a Fotation Foto". V tohoto balíčku se se se o tytože se o tytože se o tytože je Org.
K dispozici pro X klienti - metabalík
Tento balíček obsahuje různérů jako sementů sekce klienty X Window, které shou s X Window System.
Tento balíček je součástí transition z earlieračních Debianu, které se čtečky pro programy v balíčku xmerutils a x-clients.
X.Org X Window System
Tento metabalíček poskytuje komponenty komponenty pro samostatných systém X Window X Window. Obsahuje knihovny X server X server X server, server, a základní knihovny X klientů.
Kromě tohoto balíčku, jako jsou desktopové prostředí, jako je tyto balíčku, které je tento balíček, tento balíček při vyhledání a vyhledání dependencies.
Tento by by by by by by by by plňovat, aby byli třebný, že by by byli třebujete třebný, aby byloží.
Program pro X Window System - metabalík
xutils poskytuje sada nástrojů, který sadu pomocí Windowu X Window. Navíto programů se hodí především pro programy, které nepoužíte, že server X serveru X serverem.
Vytváří programů menu pro všechny menu pro všechny menu
Vypočuje transparentní menu s grafickým menu v různých menu v prostředímálním v oknady s oknadou.
Debian menu relies na vyžadávací programů, kterému programů a seznamu listy seznamu seznamu oknad, které oknaží oknaží a další aplikacemi.
Menu obsahuje systémové a konfigurovateľná konfiguraci a konfigurovat a nastaví hledání a tak, aby zpracovat menu a menu menu.
PostScript a viewera pro X
gv je comtabletable prohlížeč prohlížeč a PostScriptové soubory pro X Window System. X Window se používá k verze verze verze verze verze verze verzeriální a síťové frontendu X-host, gvview, že je tomu administud.
Zobrazuje informace o systému
HardInfo je malý aplikaci, který zobrazuje informace o o linuxových systémoch. V současné systémového systému, InP, USB, USB, IDE, Serial, Serial a Serialisierung.
Uživatelé balíky Debianu
debfost je wrapperový program pro apt a apt. Jak by byste zjistí, pokud chcete nainstalovat balíček.
Navítře, že nepoužítečky balíčků, že chtřebujete systém, které se používáte. Program se o tohoto balíčku, že je tento balíčku, že je tento balíček, že je tento balíček nepoděžíte v tohoto balíčku. Pokud chcete tento balík, pokud chcete nužíte, akkk.
Tento help vám umožní složit v Debiane, běžíži si běžídné knihovny (inmain) balíčky, které jsou pro více balížít.
Obsahuje grafické frontend pro SANE (Scanner Access Now Easy)
xsane je možno nastavit jako program nebo je program pro práci s grafickým programem GIMP. V současné tento módu xane je možno hledáte, může být nastavit v obrázky obrázků, takže je možno nastavit na obrazovce.
Configuration a daemonativní daemona pro Power Interface
Modern Computer monitory Advanced Configuration a PowerAC Interface pro správu počítačů (PI) pro správu systému a na bateri a bateri a bateri.
ACPID je flexibilný, snadno použitelný démon, aby byloží na linuxového systému ACPI. Je toho rozhraní pro tyto rozhraní pro tytožení pomocí /proc/acpipipi a/turs a tak, takže ho potřebuje programy. Program je možno nastavit pomocí konfiguračních konfiguračních souborů, které je možno nastavit době nebo nastavit pomocí konfiguračních souborů.
Dokumentace Debian Jr.
Obsahuje programy pro moment justu „Quick“, který vypalínají "Quus Guide“, který se nsítává Debian Jr. Jrou je chtřebuje groep Debian Jrou. Jrou poskytužadné dokumentů a sy.
qtový prohlížeč pro kopír/b/bc/bac/baccc/bacgcb/cbbc)
QComicBook je prohlížeč pro kopírování souborů, které jsou obrázky jpeg/jpeg/png, který se snaží pokrobou. Mezi jeho vlastnosti patří: šesty, automatickový akcelou, myši, myši, myši, atd.
DalicBook pro analýzu archívů:
cbr - rar-compressed
cbz - zip-compressed
cba -compressed
cbg - targzippedpedpedí
cbb - tarbzippedia
více alignmenty proteinových sekvencí
ProDA je systémový systém pro automatizaci a pomologů na remologů v jednom proteinových oblasti. Givivuje architektury Genivní a větového vstupu. Gentového odologů, pomologu je čímologových nebo více.
VI LIike Emacs - potřebný pro vi-like
vile je editor textový editor, který je s vizualším pouze v termerfering. Mezi jeho byložet je chtřebuje mnohem mnohem více, že jsou mnohem mnohem více, takžení syntaxe probí, úpravy a takžení hledy.
Tento balíček obsahuje binárních binárních binárních binárních souborů Requ. Vyto soubory jsou ve formátu vizualý filtry. Obsahuje zpracuje zvolele-filter. Tento balíček xvilelele.
VI Like Emacs - support soubory pro vilex/vile
Zákové soubory pro vilevile a editor xvile.
Prazní správce oken pro KDE
KMyMoneyey je Fononal Manager pro KDE. Užický systém založený na MS-Myeoneone, podporuje různé typy, catorie a catorie, QIF, odpolezení.
Textový klient, svriální klient, ale čteký chody, ale velmi mocný, ale velmi mocný,
jpeg je pomálárce PINE-client. Jedná se o tohoto serveru v Apache a PINEvání.
Mezi jeho vlastnosti patří plňové soubory pro protokolů jako je protokolů jako je protokolů jako je TLS a TLS pro TLS. curses používá curses pro rozhraní.
Jednoduchý textový editor pro textový emailový klient
"pico" je jednoduchý textový editor, ale byl vytvořený rozhraní. Program byl pineždy, který se používá se editorem pineineine.
Používá gainined, který by byste v tohoto programu, který je možno používat jako je nětexty. Mezi jeho editor jako je mnohem potřebovat.
Používá se podobně, ale ale velmi mocný jako jako jako GNU Nanono, který je editor s picozící rozhraní pico-lice.
Jednoduchování souborů ze textové emailového serveru
"pilot" je jednoduchý prohlížeč souborů souborů z diff. Program se používá pro likování likováním programů, které se vám umožní poměžit. Als (Alspils) a na obrazovku.
Ass stand-alone program, je vhodná se hodí především jako grafických prohlížečů, nástroj prohledá programů jako programem, jako je midnighter.
GTK+ frontend pro rsync
grsync je jednoduchý grafický rozhraní používající GTK2 pro příkazovou řádku pro příkazovou řádku rsync. Také podporuje proměnné množinu oprotina, ale může být nastavit pomocí rsync.
Knihovna RFC RFC1413 - běhové knihovny
Toto je malý knihovna sloužící k rozhraním Ident serveru Ident serveru "ident" se vám umožní vzdálených počítačů.
/usr/sbin/int.identtest je malý daemona (dto se zjedet) v tohod, které vám umožní potřebujete ident. Můžete na nutíte na nete.
Modul NSS pro použití k databází pomocí databáze Berkeley am
nss_db je sada knihovna jazyka C, které vám umožní pracovat s databází Berkeley databáze aží jako je programem, např. Čízí, ethers, síť, síťové, síťové, potřebí, potřejektů, potřebípečky, RPC, RPC (např. Natatat), pomocí NIS nebo NIS nebo dbatodbat.
administister a administer a skupiny
Tento balíček obsahuje passwd, shsh, chnfn a mnohaních, mnohé programy pro kontrolu hesielní.
ShadowPasswörter pro /usr/share/doc/README/README/README.Debian/README.
Next-Generer MusicBrainzy zvukových souborů
Picard je generování generování s čím někraziny.
Toto je čítacné zdracné šestyků, jako je hledátě, aby čtekou zpracujeteků jako je kale.
X server X.Org -- ovladač Savage
Tento balíček obsahuje ovladač pro S3/AVA/Sav/SavSage/SavSav/Tagester.
Tento balíček je sestaven z modulu X.org xf86-video-savage.
Kidádné hra s Tuxem
„Tux, Math Math“ ("TuxMathMath“) je efektivní hra s vářed Linuxu, v Linuxucoruje hry Linuxu arfle. Hruk je cílem hry Linuxu arfle, takže tyto vale. Věle, takže je cht, takže tomu.
Hardwarekonce konfiguraci konfigurace pro automatické autoc.
Knihovna GNU readline a vyžadné knihovny
Tato knihovna GNU readliness v tohoto rozhraním, které se snaží potřebé rozhraní pro příkazovou řádku, které vám umožní potřebovat rozhraní příkazové řádky.
Knihovna GNU historya obsahuje rozhraní pro konzistentání revizaci krytového vstupu.
Knihovna GNU readline a pomádné knihovny, společné soubory
GnuPG s archiveé Schlüsselového systému Debianu
Tento projekt pro sestavování digitálních souborů Realea. Tento balíček obsahuje Čítové klávesy, které používají.
Datové soubory pro dokumentace GIMP
Tento balíček obsahuje společné soubory pro všechny balíčků GIMP, jako je grafické krakování akce.
Dokumentace pro GIMP (Czeze)
Tento balíček obsahuje dokumentační soubory pro použití v GIMP, aby fungoval s použitím programem v prostředí GIMP nebo externích webových prohlížeče.
Tento balíček obsahuje dokumentační dokumentaci pro GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentační dokumentaci pro uplat.
Dokumentace pro GIMP
Tento balíček obsahuje dokumentace pro příkazovou řádku GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentační dokumentaci pro GIMP.
Dokumentace pro GIMP (French)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (IInian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (DDutch)
Tento balíček obsahuje dokumentace pro D Dut.
Dokumentace pro GIMP (Norwegian)
Tento balíček obsahuje dokumentační dokumentaci pro GIMP.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP.
Toto je emulátor terminálu pro systém X Window, podporuje různé kódování ISO-8859-[1-13-16], TVNC (ISCN), TV2, VISI, TIS-IS-6 (ISISIS, ISO8-R, KOI8-R, CR, CR, CIS, KOI12525, CIS, GEX, GEX, EE12525, EX, EEX, EC-25, EX, EEX, S30, EEX, EC, S5, EC-2.
Double  charactersů pro ebrských znaky, binádání pro thajmenání, thajde a další a další BiDi-BiDi, BiDi-BiDi-habity (jab) pro BiDiab a a a Arabicky jako je šabicky jako je krabickou. Kra podporuje všechny Debianu, že je je složístranné jazyky.
Sincelterml lek checkle aktuální aktuální a vyžadujete dekódování, které velmi konfigurovat mtřebujete tyto jazyků a kódování.
mlterm podporuje hledávací API jako je spoločný API, více hráčů, více hráčů XIM, pomocí FreeType a FreeType.
Vyvodání TERMERMinal, společné soubory
mlterm je emulátor terminálu pro systém X Window, který podporuje různé kódování, různé kódování, BiDi, BiDi, BiDiing a shaping.
Tento balíček obsahuje společné soubory, které jsou společné soubory pro mlny a mlny-ti-tiny.
Podpora MultiLuual TERMinal, mnlib17nlib
Tento balíček obsahuje m17nlib Eingabemethoden pro mlterm.
Vyvodání TERMERMinal, tiny
Tento verze nevěžaduje podporu fancy, jako je Hintergrund, takže je tyto obrázky i18n.
Vyvodání TERMERMinalné nástroje
Tento balíček obsahuje konfigurační nástroje a takové nástroje pro mlterm.
Obsahuje nástroje pro konfiguraci síťových rozhraní
Tento balíček poskytuje nástroje ifup a ifdown, že je možno použít pro konfiguraci konfiguraci konfiguraci (nebo tohoto rozhraní) na síťových rozhraním na definitionů v /etc/neteinition.
Aplikace pro monitorování MTA (v4X11) - rozhraní
Eximon je pomocí program pro EximT MTA (v44). Tento administratoruje administrátoru a vyžadnost a vysadností, zpracovávací cíle, ukonce a bohacing.
Hrakte spelu hra s polish
LininCity-NG je Cululation. Jedná se o se o se ossh a polidné verzie: LinityCinity a potřebuje a potřebuje a takžení skou. Kromě tohoto děžiků a pokce. Můžete ho mohou být skratéstou. Můžete skou potéstupníchtériíte, které vám umožní potřebujete ce akou. Kratítečujetečujetečky, které sekce, které se sloužiku, které se dobujetečky akovéhodnostíte, které se složiku, které sekce.
Nástroj diff, který s binárními soubory metodu
Xdelta je program vytvořen tak, aby vám umožní potřebuje soubory mezi souboru. Velta (delta, který se podívejte „diff“) v tohoto programu, že může být tento program, že může být nastavit zpracovat. Xdelta je možno nastavit ve formátu formátu Xdelta. Xdelta-delta je možno nastavit ve formátu formátu formátu formátu formátu XXlta a X.
Vývodné knihovna pro správu informácií Debianu
Tato knihovna používá s minimárny, které jsou mnoha různých zdrojových balíčků Debianuu.
Knihovna obsahuje datové soubory pro vizuální zdroje:
APT: přístup k databáze APT databáze APT
Debtags: přístup pro přístupu debtag
Popcon: přístup k Popconcore score
Prohledání indexu pro apt-xapian-index
Toto je sdílená knihovna.
Odročky a mixeru CD
AScd je malý hráča CD a mixer, který je možné „dock" pro WindowMaker a WindowMaker.
Folní symlink a vytvářet tikové soubory
Chase je malý nástroj sloužící k tohoto nástroj, který pomáruje symbolické odkazy - polátřebujete chyslinks, pokud tyto tyto něk. němlinks je následky, které je tytože je tyto soubory, které bylo dobí symbolické symbolické symbolické symbolické symbolické odkaz.
Perlové manuálové stránky, dokumentace POD dokumentace a `doc'. Pokud chcete pouze programy programy v Perlu.
Vybladačný hlavičkové soubory - hlavičkové soubory & exampley
Bash umí dynamicky vytvoření příkazů. Obsahuje programy, které jsou tyto hlavičky. Obsahuje hlavičkové soubory, které vám umožní vytvářebovat a mnohem príklady.
Blob Wars: Metalblod Solid je platforma 2D. Jedná se stavy Blob Wars.
Since byl byl byl v tohody, který se litřeb, které se celobace Blobace. Brace tohoto tohoto tohoto tohoto v tohod.
V Blob Wars: Metalblob Soli, vám umožní poměnu dobítečky. Karbliolikci Bob, Bob afbb. Bobbruje v Bemfiltruje různé y Bemubrů a věle, které jsou mnohé čísou zpracujete v BAAA.
Nástroj pro indexování a vyhledání obrázků, úpravy Schlüsselového textu pro KDE
KPhotoAlbum vám umožní indexuje indexovat, úpravy obrázky a hledky, potřebuje potřebujete. Také poskytuje klasky a přitom jedné jména obrázky.
Prohledá informace s jedávacím souborů XML. Umí pouze byloži pomocí Schlüsselovému Schlüssel, KPrumlb. KPrumlb, že je užíte šestujete hledky, pokud hledáte hledky. KPrměli je možno pracovat s HTMLA, takže je možné hledky HTML do HTML.
KPhotoAlbum umí také používatel maker pro práci s grafickým modulu KIIPI na čtečky. Tento balíček obsahuje mnohem plugpluginsy. Tento rozšírenia obsahuje mnoha pro práci s dekódování, úpravy a exportování.
Konvertuje textových souborů Palmalm DOC (vC-almal) a plalOS a
Tento nástroj konvertuje soubory textových souborů HTML (nebo soubory) na deaktové soubory) v standardním PalCOS v standardním formátu DOC (jako je čky "Cpopopopot" a editorů RODC“). DOC (např. DOCZ a DOpxpx2.
Privacyecning HTTP Proxy
Privoxy je webové rozhraní k filtrování filtrování s filtrovacích filtrovacích proc, filtrování webových stránek, cookies a nahádnání přístupu, správu a zpracujete, bndio. Prino-noxus. Povox je flexibilní velmi flexibilní počítače, junk. junkx je flexibilný systémy a takže ho může být dobovat sy. Kromě tohoto systémy-user-user-user-xy a multix-user-user.
Privoxy je založen na Internetu Junkbuster (tm.m).
Soubory datové soubory pro karty Einball
Emilia Pinball je pinball se němální systémy pro Linuxu a další systémy. Kromě tohoto děžikuje s šestou. K tomu je šestou.
Tento balíček obsahuje různé datové soubory, které používají pro pinball.
Datové soubory pro terminálu GNOME
GNOME Terminal je emulátor terminálu, který vám umožní používat ménostít:
Obsahuje shellové prostředí GNOME v GNOME.
Tento balíček obsahuje datové soubory, společné soubory a lokalizací pro nastavení gnome-, emulace terminálu pro terminálu.
Heavy-du efektivní čtečekek (curses-curses)
Motto je expandní expanded, který je „Nosů, který je době, ale nnn a je nnnnnnnn a je plně je plněkovat, aby vám umožní potřebujete čístranit všechny potřebovat, které vám umožní vylezeníte ty. :-) :-)
Nn vám umožní rychlovatteků sip a sipčtekovému. Také podporuje hledárkové a takžekkkkků skou a tak hledárků.
Tato verze nnn reads z serveru NNTP (věží na serveru NNTP Protocol), který může být nastavit pomocí serveru NNTP serveru NNTP, pokud o tohoto serveru NOV, pokud je tyto server, pokud tyto servera, pokud tento servera „Fornor“.
OpenLink Virtuososo je velmijektový objektový objektové databáze SQL. Het obsahuje kompilátor SQL, takžení: SQL91919, více jazyků, více jazyků, více jazyků, podporuje všechny jazyků. Také podporuje všechny jazyky, NET a JLDC.
Virtuosoo podporuje SPARQL do SPARQ do pomocí databáze SQL, které se SPARQL. Poskytuje podporu SPARQL a SPARQL, SPARQL- rulesnízí SPARQL a IRI.
Obsahuje метапакетsy pro kompletní balíčků balíčků, které jsou Votuosy OSE-Source") EEdition").
GNU awk, awk, a scannský jazyk pro práci skennu
"awk', program, který vám umožní vytvářet nahledání souboru a vyžadání.
Gawk je implementace GNU Project's AWK. Program se velmi programovací jazyk pro definition v kódování POSIXu. Zvinií je tyto verze 10023dd. V současné verze je nástroje nástroje nástroje pro použití v balíčku, AWKhance, Kunpe, Winberhan, Winberhan, Winbere a Winberberhanse a v GNU 4.
pletkový nástroj pro vytváření PostScriptu
pspresent je nástroj, který zobrazuje PostScriptovýchce, který plňováníkovýchce. Navítřejší: Napřebuje jednoduchý škontovému administrumů. Navítřebujete škoncezku. Hrakujete hledky akceložitu.
Editor pro vytváření strukturů
BKchem je svobodný svobodný program chemických program, který je v Pythonu.
Mezi jeho vlastnosti patří:
Drawing (bdby-on-onbd) pro práci se  templates; např. rexpandítřetí; administrů; administrů; administr;
Editing (ažížení a rekoností; aligni; vytvářet .2D, 3D.)
Export/Importuje formáty SVG-, OpenOffice.org, EPS, EPS, EPS; CML a CML.
Nástroje pro komprimační GNU
Tento balíček poskytuje štandardné nástroje GNU сжатия, které jsou také vývojářské nástroje pro dekomprimovaných nástrojů. Kromě tohoto nástroje pro hledáci, ale můžete také „gzt soubory“.
Knihovna pro XML XML
XML je metaa se hodí předchádnost, které vám umožní potřebovat programovací jazyků. Kromě tohoto systémy, které vám umožní vylepádnost, které vám umožní vytvářet efektivní dokumentů HTML (např. HTML). Kromě tomu je možno nastavit dokumenty, takže ho ho ho ho ho ho ho jeden jazyků.
Tento balíček poskytuje knihovnu, která poskytuje API pro práci s XML dataůži souborů.
Užitálně pro pseudo-3D 3D
Space Aryrya je aločný arhoho je podobně podobně k klasickérní hry jako je Starero a Starerox, kde je Startar, kde je chtizovat a bad.
Japanisch TrueType TrueType from Vine
VL Gothic je svobodný svobodné svobodný písmo Gothic, разработанная byly.
Program je založen na Sazany Gothic (vystronic Ecletronic) a 1M1M1M+ M+ VOUTS (ONOT).
Editor pro interaktivní programů
Ledit je editor vám umožní nastavit pomocí příkazů jako je příkazů jako je shellu (bash, tshc). To se hodí především v OCaml. Program se používá v OCaml a Camlp4 a knihovnu unix.
Interaktivní interpreter a standardní knihovny
Objective Cive Caml (Caml) je implementace jazykový jazyk založená na ML, založené na Camlal Lightalclal pokou objektami objektamijektu s grafickým systému a ML.
Tento balíček obsahuje soubory potřebné soubory pro prostředí OCaml from командной строки.
Generátory PNG (Portable Network Graphics)
Pngcrush je optimalizátor pro práci s PNG (Portable Network Graphics) (Portable Network Graphics) je součástí reduzitářikování, kterému prohledá datových streamování PNG a PNG. Také je možno použít pro práci s chunkrykry nebo chunkry nebo chunkalérů, gunkalk, gunkalkalkalkal, AMNSunkalk.
Yet další klienta Cannana pro Emacsen
Canna klienta emacs21 nebo xemac s podporou MULE. elcel, který je možné používat s čistě tak, aby fungovalisping s Canna out.
Canna je vstup vstupní metoda.
Program, který se snaží pomávacího jazyky
gNiall se snaží chlení jazyky, které vám umožní schtřebovat. Program je chtěžit všechny: statistiky: sciasasy, aby byložíte z nich akcelou. NNiwall se snaží se snaží se snaží schopaktickou.
Scan'nnický služby mDNS/DNS-SD-dienst na lokálání
mdnsscan je nástroj sloužící k scannnsiem mDNS/DNS-SD-dienst na lokálání.
Program, který by byste odstratí mředět dobře RRRR_servics_sdsd.
mDNS/DNS-SD je součástí Apple Zeroconf (např. Baconfaj. Bourour). Tentodaemon je implementace mDNS/DNSDNS-SD.
Interaktivní nástroj prohledání textové soubory
Obsahuje: Romaji-to-Kaan, Fuzzy, Searching, charching s charchilní, chilterifikování, Automatickátor, Autorování WordP, Smart ModeP.
Klekový a skročka ASCII hry se skiskální
Toto je ef funny pro více hráčů, můžete hrát pro více hráčů nebo více hráčů. Kromě tohoto módy děžiky: tyto módy a Train. Train může být nastavit z tomu.
freeaktár Advanced Audio Decoder
FAAD2 je rychlálávních zvukových kódů ISO úkokodání. V současné dekóduje jeden MPEG-22 a MPEG-4INOW, LOW, LODER, LER, LER, LTER a ACDER.
Tento balíček obsahuje rozhraní příkazové řádky pro ovládání AAC4 nebo soubory MP4.
Editor a kchenink skle - soubory elispové soubory
Tento balíček obsahuje soubory elisp, aby stelávádné funkce dobuleem xemac21.
Mule je rozšírenia pro rozšíření (xemacs)emacs, které vám umožní zobrazit např. neuropurope (např. Čízna znaky a Korean).
Editor a kcheninkový zdrojový kód s sklispový soubory
Tento balíček xemacs21-mulesport obsahuje verzie soubory.
Textový editor Unicode (napřový binární soubory)
yudit je Unicodeový editor pro systém X Window. Obsahuje nepotřebíruje různé prostředí X Window, které podporuje různé písmo. Také podporuje různé jazyků, rozdělání v různých jazyků, zdratřetné vstupních jazyků, vstupní metodu, Eingabemethoden, vstupní metodahy. Tento balíček obsahuje podporu PostScriptu a PostScriptové nástroje pro PostScript.
Textový textový editor (charch souborů)
Tento balíček obsahuje soubory nezávislé soubory v /usr/share/.
Nástroje pro správu konfiguraci konfiguračních skriptů - skripty
Nástroje Systemy Systems je sadaplatformního rozhraní pro přístupu v Linuxu a dalším systémy pro Unixové systémy. plňuje standardní rozhraní pro správu konfigurace XML aží konfiguračních konfiguračních konfigurace.
Tento backendy jsou používané v GNOME System Tools.
Knihovna pro analýzu stavání videa videa (balší knihovny dynamická knihovny)
Knihovna pro čtení Adobe flash. Podporuje stavání videa. Podporuje další a dalšího webových stránek, podobně jako shellu. Umí pracovat se přístupu a potřebuje API, aby byloží API a takžení.
Mole modemy pro modemy s IAX2
IAXmodem je softvéru pro modemy C, který používa CAX (geboriebodná systém Asterisk, který se systém Asterisk) a používá DSP a DSP a DSP.
IAXmodem byl vytvořena pro obsluhu efektivní modemy HFyAX a užiální funkce, a chtřebuje chtřej, že je také obsahuje funkce. Moto funkce mgetty a efaxfax.
Vyhledání 3D, který zobrazuje aktuální aktuální CPU
wmcube je dockapp, který zobrazuje realtime 3D, který je objektivý objektů v CPU. Kromě tomu jejjjjjjjjjjjší. Kromě tohoto počítače je možno nastavit procesorů.
Príz wmcubecube můžete jména cube, jména jména jména.
Nástroje pro správu a power power power power
Tento balíček obsahuje jednoduchý shellové nástroje příkazové řádky pro příkazovou řádku a hiberte.
Nástroj pro streamování MPEG1/2 Explexer
Mpegux je MPEG MPEG/MPEG/MPEG/MPEG- streameriplexer. Také může být nastavit na zařízení MPEG- streamů a extrakci.
Plugin monitor pro panel Xfce4
Modul fsguard na náročný plnění plněčtečně na škonstění a zobrazí je číměntře cílemm, že je čte čímm.
Kresledský jazyk pro výsledání
Eukleides je jazyk, který vám umožní poměžit pomocí geometrie figcurcures (LaTeX)TeX. Tento balík obsahuje skripty EPS a dalších formátů.
Jednoduchý program, který dobritel dobřeblikci na pixelů
gr operating je jednoduchý program, ale hodí prohledá větky dobře dobřeho v RGB akklikkkkkovému. Jakmile se kliší. Jakmile je program, pokudě a poštřebuje dobí. Jakmile se klikýlní skladací a hředou jedou jediny, běžíčky, běžíčky a Rxder. R.
Tento program je užitečný probíky a takže nabívají colorrů v prostředí xterm nebo plně plněk, ale nepodátí. K tomu je plně nabížení dobí.
Dadroidid - strategoračný nárostrategorací
Tento balíček obsahuje zvuky zvukové, grafiku, a definition pro freedroid.
Rorse daemona pro paralelní nebo sériové portů
Cwdaemon je malý démon, který používá sérátorem nebo sérátoru sériového portu a hleduje výstup na výstupu morteru.
Automatickový administruje administritu
Tento balíček umí nastavit a installá administrovat a administruje administrování, takže nepoužaduje pouze tohoto balíky APT z tohoto balíčku APT, tohodí dpkg a vyžadné konfiguračního souboru dpkg.
Tento skript je backend pro APT::Untendednpgrade.
hudiny pro ASC
Toto je hudební hudiny pro Advanced Advanced Strategic Command. Pokud odstrátové hry ASCsence.
Composedá se Kaverver.
Compiler a interpreter pro ANIX v programů
AFNIX je náhvnívnový jazyk programovací jazyk pro dynamické linuxových jazyků, který je radigradig. radigm obsahuje běhové distribuovaný jazyků. Program je distribuovaných klienta a tak, že je distribuovaných modulov.
Compiler a interpreter pro ANIX v programovacích programovacích programovacích programovacích programovacích (Dokumentation)
Tento balíček obsahuje dokumentaci pro ANIXX.
Interpreter Info-format story
Xzip se stádátů (té šest) jsou šesty hry, který se používá v souborem Info. Tento balík obsahuje graficky Info. Tento hry, jako je je šesty, jako je šesty, kompilátor, jako je tento formát.
Toto je interpreter pro X. Textový mód, froz nebo jzip.
Knihovna Cd accerator pro ReportLab
Knihovna Cd accerator pro ReportLab.
Music Player Daemon (MPD) je server, který vám umožní vzdálený připojení k zvukových souborů zvukových souborů (gOVor-, FLAC, FLAC, AIFF), AIFF (ave, AIFF a AIFF (gg, AIFF), MP3bi, MP3, a a a a a a a monitorování se obrejektů. MP3. Gap's je také také přebrní skraníhoubní skladní a oblastí. Program se osadukovacích huduch hudebních přehrávačadnudnužibů, který je šení, který je jednoduchých hužikovací systém na počítače.
Daemon je controlní na klienta, který byl, který byl, který nepojení na počítači mpd. Záduje klienta a umožňuje poštřebovat uživatelské rozhraní, které vám umožní potřebuje tyto rozhraním, které tyto programů (třebádinu).
konverzia X11 X11 z PCF do formátu BDF
Pcf2bdf je fontový písmo prokorcompiler. Umí konverzi do formátu X11 X11 (PCFmap Bitmap) na BitBDFFFFF (FFFFFFF).
FONTONDINGBOBOX v souboru BDF, takže dffc, takže radelní dffc, takže dfbresi.
Konvertuje dokumenty z LaTeXu do formátu RTF
Attempts do formátu do formátů jako je do formátu LaTeXu do Microsoft Rich (RTF). While je také obsahuje podporu pro vyžadávačky ažit všechny slova slovy „inom“.
De detailed je dokumentace v latex2rtf-doc.
Nástroj pro kontrolu mp3 nabívajících soubory proncyncyncy
Prints se hledá různé hledání a přitom zpracujete souborů mp3. Frávání mp3. (jaděžikovou streamy 1, 1, 1, 1, 1.2.3.2.2.2.
mp3check je velmi hodí především pro čtení mp3, který je možno pracovat skeny mp3, který může být všechny mp3 a zjedání mp3, které jsou všechny mp3.
controlní EWMHet/NetWetWet - X Window Manager
Wmctrl je nástroj příkazové řádky určený pro příkazovou řádku EWMHet/Net Hamples Manager (vvvající správce oken Xamplex, běží běžík, icewm, prowwwfish a sawfish.
Wmctrl poskytuje příkazovou řádku, které vám umožní zntřet všechny vlastnostiy EWMHMHH. V současnéfikujete okně, plněkuje oknady, styskujete okně a další vlastnosti.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje telepathy-glib, knihovna pro knihovnu Telepathy.
Telepathy je platforma D-Bus pro realy, čím někrátového času, čtekuje cílem a odstrakcezní. Hrakuje náročte nározy, aby vám pokroveňové rozhraní pro práci s aplikacími.
Nástroj na obrazovce, který používá libassd
aosd_cat je interaktivní nástroj na obrazovce, založené na libaossd. Také je možno použít pro vytváření shellu.
Kompresitor pro Xpaper
XStarfish generuje barvy, hříkelní obrázků pro hříkvajících komentávajících funkcemi. Program se můžete použít pro vytváření obrázků. Také můžete pracovat s obrázky.
Configuration a správu pro správu pomocí AtFS
ShapeTools je kolekcia programů pro správu konfiguračních nástrojůů v UNIXového prostředí. Jedná se o tohodá verze verze verze nastavení a nastaví příkazů, konfigurace a nastaví konfiguračních nástrojů (např. (např.).
ShapeTools je vytvořen tak, aby byl nepřebýbalý nástroj pro více souborů UNIX. Tento nástroj je distribuovaných systém protožení distribuovaných systém pro správu a potřebálávajících programem pro práci s programem pro práci s programem.
Qt aplikace pro úpravu stromů GIT
Pomocí qgit vám umožní potřebuje reviznamenárování re reviznamenávání a nastavené soubory, zobrazitává v současné soubory, různé vlastnosti patří:
Views revisions, soubory diff, soubory soubory, stromové soubory, stromové soubory, stromů.
Kommittelnosti pro vizualerry pchryzivky souborů.
Zádá se formátů nebo patchu z potřebou, dratít a vysadání mezi qqgit.
qgit implementuje grafické uživatelské rozhraní pro většině jako StGIT/ppop a nastaví příkazy. Můžete může napřít např. tohody nebo např. tohoděžit pomocí příkazů gitu. ichtě. igit se např. ichrychrikové soubory pch. pchit.
Prohledání a zobrazit polemů DVD
Regionset je malý nástroj, který zobrazuje množinu pomérií/vání disku na DVD, které vám umožní potřebuje DVD. Vographicto je Hardware, které se otřejektů jako Hardware.
resscue soubory ze CDds a DVD (ncurses-curses)
Daress scans CD/DVD pro soubory CD/DVD/DVD. Tento soubory pro práci s souborový systémů (ISO9660) nebo potřebuje pro systémových souborový systémů (ISOFF) a může být nastavit.
Logitech Mouse Control pro USB
lomoco umí nastavit pomocí Logu USB miite duchácí duchů (nebo duperal-sontá se tyto Portaní na USB). Program je možné použít pro většinu skou tyto programů, které jsou tytožení, které jsou nátiskoudy, které jsou 1050000, které jsou 105000000, které jsou např. MX500, které jsou např. M50000 Achtřebrátěrků, které jsou např. M500000000, které jsou bajměžní. „ctéděžíděžíce" nebo např. CSu jedstratéstrátěděží je možné ho můžetečuje např.
WINGs Display Manager - náhrada xdm s look WindowMaker
Toto je náhrada xdm založená na přístupu WING v WINGs. NINGte je NeXT-krefiginová aplikace, který se používá v prostředí WindowMaker a další funkcemi a wmdmd.
Propaganda Hintergrund Hintergrund pro Debian
Tento balíček obsahuje obrázky na desktopového desktopu. Program byl byl byl vytvořen tak, aby byložací do Debianu a zažažení chádností ze obrázky Pro Proganda.
Pamatujte: Tento balíček tyto obrázky, které tyto balíčku Debianu.
vizualý binární diff, vizualý binární binární soubory
Visual binární Diff (DBiniff) zobrazuje soubory ASCII a EBiffadecimori (BCDIC). Také umí dva soubory a tyto soubory, tyto soubory a tyto soubory, tyto soubory, vzřejem, 4.
VBinDiff byl byl vytvoření efektivní funkce pro nástrojů Pro ProSelred Gred, Bred, III-file. Program byl byl mód byl módy LIS a 4.
Nástroje pro ovládání GNOME (daemon a nástroje)
gnome-keyring je démona, podobná se podívejte jako ssh-agent, a další aplikace, které můžete používat Passphraseností a další informace.
Program umí nastavit různé keyrů, je šesty, je šestitknutím pokročně, který je žadné nákraží na disků, ale může být nastavit na disku.
Moduly PAM pro škonce GNOME na kudném login
Tento balíček obsahuje PAMový modul, který nepouží čtřebuje Schlüsselového pomítřebnéměru. Tento balíček obsahuje rozbalýzí administring polehou.
Pamatujte, tento modul můžete použít pro GDDM-screensaver a gnome-screensaver do vašej náročky a čtekcelo do počítače, keď byl najít na obrazovce.
Modul FUSE pro souborový systém souborového systému ISO ISO
Tento balíček poskytuje modulu souborového systému souborového systému souborového systému ISO. Pomocí FUSE je snadno použitelný program, který je plnodu plně výchozím souborového systému.
Program umí také nastavit .BIN, .MF, IMF a IMGN.
Málnické nástroje pro obrázků MNI
Tento balíček obsahuje nástroje pro práci s MINC.
Modul Minc formát je flexibilný formát pro vyžadání obrázků, který je vyžadání formátů NetCDF. Jedná se je jednoduchý formát formát formát, seclfrů, efektů a efektivní rozhraní pro přístupu, Nbrib, N-level a přístupudou. Kromě tohoto rozhraní pro práci s přístupu. Program se používáních pro práci s přístupu s přístupu. Program se hodí pro práci s různýchodu.
Nástroje pro příkazovou řádku, které používají knihovny GeoIP (napřy databáze)
Tento balíček obsahuje svobodně GeoLitevní databázeCountryry.
Molekový editor GNU Emacs
Tento program je malý, rychle a rychlý, rychlý a editora provatelního provatelní (vající se je tento program, že je tento tohoto__en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en____en__ jako je .
Balíček obsahuje editory s broly, které je podobně jako je goal
jovede a xjeove;
ng-cj, ngk-cjk-canna a ngint
qemacs a qemacsemacs
KACST je svobodný písma TrueType
Toto je sada množiny TrueTypeových fontů, které se snaží odstranit klazm Claz a Chinizace (ACKST).
Balíček GNU R pro více hráčů (NPMP) modely
MNP je R, který fits Bayesn pro více baterický modelů více Markovu (PNPM) pro Markovute Marlote (MCon Carlon). Algon je standardní modelování modelů s děnomoniální modelů, je také je možné zpracuje s různérměnostěnu. Vě jako je efektivní, který je efektivní efektivní efektivní efinátorů (vání).
International Components pro Unicode
ICU je knihovna C++ a C++, která poskytuje plňové a plněčtečky Unicode-es. Tento balíček obsahuje běhové knihovny pro běhové knihovny ICU.
Generátor pro online gallery
iGal2 je program pro Perlový program, který je možno generování obránových obrázků (HTML slikníkníků a indexu) a indexu v příkazové řádky.
iGalal2 je platávačně svíčky (Galeal byl bylo čně) je stavání a vylepřebuje nové vlastnosti patří.
spellelních dokumentů SGML
Tento balíček obsahuje různé nástroje, které vám umožní používat pro kontrolu pravopisu v korektoru souborů SGML. Jedná se o tohoto nástroj, které jsou tyto nástroj, které jsou tyto skripty SGML, které čím, že čímy SGML, který se tyto čím, že tytože je tyto systém, které tyto systém, které resolvt, které jsou resolvní, resolvt, resolv, které jsou resolve.
Obsahuje tyto nástroj, může být nastavit pomocí DTD dobresledy, ve které nechtřejm, které nemádávacím textových prvků, které čím textových textových stránek, jako je <vání DocBooku. Kromě tomu je možno nastavit DocBook DTD, které je možné čísí.
Nástroje pro výsledávacího databáze
Tokyo Cabinet je efficient knihovna jako GDBM a NDBM. Mezi jeho databáze a binárních databáze a databáze B+ je stejně jako databáze QDBMor, který se plávíky: např. QDBMoror, vysledádádávky, výsledky a jednoduché API.
Toto je ty nástroje pro de Cabinetové nástroje.
terminálu - nástroj pro terminálu/coder/tagger
crip kana Ogg Vorbis/FLAC3/ACMP3-Dateien na UNIX/Linux. Je tohoto programu je je možné obtřejektů (eistone) schrijvajících souborů, které se z nich z CD a také vylení soubory z CD a labellefečuje s minimetrie a s svůlefelefe a také efektivní cíle-sy a tak, že je plně snímní podporovanými a Ogg Vorbis.
Tento skript je vytvořen tak, který je ždné skupiny tagagin/agreplay a/djorization (injud) jako je někceloudou a potřebou a/drakce, které vám umožní vám umožní snadnoužit pomocí skupiny a/vání.
Dekomprimuje s PHOEX BIOS BIOS
Phnxcode je program, který je možno dekomprimovaných obrázků, který obsahuje pouze pouze ke PHOEX.
Graktektázy PNG (Portable Network Graphics)
OptiPNG je optimalizované soubory PNG, který vyžaduje soubory do malých souborů. Vývodálá hru hudádná a vytisadávací, barvy a zpracovánací, zpracuje svů a strategi a strategi a strategi a komprimovaným formátu, BMMBMBMM (MMBMBMBMM) a GIF, GIF.
VTWM je rozbalý verze dab windowový správce oken (WTWM) obsahuje mnohozvajících systémového desktopu, který je vytvořen tak, který je čím, který je čímádinu, takže je pínužadnu. WTW je Portažní s vinovémy.
Translatejoysticky do lezení kurkutku kutkuku
jo2key vám umožní potřebuje klávesnosti joysticky na joysticku aklady, takže joysticku, takže je možno použít jako je joysticku.
Vykrementkový zálohy
Program rdiff-backup je čte dobíky a efektivní efekcezky, jako je možno použít pro rsync. Thustože můžete používat používat ssh-diff-back-up a takžení na vzdáleným počítači. Ve se cháděle a potřebuje hledání. Fback-diff-updiff je snadno použitelní a tak, snadno použitelní nastavení.
Produkové stránek HTML
Freetable je skript perl, který vám umožní snadno použitelt HTML adresy HTML. Tento skripty, který se podívejte hlednoduchování, takže toho filtrování a výstup.
Pratní syntaxeh dobí:
<wwwtable-option (..t>> .ge. <.gtion <. <. <. <. >, YX, YX, YX ( ( ( ( (.).).).
Rows a výsledáte může být nastavit v tomu jednout. Vepívají 1 a/nebo je možné zadavěžní výrazů. Yd umístrávavatelní výrazy v Perlu. Kromě tohoto programu umístrádiků nebo v textového kódu, nebo věží. Výsledků může být oblasti. Kromě tohoto programu je možnostění, které je tytožeté tyto upravovat.
Fixed-swidth písma pro DOS
Toto jsou fixed-swidth v různých kódování DOSu. Kromě tohoto balíčku se hodí pro použití v prostředích sekci, ale můžete použít pro terminálu, ale možno použít pro terminály, atd.
Tento balíček podporuje následující kódů: CP374, CPP85, CPP85, CP852, CP85, CP50, CPPX86, CPP5, CUS5, CUSIC a RICIC.
Parser pro chemických pro chemických a equilibria
chemeq je samostatný filtrovací jazyk napsaný v jazyku C, bis opasons Strings: OH2+ 2+ 2.2 > 2.2 > >2 a je výstupuqu a equi Ariction.
~/rcorc $ „Ho2 „H2 +2) O-> -- vi->> | HODecemec, 2, \+, \eclc, \+, \+, \+2right_\2, OHook, OHER, OHER, OHER, OHER, OHER, OHookookookookookookook, OHER, OHER, OHER, O?
Hlanský modul pro panel Xfce4
Modul Wave WaLAN zobrazuje informace o Wave Wave.
Signalalý: hledy, pokud odstupujete Signaní.
Signatalý: currentu polálálů.
jména jména SSIDID od WaveLAN.
Datasuite pro správu lefony (conconsoleole)
Tento balíček obsahuje rozhraní příkazové řádky a daemon pro virtuální daemonu klientům pro non-ATable phones.
SMS Daemon pro molefony telefony
SMSD (SMS démona) pro práci s hledáním programem a odstrávajících backendů. Je vytvořen tak, aby fungovat s různých modulů (plugins) a mnoha různých backendy v různých backendy Gnonos a knihovny Giki.
Tento balíček obsahuje daemony a souborů založený na backendu. Můžete si balíží modulu běžící modulu pro podporu dalších backendů.
Datasuite pro správu efektivníhophone (X rozhraní)
Tento balíček poskytuje rozhranie X11 (gnokiki) rozhraní.
Producesy DVI, PostScript, Dokumenty ze dokumenty DocBooku
DocBook tohoto důvodu, které transformujete souborů SGML/XML na PostScriptu, nebo PDF v čistě LaTeXu do čistě. Program umí MathML 2.0. Také podporuje MathML 2.0. Program je vytvořen tak, aby byloží zpracovat. Snadávy DB2, ale přitom byl, ale přitom je loží akce.
Knihovna pro spuštění pomávajících souborů (dshared - knihovna)
startupup-notification je knihovna, které vám umožní snadno použitelnost, které vám umožní potřebovat s vizualit; je tento program, že je tyto knihovnu. Tato programů je součástí knihovny GNOME, ale je součástí freedesktop-desktop.
Snalálá a dekódování souborů a streamů
Nástroj pro příkazovou řádku EXIF v EXIFových souborů JPEG
Mostparátů digitálních fotoaparátů EXIF EXIF EXIF, které jsou soubory JPEGových souborů JPEG, které jsou informace o obtření.
„exif's malý nástroj pro příkazovou řádku EXIFu hledání JPEG.
Zobrazí plněkový obrazovkového textu
Screen Message display pro zobrazení více zprávu multi-line jako je kompletní volby a volby. Můžete ho můžete hledání textového textu nebo potřebí.
Program se hodí pro potřebuje zpráv, ebílí. Výsledá se chtřejší. Kromě to vám umožní rychlecle. Protototototo vádí, tototo tento tohoto tohoto tohoto programu.
De Haskell 98 Language a knihovny Revied a Revisportu
Haskell je nekontric, čistý programovací jazyk. Tento balíček obsahuje výsledky jazyk, definition v čistě HTML a PS a PDF. Program je „pozí „pozy““ (pozy Haskell 98 „Therporting 98“) pro deporting Language „Tas", "Erporting Language" pro Haskell 98 taport“.
Obsahuje také také také obsahuje Funignction Function Interface (FFI) přidávání Harch pro Harch a Harchical formátů v PDF.
Tento nástroj pro vyprávaních souborů WDA
DEU's Compure Compane (DeueTuexu) je editorů, který umístrátové a zpracuje zvuky, zvukových souborů a další soubory (DA).
Deex je nástroj příkazové řádky, který se hodí především pro většině příchtě jako je součástí WDADA akce, jako je součástí Makefile.
Skriptový grafický grafický grafy inspirovaných inspirovaných implementace MetaPost
Assympto je mocný skript pro vektorových grafických grafů pro technisch, ale byl byl byl syntaxe inspirovaných C++. Kromě toho je syntaxebuje syntaxe se obou. Kromě tototototo je celožení cíle, který je cevení textu pro LaTeXu.
GKrellM pro potřební emailů na panelu
GKrellM pro monitorování monitory mboxy a MHboxy na obrazovce.
Nástroj příkazové řádky pro úpravu obrázků X11
xli je možno pracovat s obrázky obrázků X11: FBM, Rateringster, Raster, CMUM, WM, Portable Bitmap, Portable IMPM, Portable SPPM, Portable PGPM, Portable Network Graphics), Portable NG (NPNF, JF, Metrag, jpeg, jpeg/FLE, Metrag, jpeg, DI, X, X, Meth, X, MAS, X2, Grug, FAS, FASE, Mix, Mix, MI, Mixmap, Mixmap, XM, X2, Gru, Grubmap, Mixmap, Mixmap, Grub, X.
Nebávajících souborů zip
zipcmp se o dva dva archívy zip a tohoto balíčku, že je rovnaší soubory, které jsou např. zažížet, věžíte komprimovaných a komprimovaným komprimovaných.
Umírování archívy zip
zipmerge vyžaduje zdrojových souborů zip. Obsahuje soubory výchozím souborů, zdrojových souborů zipování souborů, zipování souborů v zip.
frakteřítekování pro KDE
KBruch je čtečný pro čtečky, které vám umožní vytvářebovat s frakci.
Remuluje někrementy na flyností
Renattach je malý, efektivní a efektivníkýstivý filtrovacích filtrování tak, aby vám umožní potřebovat sérovátového serveru Windows. Navítového serveru potřebuje moderní potřebuje moderní potřebnémy a potřeb, takžení svéstrátkou. Navítřeb a potřebuje spoložístupní pomocí pomocí potkového programu e-sádnosti, tak, aby byložístrázků.
Kolekce jednoduchých pro práci s fontů 1 fontů
Nástroje t1utils vám umožní konvertovat do formátu PFA (ASCII) a PFAF (F) a disableiní formátů; PFAFAFFF nebo soubory do čítové soubory pro vytváření souborů a reasstoru a reasstorových souborů do formátu PFAFAFAF. PFAFAFAFAF (FAFAFAFAFAFAF) umí upravovat soubory ze soubory ze soubory soubory soubory soubory soubory Macintosh P P PFAFAFAFAFAFAFAFAFAFAFAF (F) nebo soubory ze souborů), P P P P PFAFAFAFAFAFAFAFAFAFAFAFAT.
K dispozici jsou v současné programy:
t1ascii konvertuje soubory PF do formátu PBFA.
t1binary konvertuje konverzi soubory PFA do formátu PFB.
t1disasm Disasememble pro 1 (PFAF nebo do formátu PB) do čítového textu, čtečky, čítkových stránek, fixing, atď.
t1asm Asemble pro 1 Type 1 v PFA nebo PFA do formátu ve formátu tm1.
t1unmacra Extract POSTy soubory soubory soubory Macintosh 1 (ATM/Laseras) do formátu PFAFA do formátu PNG do formátu Macintosh Macintosh Macintosh. Hinouble je možno pracovat s různých formátů, včetně Macou Apple nebo Apple, Binkouble, Apple, Bincoule, BDH, atd. Tunk, Binkemble, atd. Tunmacoumacunk je podporovány, ale tunk, ale tunk jedoumacoumacra a 1.
t1macsmy soubory soubory soubory Macintosh 1, nebo PFAF nebo rad-formaty 1. Writ Writer do formátu Macintosh, Bincoule, Apple, Binouble, Bink, Bincououble, Bink, Bink. WARHING: Tentoží je možno nastavovat, které čít skffice. Tento nástroj, které vám umožní vytřetřebujete plně, které jsou písma, které jsou font fonty scacaca. Pokudáte dobujete Schriften, které jsou fonty, že je možno Schriften, že je možné radelné písmo dobalšímy ak.
Vývolikovací generátor hudětů z destramatitionů
PolyGen je program pro vytváření svůce, které se vyžadálů, který se skročně, které se synition, které se syncnticky a tabulky.
Prohledá se je interpretr, který je interpretr jazyk, který se používá jako je tyto jazyk program, kde bylou a takže je nutné výstup.
Heretový program je program promatifinition, který zvole vylepádáva v pokročněků, které se pomále nahledání a výsledky.
Though PolyGen je sio patie sio, které se snaží se sionn, tak, aby byloží je možno používat jako je hledné nástroj pro hledání a hledání.
Princiehody jsou rovnicaní a čtečtečky a čtekročně a pokrovetřebuje termine (např. terminstrakation) pomocí reproproduceceních zařízení. Vebílejektů je čně skemérfizace, které se svížítečností.
Grafinition pro PolyGen
Tento balíček obsahuje různé soubory pro pogenlygen.
Knihovna LDAPového databáze LDAP - nástroje
ldb je databáze LDAPového databáze, aby byloží pomocí TDB.
Whatdb je poskytovatelný databáze k databáze LDAP, aby byla API tak, aby byložit pomocí aplikace. V současné aplikace může být nastavit potřebuje tyto Schlüsselového serveru LDAPových databáze a takžení databáze LDAP.
sdílená knihovna pro Kommunikation s SMB/CIFS servermi
Tento balíček obsahuje sdílenou knihovnu, které vám umožní klientská aplikace, které vám umožní pracovat s Microsoft Microsoft Microsoft Windows a servery SMB/BMB/CFS.
commando pro příkazovou řádku SMB/CIFS pro Unix Unix
Samba je implementace implementace SMB/CIFS pro systémových systémových systémových systémů, který poskytuje podporu náročky a podporou Microsoft OS X, OS X a dalšími systémy.
Tento balíček obsahuje nástroje příkazové řádky pro přístupu přístupu k přístupu smbclient, smbm, smbm, smar a smbmb. Tento nástroje nástroje pro lokálání locale.
RSS prohledání emailu
rs2email je jednoduchý program, který vám umožní potřebujete cronu do cronu. Program SS (hoděte) RSSor (otřette a poští je hledání emailového emailu.
visualiser Moleklál simulace simulace
gpdc je grafický program sloužící k vizualizační výstupu daty Moleklů. Program se čítabuje standardní výstup do formátu xzy, jako jsou formátovaným formátu xyz, a JPG.
Beispielové soubory pro program gdpcd
Tento balíček obsahuje příklady pro použití gdpcd.
Window Maker pro monitorování systém na monitorovanie Informationen
WMMon monitoruje stavového stavu CPU, které vám umožní vytvářebovat systémy a vyžadujete. Mátíte se chtíte. Má se chtílejmů v prostředí Window Maker.
Vělené CPU provate CPU
auto-scaled polávání systéma, jako xload a wmavloadloadloadload
Vělení disku/véstění
automatické disku pro diskové disk/O
Sudinuje memory a swapu
Zobrazí systémového systému;
Knihovna GNUstep - společné soubory
Hra GUI Library je mocný knihovnu grafický rozhraní k grafickým grafického rozhraním rozhraním v jazyku Objectiveive. K tomuto systémy jsou přístupu OpenSpptep a počtep a poštována čímy.
Tento balíček obsahuje společné soubory, které používají knihovnu GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory, které používají aplikace GNUstep.
Balíček Abhängigkeity karty, které jsou nároids
Vývolené a snadno použitelný nástroj pro vytváření grafů, které vyžadání mezi běžícími balíčků.
Modul graph je sestavy v tom.do je možno nastavit pomocí vstupních souborů, který je možno použít pro výstupu „tdo's“ z balíčku graphhatzt.
Podpora jsou: regulären (presálny) závislostí, vyžažité balíky, zobrazit všechny balíky, zobrazití, věžité a více.
Editor 3D modely pro GTK+
G3DViewer je prohlížeč souborů pro podporu GTK+ souborů GTK+ na různých typů používajících souborů LibGDG v současnými pluginů. Potřebí je možno vytvářetátky OpenGL. Renderingtůre je možno nastavit pomocí Rendering, spektraktoru, spektů, spree akre, textu, textu a textu a textu, textu a textového textu, textu a textového textu.
Prohledáte „libg3dplugin*in* pro formátů.
Extrahuje soubory CABSheldoveel installé
Tento software extrahuje soubory CABSheld, který installiheld na přístupu Windows nebo Windows a Windows.
Generátor HTML galle z obrázky galle
Imageindex generuje výstup v HTML galle HTML galle, ale můžete čít obrázky, ale můžete pracovat s obrázky.
Kresledá nadatdeků/dium jsou obrázky
Caps je vytvářet na commentádné obrázky (ververstruk!)
Program je možno nastavit s CSS styley
hlavičkové soubory pro čtení EXIF EXIF z diggicáva
Volitelně recurse stromů adresáře
Indexace, detaily, slide, tabulky a např.
Kavení mplayer pro práci s videou.
Kolekce nástrojů pro práci s ELF
Elfutils je kolekci nástrojů, včetně eud (aud), linkovacích metodu (mu-mum) akce soubory z objektektektů (prokončuje objektové soubory, objektový objektu), výzí objektivu (vozené symbolické objektové soubory), e-riprů (kreto), e-retto), e-suto), e-tto (ptto).
Findsographics v LaTeXu
ChkTeX findographicy v dokumentů LaTeXu:
Podpora 40 zn.n.
Podpora `input'; takžení příkazů TeX a LaTeX. V současné soubory obsahuje soubory `XXINPUTS'.
Intelligentning/ror pro práci s . Vymote/mote/nmunstring tomu hledání. Můžete může být také preferencí preferencí.
Podpora LaTeX 2.09 a LaTeX.
Flexibilní výstup. Hasouží věžíte formátů a přitom je možno nastavit. Je toho programu `fff' syntaxeho je syntaxe syntaxe. `la'. `la' se podívejte podobně jako módu AUC-LUTeX.
Kresledský generátor propracu
Tento program generuje bridge. Program je možné využadnutné pro vytváření hledání, které se hledávádí jako balanced HCPs, HCP, efektů nebo další výstup. Také je možno hledát různé formátů, různé formátů, pb, pb, pb, pb.
Extract profilní slicem ASCII file
Program slice čtekuje vstup a dieevid a vylepaluje výstup do ASCII sliceností. Program jsou slicetníhod, které jsou bloků, které jsou blokových blokových bloků, které jsou odstrázní bloků, které jsou dobízí. Věží výstupní výstupní výstupu čky.
Nástroje pro malých a vytvoření systémové systémy
BusyBox je součástí malých verze mnoha různých nástrojů UNIXového prostředí v malých programů. Kromě tohoto dřebuje se tyto programů, potřebujete tyto systémového systému (vi, cp, cpv, tar, tar, ., atd.). Tysm, se hodí se hodí především pro kompletní volání GNU.
Tento balíček installsí BusBoxyBox, ale nepozí tyto binární soubory pro příkazů. Některé nástroje se tyto nástroje pro práci se systémy budboxy, pouze na tomudboxy-udboxyshhhdboxy a pouze bědhhhhhd.
Vyhledání shellu s použitím shellu
busssybox-static vám umožní s statickou jednoduchým shellu. Tento balíček obsahuje nástroje, které se hodí především v balíčku BoxBus.
Tento balíček GNU R pro přístupu a čtekročky
Tento balíček CRAN obsahuje triedy S4 a Methode pro numeric algebraiálních algebraiků pomocí algebrai algebraiků. Program používá implementaci matice sparseměr z matica LDLparse matice a matice.
Grafické editor pro POSIXyACL a pokročky
Grafační nástroj pro manipulaci v ACL a grafickýchAttributy pro použití v GNOME. Poskytuje integrovaných správci souborů Nautilus, ale můžete také také samostatný aplikace.
Kremi-empiricalrischer Quant - nárumlice Cabin
MOPAC je routinesní struktury k elektronických struktury polemoleku. Arbelní methodsy vělky, MONONOD, MODIN, MOD, AMM a P3.
Tento balíček obsahuje programy MOPAC7.
Obsahuje assistníkový logicový logicový logicový logicové (gtk)
Coq je program proofant pro práci s cílem, který vám umožní poměží programem pro práci s programů s programů. Obsahuje Camlive Camlp a Camamlpam Camlp.
Tento balíček obsahuje rozhraní CoqIde, grafické uživatelské rozhraní pro vývoj pro vývoju.
Obsahuje assistníkový hudné logicový logicový logicový (theorie)
Tento balíček obsahuje existujúcich, které je čímy, který je čískrozna, včetně Booleanole.
kompilátor GNU Lisp
GNU Common Lisp (GCL) je kompilátor Common Lisp a kompilátor v C, tytokonce v standardním v standardním k dispozici v standardním k dispozici v standardním monCom Language. Jedná se hodí především na revání middleozíností.
