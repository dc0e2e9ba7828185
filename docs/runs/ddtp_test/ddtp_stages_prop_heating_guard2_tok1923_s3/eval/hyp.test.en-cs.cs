Xast je klienta APR. XS je platformu (Ssition open Position Gast) je systém, kde se vytvářet stavy, kde nepotížíte v GPS (měží) na grafického systému X.
X Window System (X Window)
x11-common obsahuje systémový systém pro použití systému, které se používá v systému systému X Window, takže nepoužívy, tento server server server, jištěné klientům a programy, pro použití X Window System a X Window System.
Vebízky termy se používá pro systém X Window System, včetně "X11" (X11, "X11"""" (X11 a "R111111.X11.) je v Debian X X11 a v Debian X11.
Závodních klient X - metabalík
Tento balíček obsahuje různé v různých systémy, které se v X Window System, které se ssh Window System.
Tento balíček je určena pro pro parilišení z Debianečky, programů v balíčku xmer a xbase a xbase.
X.Org X Window
Tento metabalíček obsahuje komponenty komponenty pro práci s libovolnou X Window System. Je tohoto systém X Window, serverům X Window, grafické nástroje a nákové nástroje.
Navíčky метапакетy, jako je potřeba pro desktopové prostředí, které jsou v balíčku a dalším balíčku akce.
Program by by byt, který tento balíček x-window-manager byly se obvykle byly v X-manager.
Nástroje X Window System
xutils obsahuje nástroju pro práci s X Window System. Je tohoto programy, které se hodí především v systému X Window, které se neužíte neužíte tento server server.
Tento programy pro menu menu menu pro menu
Debianu pro práci s menuu v menuu v různých v synchrnosti v synchrnosti v synchrnosti.
Debian menu pro práci s menu na menuu menu menu menu a dalšími programů, které se hodí pro menu a dalších menuu a dalšími a dalších menuu.
Menenenen poskytuje systému a konfiguraci a konfiguraci pro konfiguraci menu a vyhledávací pro menu pro menu a tad.
Nástroje a prohlížeč PDF
gv je prohlížeč souborů v PostScript a PDF a PostScriptových souborů v systému X Window. Program používá v systému X Window a je založená na systému X Window.
Zobrazí informace o systému
HardardInfo je malý aplikace, který zobrazuje informace o linuxových informácií a z PCI. V současné SA, USB II, InP, II, USB, USB, USB, IDE, Snial, paralleler a IDE.
Pokud chcete tento balíček Debianu
Debffoster je program pro apt a apt. Pokud chcete vytvářet nainstaluje, pokud chcete nainstalovat balíčky.
Navíčky, tyto neužíte tento balíček, které se nainstalujte tento balíček. Je tohoto balíčku, které nepouž nepoužíte tento balíček, tento balík neužíte tento balíček. Pokud tento balíček, pokud tento balíček nepoužíte tento balíček, pokud sloužujete tento balíček, pokud tento balíček, pokud tento balíček, pokud budete tento balíček.
Tento helpujete tyto sloudinu, nainstalujte v Debianu (věčky, která nepotíčky, které se používá, které se používá.
Pračný frontend pro SANE (Scanner Access Now)
xsane může být s programem je program pro práci s GIMP. Vy je program pro práci s libovolným programů, xane nebo xane nebo xane.
Advanced Configuration Configuration Interface
Modernnnsy pro správu a Configuration Interface (AC) a AC (PIPI) vám umožní vytvářet na správu konfigurovateľných systémů a na správu konfigurace systému.
ACPI je flexibilní, flexibilní daemonu pro konfigurovateľných daemonu pro příkazovou řádku. Program pro příkazovou řádku, které vytvářet pro práci s adresáře (pot/nebo /proc/spis/spis/curs) a vyhledáváděnuje administě, které administí administí administí administí a administí administí administět.
Balíček Debian Jr.
Obsahuje všechny, tytočně "Quick". Guide and Guide and Js, který se v Debian Jr. Jute v Debian Jredáte v Debian Jrní v Debian Jri.
Pqtádární typů (cb/b/cb/cb/Scb/gb/gb)
QComicBook je viewer pro práci s jpeg/png, které jsou png/png, který png a png. Mezi jeho vlastnosti patří:
QComicBookook podporuje ftové soubory:
cbr -Dar -compress
cbbz - zip
cliba -compressu
cbg - tarzip
cbbb - tar.bzip2
Zadálání proteinových proteinu
ProDA je systém pro automaty a čtekcií a čkovému karty, které jsou věžných architektury. Gensenzí architektury s nízkou architektury v současné architektury GDA, talogentíčky a talogových stránků.
VIIny Like - tyto pro vizualizace s Emacs
vile je textový editor, který je kompatibilní s vizualizovaných v vizualizovaných v visu. Infer je mnoho hledává štěžní v mnohem více hráčů, rekontítírkce, rekontírkce, X, X, X a podporu podporu X.
Tento balíček obsahuje datové soubory pro qu.qu, které jsou součástí zdrojový kód v vizuálních kód v vizualizace.
Podpora LIike - podpory pro vilele
Tento soubory pro vislele a editor xvile.
Prafické správce oken pro KDE
KMyyMoneonal je Finals pro KDE. Jeho správce oken pro MS-Metapen, podporuje různé typy, účky, categorů, categor, IF/IF, import/IF/IF, import/exanysking a sciania.
Textový klient pro emailové klient, ale velmi velmi mocný, ale velmi velmi mocný,
Dynamádnění klienta PININ. Je toho klienta v Apache, které se používá Apache a PIN PIN a PIN.
Mezi jeho vlastnosti patří podpora pro práci s protokolu mails, jako je IMAP a TLS a TLS. Program používá pro protokoly curses.
Jednoduchý textový editor z textových zpráv
"pico" je jednoduchý textový editor, ale přitom je mnoho textový editor. Je toto editoru párnový editor párine, který se na emailu.
Vysinovává se skročně se vštítek, které se používá pro více editoru, které je mnohem editoru.
Program je podobně, ale velmi mocný editor GNU Nanožní editoru, stalože s pravděpodobně pouze pouze pouze v poratzora.
Jednoduch souborů z šifrování textových zpráv
"pilot" je jednoduchý prohlížeč souborů ze souborů z době z administri. Program se používá pro práci s SS. Acl (Anments) a vyhledávajících příkazů.
As je tento program, který se hodí především pro práci s grafickým souboru, jako je např.
frontend pro rsync+
grsync je jednoduchý rozhraní pro rozhraní používající GTK2 pro příkazovou řádku pro příkazovou řádku. Program podporuje tento program, ale můžete ho ho můžete ho ho hodět naděnových adresáře.
Knihovna RFC1413 - klientská knihovna
Tato malý knihovna je malý rozhraní pro protokol Ident; klienta "tt" pro vzdáleného počítače.
/usr/ssmin.in je malý daemon (totest) je malý Daemon, který neužíte z neužíte v tytožet tyto tyto tyto program, že litelnet ujt dobřetíte tento server.
NSS- modul pro Berkeley Database s Berkeleymi
nssdb je množinu C, která vám umožní využít Berkeley Database (např. Berkeley Database), který se používá pro práci s čím a efektů, čím, efektů, síťových protokolů, reku, Netzwerk, HTTP, nout a nifile (např. Nat a ni_dbs). Nysosss a ni_dbsosso a nssssossssso__msssssssssssssssos.
administí a administání a administí data
Tento balíček obsahuje passwd, sh, chchsh, mnoho programů a další programy.
Shadow jsou Passphrasen. Protow/share/doc/doc/README.Debian/README
Next-Genination MusicBraination
Picard je vyssačování skračnských zpráv.
Tento news zkrakcí štální činu, je skročky, jako je skročky, které jsou zkračky.
X server X.Org -- ovladač Sageage
Tento balíček obsahuje ovladač pro ovladače S3/VII/ATavage Tage Tage Tages.
Tento balíček je sestaven z modulu X.org xf86-video-avage.
hráče hra k Tuxs s Tux
"Tux", Math Command" (če Math "Tuxu"" je „riální hry Tux (Strický) je hraní hry Tux!" pro Linux Based. „Mis „Mendendendendendendendendendendendendendendend, škonce, takže vás, takže vás, takže štěžit doskt.
Hardwareudnosti pro autoreňování zařízení.
Knihovna GNU readline a knihovny
Knihovna GNU readlinelines je čístění uživatelské rozhraní, které zjiných programů, které vám umožní vytvářet do rozhraní, které se používá příkazové řádky.
Knihovna GNU-Complně poskytuje uživatelské rozhraní pro práci s podporou kresledno.
Knihovna GNU readlineline a společné knihovny
GnuPG GnuPG - Čte  archiveé  archivey
Písní projekty, které jsou soubory Reaslesy. Tento balíček obsahuje programy, který obsahuje linuxových klávesnicu, které se používá.
Datové soubory pro GIMP
Tento balíček obsahuje všechny potřebné soubory pro GIMP, které jsou součástí skraků a dalšími a čky.
Dokumenty pro GIMP (Cze)
Tento balíček obsahuje dokumentační soubory pro GIMP.
Tento balíček obsahuje dokumentace v GIMPu.
Dokumenty pro GIMP (German)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMP
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMPu (Spanský)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMP (Frennosti)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMPI (II)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMP (Dut)
Tento balíček obsahuje dokumentace v GIMPu.
Dokumenty pro GIMP
Tento balíček obsahuje dokumentace pro GIMP.
Dokumenty pro GIMPu (Swed)
Tento balíček obsahuje dokumentace v GIMPu.
Toto je terminálový systém pro X Window System, podporuje různé kódování X Window-2, včetně ISO-8859-1-1-113, TNC-21, Tam1, VRI, Tam1, VRI, KOI21, KI, CR, KOI21, CR, CR, EX2, EX, EX, EX, EX, EX, EC, EX, EX, EX, EX, EX, EX, EUC, EX, EX, EX, EUC, EX, EX, EX2, EX, EX, EX, 0, EC, EX, EX, EC, EC, EUC, EUC, EC, EC, EC, EC, 6, EC, EUC
Doubíky znaků pro Assssian, štky, třesky a tvarušky, třesky a diacs, BiDi (např. BiDi, BiDi) a a Arabics a a a Arabicu. Vebicíl je krobici. V současné verze verze je skrobicíčky.
Sinceltermterm zjedky mění a vytvářetí a vytvářet např. mítítít do formátu m mítíčky.
mlterm tterm podporuje uniqueu jedinou API jako více API, více API, XIM, X, FreeType, Xtifift a aliasy.
Zvajících TMER, společné soubory
mlterm je terminálový emulátor terminálový systém pro systém X Window, podporuje různé BiDi, BiDi, BiDi, BiDi, BiDi, BiDi, mob arabí.
Tento balíček obsahuje soubory, které jsou součástí mterm a mtiny a mtitiny.
MultiLiningual TMER, Eingabemethode
Tento balíček obsahuje zásuvný modul m17nlib.
Prohledávajících TMER, tinyM
Dokovatelná verze se hodí nepotítěznady, jako je 18 a 18, takže skročněk pro práci s i-18n.
Nástroje pro napříčky TMER
Tento balíček obsahuje konfiguraci nástroje pro konfiguraci a ml.
Nástroje pro konfiguraci rozhraní pro konfigurace síťové rozhraní
Tento balíček obsahuje nástroje, pokud ifup a ifdown, který se používá pro konfiguraci (loží, síťové rozhraní), síťové rozhraní na síťové rozhraní.
aplikace pro monitorování Exim (ATA)
Eximon je nástroj pro příkazovou řádku MTA (ATv). Jeho klientům, které vám umožní potřebovat a odstupuje emailových zpráv a vytvářet hledávací poštětů, štůzí, šaktů a Nachrichten.
Cíloská hra s s sshi
Linity-NG je Culity Simulation. Program je vylepnutí verze a starní verzie Linshinu, která se vylepšení. Tinová verze je vylepšení a vytvářet plně, které jsou ktekladí a štěží. Tinužítetítíteků, štítítězí a štěžíte škálovat a ch.
Nástroj pro soubory diff, který tento soubory s binárními souborů
Xdelta je program, který se používá pro práci se soubory (dedelta) zjištěn z příkazové řádky, které se používá "diff" v "diff" program, které je možné použít, které se můžete tento program, že je možné zpracovávády a tento soubor sloužítěží. Xdete staloskázy, tento výstup do formátu X. Xdeltajm je tyto soubory a tytože je tytože tytože je tytože tytože dobri dobřetěžit toho souboru.
Malá knihovna pro správu informací o Debianu
Knihovna profinovává s minimálních platformy, který je mnohem např.
Knihovna obsahuje zdrojových výrazů:
APT: přístup k databáze APT
Debtags: přístup k k debstags
Popcon: Popcons pro svyscore
Programy Xapian-apian-xapian-index
Toto je sdílená knihovna.
CD a přehrávač s CD a mixer
AScd je kleiner CD a mixerkce, který je možno konfigurovateľný správci oken a WindowMaker.
Folální s programem a vytvávářet v souboru
Chasese je malý nástroj pro generování souborů, které se štěžité symboly, který je vytvářet složet syskového souboru. Phalinks je dobřebí se tento soubor.
Perlové stránky, dokumentace POD a dokumentaci `doc'. Pokud chcete programy programy Perlu, tento program.
Bash doplňuje efektivní a hlavičkové soubory - hlavičkové soubory
Bash používá příkazy. Obsahuje příkazy. Obsahuje hlavičkové soubory.
Blob Wars: Metaloblis Solibli je platformu 2D. Jeho platformu Blob Wars.
Sincece, který byl byla vštětí, kliktrace, vás byl vytvářet ští. Buchozí štěž štěžní a štěždou pro všechny.
Blob Wars: Metaloblb, které vám umožní vytvářet slouzí. Boleblob, hledy slob. Bolebs je hledymissions Bole. Kabousens a hledáríte hledy. Běblisssel skléríle.
Nástroj pro indexování a vyhledávací obrázky pro práci s v KDE
KPhotohotoAlbbum vám umožní indexovat indexovat, zkratky a zkcelatové obrázky, zkratky a vytvářet zkcelatky. Je tomu nákladí hledy a vyhledávářet šené hledáděžit.
Zažní informace o souboru věložených v XML. Kompresengebsklady, KPA, hledy hledární hledávací objektu, takžete hledává hledy, takže hledáte hlednoduků. Kabujete hlednodukujete hledy.
KPhotoAlbbum je také také používat karty KIPI. KI je mnoho balíček plug-instalovaných pro mnoho pis. Komplugs obsahuje rozšírenie pro práci s mnohem štů, importovat a exportování exportu.
konvertuje textové soubory pro Palm Dalm (COm)
Tento nástroj konvertuje textové soubory textové soubory (sor HTML) pro práci s dokumenty Palo stahy DCOC a dokumenty (Cun Sun/Cunpopopopots“ a Sunkt (COC) je komprimuje komprimovat a DCOp2.
Privacy Guard pro HTTP
Privoxy je webový proxy pro práci s dekódování nahrazných webových stránek pro práci s webových stránků, zpracována, zjiných webových stránek, běží a zpracu, běžíčky a další systémy. južíte můžete hoděžíte hodnu a využínuděnových systémů a na počítače.
Privoxy je založen na Internetu Junkter (tunkter).
Datové soubory pro Pinaloga
Emliliauluje Pinball je Pininball je systémy pro Linux a další systémy. Také podporuje více hráče, ale neloužíte s nimi, ale velmi rychlátít.
Tento balíček obsahuje různé datové soubory, které se používá pro pball.
Datové soubory pro terminálu
GNOME Terminal je terminálový aplikace, který vám umožní vytvávářet nahledávací, které se vytvávádí:
Access- shellu v prostředí GNOME.
Tento balíček obsahuje datové soubory, helpy a uchovává pro GNOME, terminálu pro terminálu.
Heavyle-dukový klient (du-curses-curses)
motto je nnexpandá nexpandy, který je "Nos", který je náčky, ale je dobřebí a snadnu, ale vám umožní vytvářet sklálovat a skladu.
Nnn vám umožní vytvářet skračky a vyhledávy. Podporuje sklárování a sklárování a následy a čilou skratů.
Tato verze nnsnisty ze serveru NNTP ze serveru NNTP Protocol (thes) jeden z adresáře a efektivní databázi NNTP). NVOV je možno pracovat s databázy NVOV-серверu. Nor je tyto klienti, pokud je tyto klienti (to servera) skladu (znnnnnnnnic-version)
OpenLink Vostus je objektivní objektivní databázu SQL. Program poskytuje podporu databáze SQL (a, slatřejektů, kud, skre, podporou podporu SQL919199, podpora JI, NET, NET, NET/ODB, NET, NET, NET, NET, NET/COC, NET, NET a a NET, NET.
Virtuso podporuje SPARQL v jazyku ARQL v RDF-Daten in SPARQ. ARQL ARQL ARQL SPARARQ v SPARQ, SPARARARARARI a Idics.
Tento balíček, který se hodí především pro skripty, které vytvářetí Sourcech, které jsou Vodi OS-CE.
GNU awk, awk a skennostinosti
"awk" program, který vám umožní vytvářet tento program, které můžete vytvářet do souboru a vytvářet do souboru.
Gawk je implementace implementace GNU AWK. Program se v definický jazyků pro práci v POSIXu POSIXu (23). Tento verze je např. CW32. Adprpracuje verzií verze je awk, awk je awk, awk, awk, KWKEWK, WWK, awk, awk, awk.
Rychlálý nástroj pro PostScriptu
pspresent je nástroj, který zobrazuje v PostScriptu. Navíčky pro práci s givními. Navížízí hledálnosti je dobřejme: hlednodušujete zkratítového kláves. Kunituždnitéritálnu, který je skro.
Chemické editory
BKchem je svobodný program, který se kresledá v Pythonu v Pythonu.
Některé vlastnosti patří:
Drawing (cdon-Gen) pro práci s rychlýchle; rychlálnychlálnychlů; rychlátí, radě, radě, radě, .
Editá (tádální a rekce; složící;
Export/Import (kreporty SVG, OpenOffice.org) podporuje podporu EPS, EPS, EPS-D1-ex-21 a export12 a exportovat exportovat.
Nástroje pro GNU compression
Tento balíček obsahuje standardní nástroje GNU- standardního řádku, které jsou také obsahuje nástroje, které jsou nástroje pro standardních nástrojů pro práci s Debianu. Pokud např. 'gzz' je možno pracovat s 'Zuz'.
Knihovna XML
XML je metaznativního skrozního jazyku. Umožňuje vyhledávací jazykový jazyku. Program umí pracovat s libovolným systémů (zděžní v HTML). Program umí pracovat skladu, takžete plnoduch pro práci s HTML.
Tento balíček obsahuje knihovnu, které vám umožní API pro API vělených XML.
Čízíhoho pseudo-D3
Space Aryary je klolon klasickej hry, podobná je klon klasické hry, Starub nebo Foxerte nebo Fox, kde je Star, bax, že je bacry a bahuje je bahnosti.
Hra TrueType fromne pro Vi Linux
VListic Gothic je svobodný Čí TrueType Gothic, která byl vytvořena pro Vitoru.
Je založená pro Sanazzic Gothic (Micictronicicicicic) v MC/CM a MOM (C).
Editor pro interaktivní programy pro interaktivní programy
Leditit je editor, který umožňuje příkazovou řádku, které vám umožní vytvářetní příkazů jako shellu (b, tsh, tsh, tsh a OCaml). Program používá v jazyku Camma a Camcl.
Interaktivní interpreter a standardy standardů a standardy standardů
Object Object Camaml (Caml) je implementace jazyk s CML, založené ML, založená na Lightsame Came Camec a čítný systém.
Tento balíček obsahuje soubory potřebné soubory pro příkazovou řádku, které od OCaml z příkazové řádky.
Generuje soubory PNG (Portable Network Graphics)
Pngcrush je optimalizované soubory PNG (Portable Network Graphics) pro hlavních souborů. Program je vytvářet dekódování IDTATA a vyhledávajících formátů. Také je možno použít pro práci s obrázky PNG a např. V současnérit, násládnit, stačísků a stavykkků, AMANA, chunksk.
Set další klienta Canna pro Emacs
Canna klienta pro emacs21 nebo xemacs. Obsahuje podporu syselců elc. Je vytvořen tak, aby se hodí pro práci s emacsenu.
Canna je vstupní metodu. Canna je vstupní metodu
Tento program, který se složitný jazykový jazyk
giNall potřebuje složení jazyků, které se sloužíte obtěnu. Je tomu statistiku akce, které se skce je skladítekce akce. Niiiiiiii, že je tento program kartužíle.
plněkový klient mDNS mDNS/DNS-SD
mdns-s-scan je nástroj pro skening mDNS/DNS-SD.
Tento byl vytvoření mDNSu mDNSTRR servic R_RR. _ssdnd.d_pdspd.
mDNS/DNS-SD je součástí Applet Za (.confkera) Bava (.avar). Bavarij-daemon je implementace mDNS/DNS-daemon/DNS-daemon/DNS-DNS-SD.
Interaktivní nástroj nahledávací textové soubory
Obsahuje: Roma-ji-toto-as, Fuzzzzy, Syschar, Expres, Expressions, Filter, Filter, Modifikacíle, SmartPPy.
Malý hra ASCII a nákročný hra
Toto je velmi náročný hra, hra vám umožní více hráčů nebo více hráčů nebo více hráčů. Větízí: Cílem Cíleiny. Tytože je z nich z nich z nich z nich, celnosti a celnosti.
svobodná hudinová Audio zvuku
FADA je ri2 je rýchlátový zvukový zvukový zvukových ISO AACA. FAD-222 a je vytvářet MPEG, LWA, LIN, LOWP a AC a ACP.
Tento balíček obsahuje rozhraní příkazové řádky pro práci s AAC4 nebo MP4.
Editor kinitch a skleink -- podpora esplisp - podporu
Tento balíček obsahuje soubory musí pličně v balíčku espemacs.
Mule je rozšírenia (sacsacs) vám umožní vytvářet, které vám umožní vytvářet šení (např. Číznicany a Korea).
Editor kinitch a schinit -- zdrojové soubory esplisp
Xemacsacs1-mule1-mule-portportsy obsahuje verziu.
Textový editor Unicode (charádá)
yudit je textový editor jazyka Unicode pro systém X Window. Program je nepotížín v Unicode ažínitávací fontů. Také podporuje různé jazyky, zahrnutávací jazyků, standardních jazyků, např. např. např. napřížděždné vstupné vstupné nástroje pro práci s formátu PostScriptu.
Textový editor Unicode (scharch)
Tento balíček obsahuje společné soubory v /usr.
Nástroje pro správu systému systému - skript
Nástroje Backends jsou Backends pro platformy a integrovaných skriptů pro systémy a systémy v Unixu. Hražní rozhraní pro práci s napříčky XML.
Nástroje pro systémy v GNOME.
Knihovna pro práci s stahovávací stavy (Laufzeitbibliotheken)
Knihovna pro čtení Adobe Adobe Adobe Adobe stabehy. Podporuje mnoho zpracovat a mnohem webového přístupu. Je tohoto program pro přístupu, které se nepodětí a programů.
softvérový modemu IAX
IAXmodemodem je softvérový systém v jazyku C, který používá v jazyku C, která používá v Jahy (common). PBX používá DX a DX SP statononononononontové systémů DSP a DSP.
IAXmodemodem byl byl vytvořen tak, aby vytvářet doplňovat doplňovat doplňování např. HyAX, že jeden z nich např. Idex a exfaxem je dobí.
spinning 3D objectu, který zobrazuje aktuální procesu CPU
wmcube je aplikace, který zobrazuje reku, který zobrazuje objektivy 3D, který vám umožní vytvářet karty, který se kterictvím CPU.
Píslec wmubecube vám potíčky, např.
Nástroje a skripty pro správu správu
Tento balíček obsahuje jednoduché rozhraní příkazové řádky pro příkazovou řádku, které vám umožní vám umožní vytvářet a monitorovat.
systém MPEG/1/2 - streamer
Mpeguxux je systém MPEG/MPEG/MPEG2. Je možné použít pro práci se  streamů.
Dateisystemový systém pro panel Xfce4
Modul fsguguardná modul pro štárního kratírního kratírnnu a zobrazuje je dobřetí.
Sučnové jazykový jazyk.
Euklesides je jazyk, který vám umožní vytřetvádě jako je klon v dokumenty (LainicaTeX). Tento balíček obsahuje skripty dokumenty, který obsahuje EPS a EPS.
Tento program prohledání do dobrání do dobíkkou hudou hudby
grtty je jednoduchý program, ale tento program, ale hledávací dobřet dobíčky, klikceložet v RGB. Pokud je program, kliktový program protiku a klikcelou. Kahy je skládálnější a spoložit do dobítekce.
Tento program je vytvořen tak, aby se hodí především pro příkazovou správce oken a v xterm nebo oknu.
Datracový soubory pro strategro
Tento balíček obsahuje sounds, kini a definitions a defroční hry.
Dorse daemon pro distribuovaných portu nebo  portů
Cwdaemondaemon je malý daemon, který používá kroužný port nebo pc nebo plňového výstupu a výstupu na výstupu.
Obsadnosti pro správu potového systému
Tento balíček umí stavy a stačís installovat a potřebuje stavyčky a nepoužíte z databáze APT z adresáře.
Tento skript je backendu pro APT::Unnnat-Unat-nepgrade.
přehrávač SC pro ASC
Toto je musics pro více hráčů pro více hráče. Pokud tyto hry ASC Acecesences.
Komosíčky Melahel Kelna.
Compiler pro práci s jazykem ANI-INIX
AFFNIX je svobodný jazykový programovací jazyk, který se hodí pro kontrolu pravopisu, které se hodí pro podporu radí. Nradě je raděžní jazyků, který je stahuje distribuovaný klientů a distribuovaný klienty.
Compiler pro práci s jazykem ANI-time (NIX)
Tento balíček obsahuje dokumentace pro ANIX.
Interpreter
Xzip pro tisory (files) jsou hledání textových stránek. Tento balíček obsahuje se používá Info v Info. Toto obsahuje se hodí pro vylepšení, jako je je je je je zkrovetě, kteklady.
Toto je interpreter pro X. Fortročný text, ftz, jinz nebo jint.
Vývojářské kódů Caccer pro Reator Reasabsa
Cízí dekódování pro Reatorator Reator Reab.
Music Player Daemon (MPD) je server pro přístup k vzdálených zvukových souborů (gsgsg, MP3, FLAC, MP3, FLAC a MP3, FLAC (gag), MP3, MP3, MP3, MP3, MP3 a je tags a prohledáhedálovat nahnutí. Gedálnosti se hodí především prohledádělálně, který se hodí především pro práci sloužílálnosti.
Daemon je definuje klient klient, který se nevěžíte si neděžit na počítači mpd. Mezi jeho server, které vám umožní potřebuje rozhraní, které vám umožní vytvářet konfiguraci rozhraní, které vám umožní vytvářet stačístupuje skladu.
konvertor X11 fonty ze formátu PCF
Pcf2bdf je de defigurační fonty. Program z X11 z formátu X11 (FF) Distribution Distribution Distribution Distribution (FDF) pro Distribution Distribution Distribution Bitmap (FF)
FONTNINGBUDOBBOX v souboru, který se používá v bdff dff dff dfbbb.
Konvertuje dokumenty z formátu formátu RTF
Attemptmpt konvertoruje informace z formátu formátu formátu formátu formátu formátu formátu formátu formátu Microsoft RRTF (RTF). TF podporuje podporu skročky (sle, náktory, náktorý jako je nákročky).
Detailtail je dokumentace v balíčku latex-2.
Nástroj pro soubory mp3 pro práci s mp3
Printyhledá se podívejte zpracování a zpracování souborů mp3. Umodat mp3.3 (2.3, mp3, mp3, 1, CR.2.2.).
mp3check je malý, který se hodí především prohledy mp3 skennost, které se používá jako mp3 a mnohem mp3 a mnohem potřeb, které jsou vytvářet.
Nástroje EWMHet/Wet SWet X Window Manager
Wmctr je nástroj příkazové řádky pro příkazovou řádku, který WM/WetWM/N (WTFF) splnosts (vních Window System, balíčky, icewm, i i i i i i i i i i i i i a ty.
Wmctrl poskytuje příkazové řádky pro přístupu uživateli v současné WMHMHWMH. For je možno pracovat se např. mažíte oknožíte na okněk, oknostízí a takžet do desktopu.
Knihovna pro knihovnu GLib - knihovna
Tento balíček obsahuje telepathy, knihovna pro knihovnu GLib.
Telepathy je platforma D-Bus pro potifikací, včetně např, štů, v současné tahy, tahnu a štěždností. Je toho protokol pro práci s šení.
Nástroj pro obrazovků používající liboosas
aoss_catcat je grafický nástroj na obrazovkovou řádku, který je založené na libaos-D-s.
Nástroje pro X
XStarfish generuje obrázky dobrády obrázky, které se skrakce pro práci s libovolným efektů. Program je možno pracovat s obrázky, takže hody, takže je možno pracovat s libovolnou zpracovánout.
Nástroje pro správu suleních pro správu AtFS
ShapeTools je kolekciu programů, který slouží pro podporu pro správu správu prostředí UNIX. Obsahuje verze verze a verze verze verze verze verze verze verze verze a plňového konfiguraci a nástroje příkazové řádky.
ShapeTools je vytvořen tak, aby se hodí především pro práci se soubory v UNIX. Tento balíček obsahuje nástroje pro práci se distribuovaný systém pro práci s distribuovaných systémů a systémy pro práci s systémy.
Qtový aplikace pro práci s stromů GITIT
Pomocí qgit vám umožní vytvářet především pro práci s s adresářami, stromy a mnohem na různých souborů. Pozuje následující vlastnosti patří:
Svý revisoluje soubory, adresáře, stromu, stromu, stromu, stromu.
Zabíkladní hledání hledání pouze písicky.
Apply nebo stará verze formátu zkontřetí, zkontředě a vytvářet zvolních např.
qgit implementuje grafické uživatelské rozhraní pro práci se osobné příkazovou řádku Strap/GI/Tpof/pof/potíčky a umí pracovat skladen. Výpojení je možno nastavit pomocí např. ihodě, tento soubor skry, pouze dobricky.
Nástroje a vyhledávací a DVD
Regionset je malý nástroj, který zobrazuje hledání a zobrazuje vytvářet na DVD/nebo DVD, které vám umožní vytvářet na DVD, takže ho ho děložíte v DVD. Vografi, ale nepoužíte štěžit tomu, ale nepoužíte štíte, ale vyuděžit všechny.
resscue soubory z CDsages a DVD-s (s-sncurses)
Dares scans scan CD/DVD nebo CD/DVD. Tento soubory se hodí především pro souborový systém (OD-9660 nebo UDO-9660).
Logitech pro USB pro USB
lomoco mohou konfiguraci potřebovatte mi oteků (cecech micececeson-al-al-alonson-alalalal) je duchovávásy USB. Voce je štěžité tyto program, který je zkontvásků, které jsou zkonostíčky, které jsou zvoliků, které jsou zjměžité.
Čítové správce oken - xmdm pro WindowMaker
Toto je náhrada xmdmdm založené na WING. WINGss je NeXT. Wels je NeXT-like, který se používá s dalšími a dalšími programy.
Prohledávací dostavíčky pro práci s Debian
Tento balíček obsahuje obrázky, které se používá v desktopu pro desktopu. Program byl vytvořen tak, aby se používá pro práci s např.
Pamatujte: hledává tento balíček, které jsou tento balíček, které jsou v Debian logu.
visualňové soubory diff, vytvářet binací souborů
Běžních Diff (VBDiff) zobrazuje soubory v ASCII a zobrazuje ASCII (IBCB) a and and ASCII (CBI). Také umí vytvářet jiných a vytvávávářet.
VBininDiff byl byl byl vytvoření distribuovaných programů, které se používá v Appletrel Gron, který např. KITD IT-file, který byl od jedálární util.
Nástroje pro linuxových a nástroje (daemon)
gnome-keyring je daemonu v systému, podobně jako je založená na ssh-a a dalšími aplikacemi a dalšími aplikací.
Program umí pracovat s libovolnou zkrakcií, tento programem na počítače, jištěžet a štěžet na disku, ale nepotít na disku, jištět na disku na disku.
Modul PAM pro vytvářet v GNOME
Tento balíček obsahuje modul PAM, který se vám umožní vytvářet doplňovat doplňovat doplňovat doplňování administěri.
Pokud nainstalujte tento modul, který se používá pro GDMDM a gnome-s, které se vytvářet na štíčky a štěžet na obrazovku.
Modulu na FUSE, který souborový systém
Tento balíček obsahuje modul pro systémových súborových systémů v FUSE. Pomocí FUSE je vytvořen tak, který je implementacím systému FUSE, který je plňuje plňového souborového systému.
Program umí pracovat s libovolným např. INBIN, .B.
Nástroje prohledávací obrázků
Tento balíček obsahuje nástroje pro manipulaci s MINC.
Knihovna Mincc je flexibilný formát formát pro grafických formát pro práci s NetCDF. Program je jednoduchý formát pro práci s formátu NetCDF efclf, implementaci, Ni, Nibrik-bbriálním rozhraním rozhraním pro práci s Nivatelálnosti. Některé přístupu se používá pro práci s libovolným rozhraním a potřebívívízkového přístupu. Nužížet tyto nástroje pro práci s podporou rozhraním a tytožekové rozhraním.
Nástroj příkazové řádky, které používají databáze GeoIP (IP)
Tento balíček obsahuje svobodný databázy GeoLiteryry.
editor GNU microcopu pro editor GNU Emacs
Tento program pro malý, který je malý, snadno použitelný editor a snadno použitelných editorů (např. Emacs) je možné ho můžete pot dobřet dostate nebo Emacsu. Je tomu je možno plně složet dobí.
Pakete, který obsahuje editory skresních editorů
jovetový a xje;
ng-cj-c, ngkk-c-can и ng-t-Enational;
qemacs a qemacs-xemacs;
KSACT - jazykový písmo
Toto je množina TrueType dobí písma, kradušuje písma Krazků (Slazzzzbo CACS).
Balíček GNU R pro rychlánychlé (PM)
MNP je R- balíček, který se Bayessianalských pro MultiM (Pstronom Markov) v MCN (Stementarch Markovu Clote). KMonte Štommentuje s 200Commentádnosti a 2004 nebo je 2004. Kommentádnost je 2004 nebo 200.
Internationale Components pro Unicode
ICU je knihovna C++ a knihovna C++, která poskytuje plňové metodu a podpora Unicode. Tento balíček obsahuje podporu standardní knihovny IUC.
Souborový generátor galler
iGal2 je program pro Perlu, který umí generovat objektu (HTML) s libovolným programů (definy, indexu a indexu pomocí příkazu.
iGal2 je huždě nahnutí (Gale) je chužní a z nich zjtívy a další vlastnostiy.
Interaktivní dokumenty dokumenty SGML
Tento balíček obsahuje nástroje, které vám umožní vytvářet především pro kontrolu pravopisu, které se používá pro kontrolu kontrolu pravopisu SGML. Děnujete nástroj, který je tyto nástroj, který je vytvářet doplňuje tyto dokumenty SGML, tyto tyto tyto tyto tyto je tyto tyto, tyto tyto tyto tyto systém.
Obsahuje tento nástroj je možno upravovat dokumenty, které se hodí především pro kontrolu pravopisu, které neužíte zpracována, které neužít, které neužíte v čistě textových stránek, <list, jako DocBook. Tavisuje DocBook DTD je např. DocBook DTD je možno konfigurovat.
Nástroje pro Cabinet
Knihovna Too Cabinet je efektivní knihovna jako GDBMM a NMDB. Podporuje databáze a databáze Balíček Balíček Balíček Balíček pro databáze QDB, k databáze a zpracovávás:
Tento balíček obsahuje nástroje Cabinet Database.
terminálový - nástroj pro skr/gentag
cripsuje Ogg Ogg Vorbis/FLAC/Linux v UNIX/Linux. Program je vylepštítní (Linux/Linux) pro vyhledárních souborů (Linux) schopnostírních CD a z nich z nich z CD a také složi z CD a z CD-třetřetěnu.
Tento skript je vytvořen tak, aby byl vytvoření pro vorbis/vorbisgagre a/agulálů (adráčky) a vytvářet doplňovat skladu skladu, které vám umožní vytvářet složet složet složít složel/dnuků a pokce.
Vordávací flash pro PHONIX
Phnxdecode je program, který umí dekomprimuje BIOSu POX.
Pokročný systém PNG (Portable Network Graphics)
OptiPNG je optimalizované soubory PNG, který vám umožní reduští souborů do malých souborů. Program umístrátní a vytvářet dobívy, atd. Komálálálnost, násticky a upravený formát formátů, PGNMPP.
VTWM je verziu Ta verze Tabb (WTab) správce oken, který je mnoho virtuální plochu, který je čís je virtuální plochy, který je čís je virtuální pokrobrovňového portu.
Transhledá joysticku dobřetí štkou štky
jo jo josakey vám umožní stahčte do počítači a joysticku, takže je joysticku, takže by, takže je možno použít, takže ho ho hody, že je možné sbyby.
Skrementárkový backup
Balíček rdiff-diff-backup je možno snadno použitelný, takže hodě, jako rsync. Tahusus-backupu můžete používat sshbackup a rdiff a složet na vzdáleným počítači. Fallbackupujete tento program, takže složíte na vzdálenérnutím, takže složí a přitom je možno pracovat složeními.
Vetačka dokumenty HTML
Freetable je skript Perl, který se hodí v čistě stavajících textových stránek. Tento skript, který je tento skriptovat a zapisovat do do formátu.
Eingabeový syntax je skresaly:
<<table-options-options (např. . . <cape) (např. <cap. </X) (např. YX) </X (X) pro text (X), YX), text (X), .YY) pro texty (Y) (YY).
Rychlé a vytvářet je možno hledády, nebo 1. 1. Tor je možno nastavit pomocí reponuje reponění a/nebo jeděnových kódů, které jedětí jednu. Vělože je možné ho můžete hodět dosklady, takže je možné hodětů, takže dosků.
Pixedky písmo pro DOSu
Toto jsou páložení písmo v DOSu v různých fontů. Pokud se používá pro různých inštů, ale můžete tento editor, ale můžete v terminálu, pro terminálu, pro terminálu.
Tento balíček podporuje následující generování code-sy CP8: CP8, CP8, CP8, CP8, CP8, CP5, CP, CP, CP, CPI, CP, CIII, CI, CUSI a RI.
Parser pro chemických náků a eququi
chemeq je samostatný filtern v jazyku C vytvořený v jazyku C a např. Kexexonss 2. Obsahuje výstup 22+ 2 222:
Beispiel: ~/srcech $ $ O2+ 2 -- Obsahuje 22+ 2 - administright 2.
Klannický modul pro panel Xfce4
Modul WaveLAN a zobrazuje informace o zařízení WANL.
Signalosti: plňuje akce, pokud chcete klálnosti.
Signalizace: vyhledálnychlé klárnychlárnychlů.
hledání SS: SSLave WAN.
Datasuite pro správu posys (console)
Tento balíček obsahuje rozhraní příkazové řádky a rozhraní příkazové řádky pro linuxových daemonu v např.
Daemon pro MMS
SMSDMS (SMS) vytvářet utiledy a např. pomocí util. Je vytvořen tak, aby fungoval pro práci s např. (preveplugs) pro práci s např. Gri a knihovny Gibnos a knihovny Gibnos.
Tento balíček obsahuje daemon a běhové systémy, který je založené na backend. Můžete modul pro balíček pro práci s backendovými backendů.
Datasuite pro správu správu potového rozhraní (X)
Tento balíček obsahuje rozhraní pro X11 (gnoki)
Producece DVI, PostScript, PostScriptových dokumenty
DocBook tohoto program prohledá struktury SGML/XML na výstupu DocBook, ve formátu PostScript nebo PDF nebo PDF. Taž je MathML 2.0 a je MathML 2.0. Umotože je vyhledávářet složet vloužních klou, ale je loužděžíte ložet v DBLaTeX a lou.
Knihovna prohledádkovou řádku (smyd)
up-notifikator je knihovna, který vám umožní vytvářet doplňuje, které vám umožní vytvářet hledávací, které jsou věžních programů. Tento program byl se používá GNOME, ale je součástí GNOME, ale součástí freedesktop.
šifruje decryption a decryptové soubory
Nástroj příkazové řádky pro informace o souboru v JPEG v JPEG v JPEG
Vys fotoaparátové soubory pro EXIF, které jsou soubory JPEG, které jsou tento soubory, které jsou např.
'exif' je malý nástroj pro příkazovou řádku, který získá informace v JPEG v JPEG.
Zadální textového textu
Screen Nachrichten se otřetěžitý pohledávací potěžnu, oblastí skročky a plňovat. Můžete je možno nastavit doplňovat doplňovat.
Program se hodí především pro např.
Knihovna Haskell 98 a knihovny Revisem Reporten
Haskell je hledávací, nenáročně programů. Tento balíček obsahuje programovací jazyky. Tento balíček obsahuje formátů, PDF a PSini. Program je „povi's 98" a zpracovávádiny. 98 a "8" v Haskell'.
Obsahuje také také obsahuje nignign Interface (IFFI) a Štumy Hinummerických formátů a PS a PS.
Tento nástroj pro kopírových souborů WAD
DEUns Text Text (Deuranion) je editor, který je vytvářetní editorů, které se vyhledáruje zvuků a editorů, věžítní a tyto soubory WAD (A).
DeuTex je příkazovou řádku, který se hodí především pro vytvoření s databázou WAD.
Skripty pro skročný jazyků, který byl vytvoření MetaPost
Assympto je mocný, který skročnský jazykový systém pro skresnychlárnských jazyků, ale integruje s kresárního jazyka MetaPostu. C++-tože se hodí především prohledálnosti.
GKKrellM pro správu potového serveru
GKKrellM pro monitorování mboxu, mbox a Memem MHahledy.
Nástroj příkazové řádky prohledání obrázky v X11
xli můžete v současné obrázky pro X11: výstupu X11, Rasterter, Raster, Raster, Rater, CPM, Maps, BitPP (PPM, 16), NG, NG, 16, 16, 16, Bit, 16/CF, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X.
Zeilené soubory zip
zipcmps vytvářet dva soubory zip a např. tento soubory, což tento soubor, které jsou komprimovat, komprimovat a komprimovat a komprimovat.
Hrafické soubory zip
zipzipge a vytvářet do zdrojových zdrojových zdrojový kód v zipu zip. zip. zip. stastahuje zdrojový kód v zdrojových souborů např.
frakciálnosti pro práci s KDE
KBruch je akročně pro vytvářet šků.
Složní složník
Renattach je malý, efektivní a efektivní efektivní efektivní, který byl vytvořen tak, aby byl vytvoření efektivního serveru Windows. Vytože slouži poloužních objektu, štěžit poštěžit škonu a štěžit dosklady. Rentávády, takže je využitálálnu, takže je vyložděnuděnu, takže je skladu, tak, tak, aby se slože sklady.
Kolekce Type 1
B1utils obsahuje nástroje, které vám umožní pracovat s PFA (ASCII) a PBA (B)
K dispozici jsou tento programy:
t1ascii do formátu PFBF soubory PFA.
O1binary Converter do formátu PFAF
t1disasasen Dasasblesys Type 1 (PFA) do formátu PFBA (B) dobřetní textových stránků, vytvářet dobí, např. atd. atď.
t1asms Asemble AFA verze 1 nebo PFA nebo P P PBA-1.
t1unmacracs Extracs POST ITA (Array) z fonty 1/ATM (ATM) v Prons) v PLA (zdner do formátu PBinkartym. Hinklad byte tento fontů, Binmalemů, chností, tama, Binksssssssssssssyminksksksks, ale nevym.
t1macsmy do kódování souborů do formátu v současné PFA P P P PF-formation. Hys Mac Writem, Mac, Mac, Binkoulein, Binlein, Binkingble oder Binackack, Binternout. Tormale je dosísísískem, tento balíček nepotížíte tento nástroj pro práci s podporou písma. Pokudáte tytožet tytožete věžděžděždět do písma.
Generatora skratít proflikcii
PolyGen je program pro generování skrakce, který se skročnu, který se skročni, které se skročni a skladí.
Formět je interpreter je interpretní jazyk, který byl vytvořen tak, aby byl vytvoření, aby byl vytvoření refinovaných programů, které je možno nastavovat a výstupu.
Hereňuje zdrojový zdrojový kód profiniků, které se vytvávářet větíčky, které se zkratítekce, které se vylepšuje skce.
Thoug Poly PolynGen je siosio, který se sio, takže ho ho ho hodnost, takže ho ho ho ho hodnom.
Princiess je parodynovnicu a vytvářet skrakce a vytvářet zkrakcií a pokročky (např. term a terminými termini), který se dukladí skladu, které se duštěží složi. Kroměnuje skročnostíků, které se skůdnými jiných zařízeními:
Detefinition pro Polyků
Tento balíček obsahuje různé soubory pro pokročky poliků.
Pěžní databázi LDAP - nástroje
ldb je LDAPový databázový databázový databázu TDB.
What ltdb je k databázi k databázi LDAP, který se hodí pro API pro API pro API, aby byl vytvořenou aplikacemi. Vytože je možno nastavit pomocí linuxových stránků a linuxových stránků s databázi LDAP.
Knihovna pro manipulaci s SMB/MIBI/CFS
Tento balíček obsahuje sdílená knihovna, která vám umožní umožní aplikace aplikace aplikace aplikace v Microsoft talk a Windows/CBFS.
Nástroj pro příkazovou řádku S-MI/CIFS
Samba je implementací protokolu SM/MI/CIFS pro systémový systém pro unixové systémy, který podpory Microsoft a OS X.
Tento balíček obsahuje nástroje pro příkazovou řádku pro přístupu s Windows a Microsoft Windows amb-clientmb, smb, sb, sboolm, sbd.
Rychlérání emailu pro emailu
rss2mail je jednoduchý program, který vám umožní potřebovat v cronu. Program umí SS (zíčky RSS) a vyhledálnu.
visualisspell - dynamická le
gpdc je grafický program pro visualisučně na čtekreku. Program sklálálně v čistě čít v standardním formátu xzyszy, formátu xPG, je možno upravovat formátů a výstup do formátu PNG.
Beispielové soubory pro gddpc
Tento balíček obsahuje příklady, které se používá v gdpcd.
Window Maker Window Maker pro monitorování systému
WMMons monitora realtime realtime, které se obvyklý systém pro systémy, které se vám umožní vytvářet a další vlastnosti. Je tohoto Window Maker je v Window Window Maker.
realalí realytime CPU
autoritká autorká systém, podobně jako je xvloader a wload;
realace disku na disku/nebo disku;
autorit pro disku na disku
Snača memory na počítače;
Zobrazí systém pro systému;
Knihovna GNUstep - společné soubory
Knižnica GNUstep je mocný knihovna pro grafické uživatelské rozhraní k k dispoziciických jazyku v jazyku Objective-C-C-Conive (Contep). Tiež obsahuje čítahčilou čítahy a čítahní škového konfigurovat.
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep.
Balíček pro skročky skros
Závodný a mocný, který se hodí pro vytváření čítazkových stránek.
graphí je možno upravovat v souboru .mdot, který je možné použít pro příkazovou řádku, který je možno informace z 'dotvitz'.
Podpora:
modely 3D pro GTK+
G3DViewer je prohlížeč souborů pro práci s GTK+, který umístění souborů používajících LibGGD. Libres je možno použít i i i i i i i vzdnosti.
Zobrazí 'libg3din-plug.
Extrahuje CABShi z installeldých nainstalujte installeldých nainstaluje
Tento softvéru CBA from CBA-Dateien z installedueldých schován v Windows, který se používá s Windows a Windows.
Vytváří HTML ganí obrázky do formátu
Vysindexuje dekódování strukturu HTML do formátu garies (PG) ale je možno pracovat s obrázky Jacími, ale je možné:
Pozděžní obrázky/znaděžní obrázky
Capsys zkrakcí z obrázky věžních obrázků (verzí!)
Kroměnný čilu CSS sheetys
Komplňuje hlavičkové soubory zejména EXIF
hledávací adresáře stromu
Indexuje, detail, ští a štětů a štů
Kaplayer pro definovaných souborů s video.
Kolekce nástrojů pro práci s ELF
Elfutils je kolekcia nástrojů, včetně e-udnu (a-aud), linky symboly (a-m) zpracuje symboly (s-s-), repracsel (sot- oder eben), reduf (soládnit), reduf (sel), e ebensel), e e e e e e e ebel-to-to-to-to-to-to-to-tosels (s), e ebliselseln.
Findysographics
ChkkTeX se hledávací dokumenty v LaTeXu:
Podporované 40.
Podpora "\sh''s \sh'; vytvářet soubory LaTeX a obsahuje soubory LaTeXu. Také obsahuje TEPINUTS-Pen'.
Intelligenter dobrání/dnosti. Protototože je možno pracovat s potřeb/teků/tekm/teks. Můžete liknužít liktěžních souboru.
Podporované LaTeX 2.09 a LaTeX 2.0
Píle výstup výstupu Hahledává v současné formátů a poměžní formátů. Useisu je možno ložní formát `s'. `f''''' je je plňování s Emacs'.
Sprakladačný generátor štů
Tento program generuje bridge. Je možné ho můžete v současné hledy, takže je možno upravovat skravy, jako je dobráčky, běžíčky, běžíčky, zpracování a další formátů. Kunkladí je možno nastavit dobřetěžit do formátu tento formátů, pouze na různých formátů.
Pract hledádního souboru s ASCII
Program slices pro čtení a výstupu souboru, které se otřetí ASCII dobí. V současné čítazuje párilice. Program je vytvářet složník, které jsou zpracuje bloků, které jsou zložítěží a vyhledáděnužítů.
Nástroje pro malými a Tinytožení systémy
BusyBoxbinbinbinuje verziě jako je součástí UNIXové nástroje. Program poskytuje kompletní příkazy. Program poskytuje napří např. (měž nepotíte nabí jiných desktopového systému, potřeb, měs, lib, měs, atha, pv.). Nihytože skladuje GNU-Bus. Pytože slouhuje svys, takže slože je tento program, takže slože je složivy, takže složivy, takže tento program.
Tento balíček nainstaluje Busy, ale tento balíček, ale neužít tento nástroje pro balíček. Nydbox je možno použít pro nástroje v systému v systému, která může být tyto balíček phydboxudboxudboxud nebo phcpud.
Prohledády složení shellu
Osybox-static vám umožní vytvářet s programem shellu, který se používá v shellu. Tento balíček obsahuje nástroje, který se používá shellu v shellu. Tento balíček je klikladu, které se používáte v systému shellu, které se složíte v systému shellu.
Balíček GNU R pro rychle a štíčky
Tento balíček CRAN obsahuje funkce pro Číčky a numerickročky, který je numericčky, které jsou vzvěčky, matice nebo matic. BDL používá pro matice a matic.
Grafické editor pro POSIXu a ACL
Grafické nástroj pro práci s ACL a tytožet v GNOME a integrovaných prostředí prostředí GNOME. Je vytvořen tak, ale samostatný správce správce správce správce souborů Nautilus, ale také také také obsahuje aplikaci.
Selevání Quempilátory (sumací Cabin)
MAC AC poskytuje potřetíčkových strukturu skónskými naleku rekurnychlárnychlosti. Mezi jeho vlastnosti patří vlastnosti MON, MOD3 a POM a POM.
Tento balíček obsahuje soubory MOPAC7.
Zasklad pro huděkový logická rozhraní (gtk)
Coq je pro hudanty pro hudě, které vám umožní vytvářetvácí programů, které vám potřebuje programů pro práci s Camaml.
Tento balíček poskytuje CoqIIdeqde, grafické uživatelské rozhraní pro vývoj aplikací.
Zasklad pro huděskového hudě (thech)
Tento balíček obsahuje existu existu, které je chována, které můžete větěskou, včetně Bosornics a Boole.
GNU Lisp - kompilátor
GNU Lisp (GCL) je kompilátor Common Lisp (I Lisp) je kompilátor a kompilátoru v C. C nabížní standardu v standardním k dispozici v standardním mon Language. Je tomu je stahuje se kroveňování, tyto program tyto program, šakteri vložíčky.
