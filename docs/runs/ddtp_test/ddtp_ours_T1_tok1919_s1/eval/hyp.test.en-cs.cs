Xastir je klientů pro XS jedá na návě, která se osítálá na šení systému, které vám umožní vyhledát šestí (věží) věži, které vám umožní vyhledáváře.
X Window System (X.Org)
xcommon obsahuje všechny souborového systému X Window System, které je možné použít pro všechny systému X Window System. Navěž je možné vyží být uživateli, uživateli, uživatelé knihovny a klientům X Window System.
V současné term terminformationen, které jsou „X Window System“ "X11", "X11", "X1111", "XR7 a "X11", "X1111. Vound je verze verze verze X. Foundound je „XOrgound“. Foundundundundundundundundundund je chladí „X). K dispozici je možné vytětřet chladí terminuží být „X«.
V současnérů X klient - Metapaket
Tento balíček obsahuje různé různé na různých klientů X, které mohou X Window System.
Tento balíček je vytvořen pro transiálních Debian earlier, nástroje nástroje pro xly a xx-base.
X.Org X Window System
Tento Metapaket poskytuje komponenty pro vysozávačky X Window System. Program poskytuje knihovnu X, X-Server a „měží“.
Převáso tento Metapakety, jako desktopy pro desktopové prostředí, tento balíky a vytvářetvářet.
Uží, který vám umožní nastavit balíčku x-ster-manager, které byložit je možné nastavit nabí.
Nástroje pro podporu X Window System
xutils poskytuje nástroj příkazové řádky příkazové řádky, který je možné použít s X Window System. V současné programy, které jsou je možné použít jako je možné použít pro použití X-Server nebo X-Server.
Vytváří programů pro všechny menu
V současné komprimovaných balíčků Debianu v různých okně v sync-manager, které mohou být v balíčku.
Záčečný fránu na seznamu seznamu na seznamu seznamu a seznamu seznamu seznamužního prostředí skladí a dalším okně.
Menu stellt system-level a nastavitu-level, který se osí a potřebí a menu menu.
PostScript a PDF a PDF
gv je com comestky PostScript a PDF a PDF pro X Window. Program používá používá pro X Window, který je založená na balíček X-Interpreter a X-hostsview.
Zobrazí informace o systému
HardInfo je malý program, který zobrazuje potředí informace o systému. V současnéhoho systému PCI, PCI, USB, USB, USB, Serialial, paralleler a parallel.
Navíčte balíčků Debianu
debfostoster je program pro apt a dpkg. Pokud čky dpkg. Pokud tento balíky, které vám umožní vysítřet uživateli.
Navví, který potíčky balíčků, které vám umožní vyhledávačky. Pokud hledá na potřebíčky balíčků. Pokud tohoto balíčku. Pokud hledá být hled. Pokud uživateli, pokud uživateli, pokud jiží.
Tento potřet šení v Debiane, zpracován Debianu (mainudá). Kroměnnnnnnt je možné použít jako jedě jako jed.
Grahčný frontend pro vytváření Scanner Access Now Easy Now Easy)
xsane je možné použít jako je program, který v GIMP. V současné programy xs-ane je možné vytátává xs je možné vyhledálát v souboru, které mohou být v souboru, jako je možno uživateliálních formátů, uživateli, uživateliálních formátů.
Távačný a snadno použitelný daemon pro Power
Modernn Computer je podporované podporu Configuration a Power (PILAC) umožní vytvářet na správu systémech a pokladí.
ACPID je snadno použitelný editor, který vám umožní vyhledávačky ACPI. Vehledát hledá se hledá se uživateli zpracacacac/oz (poz), nebo / /proc/otpis), objektů, uživatelé programy, které uživatelé programy.
Debian Jr. документация
V současné, který se hodí především „Qu' Guide“, který se osíčky v Debian Jr. Jrup. Jringing. Jrou být v jištěností v Debianu a vyhledávačky. Kromě tomu admini, administá se administí, administí, administáva. Jr.
qt viewer pro výsledovů (crbrb/crk/crz/ccz/gb)
QComicBook jebetrachter, který se hodí pro jpeg/png/png/png, které vám umožní vytvářetiví a vytvářet. K dispozici:
QComicBook pro podporu:
cbr - rar-compress
cbz - zip-compress
cba - komprimované komprimace
cbg - tar tar tar tar
cbb - tar tar tar tar
Přehledá šení šení
ProsDA je systém pro výsledků a štů a vytřetávazí a vytřetvářeních „solog“. Geniví čístráností pomocí Geniv. Proteine je možné vyhledávačky, šestí, šaktů, šaktů a vyhledání.
VI Like Emacs - vier-a
vile je textový editor, který je šestmá se osozná v termeračky. Vývěží „ser“. Vývěžíčky, nenáročný, plávačky, plávačky, oblasti, potávačky, oblasti, potávavavavavačky, systémů.
Tento balíček obsahuje ná-mode-mode. Requed - soubory soubory pro Source-common. Quelltexte je Sourcecode dos. Vývěž je např. xvile je v X11.
VI Like Emacs - podporované soubory pro vi/vile/vile
Konvertuje soubory pro vile a xvile.
Práron pro správce oken pro KDE
KMyMonyy je Personalal Manager pro KDE. Mine-Meone a podporuje různé efeců, různé různé různé různé šení, šení, efektů, efektů, náví, IFIF, nákrakování/ocií a online online online.
Nástroje E-Mail, pro štůtů, pro šestů, ale štávačky.
PIM je plá se šestí šestnápříkové klienta PINE-Mail. PINErá se se v Apache a třáláva.
Vyžíčky podpory pro emailového serveru IMAP a IMAP. Program používá pro TLS TLS TLS TLS TLS.
Simple textový editoru znychlálárový emailový klient
"pico" je jednoduchý editor, ale náký editor. Program byly pine pine, který byloženího editoru pine klienta pine emailu.
Program gaineděž je šestnáví, který byl, který je ští a je je návě jako je štivů.
Program je podobně jako less GNU Nano, ale náhuje editoru pnono, který bylo ně pico-free.
Simple browser Browser z nich — emailového emailový klient
"pilot" je jednoduchý souboru tajovány z chálá. Program je vytvořen tak, které vám umožní vyhledát „Allne“ (Alne) a vyhledávačky.
Asso je malý program, je tačný program, který se hodí pro jiných programů, jiných programů, jako jednider.
GTK+ frontend pro rsync
grsync je jednoduchý grafické grafické grafického rozhraní GTK2 pro příkazovou řádku rsync. V současné být přepříkou být přepráností, které vám umožní vyhledávacích rsync.
Einfaches RFC141413-Client - běhovou řádku
Toto je malý knihovna pro přístup k Ident-сервер Ident; "ident-сервер" vám umožní vyhlededát „my“.
/usr/sbin/inidentdat je malý daemon (tototo) jedě jako napří, které vám umožní vyhledát např. Ident, takže se se se na tom tohoto serveru Ident-Server.
NSS-Module pro podporu Berkeley- Database
nss_db ist eine Sammlung von C-Erweiterungen, který vám umožní umožní vytřetávačky v balíčku aliasy, etheralias, Gruppen, Gruppen, RPC-Protokolle, RPC, RPC, RPC, RPC-Enatine, Passwortované soubory (nad) a prasatatsat) nebo IS-Dateien, které jsou chladen.
Zobrazí a administer a administer a data
Tento balíček obsahuje passwd, shsh, chnnn, chnnn und mnoho programů a další programy.
ShadowPassPassuje „share/passwd/passwd/passwd/README.
Next-Generationový MusicBrainz
Picardard je kravuje svěžíčky potávací skravání.
Tento newgging je vyhledávačky, jako jako jako jako taposí, jako jako jako jako jako jedě.
X.Org X server -- ovladač pro Savage
Tento balíček obsahuje ovladač pro S3/VI Savage/Savage/Savage/Tass.
Tento balíček je sestaven z modulu X.org xf86-video-savage.
Hračný pro kidy, který s Tux Tux
"Tux, Math Command Command Command Command" („TuxMath) je náročálá hra, ští, Tux!!!!!! Výzálálálálálálálá hraní hry "Misise", šetí, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, taku, taku, tak, tak, tak, tak, tak, tak, tak, tak, tak, taku, tak, tak, tak, tak, tak, tak, takže je hledál, tak, takže je MathMathMathMathMathMath čky.
Hardware Hardware pro autocrukce zařízení.
Balíček GNU readline a polávací knihovny
GNU readline - knihovna pro výsledávajícího rozhraní, které vám umožní nastavit v příkazové řádky, které vám umožní vyhledávací programů.
GNU-Plá knihovna poskytuje rozhraní pro reduknutím rozhraní, které vám umožní vyhledáváře šení.
Balíček GNU readline a polávací knihovny
GnuPGový nástroj pro vyhledávačky Debianu
Vyčečte v Debianu Debianu. Tento balíček obsahuje různé soubory, který se se používá pro různé pro různé např.
Datové soubory pro GIMP
Tento balíček obsahuje soubory pro všechny potřebné pro GIMP, které jsou Grafikového prostředí.
Nástroje pro GIMP (Czech)
Tento balíček obsahuje dokumentované soubory pro GIMP pro podporu GIMP.
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP (German)
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP (Spanish)
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP (French)
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP (Italová)
Tento balíček obsahuje dokumentace pro GIMP v GIMP.
Nástroje pro GIMP (Dutch)
Tento balíček obsahuje dokumentace pro GIMP v Dchut.
Nástroje pro GIMP (Norwegian)
Tento balíček obsahuje dokumentace pro GIMP.
Nástroje pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP.
Toto je terminálu pro X Window System X Window System, verschiedene ISO-8859-1-161, TVC, TV27, VI, VIISIS, TC (ISISISI), Tameame), ISO-761, CRUT1, CUT1, CC, COR1, COR121, GOR1, GUT125, EUX1, EUC, GU, EUC, EUNIC, EU, EUX12121, EUC, EU, EU, EU230, EUNIC, EU230, EU230, JIS, JIS, JIS, EUC, EUC, EUC, EU, EU, EUC, EU, EU
Doublewidth pro east, combinär, binär, Thai, Viname und anderen basicriticri (britic-BiDi) probrrabky (tabrrab) a Herabřebřebě jako jako je třebrírověžionionionionionionionionionionionionionionion. Nad jazyk je možné podporu podporu podporu v Hou jazyků.
Since mltermterm pokladí a pozdádí čky, hledá se hledá se ští, které se ští a jiní jazyku.
mlterm také také také podporuje názzzzná API jako jedná API, více oken, XIM-alias, FreeType, FreeType a Xftft.
MultiLingual TERMinal - gemeinsame souborů
mlterm je terminálu pro terminálu X Window System, který podporuje různé čky, které podporuje různé BiDi, BiDi, tabí.
Tento balíček obsahuje soubory, které jsou soubory mlterml a mlterm-tiny.
MultiLingual TERMin, m17nlib
Tento balíček obsahuje m17nliblib pre mlterml.
MultiLingual TERMinal, verze
Tento verze verze podpora fycysi jako jako jako jako jako jako jako jako jako jako jako jako jako i18n.
Nástroje MultiLingual TERMinal - nástroje
Tento balíček obsahuje konfiguraci a nástroje pro mterml.
Nástroje pro vyhledávačný rozhraní pro síťových rozhraní
Tento balíček obsahuje nástroje, ifup a je možné použít pro konfiguraci (oozí, če, če, definužition) a definitioneného souboru /etc/network.
Monitor pro monitorů pro MTA (v4v4)
Eximon je nástroj pro nánánáků MTA (v4). Program vám umožní vytvávářet administí a vyhledátávací potů a vyhledátávačky a vyhledávačky, šaktů, tunc a thawing a thawinginging.
Klatná hra s s polilikelný v polish
LinCity-NG je Simulation Simulation. Tech je názálá se skladí a štiví: LCinCinity. Tinity a vytvářet šestností, štá se potí, ští a potátí. K dispozici je ští, šaktků a vytátálátátí, šaktí, které vám potál akce, které vám umožní vytálálálálálálálát šakt ští.
Nástroje diff, který vám umožní soubory binární soubory
Xdelta je program, který vám umožní vyhledávačky mezi souborů souborů (dedelta) jako jako jako jako jako jako ještěštěštěštění programů "diff", které vám umožní vyhledát uživateli. V současné soubory, takže je možno nastavit uživateli souboru, takže je možné nastavit uživateli, takže je možno nastavený výstupního souboru X XXXX. V tohoto programu je možné možné použít prouží uživateli.
Hodná knihovna pro správu balíčků Debianu
Knihovna se hodí především pro minimalizace a mnoho šestky balíčků Debianu, které jsou v Debianu a quuží.
Knihovna pro různé data:
APT: databáze APT:
Debtags: accessu pro přístupu Debtags
Popopcon: přístupu Popcons
Záláláddné v Xapian apt-xapian-xapian-index
Toto je sdílená knihovna.
Práčky CD amixer
AScd je malý CD amixer, který vám umožní vytvářet "docdock“ a AfterStep.
Follow symlink a vyhledávačky souboru
Chase je malý nástroj pro vyhledávání souborů, který je chádálálá na chladí syskladí syskladou skladí. Výsledálálá se nevěží, který byl, který je ladí.
Perl-HandbuchyHandbuch, POD a program `doc'. Pokud tento program "doc“. Pokud tento program, tento program, neužítřejm.
Bashaží vyžadávačný - např
Bash umí s podporou být staností. Tento vytvářet např. Tento být je možné vytvářet např.
Blob Wars: Meta Blob Blos: Blob Solid 2D 2D. Je náblos.
Sinceirir věži, který byl šestí čky, Blob, tabace.
Blob Wars: Meta Blobs: Blob Solid, tad, tab, tab, tab, Boblob. Blobs je lib, lib, libt je „sysysy“, které jsou různé libsy a mnoho říků.
Nástroj pro indexu a vyhledávačky obrázků a z KDE
KPhotoAlum vám umožní nastavit indexy, vyhledávačky, vyhledávačky a vytvářetí, hledárky, které vám umožní vyhledátí. Kroměn a vyhledáváře se skladí obrázky, které vám vám umožní vyhledát, které vám umožní vyhledání obrázků.
Vooží informace o „ooto“ je v XML. To je „početí“ věží „PPAlum“, KAlume zpracuje i i i i i i i i i i i i i i i i i i potřeb. VPAlum je možno nastavit je možno nastavit skladít např.
KPhotoAlum dokáže schrib, které mohou být Plugins KIPI-Plugins. Obsahuje podporu podporu kiki. Navěží pro podporu podporu podporu okněků, chlady, export a importování.
Vývěžuje soubory v textovém PmOC (posmal) a pomalíci)
Tento nástroj konvertuje soubory (oder HTML-Dateien) pro deaktiví na deaktivů DOC (věži DOC) pro dokumenty DC) v „Cunpot“ (např. DOC) a DOC. DOC, komprimuje komprimuje komprimovaných souborů DOC/docxtxtp-Dateien a komprimovaných textů.
Privacyhanění HTTP-Proxy
Privoxy je webového prostředí produchodudů proudárů proudání webového textu, hledávacích, a vyhledávací přístupu, běžíčky, běžíčky, běžíčky, bioxus a bylny. Navvěž je možno nastavit jako je možno nastavit potů. Vy je možno nastavit taxy a taxy je možné použít pro taxy a taxy.
Privoxy je basierend auf Internet Junkbuster (tmtm).
Datové soubory Emilia Pinball Pinball
Program Emilia Pinball je pinball, který se hodí pro Linuxu a Unixu. Jedná se se se se hodí pro např.
Tento balíček obsahuje různé datové soubory, který používá pinball.
Data - soubory pro terminálu GNOME
GNOMEll je terminálový terminál, který vám umožní vyhlededát:
Access a UNIXové prostředí GNOME.
Tento balíček obsahuje datové soubory, soubory, soubory a settings pro gnome-terminal, terminal.
Heavy-du náročný klient (curses-basierter Client)
motto nn je nnnn je „nn«, který je „No“, ale je ští, ale nnnnova a nnnnnreader", který je nnnreader, které vám umožní vyhledát ští, tak, které vám umožní vytětátátět.
Nn vám umožní vyhledát náklí a nákipků. Program podporuje názdální a vyžítálálální a potálálávací.
Tento verze verze nnnsky potálárkyho serveru NNTP (potádárního serveru), který vám umožní potřetávací serveru v serveru NOVOV, takže je možné použít prou. Výšakuje ští, norován-Fornon (vynonnon) v non.
OpenLink Viroos je náročnánáročný objektů SQL. Program poskytuje databázy SQL99: podpora SQL99, podporu podporu podporu podporu podporu: a plátivě, podporované podporu podporu podporu podporu NET, NET, NET, NET, NET. Podporuje podporu podporu podporu jazyka, NET, NET, NET.
Virtuoso podporuje podporuje SPARQL v SPARQ, SPARQ, SPARQQQL a podporu podporu podporu podporu SPARL, SPARL a SPARL.
Tento Meta Metapakety pro vytváření balíčků, které jsou ososo (Open „Open Source Source Edition“).
GNU awk, awk, skodávačky a mnoho jazyků
`awk'', který vám umožní vyhlededát v tom souboru a vyhledávačky.
Gawk je implementace GNU awk, awkWK. Vys je štivě jako je štivě jako „finition“. V současné „my Language Language Language Language Language Language Language Language Language Language). Tyyyyy, „Wert, KWK, Weineine, Weine, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk a awk.
Nástroje PostScriptový nástroj pro vytváření PostScript
pspresent je nástroj, který zobrazuje pslilišení v PostScriptu pro giv. Navigation: Navigation: Navigation: skrárálálárárárky: skrárárárárky. V tomu štá se sk. Vysítálálá se skladíčky.
Chemical structures editor
BKchem je svobodný program, který potřetkce, který je v Pythonu.
Nužíče, které vám umožní pot:
Drawing (bdon-by-bond) pro štivů; šetíčky; štiví šení; draděží, šení, colorrows.).
Editing (děží a regrenosti; resolávačky; skladí, 3D, 3D).
Export/Import (napří podpory SVG, OpenOffice.org, OpenOffice.org-Draw-Draw-port) a exportaci s CML.
Nástroje GNU compressionu GNU
Tento balíček obsahuje standardní standardní standardních GNU compressionu, které jsou uživatelé nástroje pro standardního systému Debianu. Komplně v „gzing“, ale „gzing“, ale může být v 'Z.
Knihovna GNOME XML
XML je metoda, který vám umožní vyhledávají šení. Obsahuje ští a vyhledávačnost pomocí „eg“ (egegeg). Techností je možné vyhledávářet šení XML. Klassen, že je možno nastavit je možné vyhledáři implementací jazyků.
Tento balíček obsahuje knihovnu, která umožňuje jednoduchého prostředí XML na prácu.
Hrahohohohohohohohohohohohoho
Space Aryarya je štá se náročný klonu, které vám umožní vytřetátár a Staro Staro Staroxt, které vám umožní nastavit a vytřetěností.
podpory fonty Vine Vine Linux
VL Goththic je plátárkový jazyk Go Goth, která bylální fontů.
Program on Sazan Go Go Go Go Go Gosisisisisisisisisisisisisisisi (dic M+MOM) a MONC (MORO).
Editor pro interaktivní programů
Ledit je editor, který vám umožní vyhlededávačky v Emacsu, jako jako jako jako jako jako jako jako jako jako je tbash. Program používá v Caml a Caml.
Interakované nástroje a standardové prostředí OCaml
Objective Caml (OClCam) je implementace jazyka Caml, basierend auf Grundlageností v Camecalcalcl, který se hodí především pro systémech a nárokový modulu.
Tento balíček obsahuje soubory soubory pro příkazovou řádku příkazové řádky z příkazové řádky z příkazové řádky.
Gražuje PNG (Portable Network Graphics)
Pngcrush je optimierte PNG (Portable Network Graphic Graphics) je např. Program je štivního souboru PNGATTA, které je možné použít pro různé štivů. Vývěž je možné vyhledávají např. Pngcry, AMNA, AMNS.
Válárárový klient pro Emacsu
Canna klient pro emacs21 nebo xsemacs, který podpora pro podporu el. MULE je v lispek, která vám umožní nastavit se hodí v emacsen.
Canna je vstupní metodu Eingabemethode.
Programm, který vám umožní vyhledání jazyků
gNiall to vám umožní vyhledát čky, které vám umožní vyhledát šení. Motorotor: statistiku:
Monitor pro mDNS/DNS-SD/DNS-Dienste, který se osí na počítače
mdns-scan je nástroj pro scanning/DNS-DNS/DNS-Dienste.
Program by bylož nápříkou mDNS PR/R_serves.d_sssd_ssud.
mDNS/DNS-SD je součástí Apple Zer Peroconf (např. Ba. Ba. Bajouri-daemon).
Nástroj pro vytváření textových souborů
Poskytuje: Romaji-toto-Kana, Fuz, Fuz, Secharcharch, Regular, Exprech, Filter, Filter, Modifizace, ModMode.
Klesačky a čky ASCII skrávačky
Toto je velmi náročky hry, které vám umožní vytvářet ští nabí. K dispozici: čky: Trainem. Train je možno nastavit je hledát náminem. Trainem, šesty a pominlandland a finland.
freeware audio Audio Decoder
FAAD2 je rychlárních ISO/ACADA. FADAD a MPEG-2-2-codovány MPEG-2, MIN, LTO, LTD a ACER.
Tento balíček obsahuje rozhraní příkazové řádky pro příkazovou řádku pro MP4 nebo MP4.
Editor a kitchená sinkin - podpora pro elisp
Tento balíček obsahuje návající soubory musí soubory v balíčku xemacs21.
Mule je rozšírenie (xacsemacs), který vám umožní nastavit pro zobrazení např. štiví še (nananan) a nisch).
Editor a kitch sinenkin - podporované soubory elisp
xemacs21-mulexport obsahuje verze.
Textový editoru Unicode (arch-Dateien)
yudit je Unicodeový editor pro X Window System. Výšení Unicode. Vytototo účky Unicode. Podporuje různé písma Unicode. Podporuje různé šestů, štivů, různé jazyků, bialky, také také také také obsahuje podporu podporu pro podporu šesty. Program obsahuje podporu pro podporu PostScript a PostScript.
Textový editoru Unicode (ch-Dateien)
Tento balíček obsahuje datové soubory v /usr/share/share.
Nástroje pro správu skripty pro správu skripty - skriptů
Nástroje Backends je řízení řízení v Linuxu systému Linux a Unixu Unixu. Program je možné použít pro standardu XML, který je možné vyhledávavačky, který je možné použít pro distribuovaných distribuovaného systému.
Toto jeBackend, které jsou v GNOME System.
Knihovna pro vyhledávačky video video (Laufzeitbibliotheken)
Knihovna pro vyhledání video video video video. Program podporuje video a dalších webových stránek. Také podporuje video na webového systému a API, které vám umožní nastavit pomocí API a pomocí pomocí pomocí pomocí API.
Vehledá aplikace s s IAX2
Imodemm je Software, který se používá v CAXAX (např. PXBX) je tento systémechnynyny PBX a používá DSP. DSPL používá používá DSP-Hardware.
Imodemm byly štivě, který byloží Funktionyy HFAX, který je možné vyžítvářet šení. Imodem a Ixxxx, aby byl s mgetty a mgetty.
Uží 3D, který zobrazuje aktuální CPU
wmcube je hra, který zobrazuje potádí 3D, který potádí 3D, který poží akladí. Výžítálá se šaktí, který je uživateli.
Originally wmcube nutí v wmcube, jice.
Nástroje a nástroje pro správu správu
Tento balíček obsahuje jednoduchý shell shell příkazové řádky pro hiberiberi.
Zečky MPEG1/2
Mpeggux je pro MPEG1/MPEG/MPEG/MPEG/MPEG. Program je možno použít pro vytváření seznamu MPEG MPEG MPEG-Streamer.
Nástroj pro monitorů pro panel Xfce4
Psguarduard tento moduluard složí šetí ští, které vám umožní vytátár a potálálár a potřetěží.
Eulilide je šetové jazyky
Eukleide je jazyků, který vám umožní vyhledávací s náláva (LinTeX) pro dokumenty (LinTeX. Tento balíček obsahuje EPS) v EPS a dalších EPS.
jednoduchý program pro vyhledávačky color v jednom skraků
grabc je jednoduchý nützlich, ale potření program, ale potředálá nabíčky skladíče v RGB, který jeděži. Pokud „poče“, který vám umožní poměností a potěží, které vám umožní pokladních poklad a šaktů.
Tento program umí nützlich, pokud hledá se snažíte skladí, které vám umožní vytvářet staností v xterm nebo okně. Kromě tom je možné vyhledářát tyto program, které vám umožní vyhledát uživateliálním program.
Datové soubory pro freedroid - strategor
Tento balíček obsahuje čky, náví a definition a definitionový hry freeroid.
morse-Daemon pro serínudy nebo portačky
Cwdaemon je malý daemon, který používá pc, který bylálá a štálá se skladí potálálá se šaktí na uživateli na uživateli svěží a udpd.
Nástroje pro vyhledávačky
Tento balíček můžete vyhledání a vyhledávačky a vytvářetí a vytvářet uživatelé běžíčky balíčků Debianu Debianu Debianu.
Tento skript je nástroj pro APT::Periodic::Unat-Upgrade.
Musikadá pro podporu ASC
Toto je music packá pro hudárárkce. Pokud SCSC. Pokud hledá se osíte na čtetete potřebí.
Composed byl pro Michaelie Kragel
Programy a rundá pro „FNIX"
AFNIX je implementace Program Program Program Program Program Program s podporou podporou metodu, který je podporou architekturu oblastiálních. Programováno jako je možné použít v distribuovaných distribuovaných distribuovaných. Program se se se se se se se se se se se se se se se se hodí pro architekturu, které jsou architektur.
Programy a rundí pro „FNIX" (Dokumentation)
Tento balíček obsahuje dokumentace pro AFNIX.
hledky Info Info-formate
Xzip interpretiert stádován (napří textového textu v formátu formátu formátu formátu formátu formátu formátu Info. Tento obsahuje různé např. Tento náročky, aby byl náročky, náročky, jako je možné použít jako je možné použít jako je např. Informformform.
Toto je interpreter pro X. Fort, fotz nebo jzip.
Císká nákeratorator pro Reportab Toolkit
Nástroje C nabírky pro reportatorator Reportab Toolkit
Music Player Daemon (MPD) je server, který vám umožní vám umožní vyhlededát na počítače (např, FLACOV, FLAC, MP3, Wave), Wave, AIFF, MP3, MP3g, MP3, MP3 a Gapsorbi. Gap a Gapierierierierier. Gap a také také podporu podporu podporu podporu podporu pro šaktů, chladady, šech. Techechechechniká se hodí pro podporu podporu podporu podporu podporu pro podporu pro chodu, které vám umožní vytávačky.
Daemon je daemon, který byl nádí klient, které vám umožní vyhledát šení mpdí a klientům. Program vám umožní vyhledát ští účky, který vám umožní vyhledávářet úhností, které vám umožní vyhledát účky.
Konvertuje písma X11 XF toho formátu BDF
Pcf2bdf je de-compiler. Program je detaillár X11 (PCF) pro Bitmap Bitmap (PCF) Bitmapmaps (DF).
FONTBOUNDING v BDF do BDF. Btoptop je v pcpc2b.
Konvertuje dokumenty LaTeXu v LaTeX
Attempt na konverziu informace o formátů jako je formát formátů v LaTeXu Rich Rich Rich (RTF). Navěží podpora jako je podpora jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako je šení.
Detailní dokumentace v latex2t2tf-doc.
Nástroj pro soubory mp3 - soubory mp3.
Prints se se se nahledání a výsledovního souboru mp3. Závíčky (věžní soubory mp3, 1, 1.2, 1.2.2, mpeg, mpeg.2.20 podporuje CRR.
mp3check je pro nützliche mp3, který se hodí především pro vytváření mp3, které vám umožní umožní vytřetřet tohoto programu mp3, které vám umožní vyhledání mp3, které mohou být ty.
Nástroje EWMH/Net' X Window Manager
Wmctrl je nástroj příkazové řádky pro příkazovou řádku pro EWMH/WMetet (pšení, Ename, plexam, efefektů, kwine, viwine, kwfish a sawwwfish).
Wmctrl obsahuje příkazovou řádku, který vám umožní vyhlededát všechny EWMH. Zehledky je možné vytvářet okně, vyhledávají pošení, tak, takže svěží a vyhledání.
Nástroje Telepathy - GLib
Tento balíček obsahuje teley syley-glib, GLib pro knihovnu Telepathy.
Telepathy je D-Bus pro všechny D-Bus, který se hodí předehledáva, ští, ští, ští a štátátí. Výzáhráností pro šesty, který bylátátí a štátátů.
Nástroj na obrazovků, který používá libosd
aosdd_cat je skrálávačný nástroj pro libaosos. Program je možno použít pro systém OSDu.
Vyčky X
XStarfish generuje hledá pro vytváření изображений, které vám umožní vyhledávače zflát. Zehledát jako je možno použít jako je možné použít pro práci s schladen.
Configuration a relesase na správu správu v AtFS
ShapeTools je kolekce programů, který podporuje podporu na správu skriptů v prostředí UNIXu. Program je možné vyhledávacích a vyhledávačky a „shape“. Chape, který je nástroj, který je integrovaného systému systému systému systému systému systému (AFS).
ShapeTool je vytvořen tak, který byl vytvořen tak, které vám umožní vytvářet věžit jako jako jedě. Tento nástroj pro distribuovaných systémů pro správu správu správu správu správu správu správu správu správu a uživatelé prohledizace.
Program pro podporu GIT v GIT
Pomocí qgit qgit vám vám umožní nastavit jiných oblasti, uživatelé soubory a vytřetvářet např. Maine:
Číčky, diff, soubory, soubory, soubory, soubory, chladaví, soubory, soubory.
Kommituje použíčky chická soubory pickick.
Apply nebo generuje soubory napří čístí, drag a pouze spotávají qgit qgit.
qgit implementuje GUI pro prostředí StGIT, které vám umožní nastavit a „popy“. Pokudí být „posozíče“, které mohou být např. i i i i i i i i i i i i che.
Záláva a vyhledávačky DVD
Regionset je malý nástroj, který vám umožní nastavit a vysítřet čky DVD, které vám umožní vytvářet na DVD, které vám umožní vysografiálních Hardware. Hardware Hardware Hardware.
rescue soubory zpracován CD a DVD (nncurses)
Datá čá na CD/DVD nebo CD/DVD. Tento soubory pro např. Tento jiných souborového systému (ISODF) nebo UTF, který je možné vydětětí.
Logiteite Control Mouse Control
lomoco můžete vyhledává tyto tytyto ch USB USB (ooce) dukce dukce dukce dukce. Sídádádě jako jako jako jako je šaktivů, které jsou štivů. V současné tytytyty 400 1000 1000 1000 1000 1000 10X00, 1000 1000 1000 1000, ty.
Zobrazuje WING Display Manager - nástroj xmmm
Toto je xd replacement xdmmm, basierend auf Basis von WING. WING je NeXT-ähnliche NeXT-ähnliche NeXT a další programy.
Výzálárky obrázků pro Debian Debianu
Tento balíček obsahuje obrázky, který je možné použít pro desktopu. Výzdá se se se hodí především pro vytvářetiv Debian a vytvářet věžíčky.
Tento balíček: Tento balík obsahuje obrázky, které jsou v Debian logu Debianu.
visudálálálá se se potřetové soubory souborů
Nástroje Diff (VBiniffDiff) zobrazuje zobrazuje soubory do ASCII (valade) a EBorce). VIC je možno nastavit souborů ASCII. Vyto soubory, které vám umožní nastavit soubory, takže svěží. V současné soubory, tak, takže se se se svěží.
VBinDiff byl násled byl věž „Selelel" pro Gron Gred Gredic I II-file«. VISIT, který bylává náročá náročně náročně nákou štiví.
Nástroje pro správu zařízení GNOME a nástroje
gnome-keyring je daemon, který potřet s svěži, ssh-agent, které mohou být a další informace.
Tento program vám umožní nastavit ští, jedár, jedálá se náví a vytvářetí, které se se se se se se se se se se se se se se se se se se se pro diskud.
Tento modul jazyka PAM na jednodukovaného prostředí GNOME
Tento balíček obsahuje modul PAM, který vám umožní vytvářet ští potíností potřebí, které vám umožní vyhledálát uživateli, které se potřetřebí.
Pokud chcete modul, který byl v GDM a gnome-screensaver, které vám umožní vyhledát ští a vyhledátí.
FUSE FUSE pro práci s souborových dat ISO filesystem
Tento balíček obsahuje modulů pro přístupu ISO Dateisystem, který je možné použít pro FUSE. Pomocí je možné implementaž je možno implementačný program v userspace.
Program umí pracovat s single-tracks .BIN, INDF, IMGR.
Nástroje pro formátů MNIl
Tento balíček obsahuje nástroje pro manipulaci MINC.
Minc Dateiformation je náročný formát formát pro vyžaděžit v formátu NetCDF. VCDF je jednoduchých formátů, jednoduchých, jednoduchých aužikce. Ninibri-dimensionale, šaktivního rozhraní, pro podporu podporu pro podporu pro podporu a také sků. Věžízkové knihovny knihovny a chladou být chladou být. Tinim-file a mnohé knihovny pro podporu podporu podporu podporu podporu:
Nástroje IPupné nástroje příkazové řádky, které mohou databáze GeoIP (vě)
Tento balíček obsahuje free GeoLite.
Mikroscopic GNU Emacs Emacs
Tento program je malý, náký, náročný editor a snadno použitelný editor (ozdě jako jako jako jako Emacs). Kroměností, štá se hodí především pro GNU Emacs. Kromě tomu je šení šení, šení ští ští še jeden Emacsu.
Packages, který obsahuje editoru s broly, které jsou čky.
Aveve a xjove;
ng-cjk, ng-cjk-cjk-ank a ngint;
qemacs a qemacsemacs-nox;
KACSTT a freerobí TrueType
Toto je množinou TrueType TrueType font fonty, která bylá pro ští a CKACT (S).
Balíček GNU R pro fitititomárky (MNMP)
MNP je rychlá Bayes Multi Multinom Protein Protein Protein (PM) pro Markovy MarkovPMCon (Clote Clololonal). Komomialializace, který byl vytvořen tak, který je možné vyhledát šaktí a také šaktů. V současné pro 2004. V současné 2004. V současné prouděží 2004. V současné 2004.
Internationale Component pro Unicode
ICU je C++ a C++, který obsahuje podpora Unicode a podpora Unicode. Tento balíček obsahuje sdílené knihovny IUC.
Zálárkeračný pro online
iGal2 je program jazyka Perlu, který je možné vyhledávačky (děží) a vyhledátáděží pomocí pomocí příkazovou řádku.
iGal2 je náročky i i i i ihránu (věží) je štiví a vytřetávací a různár.
Vyčky pro dokumenty SGML
Tento balíček obsahuje nástroje, které vám umožní vyhlededávačky, které vám umožní nastavit souborech SGML.
Také může být věžiálních věžíčky DTD v výchozím výchozím sensec, které vám umožní vyhledát, které jsou nevěžíčky, <<pracovánu, <<pracovánu. Kluží pro DocBook DocBook DocBook DocBook DocBook.
Nástroje pro cholálálá knihovna
Tokuolá knihovna je effiziente databázového GDBM a NDBM. MM je návíčky databáze a databáze QMorororor, který je návě jako je návě, náví: náví: nákladního systému: návě, jednoduchých souborů, jednoduchých souborů a einfache a jednoduchý API.
Toto je nástroj příkazové řádky příkazové řádky příkazové řádky.
Terminalávačný/encode/tacode/tagger
cripuluje Ogg Vorbis/FAC/MPF/MP3 v souboru UNIX/Linux. Program se hodí pro vytvářetí (pozí) a vyhledáváření souborů CD, které jsou chávé soubory, které jsou vyhledávy, které jsou všechny CD a pracovány. Tabellenků, které by byl a vytěží a vytětětěží. V současné še cm, které by by byl věží.
Tento skript je potřet, který byloží Gruppeností Gruppenag/nebo/oder/nebo (zorděžní) a zpracovánudě jako jako jako jako jako jako jako jako jako je možné vyhledání/věží, které vám umožní vyhledání a vyhledávací, které vám umožní vám umožní vyhledání a vyhledání.
Ukomprimuje flash-profile pomocí PHONIX
Phnxdeco je program, který je možno komprimovaných BIOS BIOS, který může být PHONIX.
Výzkladí PNG (Portable Network Graphics)
OptiPNG je komprimované soubory PNG, komprimovaných souborů, plátátátá nabítár. Program sklálálálálá se sklálálárů, který přepříků, šaktivů, šetí a chladních formátů. Podporuje různé PGMMMM (PMMMM). PMNG PGPM (PMM).
VTWM je náročný verze verze Tab (TWM) je mnoho štivně, který je návíčky, který je štávačně, který je návě, který je návě. V současné ští šaktivovánuží šaktků. V současné použí šaktků, šaktků, šaktků, šaktávačky.
Zálálá hlačky v chodačky
joy2key vám umožní vyhledát hledárky pro joysticku a joysticky, které vám umožní vyhledát joysticky, které je možné použít pro joysticku.
Zálálníchodu nahledků
Adiff rdiff-backup může být hledá ští, náví, názád. Shus vám umožní nastavit třeb. Zehledánost a ssh-backup vám umožní vyhledát uživateli, šestí, ští. Fdiff je možno nastavit uživateli pot.
Záláčečky HTML HTML
Freetable je skript Perl, který se hodí pro vytváření HTML HTML HTML. Tento vytvářet věžit věžit věži a vyhledálát a vyhledátěží.
V současné syntaxe je rohně:
<wwwtable-optabellenkuje . .> . . <cape ... </.. <> > (X, >). YX (X) pro . (XY) pro text (XYY) pro . (XYY) pro . (XYYYY) pro . XYY (XYYYY) pro .
Rows acell se může být uživateli, věží, nebo X 1. Yorordě jako je možné vytřetěží, atděž jedě jako v Perlu, codě jako jedě jako jedě. Vývěž je možno použít pro šaktí. Věž je možno použít prohledě jako je možno nastavit šakt. Cehled. Ceell a tyto je št št je možno tyto je možno tyto tyto jeděží.
Zálárkový fontů pro DOS
Toto jsou fixové písma v různých v různých v různých v různých např. V současné prouži, ale může být v terminálu, jako je možné použít pro terminálu, editoru.
Tento balíček podporuje různé kód: CP47, CP8, CP850, CP82, CP85, CP85, CP30, CP5, CPX, MIC a RI.
Parser pro pro návání a equilibria
chemeq je malý, je plně věžný jazyk v C, křetáva. V současné formáty 2H2 - verze 22-> 22-> 22 - tohoho formátu LaTeX a elibriumů.
Beispiel: ~/rcrc $2  "22 +2-> 22-> | HO2ecl_Hemdump -\_a,\2, \2, \\\2::::::::::::\r''', \a, \\_w2.
Přesynn plugin pro panel Xfce4
Program WaveLAN zobrazuje informace z Wave Wave Wave Wave Wave.
Signa: Čí Signa: Číčky.
Signa akladí: akladačný Signačky.
Zíče: SSIDID od WaveLAN
Datasuite pro správu správu správu (conleole)
Tento balíček obsahuje příkazové řádky příkazové řádky a příkazovou řádku pro přístupu nutí nutí „TA-caps«.
SMS Daemon SMS Daemon pro mobile
SMSD (SMS Daemon) a vyhlededávačně skladí a vyhledávačky pomocí přístupu. Program je vytvořen tak, plug (plugins) pro různé Backends Graplně a Gnoski.
Tento balíček obsahuje daemon a štátového serveru. V tohoto programu je možno použít pro podporu podporu pro podporu pro podporu podporu pro podporu pro podporu podporu.
Datasuite pro správu správu zařízení (X)
Tento balíček obsahuje modul X11 (xgnoki)
Vyduce DVI, PostScript, PDF, PDF, dokumenty DocBook
DocBook nahledání LaTeX, který převávačky SGML/XML na formátu formátu PDF, PDF, nebo PDF, MathML. Pokud MathML 2.0 2.0 2.0. Vložítáva je MathMathML 2.0. Vlož je „LaTeX“, ale by byl, ale je ští, ale šetí, ale ští, ale šaktiv a niv.
Knihovna pro práci s adresáře (sharedá knihovna)
start-notování je knihovna, který vám umožní vám umožní vytvářet návů, které vám umožní vytřetvářet, které jsou šení. Tato je možno použít v současně jako je založená v GNOME-desktop.
Spozíčky a depozí soubory a vyschlávací souborů
Nástroj příkazové řádky pro příkazovou řádku, které informace informace v JPEG
Mostá scháláluje EXIF EXIF, které jsou soubory JPEG, které jsou informace informace obvykle, které jsou informace ozí.
»exif' je malý nástroj příkazové řádky pro příkazovou řádku, které jsou informace v souboru JPEG.
Zobrazí textového textového textu
Message Message Message — spotřet „málá se ští“, který je možné skladí. Kromě tom je možno nastavit text, hledá se se se svěžít uživateli, takže se skladí.
Výšení potředí, šestí, chozí. V toho návěží čky. Navěž je nevěží, aby nevěží.
Program Haskell 98 a Revisedá knihovna Reviedální a reportasa
Haskell je nicht-strict, rekončný jazyky, plá se vě. Tento balíček obsahuje moduly HTML, PS a LaTeX. Zát je štátá „sí“ v „The Report Library", „The Report Library", „The Report Library« (Erixport Library).
Balíček obsahuje také také také něnunnction Interface (FFI) a Harcharch formátů v PDF a PS.
Nástroj pro vyhledávačky WAD
DEU's Text Compeur (DTueu) je editor, který je možné vyhledávačky a vytvářet náví, čky, náví, náví a další soubory WAD.
DeuTex je příkazové řádky příkazové řádky, který se hodí pro hublemální soubory WAD jako jako jako jako je produce.
Skript založený na Vektorový jazykový jazyky MetaPost
Assympte je náký skriptů vektorový jazyků pro tehnchine, která bylářá na štátálálálá se vyhledávače C++-Rady. Atempte-lišení v LaTeX, který vám umožní vyhledát v LaTeX.
GKrellM to to tohoto mailbox v panelu
GKrellM pro monitorování monitory mbox, maildir a MHbox.
Nástroj příkazové řádky pro příkazovou řádku v X11
xli vám umožní vyhledát: X11 FBM, Sun, Raster, Raster, SMUM, BitMM, Bitmaps (MBM), Maps, PGM), PM (MXX), GIF, GIF, GIF, GIF, GIF, GIF, XFOR, XF, LTF, jpeg Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image Image
Vytváří seznamu souborů zip
zipcmp vergleicht zwei zip-Aužiálních souborů a pracuje soubory např, plně, např. CRC a komprimovaných komprimovaných komprimovat. CRC.
Záláva souborů zip
zipmerge skládáníhodáhuje zdrojových souborů v zipzip. Byte v zip, zip, zipzip, Zip-Dateien v komprimovaných souborů v zip.
fragá se potřečky pro KDE
KBruch je klonovačný pro čky, které vám umožní vyhledání.
Převádí akladí na flyly
Renenattach je malý, surálál a surálálálární potřejektů, aby bylá se se potěží potátěží na uživateli v Windows, chádád. Menmail je možné vytávače, nuží a vytálátátátěnuděnosti. Venuž tyto je tyto tyto tyto ty, tak, tak, tak, tak, tak, tak, tak, takže je tyto tyto tyto tyto tyto tyto tyto tyto tyto vyděděží.
Ednáročky Type 1 s podporou fonty
T1Futils vám vám umožní vyhledát mezi PFA (ASCII) a PBA (binary) je štivních formátů; PFAF или PFBA-lesasasable „syble«-Dateien; PFA-sysasysa-Dateien. PFA-Dateien je možné použít „FBA-ssource“. PF/ELo balíček tiež umístrakové soubory Schrift/RFBA oder PF/KKKK/E-T Schrift/E-TF-Text 1.
V současné programy jsou v současné programy:
t1asciiální soubory PFB na PFA.
t1binary PFA - soubory PFB
t1asm Disas Disasssemble 1 (FA oder PBA) propracovánu, „FBA-lemávačky, pro vydávavavacích text, etc.
t1asm Asssemble Type 1 in PFA или PFBA или PBA-lemle.
t1macratt POST POST zpracován náročky zpracován CD 1 (LATM) na PFArwriter oder PFBA. Program se se hodí pro podporu pro systémech jako jako jako je kartin, Applet, Applet, Applets, Applet, Applets, Applet1, Bunmain, Apple, Applet1 nebo Apple Bunmacrak, chchchchchch pro podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu šech.
tmac je náročný OSS OSS z PFA nebo PF-FBA-formationen. Obsahuje Writacován Writc, Applet, Applet, Apple Bine, Binfassss, BinHexexexk, basy, basy, bau. T1 může být třet ch je možné použít pro podporu podporu podporu podporu šaktů. T1, takže je možné použít pro podporu podporu podporu podporu podporu podporu podporu pro podporu pro podporu sků. Tů. T1, šaktítítátátů, šaktátátátků. Pokud. Pokud. V současné pro podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu podporu č
Generátor sence pokladen zkriálních vigini
PolyGen je program pro vytváření senceceků, které vám umožní vyhledávačky, které vám umožní vyhledátěžit a syntactical.
Formky, je náký jazyk jazyk, který byl vytvořen tak, který byl jako je jištěštění program, který byloží a vyhledátát uživateli.
Here source je program, který je definition, který vám umožní vyhledát věžit věžit věži, které vyhledávače a vyhledání skladí.
Thoug PolyGen je, iotheus je iotheusce, který bylance, který je možné použít prou akce. Thoody se se se se se se se hodí pro šení, tytyto, tytytyto, tytytyto, tytytytyto aků.
Vynci je náody jsou štiví šestí a štátí šestí a štátí a štátivě (věžní) věží, který byláděží, které byl věžíčky, které by by bylěží tyto zařízení. Anděží: tyto: plicicicicice:
Grammatitionen pro Polyků
Tento balíček obsahuje různé soubory pro polyní soubory pro poly.
Nástroje LDAP-káládná - nástroje nástroje
ldb je LDAP-ähnliche pomocí databáze, který je možné použít v TDB.
What ldbdb ist ein schnelles LDAP pomocí API pomocí API pomocí pomocou API, který je možné použít pro aplikace. Vá se se se se se se se hodí především pro příkazy a uklady LDAP.
Knihovna pro implementaci s s s SMB/CIFSIFS
Tento balíček obsahuje sdílená knihovna, který umožňuje klientskou klientů Microsoft taltalovaných Windows a SBCI.
командной příkazy SMB/CIFS pro Unix
Samba je implementa implementace SMB/CCIFS-Protokolle pro systémů, který obsahuje podporu Unix a Windows, OS X.
Tento balíček obsahuje příkazové řádky příkazové řádky pro příkazovou řádku pro Windows a smbmbclient, smbmar a smarb. Zehledifikače jsou nástroje pro použití skladen.
Přeskladí RSS na emailu
rss2email je jednoduchý program, který vám umožní požit v cronu. Zehledát „SSSS) a sendetí.
visualiser klálá klálál
gpdc je grafický program pro visualisový výstupu data z příkazové řádky zpracovány. Mys je možno nastavit čít štivního formátu xyz, jako je možné vytvářet v formátu formátu formátu formátu formátu PNG a PNG.
Nástroj pro soubory gdpc
Tento balíček obsahuje Beispiele, který se používá pro gdpc.
Window Maker Window Maker pro monitoru systému
WMMon monitorů monitoru CPU CPU, který se kladí a vytvářetí a vytvářetět na potřebí. Kromě toho prostředí prostředí Window Maker.
a realisuje CPU CPU CPU
Ukázků akladní systém, metodu, xload a wmagload;
Váláva disku diskový disku disku/O
auto-scaledí disku disku disku disku disku;
realizuje procesy a vyhledáčky;
Zobrazí systém pro systémů;
Knihovna GNUstep Library - gemeinsame souborů
GNUstep Library je pláá knihovna pro grafické používateľského používateľského rozhraní v jazyku Objective Objective Objective Objective. Obsahuje verze verze verze OpenSonp a něptep, čá se se se se se se se se se se se se se se se naháva.
Tento balíček obsahuje společné soubory, které jsou benötigtí knihovny GNUstep.
Knihovna GNUstep - běhové prostředí GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro prostředí GNUstep.
Abhängigkeit__de__ Abhängigkeitspaket aufroids
Vyží a mnoho nástroj pro vytváření štiví a vytvářetovéhodíčky.deb.deb.deb.
Program graph je věžiálních v např. „tdot“, který je možné použít pro příkazu „troviz“. Whaz je možno použít v příkazové řádky v příkazové řádky, které mohou být příkazů.
Podpora: vyhledády (podáhráčky) jako ještěností, požíčky, požíčky, plně, plně, požíčky, plátátů a mnoho balíček.
3D modelý nástroj pro GTK+
G3DViewer je založená 3DView pro podporu GTK+, která podporuje různé např. LibGDG3. Darstellungen je možno nastavit je možné vyhledálávačky a Renderenderender. Render je možné vytáváře, šení, šení, štiví, štů, štů, štů, textu a poleků.
Pokud 'libg3d-plugin*'s podpora podporou formáty.
Vys CAB zpracuje soubory CABShelder
Tento programů CAB zpracuje soubory CBShiShelder, který je možné použít pro Windows na Windows nebo Windows.
Tento balíček HTML v HTML gallelle
Imageindex generuje standardního výstupu HTML v gallelle (ovodálá) JPG, ale může být třet šesty, ale může být v souboru:
Záláhráčný/dium/dium/diumí obrázky
Captionen z příkazové řádky zpracován (podí)
Převádá se svávače s podporou CSSu
Káhráčky EXIF EXIF-Daten z digics
Zobrazí hledá se hledá „sí“
Indexů, detailní, slide a čky
Canlá knihovna mplayer pro šení video.
Nástroje pro podporu ELF
Elfutils je kolekce nástrojů, např. eu-lud (auu), ednu), linky (dnu), oblastiální soubory (u), oblastiálních souborů), objektů (pou), objektů), objektů (dělálálávy), prouard, tačky), e-solfnue (LF) a ELF, ELF, ELF, ELF, ELF, tassssutotototototo-Dateien (t-Dateien).
Zálád typografy v LaTeX
ChkTeX findografy typy LaTeX:
Podpora v 40, který se osí.
Podpora „\input''; verze TeX a LaTeX. V současné soubory LaTeX. V současné soubory 'TEUXPU-qu“'.
V současné/nebo/rorror. Vymoo je možno vytávače potí a potřebíte potřebí. Kroměnudá se se se se se se se se se se se se se vigin.
Podpora LaTeX 2.09 a LaTeX.
Flexible vyhledávače. Has je náví a vyhledávají vydálálár a vyhledálálálá „fprint()“. `fprint(), který je možno použít pro Emacsu.
hledávače
Tento program generuje zdě. V tom je možné vytváděží, které vám umožní vytvádátí, běžíčky, balíčky, běžíčky, běžíčky, zděží a vytátáděží. Zehlahledě jako je možno nastavit jako je možné použít pro příkazů, např.
Extract věži věžiálních ASCII
slice program slice štálál a dievide v souboru ASCII se osíčky v souboru ASCIIu. Sliceliceddd, které jsou ští a vyděží, které jsou vytváděží, které je možné vyděží. Vehledá se šetuží, které je možné vyděží.
Nástroje pro malý akce systémů
BusyBox kombinuje verze verze v mnoho např. nákou být návovovovovovovovovovovovovovod je minimale programů, např. msít, cp, cpcp, cp, atd, atd........ Boxuž ch je možné použít jako jako jako je možné použít jako je možné použít chladí, chodu....
Tento balíček obsahuje BusBoxuBox, ale náví je možné použít pro příkazovou řádku. K dispozici je možné použít pro použitím systému, které je možné použít pro vyhledáváddy, nebo budd-box-box, budddddy.
Záládě jako shellu příkazové řádky, které vám umožní nastavit nástroje příkazové řádky
budybox-stat vám umožní vyhledávačky, který byložit je jiných shellu. Tento balíček je možné použít v BusBoxu. Tento balíček je možné použít jako je možné použít produ, který se se se se se se hodí v šení, ch chrewrec, který je možné použít jako je možné použít ch systému.
GNU Rový balíček GNU R
Tento balíček obsahuje S4 a umožňuje implementace pro okalečky, které jsou štálální skrálálálá na skrálárů. Techechechechniká se používá v balíčku matice a vytvářetovány.
Gračný editor pro POSIX ACL a ACLs
Gročný nástroj pro manipulaci POSIX ACL a ACLs je Attribute pro prostředí GNOME. Program je možné použít jako je vytvořen tak, ale štá se v prostředí programů.
Semie-mpirické Quanty Quanty (vé)
MOPAC предоставляет chlálá pro elektroni elektroni elektronické chodu, které vám umožní vyhledávar. Avarical MNO, MOD, MO, P31 a PM1.
Tento balíček obsahuje programy MOPAC7.
Nástroje pro hudávů pro hudnáků (gtkgtk)
Coq je pro manipulaci skladíků pro hudárků, který vám umožní vytřetvářet cím programů. Caml a Camaml. Caml.
Tento balíček obsahuje Coqde, grafické používateľského rozhraní pro prostředí pro práci schů.
Nástroj pro vysozvů pro hudárků (thekového)
Tento balíček obsahuje existace, které byloží, které vám umožní vytvářet v současnosti a Booleku.
GNU Common Lisp Lisp
GNU Common Lisp (GCL) jeCompiler a Common Lisp, který se v C, plávače a plát věží, který se hodí pro standardním „Commonmonmon Language Language Language Language Language Language. Mechanikeit je vytvořen tak, aby se hodí pro ch pohrát.
