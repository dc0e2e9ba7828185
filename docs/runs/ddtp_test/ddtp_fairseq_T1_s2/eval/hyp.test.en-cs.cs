Xirast je klienta pro XSS. Position je součástí systému XStions Resition Systemususus, které se ozíte poštřebíte poštíte poštřebovat v X (např.).
X Window System (X Window System.Org)
x11-11-common obsahuje systémy systému, které se hodí především propotřebovat X Window System. Tento balíček se se se se hodí především pro běhovou knihovnu X Window System, která se hodí pro X Window System.
Adterm je terminyčný pro X Window System, které jsou „X11“, "XX11", "X11", "XXX11"" a "XRRMR«. Ve je verze verze je „soundundundundé verze Xotationation. Voto je „Moto je „Motationation« je tento systém, aby by by by by by byložeže se „soží. Ve.
V současnérizaci X - Metapaket
Tento balíček obsahuje různé různé části s X Window System, které se se v X Window.
Tento balíček je pro transitionen v Debianuarar. Tento programy se se hodí pro x-utils a x-utils.
X.Org X Window System
Tento balíček obsahuje skripty pro použití X Window System. Také obsahuje různé knihovny X server X server X servery. Také obsahuje různé knihovny X servery, která je sada X servery a nástroje.
Obsahuje administíročky, které můžete použít pro desktopové prostředí desktopu, které se se se se se se hodí předebíčebíčky.
Obsahuje balíky, že by by byl také také také také také také také také také uží X Window.
Nástroje X Window Systemu
xutils poskytuje množinu nástroje, které se hodí pro X Window System. V současné programy se se se se se se se hodí především pro X Window.
Tento programování programů na menu menu menu, které se hodí prohledání aplikací
Aplikace Debian se hodí předebíčky potřebíčky, které se se hodí především pro synchroužícího systému.
Aplikace Debian relikového menu, které se se se ožícím programů a nastavenávací programů.
Menenu systemna a systémy a svíčky a nastaveníčky a nastavenáního menu a menu.
PostScript pro PostScript a PDF
gv je comekekek tytožečky PostScript a PDF. Program používá pro X Window System. Program používá používá používá slavíčky a gd, který se používá pro gd, které se hodí pro gd.
Zobrazuje informace informace o systému
HardardInfo je malý program, který se ožictvím vašeho systému a PCI, PCI, PC, PCP, HSA, IDE, IDE, Serialial, Serial, Serialial, Serial, Serialialial, Serial und Serialialialial.
Obsahuje balíky Debiany Debianu
Debostostoster je program pro apt und dpkg. Pokud se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se hodí především.
Natetetete, které se se se se se se se se se se se se se se se se se se se oži. Tento balíček se se se se se se se se se se se se se se hodí především, které se se se hodí předebíčevším.
Tento balíček vám vám umožní potřet potřet balíčků Debianu (doma, který se ožíky).
Grafuje grafische Oberfläche für SANE (Scanner Access Access No No No No Now)
xsane je možno použít pro práci s podporou GIMP nebo GIMP. Umíží se se se hodí především pro xsanevším pro xsan. xsan je možno nastavovat jako jako jako jako jako jako jako jako jako jako je možno nastavovat.
Advanced Configuration a linuxové rozhraní pro přehrávání Power Interface
Modernostízá podpora pro Configuration a PowerAC a PowerAC (PI) na správu a produzídíčky.
ACPID je podpora pro flexibler, který se se se ožížekové rozhraní ACPI. Obsahuje rozhraní netzoreny (pozíži /proc/sor) a /proc/sotproc/tproc/potropis) a tak tak tak tak takžežežežežežežežet. Tento skripty, které mohou být, které se hodí především prohledání souborů, které mohou být.
Brůzy Debian Jr.
Tento balíček obsahuje různé pro „Quicky“, který se v Debian Juuide“, které se se ožící Debian Jrout. Jrout se se se se se se se se se se se se se se se se hodí především prohledání, které se se se hodí především pro tyto a tyto systému.
Záláhy pro práci schopování (cr/cr/b/bac/bab/bab/cb/cb)
QComicBook je nástroj pro práci s schopíky, který se osíky, který se osadávací a také také také také různé pro příkazovou řádku.
QComicBook podporuje podpory:
cr - rbr - komprimovaný
cbz - zip - zip
cba - cecece
cbg - targzip
cbb - tar zip2bzip2
Vyzy Protequenu
ProdA je systém pro systému a automatace a poštřebíčky a poštíčky. Vyštízy se se se se se se se osivízí poštízků. Pro poštálálády, poštíteků, poků a posadády.
VI Li Like Li — visa Emacsu
vile je textový editor editor, který je editor skrefečný editorem "termerf" v "ffer". Inser" je možno nastavené různé různé náků, takžeků, okně, nákové, náků, štů, nákového systému a všakového systému X-Interpreter.
Tento balíček obsahuje binární binární binární binárních souborů Requ. Vire-common celálny v v v chlemy. Obsahuje v X11 je v X11. Anvile je v X11 je v X11.
VI Like Li Lik - podpory vile
Pokud soubory soubory pro příkazovou řádku a xvis.
Věžíčky pro KDE
KMyMone je Paleoners Palon Manager pro KDE. Také podporuje podpora MS-Me-Mysony, Quickysony, Quicky, Quicky, Quicky, efektů, QIF, QIF, QIF/EIF, ganze, efektů a speziezieziezifikladí.
Zálován emailového serveru E-Mail, but but but but but but but but but but but but
okal je potřebádadadadadadadadadadadaz P PINE-Mails. Je tohoto programu PINE a PINE.
Tento programové vlastnosti vlastnosti patří podpora emailového serveru IMAP a IMAP a curses. Program používá používá curses pro curses.
Einfacher Textový editor v textového textu, textový klientů
"pie" je jednoduchý editor, ale ale ale ale ale ale můžete textový textový textový textový editor pineine.
Obsahuje gainněkového systému, že by by by by by by by by by by by byloži editorem editoru.
Program je mnohem, ale jiný, ale velmi textový editor GNU Najiciální editor s pico, že pico, které se se se se se se oso.
Einfaches  browseradálálály v textového emailového textu
"pilot" je jednoduchýDateiDateiDatei souborů z tento programů. Je tohoto se používá používá něněněně, které vám umožní poštřebovat (Alády).
Assa je jednoduchý programem, který se hodí pro práci s podporou nástroji, které se hodí především jako programů midnightemidy.
GTK+ GTK+ pro rsync
grsync je jednoduchý rozhraní rozhraní GTK2 pro příkazovou řádku. Také podporuje různé příkazovou řádku. Také podporuje různé pro práci schožízky, ale může být naběžictvím je možno použít pro ukázky.
Klientového RFC14141313 - běhovou řádku
Toto je kleine Bibliothek, která slouží karty Idendent-Server;
/usr/sbin/.bin/int.d je malý je malý daemona (potupt) je možno nastavit tak tak, aby by byloži, které se snažíte naběži nepotřetřet.
NSS- modul pro Berkeley NSS Database, které se osmů
nss_db_dbs je sada C, která vám umožní vytváředání Berkeley Database, které se používá používá pro lištů, aliasy, atd, tyto,, RPC, n, RPC, RPC, RPC, RPC, RPC (sots, RPC) a a natativíže se hodí především pro ukoností.
Upřádí a linuxový linuxových dat
Tento balíček obsahuje passwd, passwd, passwd, chnf a viele weitere Programme.
Shadow je Passwortového programu /usr/share/share/share/README.Debian.Debian
Next-Gen-Bragrakové soubory
Picardard je posavačný programování MusicBragz.
Tento newt vytvářet objektorientierte, objektorientierten objektů.
X.Org X server X server -- Savage
Tento balíček obsahuje ovladač pro S3/VA/AVOVA/Provů Savů/Tav/Taster.
Tento balíček je sestaveného modulu X.org xf86-video-sav.
Grafické hry k k kidy s Tux
"Tuxu, Math Command MathT (xu, MathTu) je hra hra hra hra hra pro „sssotring" je kložní hraní hraní hry hry hry hry hry hry Base, Base".
Hardwareěž linuxový linuxových zařízení.
knihovny GNU GNU readline a knihovny GNU
Knihovna GNU GNU readlines se hodí především vývojářské rozhraním systému, které vám umožní vytvávářet programů.
Tato knihovna GNU GNU GNU GNU poskytuje jednoduché rozhraní pro ukázívy.
Knihovna GNU GNU readline a knihovny GNU readline
Zíčky GnuPGu v Debian
Tento project Debian Debianu se osasasasasy. Tento balíček obsahuje skripty, který používá používá používá používá pro např.
Obsahuje soubory pro GIMPu GIMP
Tento balíček obsahuje všechny potřebné soubory pro GIMPu GIMP, které se se hodí předebíčky.
dokumentace pro GIMPu GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP pro GIMP, které se se používá používá používá používá používá používá GIMP nebo GIMP.
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu (Spanish)
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu GIMP (Norgrian)
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
dokumentace pro GIMPu GIMP
Tento balíček obsahuje dokumentace pro GIMPu GIMP.
Toto je terminálový terminál pro X Window System pro X, která podporuje různé kódování ISO-8859-1, ISO-1, ISO-16, TVC, TIN, TI, TIN, TI, Tsame-26, Te-26, ISO, ISO-26, OGI, CR, EC, EC, EC-Chips (I, EC, EC, EC-I, EC, EC, EC-X, EC, EC, EC, EC, EC, EC-X, EC, EC, EC-X, EC, EC, EC, EC, EC, EC-C, EC, EC-C-C-K, JIS, JIS, JIS, JIS, JIS, JIS, EC-X,
Doublewidthwidth pro ebíčky, Zeichenkriantů, UTF-8 a UTF-8 a andere (poláritics) a dislicibritici) pro adminibribribilí. Vebribribilí je také také také také také také různé jazyků.
Since mlltermlády a časového systému a nastavítřebíčky, které se mítíčky a mláhy.
mltermterm podporuje poštíčkové vlastnosti vlastnosti vlastnosti jako jedná API, XIM, XIM a a X.
MultiLERLER TERMER, společné soubory
mlterm je terminálový terminál pro X Window System pro X Window System, která podporuje různé vásky, komprimovat, ukálů, ukázky.
Tento balíček obsahuje všechny soubory, které jsou společné soubory ml a mlterm-ny.
MultiLERLER TERMER, 17nlib
Tento balíček obsahuje zásuvný modul m17n - zásuvný modul pro mlfláva.
MultiLERLER TERMER, verze
Tato verze je někročný podpora podpora obrázků jako je možno nastavené obrázky a i i18n, i18n.
MultiLERLER TERMER, zusätzy,
Tento balíček obsahuje skripty a ml.
Nástroje pro linuxovou řádku
Tento balíček obsahuje nástroje, pokudupup a takžeže se používá používá pro váře (pody, definy, definiální rozhraní) na definiky.
Monitorové monitorování pro monitoru MTA (X11)
Eximonon je program pro příkazovou řádku MTA (v44). Program umožňuje nastavovat a emailů, které vám umožní vytváředání a emailů, které vám umožní vytvávávávářetů, které seků, pouze pouze pouze pouze pouze pouze pouze pouze phadů, atd.
Klasskulálály polálárku
LinC-ityNG je C Simulity Simulationationation. Kulululádná verze lededsh a vytvávářetálády. Veto je chálády, které se hodí předebíte se osolády a tak, které můžete osoží. Pokudíte se se osož vásotády, tak, které můžetetetetetek a potítetetetetetetetetetetetetetetetetetetetetí.
Nástroj příkazové řádky, který se soubory diffu souborů
Xdelta je programátorátorátorátoru, který je možno použít prohledání souborů souborů (delta). Vehledy je „diff“, které se hodí prohledouží „diff“, které můžete použít prohledání souborů a např. X-deltatřebíče je možno nastavené pro váděží. X-deltatetete je možno nastavovat a tak tak tak takžetíteteteteteteteteteteteteteteteků. Velta je také také také také také také také také také také také také také také také také nastavenostostostostostostostostostostostostostostostost.
Knihovna pro práci s databázích Debian
Tato knihovna je velmi mnoho modulu, které se v Debianu, které můžete v Debianu.
Tato knihovna obsahuje podpory daty:
APT:
Debtags:
Popcon: Popcons
Výdapáládnánáná v apt-xapian-xapian
Tato knihovna je sdílená knihovna.
Bělečný CD a CD
AScd je kleiner CD, který je malých CD a „dock“.
Folávy a skového systému
Chase je malý nástroj příkazové řádky pro práci sků, které se se se se se osssa, které se se osadí - chmlinks, které se se se se osoži.
Programmiersprache Perlu, POdoc a také obsahuje dokumentace "doc. Pokud. Pokud se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se jiný programů.
Bashableableable - hlavičkové soubory
Bash je mnoho mnoho skripty. Tento skriptuje různé programy, které se se hodí předebíčky a mnohem programů.
Blob Wars: Blob, Blolid 2D. Je to je v Blob je v Blob.
Sincece se se osady, který byloží štky, Blob, Blob, které se otetetetetetetete.
In Blob Wars: Metallob, Bloblib, atd. Blob, je dublobso je bau. Bob, Blob. Boblobs je také také také také také nastaven a Bloub. Bloubssssssy, které se ossab. Bloub, které se osab, které se osažíte a čístěriální ak. Blo. Blo.
Nástroj pro indexování, zobrazování a vytvářetky KDE KDE
KPhotoAlbum umístění a indexů, potřebovat a potíčky, pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze a štů.
Vešenuje informace o potřebovat do formátu XML. To je je čítíčky Klab, KPPhoto Kolumsumsky. Phohohohoho je možno nastavovat dobíče s jitítetetetetete, že jenu. K tohobítete nabítřebíte nabítetetetete sklů.
KPhotoAlbum je možno použít pro práci slavy KIP. Kažititititit je mnohem balíček obsahuje plugpři. Tento balíček obsahuje různé pro různé pro vytváření a také také také také také různé pro práci schopování, importování a importování, exportu.
Konvertieruje soubory Palálády POC Pal (mal POS)
Tento nástroj konvertaci textových souborů HTML (oder HTML) v DOOSO) v DOOS (C) v DOC (potmalšímě jako „potropots" a SODC (potropotFC) a komprimovaných souborů DOC.
Pracového serveru HTTP Proxy
Vvoxy je webového webového webového pro práci skladíčky, webového systému, webovéového systému, štky, pouze pouze pouze pouze pouze pouze pouze a a bioxusususus. Podioxususus a a a jskrorove je váděžížení a ju. Vyštrove je vánostížíče a takžežežeže je možné ho ho ho ho ho ho ho hoděží.
Vvoxy je založená na Internet Junbuster (tbuster).
Obsahuje soubory pro Eliball Eliball
Emilialiball Pinball Project Pinball je pouze pinball pro Linux a Unixu. K tomu je něněně, ale můžete také také také také skroče.
Tento balíček obsahuje různé datové soubory pinball.
Kolekce soubory pro GNOME
GNOME Terminal je aplikace pro terminálu, které vám umožní vytvářetky:
Zobrazí UNIXu shellu GNOME.
Tento balíček obsahuje data data, soubory a správce souborů GNOME.
Heavyštového serveru (pojení)
Mototo nto je expand je „No“, který je "Nossos", ale v ností, ale přitom nností, že je nnnnnostíte, aby by by by byloži sků, takže vám umožní vám umožní vám umožní vám umožní potřetíte, tak takžežet.
Nn vám vám umožní potřet potíčky a potřebovat a sků. Také podporuje různé pro práci skratů a také různé čteků.
Tato verze verze nnností ností tyto serveru NNTP (pot Network Transfer Protocol)), je možno nastavovat v serveru NNTP (VOVO) se se se se se se se hodí předebítetete v serveru NNTP. Pokudítetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete, který jeder Clients.
OpenLinkiro Volasssolasssasssaso je náročný, SQL, SQL, SQL, SQL9919: SQL, leistung, leistung, leistung, leistungsfähige leistung.NET919, náků, serverů, „DBODBO, .NET, einschließlich data.
Virtusosot podporuje SPARQL (QL SPAR SPL) v různých databáze RDF. Pro SPARL, které se používá SPARL, které jsou SPAR-Engine, které jsou jako SPARL-Lastocast a defizaci, které se snažíteků.
Tento balíček obsahuje Metapakete pro práci s databáze Voro (Open Vocistudy EE-Source).
GNU awk, awk, awk a velmi jazyků
`awk' je program, který vám umožní potřet tak, které vám umožní vytvávářet souborů a nastavovat.
Gawk je verze GNU pro GNUWW AWK. Program Program Program Program Program Program Program Program Program Programmiersprache POSIX. Je tohoto2 je na POSIX2 je součástí verze verze verze. Tento verze je tyto verze je založená, které se se se se se se se osadě, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk.
Nástroj pro příkazovou řádku PostScript
pspressent je nástroj, který se se osadávací, který se osivivivítivád. Navíky: svíčky: svílálády: sklikce. Vešujetetetetetetetetetetetetete také také také složitu.
Editorový editor pro Chemie
BKKem je svobodný programem, který je čný programů.
Některé vlastnosti vlastnosti vlastnosti patří:
Drawing (bd-d-dm-Vorlagen; rychládná pro distribuovaným rychlů; rsssssssss, radradí, atd...
Editu (unkové) a redokázků; sků a 3D, 3D, 3D.
Export/Imy (polyník SVG, OpenOffice, OpenOffice, OpenOffice, EPS, EPS, EPS, CML und CML)
Nástroje pro GNU GNU
Tento balíček obsahuje standardu GNU, který obsahuje nástroje GNU, který se soubory Debian. Obsahuje nástroje nástroje pro např. Tento balíček obsahuje různé soubory ve formátu „gggz.
Knihovna GNOME pro GNOME
XML je metananananananačky jazyky. Aplikace vám umožní vytvávávářet poštřebíčky, které vám umožní poštřebovat v dokumenty XML (vy XML). Také umístěžažíčuje poštřetíčky v čistěžíčky, které se se hodí především pro práci skládáníchodu.
Tento balíček obsahuje knihovnu knihovnu knihovnu XML, který obsahuje API pro manipulaci souborů XML.
Volárititititálásky (3D)
Space Ary Arysasadit je klosssem, který se osssssab, aby byložíte nebo FStarxot-Starter, které je možno nastavovat a spracd.
Trane TrueType TrueTypeu
VLic Gothic je rathicický slovník slovník slovník pro Vithic.
Program je založená na Sazy Goth (stronom Gothic Ctronom Alestronic C+ MCM+).
Editorový editor pro interaktivní programů
Ledit je editorový editor, který vám umožní snadno použitelnost příkazovou řádku v Emacsu (bash), v shellu). To umožňuje interaktivní příkazovou řádku a OCaml. To je v OCaml a OCaml.
OCaml interaktivní a interaktivní knihovny OCaml a skriptů
Objective Camlive Caml (Caml) je implementace jazyka C, který je založena Came C Camlame Camecl-samame.
Tento balíček obsahuje soubory pro příkazovou řádku.
Obsahuje soubory PNG (Portable Network Graphics)
Pngcrurush je mnohem PNG (Portable Network Graphicsdateien). Je totoženích souborů PNG. OTA je platzkladačuje různérních formátů. Také může být různé pro více více více více PNG a také různé pro štívy, takžeků. Také podporuje různé náků, něků, takžežežežežežežežežek, typ a tyků.
Yetní klienta pro Emacsu
Knadový klient pro Emacs2 nebo xemacs, xemacs Memacacs. Vec je podpora ebenna, která je možno použít pro emacsu.
Canna je japanische Eingabemethode.
Program, který by by by byloží jazyků
gNallallall se se se hodí především pro váře. Je tohoto váváře je vády. Je tohoto programu se se se se se se osadí. Ve se se se se se se se se se se se se se se se se osad.
Vyčuje/DNS-SDe/DNS-SD
mdns-sscan je nástroj pro práci skností mDNS/DNS/DNS-SD.
Program by by by by by by by byt mDNS mDNS: PTR_sservic .d_ssss.d_sd.d_sud.
mDNS/DNS-SD je Teil des Apples Zas Zagie. Zavarik (.B. Bouvari-daemon).
интерактивнový nástroj pro interaktivní souborů
Pod: Romaji-Kana-Kanag, Fuzy, Sezy, Se Se Sehromu, Expression, Filter, Filter, SmartP, .
Klemály a ASCII ASCII-artynu
Toto je velmi hraní hra, více více hráče nebo více hráče. Voži se se se se ožíčky. Traňového programu Trahledy a Trainy. Program se se se se se se se se se se se se se se očení a a amulálů.
Výkročný pro komprimovaných zvukových zvukových komprimovaný
FAD2D2 je schneller ISO ISO-Addbytetetetetetetetetetetetetetetetetetetete MPEG-2DAdcodky, LO, LO, LO, LO, LO, LO, LOAC und LO.
Tento balíček obsahuje rozhraní příkazové řádky pro příkazovou řádku AAC/4.
Editor kchit a kenitel - podpora elihohohoho
Tento balíček obsahuje soubory elisp2lisp21, které mohou xemacacs2.
Mule je rozšírenie jazyka (xemacs) umožňuje nastavené ně, které vám umožní nastavovat (Enope-ope).
Editor kchit a kenitel - podpora elisp
Tento xemacs21-musacsupupupupupup.
Editorový editor Unicode (kody)
ydudit je Texteditorový textový X Window System. Program se se se se se používá Unicode nebo Unicode nebo Unicode nebo Unicode. Také podporuje různé pro štítíky, nánáků, náků, náků, biso, bis, bis, bis a také také také také také také také různé různé pro práci s libovolný výstupu.
Editorový editor Unicode (pody)
Tento balíček obsahuje balíčky souborů /usr/share/share/share/share/share/share.
Nástroje příkazové řádky pro příkazovou řádku - skripty
Nástroje systému Systemy Backends se hodí především pro Linuxu Linux a Unixu. Vývovovodná rozhraní pro linuxového systému XML.
Toto je backendového systému pro GNOME.
Knihovna pro čtení souborů video video video video (Laufzeitbibliotheken)
Tato knihovna pro úpravy Adobe Adobe Adobe Adobe Extu. Také podporuje různé pro vytváření video video video video video video. Také podporuje různé API a také také také také také naběží API.
Nástroj příkazové řádky pro AX2AX
IAXmodemm je Software, který se používá v CAX, který používá složežení systémů (např. PBX) v DXB. DX používá používá tento program DSP. DSP.
IAX SAXmmly byl vytvořen tak, které je okně, které se s HFAXFAX, takžení a třejem je také také složi.
Praning 3D, který se ozády CPU, který zobrazuje CPU
wmcube je aplikace, který se snažítetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetetete, který jednákového oblasti.
Originaluží wmcube, pube.
Nástroje a skripty pro ukázíčky
Tento balíček obsahuje jednoduchý Befehlszeilenwerkzeuge příkazové řádky pro příkazovou řádku a huber.
MPEG MPEG/2/2pulululululád
Mpeguxu je MPEG MPEG MPEG1/MPEG2 pro plexer. Také můžete použít pro Streaming MPEG MPEG MPEG MPEG.
Nástroj příkazové řádky pro panel Xfce4
Tento balíček fuguardsu pro štíčky, který se skrequenostíčky a aklare.
Programmiersprache Eudlie
Eukle je jazyky, který umožňuje jazyky, které vám umožní vytvávářet textových dokumenty (LaTeX). Tento balíček obsahuje skripty EPS a EPS. Tento balíček obsahuje skripty EPS a EPS.
Tento Einfacher program se otetetetetetetetetetetetetetetetetetetetete nateteteteků
grrück je jednoduchý programem programem program, ale se hodí především pro cex nebo rx nebo RGBB. Pokud by by by by byl tak tak tak, aby by by by by by by by by by byl tak tak tak tak, aby by byl potřetíte, které vytřetřetí. K tohoto programu Groxe, aby byl tak tak tak, aby byl sků.
Tento program může být useful, které se se se se hodí především, které se se se v xtermu, ale můžete používat balíčky, ale přitom nepřeběží. Je tohoto programu se se se se se používá skladad.
Datadroiddroid - graficky
Tento balíček obsahuje různér, Grafik, definitions, definiroidy, freesid.
Daemon pro práci mítíri nebo měrových portu
Cwdaemon je malý daemon, který používá pcs, který se používá serietíri nebo více a morsítíčky a morsítítí.
Vepotádná štového systému
Tento balíček může být nastavit a nastavit různé vářet a nastavovat a také také také také uží APT APT APT.
Tento skript je skripty APT::Unatatou APT::Unat-Upgrades.
Musikadrakový Musika
Toto je Musikagpacky pro Strate. Pokudky hra hra hra hra hra se osády.
Composedá se karta Kabie.
Codového kódu pro práci s podporou ANIXF
AFNIXX je multi- Multimedia- Programmiersprache, která je podpora podporujících aplikacích, které se ossignostostů. Tento knihovna je vhodný pro distribuovaných modulu, které se se hodí především pro tento modulu.
Codového kódu pro práci a jazyky AUNIX (Dokumentation)
Tento balíček obsahuje dokumenty AFXFX.
Interpreter pro práci s Info-formationen
Xzips je interprets stávy (posory) v textovém textu) v textového textu. Tento formátů v Infoch formátů. Tento balíček obsahuje různé v Info, které by by by by by by by by by by by by by by by by by by by by by by by by by by by byla.
Toto je sada X pro X. Fortročný textu nebo frozip.
Codutoraccertor pro správu Reabator (LL)
C Adkladatoraccerator pro správu ReabL.
Music Player Daemon (MPD) je server, který vám umožní přístup k k karty (g-VOVorbi, FLAC, FLAC, MP3), FLAC, FLAC, WOV, AIFF, MP3, MP3, MP3, MP3, MP3, MP3 und MP3, MP3) a a jiný, že je možno jiný, aby ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho hodítetetetetetetetetetetetetetetetetetetetekového systému.
Daemon je daemonadný klient, který se se se se používá nabítřebovat. Zeilíži klienty je možno použít naběžežežežeže naběži. Tento balíček vám umožní vytvářetvářetřetního systému, které vám umožní vytvářetřetí.
X11 X11 X11 X fontů
Pcf2bdf je detetetetetete  fontů v X11 (Filíky)
FONTOBUUNUXOBUX je dftoptop, aby by by by by byl tak tak tak tak tak tak tak, takžežežežení .
Konvertuje dokumentaci LaTeXu LaTeXu LaTeXu
Attemptmpuje různé informace o LaTeXu, které se o LaTeX (FRT). To je je nánánázkového podporované podpora HTML (RTFRTF). To je je nánánánázní podpora podpora "Gastolemotor".
Detailluje detailluje detailt2-doc.
Nástroj příkazové řádky pro mp3.
PrintsPrint se hodí prohledání souborů a mp3. Zeilíčuje soubory mp3. Umíčuje soubory mp3, mp3, mp3, mp3, mp2+, mp2.
mp3check je velmi užitečný pro práci mp3. Z3 je možno použít pro práci svíčky mp3 a mp3n, které mohouži.
ApWM/WM/NM/WM kompatible X Window Manager
Wmctrlr je nástroj příkazové řádky sloužící karty EWM/WWM/NMWWM (NM, X Window Manager).
Wmctrl obsahuje příkazové řádky pro příkazovou řádku, které se hodí předebíčky. VWMHHM je možno nastavené okně, takžežežežežeže je možno nastavovat, tak, které se hodí především prohledy.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje telepathy-glib, knihovnu GLib.
Telepathy je D-Bus určený pro unifizaciníkového systému, takžežení a jicece. Také podporuje různé různé jištového systému a nastavennostostostí.
Nástroj pro příkazovou řádku libasosd.
aosd_cat_cat_as je nástroj pro zařízení libad. Také můžete použít pro příkazovou řádku.
Zálněčky pro X
XStarfish se hodí pro práci sklíčky, které se hodí předebíčky, které se se hodí předebíčky. Také můžete také také také také čt naběžních souborů obrázků obrázků.
Configuration a admini systému Reaseite
ShapepesTools je sada nástrojů, které se používá pro správu a UNIXy. Program se se se se ožízávací nástroje pro příkazovou řádku a „pepepepepepe“. Kromě tohoto systému systému a «).
ShapepeTools je vytvořen tak, aby by by by by by byl z UNIX UNIX UNIX. Tento balíček obsahuje distribuovaných souborů na distribuovaných systémů. Tento balíček obsahuje běžiálního systému, aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby aby s slalažežežežežet.
Programy Qt proticí GTI
Pomocí qgit může být tak, které vám umožní vytvářet souborů, stromů ažíčky.
hledátů, diff, diff, diff, stromové soubory, stromové soubory.
Podálávy hledání souborů pouze pouze pouze pouze pouze soubory.
Applyly nebo Patchy prohledávy, dravíčky a dvíčky.
qgit implements implements implementuje grafischen GUI pro různé grafické uživatelského souboru a/GIT/popod/potiv. Můžete může být nastavovat, které může být nastavovat, které může být pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze.
Zobrazuje a nastavování DVD a DVD
Regionion je malý nástroj, který je malý nástroj, který umístění a DVD/nebo DVD, které vám umožní vytvářetí DVD, které vám umožní vytvávářetí poštíte DVDu.
resscue soubory pro osmd a DVD a DVD (d)
Daresíží CD/DVD/DVD nebo CD/DVD. Tento soubory pro souborového systému pomocí 9660 (ISO9660) nebo UDFIS) je možno nastavovat nebo UDF.
Logite nahrávání USB pro USB
Amocodáduje různérátorátoru, které jeden USB USB dukce (misordky). Je tohoto štíností USB cecececece je štítky, které se hodí především pro štítítů, které se hodí především pro štíčebětů, 1010101010, 1010, 10, 10, 1010500, atd. Mo, atd, atd, 1010, atd.
WINGINGs Display Manager - xmdm - xmmm
Toto je xdm program basiert basiert basiert auf auf auf auf Basis von WINGs WINGING. WING je NeXT-Widgets je NeXT-Widgets se se hodí pro příkazovou řádku a xmdm.
Protegačný pokladačky Debianu pro Debian
Tento balíček obsahuje binární soubory pro desktopového desktopu. Je tohoto programu se se se se se osaží Debian prohledy a poštíčky.
Vyto: Tento balíček obsahuje různé obrázky Debian.
komprimuje soubory diff, komprimuje soubory diff, komprimuje soubory
Program Visuali Diff (VBDiff) v hextiffový soubory pro hexadecké ASCII a ECDCBI (CB). Také umístíčuje různé soubory a zpracovány, které je možno nastavovat.
VBinkliff by by byl vytvořen tak, které by by by by byložící nástroje Gron Gron Gron. Tron tento nástroj pro SIT-DOS a 4DOS a 4.
Záládná nástroje GNOME (daemon) a nástroje
gnome-keyring je daemona daemona, který je tento programování, ssh-gent-agent a mnohem je možno nastavovat.
Program umístíčky, poštíčky, takžežežení s sků, takžení a také také také také jiných diskových disků, ale můžete disku.
modul PAM pro příkazovou řádku pomocí GNOME
Tento balíček obsahuje PAM, který obsahuje modul, které se se se se ožiížežežežežežežežežežeže s s sků.
Tento modulu, které se se se se používá používá používá GDM a gnome
Modulů FUSE pro linuxových souborů ISO
Tento balíček obsahuje modulu pro systémy ISO-Mečný systémového systému. Pomocí FUSE je vhodný pro velmi jednoduchýmalý programů.
Program umí potřet jiných počítače, .B.B.M, IMG, IMG, IMN.
Malizizizace Bildformate
Tento balíček obsahuje nástroje pro práci s nástroje MINC.
Minc je komprimovaný formát formátů formát formátů jako formátů NetCDF. VCDF je jednoduchý formátů je jednoduchý ve formátu NetCDF. Tento nástroj se hodí se hodí se se se používá používá nánákovémů a portu. Nib-Lib-Lib- und portieryp a portiery se hodí především pro různénostítů. K tohoto nástroje se hodí pro práci sků a také různériální nástroje pro práci sků.
Nástroj příkazové řádky pro příkazovou řádku v GeoIP (IP)
Tento balíček obsahuje freier GeoLiteiteite.
Ascsopic GNU Emacs - editor GNU Emacs
Tento program je malý, aby bylož náročný editor, ale můžetetetete editoru (ožiii), jennnostní) se se se se se se se se se se se se se se se se hodí předebě.
Tento balíček obsahuje editor, který poskytuje editor s programů
Ivejove a xjove;
ng-cjk, ng-ct a ng-can;
qemacs a qemacs;
KACTabellenkrarabná TrueTypeu TrueTypeu
Toto je setníky TrueTypeu TrueType- fonts, která byládky Kladu Cladu Cladu Cladu CAC a C (SACT).
Balíček GNU R pro citérity (MNM)
MNP je R je R, který fsitynianian, který se Markov (MNM) pro Markov (NMM). Mic Markov (Mlosson Markov (Mlosson Markov). Také umístupní modely je Modifikatní modelů, že je nákové modely, které mohou nákového, že je ně, aby by byly sků, které jsou 2004 a takženíků. Vy je 2004, která je 2004 a je nákového nákovémostostostostostostostostostostostostostostostostostostostostostostí.
Internationale Component sisältäky Unicode
ICU je C++ a C++ poskytuje knihovnu C++-Bibliothek, který poskytuje podporaci Unicode a podpory. Tento balíček obsahuje běhovou knihovnu IUC obsahuje knihovny IC.
Vykladatoru pro gally
iGal2 je programů Perlu, který umístřet pomocí online online online (HTML, sdecké) a indexu sků, indexů a indexu.
iGal2 je rychlády (Galee) je velmi výsledy (trodukce) a potročuje různé funkce.
Nástroj pro kontrolu pravopisu SGML
Tento balíček obsahuje různé nástroje, které se se se se hodí především pro kontrolu pravopisu SGML.
Tento nástroj se se hodí především pro více DTD, které se se se se ožíží poštřebovat, že někového systému, že je něněněněněněněkového textu, že je něněněněněněněněněněněků. Je toho souboru DocBook v DocBooku.
Programmiersprache Toky
Tokykyky jako databázy GDBMDB a NDBM. Je vytvořená verze BDB a BM+ BM+ Braraumso verze prohledání a také různé čení: QDBMM, náků, náků, náků, náků akroče.
Toto je nástroj pro Toky používající Toky.
Terminalového terminálu pro terminálu/grtagror
crip používá Ogg Vorbis/FACL/AC/MP3//Linux. Je vytvořenáře je náročiládavy (Linux/Linux/Linux) prohledání souborů. Je tohoto programu se se se se hodí především prohledání CD a tak, které se hodí především prohledání CD.
Tento skript je vytvořen tak, aby byloží Gruppenosti a/sagregu a/ganananana (agu) a snanananady (ahu) sklíčky, které vám umožní vytvářetřetí) a poštů, které vám umožní vypotvářetí a potů. Také umístěžažížežežežežet pouze pouze pouze pouze pouze pouze pouze pouze tototototototože.
Dekomprimuje dekomprimuje dekomprimovaných souborů PHONIX
Phnxdecode je program, který umí upravovat obrázky P PHEX.
Víčky PNG (Portable Network Graphics)
OptiPNG je podpora PNG, který se otetetetetete něněkové soubory. Program je něněněněněněněkového něněněněněněněků a formátů. Také podporuje různé pro práci skladních formátů a formátů, které šakového souboru, BackMMPPNMP, BiiMMP, TIFF, BiPNMP, GIF, GIF, TIFF, BiPNMP, BiPNMP, BiPNMP, PGPNMP, BiPN, BiM, BiM, BiiMMP, TIFF a také také také také také také také také také také také také také také také také také také také také také různérout.
VTWM je verze verze verze verze Tabstermanager (WMT) je okně, které se hodí předebíčevším pro desktopového systému, které se se se se hodí především pro okně, které se se hodí především. V současné okněků, které se hodí především pro  portu. Vebíteků, které se se hodí předebíteků, které se hodí předeběrků a v náků.
Vetačný štivivivostí čítivivivivostí
Iy2key umožňuje umožňuje nastavení Tastaturehledání Tastaturečteče pro čítíčky, takžení a tak, které může být pouze pouze pouze pouze pouze ppad.
Záláklárků
rdiff, rdiff-backupup je možno nastavovat, takžežežežeže můžete nastavovat. Obsahuje pouze pouze pouze pouze pouze pouze v ssh-diff a ssh-diff.
Výztatečný HTML prohledání HTML
Freetable je skript Perlu Perl, který se se hodí prohledání HTML HTML. Tento skript je tento skript, které se se se se ožíčky.
Klača syntaxe ukázy rotky:
<wwwtables-optionsop-options.> (. . . > .. > .. . > > . (. > . > . . . . (XX, . .) pro . (XY (XY, *).
Rowse a nastavit je možno nastaveny, které jedy X/. X/sor jedná se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se ožíče. Zellolítíte je možno nastavovat sků (poče) nebo zpíteteteteteteteteteteků. Vellolly je také také také také také také také také také také také také také také také také nastavenostostostostostostost.
Fähledárky pro DOS DOSy pro DOS
Toto je fáláládky font fontů v DOSu. Obsahuje různé pro práci se hodí především pro použitímě, ale také také také také také pro terminálu, atd.
Tento balíček podporuje folgenden Code-pages: CP4, CP8, CP85, CP8, CP85, CP, CP, CP, CP, CI, CI, CI, CI, CII, CI, CII, CI, MIII, CI, MI, MI, MIIIIC.
Parser pro celagi a equiiaiaiaiaiaia
chemeqeq je komprimovaných jazyků v jazyku C, pouze v C a 2. H H H H H H H H H H HO 2 2 2: > 22 -> 2 2 2:
Beispiele: ~/srcs "H2« "2 22 2 2 2 2 2 2 -- HO-> HO, HO, \qemec, \q__2, \q____2, \2.
Začný modul pro panel Xfce4 pro panel Xfce4
VaveveLANLAN v Waveového jádra WANLAN.
Signadů: Signaby, že byl potřebovat.
Kalalování: akročný akce.
Network “: SSIDL SSL.
Nástroje pro pro pro správu kakazy (console)
Tento balíček obsahuje rozhraní příkazové řádky a servery pro linuxových serverech.
SMS Daemon pro ovládání kakazy
SMS SMS SMS SMS (SMS) je možno nastavuje různé různé různé linuxového systému. Je vytvořen tak, aby by by by by by by by by by byt  backendů (poski) a Giiki, Giki) a tento běhovouovou řádku.
Tento balíček obsahuje různé daemon a daemonů. Votože se používá používá používá používá Backendového modulu.
Nástroje pro práci pro kakazy (XX)
Tento balíček obsahuje rozhraní X11 (giiiki)
Producecece, DVI, PostScript, PDF, PostScriptu
DocBook DocBook to tohoto balíčku LaTeX, které vám umožní vytvářet soubory DocBook/XML/XML/XML nebo PDF. Je to je MathML 2. Je tohoto je MathML 2.0 je MathML je MathML 2.0, které se se hodí především produků.
Knihovna prohledání hledání (shared)
startet-notá knihovna je knihovna, který vám umožní vytvávářet programů, které vám umožní vytvávářebovat. Tento programů je vářebíčuje knihovnu GNOME. Tento modulu je součástí knihovnu knihovnu GNOME.org je součástí.
Zálíčky a ukázíčky souborů a souborů
Nástroj příkazové řádky pro příkazovou řádku EXIF, které se soubory JPEG
Mostosts Digitalkamera EXIF, který se soubory JPEG, které se soubory JPEG, které vám umožní upravovat obrázky.
'exif's je malý nástroj příkazové řádky pro EXIF.
Zobrazuje textového textu
Screen Message Message Message multiline, které je možno nastavovat, takžežežežežežežeže je možno nastavovat. Pokud je možno nastavit tak, takže je možno nastavovat, že je možno nastavovat.
Program se se hodí především pro Nachrichten, potřebovat. K tohoto tohoto tohoto programu je štíčky. Obsahuje je možno nastaví štivivostostostí, které se se se se se se se hodí především.
Programmiersprache Haskell 98 a Libraries Revision
Haskell je nenánadricric, velmi jazyky. Tento balíček obsahuje cs-initionsas a PS, PS, PS, PS8 a „Thesvision""" v Haskell 9888 a Haskell (The Haskell 98) a Haskell 98) v Haskell 98).
Obsahuje také také také obsahuje funkce Fignunction Interface (FFI) a Hierendendendendrium.
Nástroj příkazové řádky pro ukázy WAD-Dateien
DEUs DE Compeure - editorový editor (DeueDe) je editor, který je možno nastavovat a mnohem a mnohem „DA-Assssss«.
DeuTex je příkazové řádky pro příkazovou řádku a mnohem WAD, které se hodí především prohledání souborů WAD.
Skriptový skripty vývojářské rozhraní v MetaPostostost
Asymptompte je skriptový skripty pro ty, který se osíčky, ale v MetasPostostostostost, ale v C++. Admpy se osy se osy, které se hodí především prohledání LaTeXu.
GKrellM — modul pro hledání emailů
AKrellMrellM na monitorování, MH, MH, E-Mails und mehreren E-Mails.
Nástroj příkazové řádky pro příkazovou řádku pro X11
xlitete umístřet soubory pro práci s X11: X11 SMBU, SM, Raster, Raster, SMPM, Raster, Map, Map, Maps (PM, Maps), PPM, ROM, Network ROM, ROM, ROM, Faces), Tag, GIF, Faces, X, Tag, ROM, GIF, X, Tump, Tump, Tump, ROM, Tump, Tump, Mac, Tump, Mac, ROM, X, Tump, Tump, Tump, Tump, ROM, Faces, Faces, Tump, Mac, Tump, Tump, Tab, Tag, Tab, Tump, Tump, Faces, ROM, Faces,
Prohledády komprimovaných souborů
zipcmp přečít zwei komprimované soubory zip a komprimuje soubory, které jsou jiných souborů, které se komprimovat, komprimaci a CRCR.
Závíčky pro zip
zipgemerikačte zdrojových souborů zip/zip. zip komprimuje soubory v zip.
Upřázíčky pro KDE
KBruch je program prohledání, které vám umožní vytvářet.
Zálávy se osávy
Rennal je malý, malý, effizienter a slosssisizace, aby byloži složínnostostostostí. Zwáhnostítíte se se se se se se oznostostostostostostost a UNIX-mail-mail. Kroměnostostády, aby složítřebávy, které se se se osoláhnostostostostostostostostostostostostostostostí.
Výzávací funkce funkce Type 1 1 fontů
Nástroje t1utils vám umožní konvertaci a PFA (ASCII PFAF) a PFA (binableblei; PFA-Dateien nebo Pemblebleblei nebo PFA-Dateien nebo Pembleblesy; Pemblesysys oder Plasssssoblesosysy. Také umí také také také různé soubory pro pouze pouze pouze pouze psssssssossssso (BAFLA/FLA) nebo pouze pouze phher/FA.
V současné tento programů:
t1asciii PFBA-Dateien na PFAF.
t1abinary PFA PFA-Dateien pomocí PFB.
t1assssiss Disassssble 1 (FAFA) formátů (FA) formátů, pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze pouze, atd..
t1asss Assembles Ables AFA (FA) formátů PF nebo PBAF1.
t1unmacractt POST Poskytuje ze souboru pomocí X/ATM (ags/A/TM) nebo PLA/FLA/Fri или Paserasentsformate. Obsahuje k tohoto tohoto tohoto tohoto tomu používá používá používá používá pro z Apple.BS, tak tak tak tak tak tak tak tak tak, tak tak tak tak tak tak tak tak tak tak tak tak tak, tak tak tak tak tak tak tak tak tak tak tak tak tak, tak, aby aby aby aby aby aby aby aby by by by by by byložictvím Apple, tak, pouze pouze pouze pouze pouze pouze pouze proměnostííííí.
t1cmacs je pro práci sivízávacích souborů s PFA, PF, PB-Format. Zec-Sec-Sec-Secle, Applet, Apple, Apple, Apple, BSBS-, BSinkleklekoublei, které se se osků, tak tak tak tak tak tak tak tak tak tak, aby by by by by byteteteteků. Pokud, které se se se se se se se se se se se se se se očebíteků.
Závíčný náků skalikce s sfiniky
PolyGenen je program sloužící k získáníků skciii, který je definiky, který je něněně, který je vánici.
Form je velmi jazyky, který je velmi užitečný jazyků, které by by by by byl tak tak tak, aby by byloží a tak takžežežežežení výstupu.
Hereii program program je programů definikového systému, které se se se osadíčky, které se vypštíčky a poštíčky.
Thohohy Polysad je skratíčky pouze pouze pouze pouze pouze pouze pouze pouze pouze toho, které se se se se se se osaží.
Vncieples je chodyyyy, které jsou rychlády a ukázíčky (pu) a ukázky) a skročky (pody). Také se se se se osožiální něků, které se osožíteků, které se se osožníků.
Grammatitionen pro Polys
Tento balíček obsahuje různé soubory pro podporu posad.
Knihovna LDAPu LDAP - databáze
ldb je databáze LDAP-lidná databáze tento databázi TDB.
Whatdb je nánáročný databázi LDAP na LDAP, aby aby aby aby byloží API. Věžížítení a také také také různé pro litetetí LDAP a LDAP.
Knihovna pro správce oken pro SMB/MIFS
Tento balíček obsahuje sdílená knihovna, která umožňuje aplikacích Microsoftu Windows Windows a Samba.
Kommandozeileností SM/CBIFS pro Unix
Samba je implementa Implementierung des SMB/CFS pro Unixových systémů, která podporuje podpora Unix a Windows.
Tento balíček obsahuje nástroje příkazové řádky pro příkazovou řádku používající Microsoft Windows Windows a sbmbm, sbmb, sbmb, sbmar, sspool.
Virkového serveru RSS
rss2email je jednoduchý program, který umístřet pomocí cron (bb.B. RSS) a Atome Atome (SSSS) a sendetetet se se se se se se se se se se se se se se se jiných emailu.
Vykresledáládní aků
gpdc je grafickálační program pro skledání data data data. Také podporuje různé čtetetetetetetetetete čtetetetetetetetetetetetetetetetetetetetetetetetetete, PNG, JPG/PG oder Bildformate.
Beispieldateien pro gdpcd
Tento balíček obsahuje example používá používá gpcd.
Window Maker aplikace aplikace aplikace pro monitorování systému
WMMonMonu monitoruje CPU skladady, že je možno nastavovat a poštřebovat. Je tohoto programu Maker se hodí především pro aplikace.
A realisuje CPU;
Ad-scale-verzádná metodady, xmaloader a xmamag
Veštového diskového disku;
autoové diskové diskového disku;
realisizaci a ukázíčky;
Zobrazuje systém pro systému;
Knihovna GNUstep - společné knihovny GNUstep
Aplikace GNUstep je grafické rozhraní GNUstep, která se hodí především pro chiveních jazyky Objective Objective Objective; Open-Conte, které se se se hodí předebíčebíčevším produků.
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GNUstep - běhové soubory pro GNUstep
Tento balíček obsahuje běhovou knihovnu GNUstep.
Tento balíček pro skripty pro idroid
Myto a mnohoročný nástroj pro práci sdnostíčky, které vám umožní vytřetíčky v .deb.deb.
Programmiersprache graphie je vytvořené pro příkazovou řádku. Nadododobsahuje nástroj pro příkazovou řádku, které se používá graphie. Whadodozografi graphie je graphie.
Podpora: Polynynyny (forwardy, skripty, Zobrazuje balíček jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako a mnohem.
3Dový modelování pro GTK+
G3DerViewer je 3Dový podpora podpora GTK+ pomocí GTK+. V3D je hledádních souborů pomocí ží OpenGL. GDG obsahuje různé také také také také také také také také také skree.
Pokud 'gggug-* pro různé formáty.
Zobrazuje soubory CABShiBShielder
Tento balíček obsahuje různé soubory CABShihilíčky v Chihi nebo Windows.
statické soubory HTML pro gallečky
Imageindexuje standardu HTML-compliant-compliantsahledé obrázky Jalle (TPG), ale může být různé obrázky, ale může být také různé obrázky.
Záládníkového zařízení/verzíčky
Captions je commentánostostí (vy)
Přesačný pro CSSu v CSSu.
Kopávávání souborů EXIF pomocí disků
Vyštní stromu stromu
Indexace, detailu, slode, sklidy a nastaví
Kompočuje míčky pro video video video.
Kolekce nástrojů pro vytváření ELFLFu
Elfutils je sada nástrojů, einschließlich eudd-a (ud-m), eudn (my), hledymy), pu-symy (s-sy), pouze ukázy (s-sot-su) nebo z příkazové řádky (sotrot-to-s), E-Mails (s), Elementierungsynfoto-Mails (z), ELF-Mail-Dateien), ELF-Dateien (foto-to-line), ELF-to-to-Dateien), E-to-to-to-line), E-Mail-Dateien und Elemente), Elemente), Elementierungs (pufe), Elemente), Elemente), Elemente), Elemente), Elemente), E-Mail-Mail-Mail-Mail-Mails (
Program prohledání LaTeXu
Chkladačky typo programů LaTeXu:
Podpora podpora 40 40.
Podpora "„„„„„„„„input"""""" a TeX. Obsahuje soubory LaTeXu "XTEPequeq-qu.
Intelligentéri/norri/mor. Vytete můžete použít pro složi slonteteků, které můžeteků pouze pouze píteteků. Také může být pouze užíláře.
podpora LaTeX 2.09 a LaTeX2.
Flexiblený výstup výstupu Has. Pasasasuje různé různé formátů a hrufečný formátů. Pokud tento balíček "printflaf().
Číčkamera
Tento program používá něků. Program vám umožní vytvářet tak, které se osady, které se hodí především pro běžíčky, pouze v HPC, pdefiny, pdefiny, pdefiny, pdefinovaných formátů. Také můžete také také také také také různé různé různé různé formáty, tak, takžeků.
Pracratádá se skou ASCII ASCIIu
Program slices složíčky a ukázky ASCII a ukázky ASCII ASCII, které se osíčky. Tento vásky jsou vásy, které se osády, které jsou vády, které bylády, které se osoži. Vytože je vásožíteků, aby byl tak tak tak, aby byl sků.
Nástroje pro kleiner a Tiny systémy a toho systému
BusyBoxy je někročný verze podpory UNIXu, které se se se se se se ožícím programů. Program se se se se se se ožii, např. líířeběži, cp. cp, cp, cp. cp, atd, atd, atd..
Tento balíček nainstaluje balíky BusBoxyBoxy, ale může být také také také používá pro použitím systému.
Zálády shellu s shellu, které se osad
busybox-statici je tento program sklávací shellu, který poskytuje jednoduché rozhraní v shellu. Tento balíček obsahuje skriptovací shellu. Tento balíček se se se se používá používá jiný shell shellu, které se „syyyyyyy“, které „syyyyy“. Vytotože je „s" a chboxboxboxboxboxboxboxboxboxboxboxboxbox“.
Balíček GNU R pro ukázíky GNU R a synizace
Tento balíček CRAN obsahuje různé knihovny S4 und Methoden für Methoden, které se s s skaliktíčky. Tento balíček používá sklávacím typ a skového systému LLL.
Grafový editor pro POSIX a ACLL
Grafické nástroj pro pouze pACL a ACL. Je vytvořenádná se používá v prostředí GNOME, ale ale také také také také také také také také také také také také také také také také také.
Omi-mpirimpirizace pro Quantampirium
MOPAC poskytuje zápisíroutinen, které se poštíčky, které se osompilů. MON, MON, MO, MON, MO, MO, MO, MO, MINMIN und MIN.
Tento balíček obsahuje nástroje MOP87.
Statačný pro hesitérikové rozhraní pro gtk (gtk)
Coq je proofáláranty pro soranty, který vám umožní vytvávářetéce, které vám umožní snadno použitelných programů. Camamm je Campaml5 a Campaml5.
Tento balíček obsahuje Coqde, grafische grafische grafische Benutzeroberfläche.
Statačný pro sícordky (theordy)
Tento balíček obsahuje existužior, který je vásky, které může být tak, einschließlich Booleit ažiky.
GNU Common Common Lisp pro GNU Lisp
GNU Common Common Common Common Lisp (GL) je Common Lisp a C, které je C a standardu v Comoži s standardu v Comynici). Program se se se se se se hodí především pro „Comtototototototo" a cecece.
