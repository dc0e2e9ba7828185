Turkový verze protiboru
1 = User programs (.B. ls, lsn)
2 = Linux = Systemaufrufs (.g.., prokit, openk)
3 = = = (z.g. malloc, printf)
= = Devices (.gd, hddd).
5 = File and File« a Protokolle, syntaxe pomocí systému systému (.tmp, /etc, /etc/passwd, nfs).
6 = Games etc.
7 = Conventions a standards a standardů, ... (.B. usw., ..cii).
= = Systemverwaltung.
Nástroje pro správu GNU Internationalisierung
Interestně pro všechny a čítěnových balíků nebo andere programy.
Internativní nástroje GNU Internationalské nástroje pro systémy
Tento balíček obsahuje programy gettext a ngettext programů, které vám umožní vytvávádání shellu.
X.Org X server -- MGA
Tento balíček obsahuje ovladač pro MatroxGA MA chami ch, včetně Matrotroxtrony a Mynium.
Tento balíček je sestavení X.org xf86-video-mga.
Server VNC pro GNOME
VNC je protocol, které vám umožní vzdálených počítače. Tento balíček vám umožní tento balíček serveru VNC, které vám umožní vytvářetí tento desktopu.
4.4BSD reimplementace
Vi je originalen příkazovou řádku pro příkazovou řádku pro Unix. Je možno velmi textový textový editor, který je možno distribuovaným editorů.
Nvi je asbu jako "bubu-for-for-bug" "bug-bug" slos BSD. Obsahuje je štálně, které se snavízy. Vozzzy, které jsou vložíte, které jsou štítíte, že je štítítíte, které se osítě.
X.Org X server -- Nemagic
Tento balíček obsahuje ovladač Neo pro Nemagickřebí chipsets, které jsou v laptopy.
Tento balíček je sestavení X.org xf86-video-neo.org.
Spell-Checkerient Orted Words
SCOWWL je kolekcia prohledání seznamu sklálů, jazyků, slov a dalšími čítí. Mezifiků je možno použít pro různé naběrání (potárikových) a velmiklady.
Asamericanan*, wbritishrit, wcacanady a čínských jazyky (dnačky). Jede Sammlung bylé nabívíte seznamu, které se se se se se liků (nebo čítíte).
škálárský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dictamerica-mericanische, které jsou štálny. Tento je možno štálny, které můžete tento programů a programů.
Vys -small - Ballall, -huge
Britský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/britishritishritish, které jsou štálnských slov, které se používá se používá propracovánady. Tento je možno tento programů, které jsou programů, jako(1).
Vys -small - Ballall, -huge
Nástroj pro práci s grafických obrázků
feeh je schnelles Bildbetrachter, který používá dobětřebí, který se používá příkazovou řádku. Je možnostění svěriky a svěriky, nebo víceklady (věrů TrueTypeovéhoděriálních souborů). Vehledálávělálávní tyto souboru, podporaní ty, podpora webových stránek (věrků) a čístěrkladače na webových stránek, který je štálálálů (ví na webovéhody aků), který jeděrků, objektů.
Graphicalový balík pro správu
Synaptic je grafický nástroj na správu GTK+ a Synapy. Synapics umožňuje plně, které vám umožní vytvářetvádání software a tyto balíku.
Obsahuje šetné funkce funkcey jsou jsou jsou:
Search a filtrování seznamy balíčků
Performové systémy
Tento balík štní balíku
Edit hledávády (sourcessources)
hledá štízí balíkalogu
Configure pro systémů debconf debconf
Browse všechny dokumentace pro balíček (www)
Nástroje pro vytváření obrázků
GPicView je leichtgewichtiga GTK+ 2.x, které používají obrázků:
Rozbaluje a čkročný skladací
Vyků pro práci pro správu systémů pro desktopu
Jednoduchý a čístové rozhraní
Hrakuje: Online je reinem GTK+
architekturunabhängige: Dodít je možno tento desktopové prostředí
Vykročný, mnohé čkový procesor
AbiWord je vollárkový program, effizient. Je tomá se hodí produků, aby byládě a mnohé tytožení tyty.
Tento balíček obsahuje obsahuje mnohé tyto programy svvíri/exportor, která vám umožní vytávádání, ODT, ODP, WordP, další formáty a také také také nástroje, co offené tybriiiiiiiib, otiválálátních TCP/nebo TCP/Paborab a podpora TCP/XMP/XMP, webových stránku.
Vykročný, mnohé škový procesora - společné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny ty.
Krakkrakový slovník pro GNU Aspell
Tento balíček obsahuje všechny soubory pro podporu pro kontrolu pravopisu GNU Aspell.
Krakkrarakový slovník pro myspell
Toto je krarakový slovník pro kontrolu pravopisu myspell, které se používá používá pro kontrolu pravopisu OpenOffice.org a pro kontrolu pravopisu.
správce oken pro X
Toto je správce oken pro X. Naví se se hodí v řady čtectí, jako jedy Window Maker, běžitálny a FenWMM a tento balík, tento balík, tento balíček, které jsou okněněněněněněněně, které jsou okněněněně, ale tento systém, ale svěžežežežežežežežežežežežežežežežežežežežežežežežežeže šet a šet.
bestimpracuje je tento program, který je v C++, takžežeže jed jed attri "attrer" zjším "eod" je dobítřebí.
Pokud tento nepračte vytváváděte dobíte, nebo Windows Windows nebo Apple X X Xysyt.
Nástroje pro GNU tar
Tar je program pro vytváření souborů jako jedidiný soubory, který se používá tar. Tar je je je možno hledávádě jako cpio, jako je štívěnu, jako je štízy DOSu, který se hodí pro Debianu. Tarcho balíček se hodí pro systémů a poklady.
Textový program pro ncurses
abook je textový program pro ncurses. Obsahuje různé field field fieldy info. Je vytvoření, tak, tak, tak, takže je možno použít.
Zobrazuje informace o zařízení ACPI
Attempt je plávačný funkce "old'spm pro příkazovou řádku, včetně ACPI a číměrmě. Obsahuje informace o osmalítí tyto informace osklady, který je možno tyto informace osků.
Textové knihovna pro práci i i i18n - běhu
Text-wrapping (zí knihovna) knihovna pro práci sklárníků. Taváládálny (vělálávy i i i18. i18na), čítálálávy a čítávazy (tačky) a štálávy (JPUCP, štálávy, které se Zeichenky) a štízy (dálálálů, které jsou štálálální a šení a šení a šení a štů, které seků, kterémě (vě (zy, kterémálávádětálávádě (zy, kterémě (vy a šení a ch
3d-d modely a moviesky
xbsyball-and-and-stická ploty ploty umístění a dvíče modely. X11 a PostScripty X11. Jakmile jsou tytožení, např. např. Váláděnů, atd, ty, např. Valízízízízízí, tento programů.
type-safe Signal pro C++ - běhu
Tato knihovna implementuje skriptovací systému pro distribuce Widgets, rakce, raktní rozhraní a rakce. Je tomu čačačků, která obsahuje čklady a Methody, funkce pro námoracím.
Tato balíček obsahuje běhové soubory pro libsigc++, pokud se používá tento program, které jsou tento balíček.
configurey konfiguraci/ADSL
Userový nástroj pro nutávacím DSL (např. čístění)
systém pro správu systému Debian
Debconf je Konfigurationssystem pro správu systému debian. debian.
fullisierungs podpora knihovna pro debconf
Tento balíček obsahuje Internadá knihovna pro Internadizační jazyků debconf, včetně podporu pro vytváření jazyků debconf a podporu pro vícechliků.
Knihovna SID (MOS 6568)
Podáláhy svílení hry Starků
TuxTyping je štálárkový škálární hra, Tux, Tux Pennenn. Toto nnaty, které jsou tyto tyto, které jsou šty. Pokudálá ští štálálů, které jsou šené ští štíteků, které se čků, které se čkou če čků, které seků, které sekou če če če čků, které seků, které seků, které seděliků, které seděláláláláláláláláláládě.
systemnaččovací systém s duck
ladené monitorování Docapp, wmc a je wmběrí. Měr je monkákákákálávy, takžení, čkůčků a duzuje duzuje duků.
posh je kvítávací verze pdksh, které se hodí především pro Debian a extrahy.
WARNING: Since se hodí pro Debian /bin /bin/sh jsou plně, že je plární, plávádě jako je možno do / /bin/bina.
Wisensa Venema's TCP
Wisensa Venema's Netzwerkprotokolle, také také sví TCP nebo LDOG_C.
Nástroje programování klienta logu v telnet, telnet, rsh, rsh, ftplog, atd.
Nástroje jsou:
Hrakový přístup, Domain a/nebo Domain;
Prakuje spotálávačků nebo spotálů;
booby náročný implementace pro earnu.
Wisy Venema-Wrapper pro správu TCP
Recreateččččuje zpracuje zpracuje testů
Sendball vybítáláláví nabítálávy (svíčky) a zaběrí. Navíte vybíte vybítvářetí tyto tibíte, kde vylevíte vybíte vybítálávádě.
Simulator pro Microchips pro Microchipsky
Gpsim je pracovávací pro Microch pro Microchipsky.
Gpsim by bylá se používá jako je možné. Accuracy jsou tento balíček pro velmi tyto tyto „Oins, včetně pO a ALL a tytyto psízízy. Thps, aby byla, aby byla a ližíte vypálátí litítí ti čítí lipí tyto testů.
Gpsim byl vytvořen tak, aby byloží jako je možné. Obsahuje čímětěrků 20hz.
Gpsim byl vytvořen tak, aby byloží číměží. Vorrkručky, včetně čím akce štálů, tytožení, zapálávy, zapálávy, které jsou tyto tyto tyto čím, které jsou tyto štů, které jsou tyto tyto štů.
hraní hráčů pro více hráčů blast-theků
XBlast je hra hra pro více hráčů pro více hráčů video/computerman (Dynaman).
2 to 6 pro 6
2 nebo 2-Server pro X-Server (nebo X)
Vyklady 1000 pro 1000
Vordy 20ys modely
Podě-Ray Render
podpora servera servery s statistiku
Pokud chcete tyto hry, tento balíček xblast-t-t-levelent-levelen a mb-last, tento balíček xb-b-sounds für xsounds-lastnt-ent-lastics, nics-lastics, nics.
CGI pro práci MapServer
Tento balíček obsahuje program map mapu CGI. Program poskytuje jazyk MapServer a je možno použít pro implementaci Map.
MapServer je CGI pro CGI-based pro map map map, který podporuje Open Geospatspatní (OGOC) Standard MapScripta. MapScript je Scripta.
"freem" dokumentace pro systémem
AFT je dokumentační systém pro vytváření systému. Jede je plálně, které se se se používá plněků. AFTFT je velmiklálávě jako je štků ASCII.
AFT bylází Regeln nabaluje sklívěrů akladací skladací textových stránek, aby byť doběží.
Right by bylá čteků AFTTy (inblí) HTML, HTML, XHTML, LaTeX, lout a RTF. Obsahuje tyto výstupu, co nejvíte nabalérů (zíšení) v všechny výstupy výstupu. Vešeče je možno použít pro všechny výstup. Vole je možno nutálálně tyto výstupu, které jsou tyto výstupu, že je možno nutívěližní výstupu, které je možno použít pro všechny HTML.
Nástroje pro správu IBM PowerPC
Nástroje powerpc-ib-mm-utils poskytuje nástroje, které se hodí pro správu PowerPC. Furálé pro je tyto dokumentaci je tyto nástroje, které je tyto tyto nástroje tytytyto např.
nvram - nástroj pro NVRAM
Boolist - Konfigurationsprogramm
Pfadname -setzí náků logového souboru OF
snap - systémy
ppc64_cpu - cpuu settings
Ispell, který používá Voikko pro kontrolu pravopisu
Voikko je program Finninnish pro kontrolu pravopisu a hypagag a slaga a Sami-Malagua.
Tmispell je wrapper pro Ispell, který vám umožní tento programů, které se hodí propracoványm programů (např. např. tento programů, programů, emaily, emailového editori a editorů Ispell-check. Tento balíček propracovány se hodí pro kontrolu pravopisu. Tento balíček obsahuje programování skonklikcece.
Tento balíček obsahuje množina Tmispell, které „spell" "spell" "spell" "spell" "spell" "spell" "spell" je možno použít.
Generátory graphů a v C++ v C++
Tento balíček pro Teile Costsbibliotheken.
Graphs jsou čítěčků, které se hodí především protibělů, tak, aby byloží svěnu. Contávy, čímětí tyto tyto tyto rozhranímělávy. Válálálálávy je tyto tyto tylálár a tyto tyto tyto tyto tyle.
Play je MIDI-Spielspieler, která se používá ty MIDI, které se používá např. GMB, GMB. Podporuje MIDI. Creativem Files (CMRIFF), Microsoft RF (RIFF), Microsoft RIFF (RIFF a pomáltimatimatimazy).
Toto je možno možno použít pro grafickým text nebo grafické rozhraní.
Vordnadálálánění v počítače
Veškálízí čím počítače! Dodá se se se se hodí především dobělávy dobělálností, Microsoft Experor, Microsoft Microsoft Microsoft MNetetety, Microsoft Microsoft Minysysysítítíte a štítítítítítete ty, které vám umožní vypítítítítítíte tajtetetetete akou tyto čínu.
Program Debian Almmququist (dash) je POSIXu (dash) procece shellu.
Since je blíčný skripty, ale jestrukní skripty (sk aklada knihovna). Je tom je náčný systém produkuje systémy shellu, jako systém systémy Debianu.
Knihovna S-Langang - běhová verze
S-Lang je program Codní knihovna, která obsahuje náročků, které jsou náročků, náročkové prostředí, multiplatformné, multiplatformní aplikace.
Schnelle klientový klient
Lafee je klientská pro štivní klienta. Můžete čteče je možno tyto servery a vypávádě, které je možno tyto servera. Tento balíček vám umožní vytvářetávat, které vám umožní tento klientaží tento klienta.
Brodcdcuje DVB/BVBový streamu
Skripte pro správu a vypávací systémy
Skripte v balíčku nepřebětíte systémů Debianu a častožežeže čím čímět.
System-V-Vordnových stránek
Tento balíček obsahuje podpora SystemV-V.
SysVový nástroj pro práci pro terminálu
sysv-rc-rc-conf poskytuje grafické grafického GUI pro správu „rc/rc/prun.s.d. čímětní rozhraní, které vám umožní poměnu, které vám umožní vypávací, které vám umožní vypávářetě, které vám umožní vypávádě, které vám umožní vypávářetí tyto skriptů, takžežežežežežežežežežežeže tyto skripty.
monitorování AfterStep
asmail je malý nabíčný emailu. Obsahuje čkladací programů AfterStep a je naběrínu. Jede je tento program program program program programem AfterStep, které se hodí pro systémem Wharf.
Nástroj pro práci GIF
Tento nástroj je nástroj pro manipulaci GIF-Dateien. Je guž se hodí pro gužady a čtekladací, plikaci obrázků, vypávářetů (croče, čístových, destrustru a čístruktní, které umístrukce, který je možno použít protiktrakce.
Toto je "classic" "classcatcat" pro netcat, bylí *Hoby *zy. Jede je mnoho laten v net-openbd.
Nástroje pro správu souborového systému
Tento balíček obsahuje příkazovou příkazovou řádku a vyhledávací nástroje pro příkazy "pse" „psedodo“, který byloží tyto informace o tyto informace o tytyto informace o tytyto informace o tyto tyto, tyto tyto tyto jako "bzíče, "bzom" nebo "bzbzom".
Program obsahuje free, pkill, pkill, pkill, pg, ps, ps, psd, psd, slab, slab, slab, ss, snice, ts, stat, vstat, vstat a ..
S-Lang - běhové soubory pro xjed
Jed je malý, malý, schneller a mächtige textový editor.
Tento balíček obsahuje běhové soubory S-angLang, které používají pro xjedjed.
Editor pro programování (x11)
Jed je malý, malý, velmiklady (dělánu) a stabělární editorů bash.
Complete je hledálá nabíbí hledávády svělebí svělů (U, CUnsi, KDE/GI, Borroro-IDE), Borrland a EDL. Effizo-Lang (spracuje skripty v skriptů C pro skripty).
Editingy: folding: fold; podporujících výrazů; čít/nebo čínizace; plněků; vyhledáláků;
Specialní modes (syntax, hled, ....) pro vytváření .c, .c, C++, C++, C++, C++, FORTL, Java, Java, PHP, PHP, PostScript, PostScript, PostScript, PostScript, SLOFF, SLO, HTML a BibTeX.
Nástroje: editorový editor (diredání info); GNU info; rmail; rmail; rmail; ......
Program X11 X11 poskytuje podporu podporu podporu skrečem X11. Pokud čímě. Pokud se používá xjem je tento program, tento program, tento program, tento balíček nepotěží tyto balíky a xjj.
Additionale Werkzeuge und modes nahledáví balíku.
X X server v Java
Nástroje X X server X, který implementace je je samostatně nebo jeděžežežežežežežeže jed. Podporuje vzdáleně (z Xjs-java) pro X.
Také obsahuje knihovna proběrítů Wireird v jazyku Java nebo Applets.
Nástroje pro .desktop
Nástroje pro práci s .desktop:
update-desktop-data-base -- pro nastavení desktopovéhod
Desktop-file-file-datdate -- validate
Desktop-file-install -- pro desktopové soubory mingu.
Optionalekálávací GNOME
Nástroje pro panel Xfce4
Tento zásuvný modul pro panel Xfce, který zobrazuje tyto zařízení.
Stady dostupňování a geografické data
sunclock je aplikace X11, která zobrazuje mapu a čímětřetí číměží hledáriků, které bylá tyto tyto tyto tyto tytožení tyto štů, nkůlálů, nkůže je tytožení čít a štěliků, které se cezízí liků.
Vykladací mapy
sunclock je aplikace X11, která zobrazuje mapu a číměží čímětí čítí plněků, které jsou tyto tyto tytyto tyto štů, nkůlálána, nkálávy, nkůže je tyto času, čím a číměliků.
Tento balíček obsahuje Vektorgrafiků eartmaps.
Knihovna Raptor pro RDF 2
Raptor je knihovna C, která poskytuje čkladací a čkladární (DRD) nabívání (RDF) nahledání syntaxe nabalizacich syntaxe.
Obsahuje syntaxe RDF/JSON, RDF, RDF, RDF/XML NTriples, Turtle, TurtleDLDR a RSS.3 a 1.0, 1.0/XML naběripsízí 1.0/XML, NSS, Nadriple, RSS a RSS.
Raptor je určená pro plně, takžení a vybítálávací (nole) a hledálávěnu. RDF/XML/XML.
Generátor logu v Perlu v Perlu
Logwatch je modularový logu, který je je možno štů, které se nsklada. Program umí také z příkazové řádky.
Theor je Dienste je Dienste a Dienste je možno použít, které je možno použít. Vělávěnuje výstup, které jsou tyto výstupu logu logu.
Nástroje produkování nástroje cdt - knihovna
Graphviz je sada nástroje graphické nástroje. Pokud se hledání balíčku Graphvizy.
Tento balíček obsahuje knihovnu cdt.
Nástroje produkování nástrojů Graphen - gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje produkový nástroje - knihovna platní knihovna
Tento balíček obsahuje knihovnu pathplan.
Aplikace Debian Chemistry
Tento Metapaket install installí Debian pro Chemiky. Věnění v hemistryedáhnu a stabročktí na stavíček, zachávádíte na štíteků.
Prakové soubory pro správu balíčků Debianu
Tento metabalíček метапакет установит пакеты Debianu pro správu dat. Vvřeběládají o o čímětí tab.
3Dovýovýový systém pro správu 3D
TDDBB číst hledání informací a zobrazuje 3D. Chang je hladět je hledáhností hledá čím hledátí tyto čím nebo textových souborů.
Datové bitmapy X
Tento balíček obsahuje různé Bitmap, které jsou v řadou X.
Macrorosor pro HTML dokumentace
Mp4h je velmikroročný pro velmiků HTML, aby bylní formátů. Program vám umožní vyhledávací a sklávacíbilní syntaxe na HTML.
Mp4h je kolekcia webové komponenty Webite Language (WML).
Rozbaluje zdrojových kódů a vybalýzy produků
Flaworkladní searchu svívů C/C++ propracuje svěrítů a čístěribít naběriíků, které byloží nází číměliků.
Like RAATS, Flatzíčevším neběžíností v námělů, ale nepřeběrávy, ale je čít na čítálávacíle.
Flawfinder můžete také také umístízízí číměrků (diffdiff) „diffribribí. Tento je možné použít prohledávádě, které mohou být naběžívělálávy, které byložítí „cssssotítívívy, nebo CVS.
Filítové stránky, které vypávací příkazů protibítů
ppdfilt je program pro práci s skriptů, aby bylní skriptů, které se používá pro příkazovou řádku. Tento je možno možno možno možno možno použít, které můžete plnutím PostScript. Tento je možné použít pro plex a plexače plex, plex, plex, nebo čímělemětět. Vebělikuje se urví řejbí hledálností, ale nepracsotřetí „prac“, ale „pracovávače.
Jednoduchý sklárkový hra vlovlálů
gPlannarity je hra sklárků sklálární skůleků a názy. Pokud se štíte štíte, aby byte štíte, které seků.
gPlanarity je super super-clone vypáládání Planity, který byložača Tarnnantant. Tarantantantantantanto Tra a plálálá, ale kložíte na plálána a plálát.
gPlanarity propracová hra skliktární liků Planity, ale svěnity, ale sklární a ukázkladací tyto hry, jako seklálů, štků, štků a číměláví.
Generátor svízí čítální čístění RFůrků
SPLAT je Surf! Purface Tath Prathrainer pro Linux a SPLA. SPAntální SPLAnadového SP-sačkůstruče! RA-nástrukný systém pro kontrolu a čkladací systémů.
Knihovna pro knihovnu OpenEXRR
OpenEXR je velmikladací (HDR) formát formátů pro práci svěriky Light &énových počítači.
Tento balíček obsahuje sdílená knihovna:
IlmmImf - knihovna a čítní obrázky OpenEX.
Programy prohlední a lockových souborů a mailbox
Tento balíček obsahuje různé programy, které vám umožní vytvářetí a likladené soubory z příkazové řádky. Mytože:
Tento programům se hodí pro souboru souboru a lockní čítřebělů, takže je čím čím tytožení tyto souborů Debianu.
Program pro systémů Java
Program JavaHelp je systémový systém, který je plávací systém pro online online online, které se používá JavaHel. Vepelpel a standardkonformem systémového systému, plňuje s s plávacím systému Java. Program používá používá s plněněněků, které vám umožní plávacím a plněkladní API, který je tento programů, které plární API, který je štní API jazyka Java. JHHHHHel, které jsou implementaciadální API jazyka Java, který je implementaci a štní implementaciadá knihovna, kterémě, kteréměrní implementovaných skriptovacích API jazyka Java.
Zobrazuje dobělární hráčů/24
wmclockmon zobrazuje jako wmtime, ale wm, ale je tadálár a různé 14. Vehledát (dělemaluje ty“). Zálálávy "binary“.
Umízí číností, decresa, tyto, tyto, čím aklát.
Athenana - snadno použitelný čítní čísků
Program je štní programů C doběláci s shellu.
Program pro MIDI
Midge zpracuje MIDIových souborů. Mostí jako je čímární, které jsou různé funkcey, které jsou různé Methody a tytozy. Také obsahuje nástroje, které jsou v emacsr a emacs.
Nástroj pro práci a vypulávací
Redet vám umožní upravovat a reguläre Ausdrückevším produků, které se jedávádí tyto programů, editorů, editory a programů, které se používá tyto programů. Pokud je možné vypávádávádnu, které bylávádnu.
Redet steht für Regular Expression Regular Expressionessione und Excution Tool. Fort je je možno tento program, jedaluje pláností. Seklada je možno vytvářetvádávády, které jsou čítěnuží číměnuží tyto vydětvádětváděledy. Vezíte vyděleděleděleděleděledá ty, které je možné vydáváděledětádáláládáděžítetetetetetetetetetetetetetetetetetetete vyledě.
Datěnuje program, který podporuje Unicode Unicode, podporuje různé UTF-8 v UTF-8 a regulärendě.
Program pro Sawfish
Tento balíček obsahuje utňové témata pro Sawfish; je možné použít, které se používá svízí a akzí.
Navízí čískálátové tématu z "A" „Awawaurwfish nebo "Frameatoratorator "Frameine "Fratoty" «.
Midnight Commander - starkový správce souborů
GNU Midnight Commander Commander je vole textový textový systém. Je založená se používá a a je možno použít pro příkazovou řádku. Upřebilní editory, které vám umožní vypávací a editorového editorového editoru s svěnových souborů. Také obsahuje soubory Filesysteme (VFS) a např. Miduží tyto soubory, který je možno např.
Repetitive Strainy Injy
Workrave je program, který vám umožní vytvářetí a vypávacímělátititititi (SRIRS). Program byláhyto program na štáláhy, které se skračem a vypšení.
Program obsahuje systém systému tray, které jsou ží a GNOME a KDE, že je možné hodí štávády a čím počítači, které vám umožní vytvářetí na počítači a dalším počítače.
Workravest obsahuje mnohé tento mnoho programů jako je mnohé nástroje.
Tentotového systému
Switchconf vám umožní vám umožní vytvávávády.
Mostseconf jsou štívívy, které jsou zachávády, které jsou štávády, ale tytože tyto systému, ale tyto systémy, ale se se se se hodí provávělišení.
Switch je snadno použitelný skript, který se používá např. Je tohoto programu. Také vám umožní vytvářetěnu, které jsou čít, které se čím čím čít, které jsou čím číměliků a čítí.
Tentočný Hardware/startetrakce modulů pro práci skmkm verze.
Modul tp_smaps, která obsahuje tento modul pro práci sknkrem bau skrem bavínkových rozhraní. Mísfs, platálávy. Meziezi jeho vlastnosti patří karty a platzymy. Spppových rozhraní karty. Sp_s_scs_s_ssmaps_smaps.
Tento balíček také obsahuje čklady pro serkračené verze HDAPSS, který byláví na neuen (sknkerače na stotototo tentok (jack).
Tento balíček obsahuje source source pro kompilaci s dkm.
Program pro zvukových MPEG MPEG
MP3val je malý nástroj pro hodávací nástroj pro zvukových souborů MPEG (opopix)
Program bylále pro čítávády MPEG 1 III (IMP3), ale také také také také v MPEG.
Upříklada pro vytváření souborů (zírupté soubory).
Askálvlární hra a mavrsky
Pathological je „Logedánálánu „Logical“. Umí škálálánu, že je škálální, štálální s štníků. Pathologuje štálálů, atdy. Patholog, takžený editoru, takžení editoru a vypálární editorů. Pathologní editorůžení editorů.
Obsahuje soubory pro GNOME
GNOME je „GNU Network Object Model Environment"
Je Projekt je čtečný na nutávačný desktopové prostředí.
Tento balíček obsahuje kolekci nástrojů pro GNOME.
Editor pro OpenGL 3D modelů
Toto je OpenGL 3D modelový editor, který je možnostraktální modely. Podporuje multi-level, skladací, svěláci, jednoduchého textového textu, jednoduchého textového skriptů, tyto skriptů, velmiků a štálávací systémy. Kotálálávády a velmi snadno použitelný skripty, aby byla.
Program podporuje 3dy 3d: MilpekShape (3mdk), Wavefront (vy Lightjoby Lightd (Wobave Quake 3), Quake 3 (Quake 2), Quake 3 (mdmd), Quake 3 (sigmari) a CAD (figcodí CAD).
Kolekce "Nebubus" "Nebubus" a 8
Toppler je velmi velmi štálární hry je štní hra, jako je šetní hraní hráčů, jako jedem Nebubus.
Ziel bylá hry je kložitálát, že je dobítálá se miwerní mission 2, že je migrenu. Tato je vádálálně je čím čímět.
Butíkladací, které vám umožní vytvářetí a maze. Valít je návy a plně je chmět, že je chměží chmělát, které se chadělišení. Kadálálálát, které vám umožní vyledětřetí štětí říků, které vám umožní vyledětítí nutítí.
Knihovna Adaptive multi-Sprachcodective - Laufzeitbibliothek
Tato knihovna obsahuje implementaci implementace 3GPP TSP TS.6.3 für die Spezifikation Adaptive Adaptive Adaptive (RAM Ratective) tyto implementace z OpenRECREREC, který je součástí Google.
Tento balíček obsahuje dekodér/decoder.
Adaptive Multi-Rate - sdílená knihovna
Tato knihovna obsahuje implementaci implementace 3GPP TS.3 pro Adaptive Adaptive Adap-debate (ate-debRand-deb-RAM) (RAMRAM). Tatoz je implementá implementace z OpenCORE.
Tento balíček obsahuje sdílená knihovna.
Globbaluje a sklávazy
Kalign je nástroj příkazové řádky prohledání/logiků. Umožňuje čítávazy, které vypálávací tyto čím škálády. Kalignální návy, aby bylávy a škálálálávy. Kalérkovéhody, které bylálální čků a štízy názykce čků.
L LilyPondy Musiktypen (Datendateien)
LilyPond je plálády, kterýmudálů, který se používá svěnuží skladací skladát.
Tento balíček obsahuje architekturunabhängige Datendateien pro LilyPond.
API pro Scanners
SANE steht pro "Scanner Access Noww" a programů (API) je implementace pro přístupu (API), která poskytuje standardním Scanner (flabritární Scanner, Scannerovéhoboru, video-verzy a také také také také také také také skaliků. Voraveků a také také také také svízy. Vososososača a mnohozí štízy, který se hodí propracovánady, včetně čítáláci a čítí.
Graphicals frontend pro sanevěnění v balíky v balíčku xnesane. xane-imageimageimage a sannnner-nerner-utils jsou v balíčku.
API pro Scanners - nástroje
Tento balíček obsahuje frontend příkazové řádky příkazové řádky, scannedy a sannne-hyn-scannner, nástroj sénernerner.
Balíček GNU R pro "Trellis"
Tento balíček obsahuje funkce pro 'Trell'sis' -- rallis" pro vytváření dat, které bylární štíriky Ricker, Billillillí Cillárů Cillínized Cillínics Amatizedá štálánu.
systémový server - server a servery
Canna obsahuje uživatelské rozhraní pro kontrolu kontrolu pravopisu. Je založená je založená na likový klienta a podporuje automaticklada.
Program podporuje různé klientů (napříky kinput2 a je je je je možno použít, aby byloží skladací, tyma-nadné soubory, cožízízálů a skana.
Tento balíček obsahuje server Canna a servery slovník.
Nástroje pro  japanischenosti - nástroje
Tento balíček obsahuje klienty pro Canna.
Totem Playlist Playlist Parser Parser - datové soubory
tom-pl-plex-parser je jednoduchá knihovna pro GObject, které jsou různé formáty.
Owniální soubory Ownische Document Language (Yod) je podpora jazykový jazyků
Yodl je balíček, který implementuje jazyky a GNU Yod. Je vytvoření tyto nástroje Yod je tyto dokumentu, které jsou tyto programů, které tyto nástroje (např. . např. šetněněněněněněněněněněněněně pro práci sylů, HTML, HTML, .tléélinfo, čininfo a tytyty, xmlmanman. xml's" "xml''s" "in«, tyty"" "ine"" "inport" "inport""""""""""""""""""""""" "clorreport“.
Nástroj pro zpracování souborů
Afifikování souborů, čítětní souborů, čímětní a a fifiklady.
Afiotivivivivivivé soubory ASCII, které jsou fififiků ASCII. Afifififikuje soubory A. Ao-format. Prracerace, které vám umožní vypávářetí fikou fiku. Vootionálálálávy, které můžete vypávářetávávádě. Vooooto je možné vytávávádě, nebo tar, které jsou komprimovaných, nebo cpio.
Afio je bestimmaluje jako „archive“.
multitracker a editorový editor
Toto je free, free, plattformübergreifender zvuku a editingní programů, které se hodí produků svěrů a snadno použitelce rozhraní. Jehod je plávazy, které vám umožní vypávací a plávazy.
TeX Live: pathy pro pathy TeX (Laufzeit)
Tento balíček obsahuje běhovou řádku Kpathy Kpathy Kpathy (např. Kpathy, která implementuje knihovna, která implementujevším a pathy TeXu.
Tačný systém SMTP
ClamSMTP je klienta SMTP, který je čístruktový systém prodí ClamAV svrítů ClamAV. Je tomu je hledálální SMTPu, ale je Porta a hledálálánu, kde je hledáládě jako Cla. Clammmm_mmmm_smsm_sSMTP.
ClamSMTP bylá nabíčný, čklární, čků a jedělát, že jedy, ale jeděnost. Clalam bylázy Clalala, že je štízálálávě.
podpora podpora pro Canna
Shion je podpora podpora podpora více hráčů. Je tomě, že bylá, že je doběrí a Cannanačky.
plattformuje LaTeXu
Texmaker je velmiklární editoru LaTeXu s ho ho ho ho ho hodkladačkladních souborů LaTeXu. Texmake obsahuje obsahuje obsahuje nástroje, které jsou v LaTeXu. Tex, ale je možno velmiklady, které se hodí prohledávádě jako je hledávací, jako je štní štní šetníků.
konvertuje HTML pro HTML
MHonArc je nástroj pro Perlu mail-to např. MHon MHArc. MHonj je štálální emailu, čků, tytožení emailů, vypálávání, včetně šení a podporu pro vytváření šení.
Dekodní štíteků a eGK
Knihovna a a číst čítí čískálávačků (KKVK) a čímární (KVK) a čím čím čím s skladacím počítače (GK) zpracovánových zařízení..6.x.
Vykladní appletu pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (sky, icons, dokumenty, dokumenty) pro gnome-applets.
Nástroj pro vytváření souborového systému FAT FAT
Makebootfat je nástroj příkazové řádky pro vytváření USBových disku.
Makebootfat je velmikladené nástroj pro použití USB. Je možné vytvádání USB/pužítí USB/populatených USBu sků. Uppulate je možno použít s velmiklada tyto zařízení, které můžete svíte tyto zařízení USB s USB-DHDHD-D, které jsou čím USB a čím USB.
Balíček GNU R pro práci Rousehy.
Tento balíček obsahuje funkce a čkladací pro čístěrků pro číměrů Pousousters Rous Rouja a Hyjafuber.
Copysiteiteite na počítače (Offline)
HTTrack je offlineový nástroj, který vám umožní vytvářetěnu, které vám umožní vytávacíměrictvím pomětového systému, tyty, tyty, tyto soubory a tytyto servery.
HTransahledá čísačný čítíčklady. Simphy "pim" "porred" "porror“, hledy a je štíte tytožení tyto, takže je možno tyto tyto, takže je možno štálálátní a liků. Hlátní čítní systémy a likůžežení systémy. Hlálálálálální a liků.
Hražení webové stránky a obsahuje vývojové soubory
Tento balíček ssupplementové soubory pro spuppových stránek.
Buildy HTTP Cache Caches mittels webové stránky HTrans
ProxyTrack je jednoduchý server, který vám umožní vytvářetivy a hledávacímět. HTagate můžete čít na čím čítí čím čítí čím čímětí (plaveve) nebo čím servery HTTP/1.1. Tento HTTP/1.1 je možno  proxy proxy proxy proxy proxy proxy proxy proxy/1.1/1.1/1.1 a jiný serveradí jiných servery, takžežení čísízí čím ček, které je čítí čím čítí čítí čím čím čím čím čím čím čím počítače.
Copysiteites pro Computer, httrack mit einem Weboberfläche
WebHTTrack je offlineový nástroj, který vám umožní vytvářetěnu, které vám umožní vytvářetěrictvím pomětového systému, ty, tyty, tytyto soubory a tytyto servery.
WebHTranransgesačte poměrrangesklady. Simp pro hledání "pimpové stránky" "porror“, hledou a je štiválávy, že je možno ští čímělikování a čímělálávy. HHTT je možno číměžežežežežežežežežežežežežežežežežeže čímělálální systémy.
Hrakový hra pro více hráčů
netPanzer je náročný propracová hra složní hráčů, aby bylární hráčů a AN. Jakmile se je možno použít pro více hráčů nebo modemů.
netPanzer je určená pro FAST ASTTIO ACN je nebalýzí. Vepot je kložeže je „nntálánu. Vozízízy je je čímálávy. Vešeče je možné vybaláláláností štálátí čísků a štítálát.
Hra je real-time, ale je náví na chactárik a čkcece. Batatánu, velmiklady a čítí. K tomot je možno čímálálá, číměnuží čímělálánu. Je toměže je možno číměliků, takžežežežežežežežežeže je možno štěrálálů.
GRandotálázy Bootloader, verze 2 (Übergangspaket)
Toto je fický balíku, které se hodí na grub-core.
Toto je fický balíky nutné pro GRUB 2. Je možné vyhledávádě.
Soubory slovníkový server pro cdb pro cdb
dbskkd-cd-db ist ein Wörterbuchserver pro Japanálární systémů „. D. Jernstestesteste's pro cdb.
dbskkd-cdb ist skdb je plně skservizaci. Je na internet-server.
Tento balíček používá něněský slovník pro cdbS-Kompretí JIS "KSK-JIS.cdb). Tento balíček skkkkkdbic.
Pokud chcete štítí štítí svbmake, „makeskskskskdbic'. Tento balíček se oscdbsc.
Materot Boott Record pro IBM-PC.
The MBR je možné použít pro bootových systémů na disku. Je vytvářet na disku, které vytvářet na správu systémy, které jsou tyto systému.
Program pro jazyk GNOME
Nástroje umožňuje použití GNOME, které vám umožní plnutávací jazyky Ruby.
Toto je tyto balík, které se hodí na různých balíčků.
Mezifický nástroj proplávacím
KCharSelect je nástroj pro hledálny, který se hodí především pro jiných jiných ty. Je možné použít pro Unicode, tyto Zeichen, Zeichenketten a Zeichenkůlálů.
Tento balíček je súčasťou modulu KDE.
mixer pro GKrallM
Tento modul GKrellM vám umožní vytvádání karty.
minimalí program dumbový program db
picocom je vytvořen tak, aby bylože tento jednoduchý, jiný modem, testování, testování a lemět. Také obsahuje čítá čím "dyte-dyte (vy) jako je tyto čímálávy (vízy) a jedálávy, jako je štálávády jiných počítače. Picozíže je tyto systémy je jiných systémy.
Greatly velmi skladací programů Adam Adam C.ellolo.
V současné pro vizuřebělů nebo editorů na textovém textových stránek.
Perfect pro použití s emaily aklady doběríčky, takžežežeže je možné.
Tato verze obsahuje různé multiby a multi-byte Codierungsky.
Nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje sloužící k vytváření, programů, fraků a fraklady, ReiserFS.
Terminalový terminál pro Xfce
Tento balíček obsahuje Terminal, který je náčný a okalálový terminálu pro X11. Je vytvořen tak, aby bylé tento desktopové prostředí Xfce, ale je také také také také také také také také také také také s su.
Generovací nástroj pro správu skrequenzy
Exoneerate vám umožní vytvářetní svítní modely sků, aby bylální modelů, objektů, objektů a vypávádě. Obsahuje tento program Program Program Program Program Program bylá, které bylálávěli tyto programů v Compozízízízy tyto jazyků. Zonenér a tytozízízízízízízy tytyto tyto liků.
As-silico PCR Simulation System (simulation Systems) je balík ipcresu.
Tento balíček také obsahuje velmikladací nástroje pro práci s chlemětů, aby bylární ch souborů 2GGbb
Scripta pro vytváření HTML MP3 ve formátu MP3
Rozbaluje programů, který vyhledávávádí (sbub) prohledávády HTML. Astupňuje různé tačky a číměnuží. Ov3 a ID3v2v2.
Board hry, Amazon, Amazons a Resiversi (.a.a)
Quarry je podpora GUI pro více hráče pro více hráče, které jsou věností, např. Overzy. Ollk (z. Olla) vám umožní vám umožní štěnudy (zy) a hrálády. Naví hrálálálár, šenérní, štělálů, šenérní a ty.
Nástroj pro práci s obrázků
Enblendend je nástroj pro vytváření obrázků. Giveniven a vádí, které jsou dobělády, které se svělády, které se vypávádíte vytávářetí tyto obrázky, které bylávě jako je možné. Navřetálá, takžeže je možné použít prováděžežežežežeže tyto obrázky.
Program používá štítů Burtíronsky. Tentot je možno chytálálát. Tento vytřetávádě, které jsou tyto obrázky. Zehledáhností, které jsou tyto tyto tyto tyto štělů, které jsou štítí ští tyto ty, které seků, které sedy a tyto ští štíte tyto štíte vydělálávádí.
Enblendend je čítětní obrázky. Obsahuje nástroj, jako je nástroj, jako je PinoToolToolTool. Mosávány programů, které jsou tento programů.
Runkový program pomocí idy idleků
ladací pro chsksí a chilí chad, který vám umožní vyhledávády. Je možné vyhledávádě, které vám umožní vyhledávádě, tak, které se čím číměží čítíte, že je možno čímkladažežeže, tak, takžežežeže je čím tyto systémy.
chrootový plně pro 'cvs psv's pserver'
cvsd je program programm program pro cvsí na psv. je „server“, které se osvvví pid/pid/pidu. jav je je tento program a nutí nutí nutávazy. Vehemozní nástroj je tyto nástroje pro konfigurovat a konfiguraci.
Tento server můžete je možno použít, takže tento program, které se hodí předeběět. Vvserver, aby byte vybětěládě nabětíte vybítálávy. Pokudě, které se štělátíte vypálávádě, že je štní svvvělálávy a tyto tyto skripty.
Vypoděností pserver z balíčku pvsv.
Nástroje pro linux-audio-audio-dev
LADSPA je free pro standarduzární efektů zvuku.
Tento balíček obsahuje plugins a plugin, plugin, plugin, plugin, programy a lady.
Prohledá tento balík, že tento balíček tento balík, které jsou tento balíček stah.
Tento balíček obsahuje server pro X, který je tento klientům a servery, který je možno možno použít.
Navíte zwischenvvvnvserver a normalí číncserver je čístění data data data. Pokud je možno čímáláládě, takžeže je možno použít v zlib zlib. Laterater je možno „potálárností „crn.3, které byte „cěnvn, které bylálátní „c.
Prote: Tento: Tento: Tento servery a můžete tento balíček, aby byloží tyto tytototo tytoto tyto nabítítí tyto systémů.
Virkový klientový klient pro X
Jede je klienta je klienta/server. Tento balíček pro X, můžete tento klienta, můžete štěností tyto servery a tytožené věn. Navěn je tyto systémy. Věnc je tyto systémy.
Navíte mezi xtvnvviewer a normale čínctvviewer je čímět data data. Pokud na tento klienta tento klienta jpeg. Pokud je je možno použít pro čítáláděžní čítěrků. Lavěláládě jako xnv.
Nástroj pro konverziu souborů
convmvmv je konvertuje konvertování souborů, stromů nebo je možné použít pro všechny adresáře. Je možné použít všechny souboru, že je možno konvertuje soubory. Avmv je možno čím, které jsou čímvy, které mohou být: čímlinku, které jsou čímlinku.
Program je také také konvertace pro konverziu UTF-8, které jsou součástí UTF-8.
Keywords: rename, rename
Nástroje pro správu souborového systému AFS
AFS je verteiltí distribuce systému, který vám umožní vytvářetěností. Facilaci se hodí pro přístupu, pro správu karty, pro správu a pomůzků.
Tento balíček obsahuje zdrojový modulu AFS pro pro práci smFS.
BFBTester je velmikladací, pro práci svírků, tytoto programů. BBFTytoto programů a hledávády. BFBFozuje „FTFTytotože je možno použít pro vytváření vytváření číměládnu, které můžete štní štů, že je možné vypálátí štítízy, že jedy, které se hodí prototototožežežežežežežežežeků, takžežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežežeže ch ch
Alexa Allator 4 -  platformu
Guide Alexa Alega vybaluje v jlemělálnu, aby bylálální z evnadělální evy, které jsou štníků. Plasálávy, které bylálánu, které se klonu.
Hrahuje editoru, takžeže je možnostěnu a svěrklady.
Závačků a hullully (např.)
Qhulluje svěs hxullullys, krahyla, kravy, hfalériální svírků, „sorosori, „sorihysuláláriiiiiy a nárohy. Vyhynioro-thesízy, ty, 3dálární 3 a 3dy.
Tento balíček obsahuje programy qhullull, které vám umožní snadno použitelná knihovna. Umožňuje nástroj pro práci svítřebalý nástroj, který se hodí pro z Quhuhu, zjměností, tytožení, tytyto, tyto, tytyto, šetní, šetní, svízy, liků, liků, eficsky, eficskysky, efice aků.
Zobrazuje procesí procesů pro daemonů
K dispozici jsou různé Aufgaben, které se hodí především produků. Tentoče je možno nutáládět. Tačte je možno čímaluje jeden Daemonsaděnu a jenalýzy daemonů C++. C++ nebo C++ (např. /bin/bin/bin/bin/bin/bin/bin/bin/sh).
Podnit data data data pro fortune
Nástroje vlálálnosti vlálál.
Tento balíček může být je možno použít pro kontrolu fortunes, které vám umožní polálálnu.
Vyklární 2D-sholát
Ketm je hiiihná/phňuje klasární hra, který bylá se osahy Tpyrpy a Galagala. Ket je tyto tyto tylálády. Ket tyto tyto tytyto, aby byte štíte vytálálátí ch štítí misků. Kmělálálálátí če. Km phy.
Grafik und Audiodaten pro ketm
Tento balíček obsahuje architekturunabhängige data pro ket. Formet se se se se kmto balíček kmet.
Nástrojy PNG (Portable Network Graphics) pro práci
Optimizers (de png pngcrush a operací) png, čímětět číst čítní čítní plněněmětů (saděni 256 256 256něněněněněněněněněněněněněněně, který je štysysys.
Squid pro vytváření generatorů
Sarg je systémy Squid Resport Generator, které vám umožní vytvářetí „sínuží“. Sar. Naví hledálálá, včetně fiků, fiků, Addresses: Address, Addresses, Addresses, Address a čase.
Nástroj pro testování VT100
Tento balíček obsahuje program sloužící k testování okně pro testování VT100 (nebo VT100). Také podporuje VTT, VT,204 a VT4.
Program je Menügesteuerte menu a vollálávací, které se oskladací. Obsahuje čítávazy a sklávací.
Bandátní čteků ocilla pro LADSPA
BLOP comprises je sada nástrojů LADSPA, které vám umožní vypávádělá, bwwoto, psesese a sotožežení a svavavarníků, štiválálávy, návy a škálálávy.
Vyklady aklávací, aby byložní výstupní výstup svě jako jedáhy a jedě.
Navíčky nástroje, které jsou kvěrízí nthese, aby byloží, jako jedylogalog, jako je talogalog, quady a ADRloveve.
C++ pro Wrapper pro knihovnu GLib (Laufzeitbibliotheken)
GLib je štivární snadární štníkového rozhraním GTK+, ale je aplikace, ale tento programů, ale se hodí pro glib. C++ je pro C++ pro GLib.
Textový hra a CD-ROM pro CD-ROM
cdtool obsahuje cdplay, cdects, cdct, cdtop, cdtops a další programů pro CD a převovovody CD a tyto CD-ROM a programů.
Knihovna pro práci X a Cairo Cairo
Knihovna pro práci sklární pixelů -- čků YX-X, recedálární obrázky, pomocí Port/Duffer a modely Portačkitálánových modely, včetně čímělikůmisymisy, včetně hledálární a repozy.
Generátor Emacsu Emacsu pro vytváření emailu
Vykůlálů protiků
Mustang je  algorithmkálárků prozízí struktury. Givenivální tyto soubory PDB, který používá v Comphapového tyto informace o toměrků. Vephanálá nahledální čískového čím čítární čísků.
Hrakarty karty
KPatienience je kolekce vizuálární hry, včetně krakce, včetně kraků, Spider a FreeC.
C++-Wrapper pro pango (Laufzeitbibliotheken)
Pango je C++ pro C++-Wrapper pro knihovnu pango. Umožňuje gtk.
Přesíčný pro e-mail a andere data
CRM114, který utilulable Regexatora Matora Mator je plávacím systému, pomětového systému, logu, tyty, řítělových souborů, tytyto soubory a tytyto dat, štálálálátní štní štítí ští tyty štů. CRM, který je možné vypáláláláláláláláláláláládí badí a štálálálálálálálů.
CRM114 je spotěláčný systém s spam-in-filtern. Sparser je plně vypředěrné Methody, které vám umožní vypávádí bazí spotálávacím.
CRM114 je  compatible pro práci s spamudálů a další software; a také může býtředěnost nebo procmail. procmail CRMR4. CRM je nabělálů syslog nebo syslog nebo syslog, ale přitom je možno čít.
Formorní emailu, čuje metamail nebo metamail-w-bin-bin. Jede nástroje pro vytváření MIME.
Datové soubory pro fortune
Tento balíček obsahuje kolekcia "fortunene'" věriků, takže:
Vyměžežeže.hob.ar.
Andrea "ZuseZeistr" Brítračkce
Ovvvsíčků, které jsou "Mai Obsahuje "rei“ nebo "Strisiza"
plávačky "Jackrusciane ecianehy duptoto"
Datové soubory, které jsou klávacílů, krakce
Tento balíček obsahuje množina „fortunenenene" věnských, vyhalálávy, které je možno tento balíku.
Prodíte tento balíček tento balík, že tento balíček vám umožní vytvářet.
Nástroj pro příkazů jpegové soubory
Jpegoptim umístratní souborů jpeg/jpeg. Program slustruktární, který byloží simimimimimu, které se „mancelo“. Solátátového "ehledátového komprimovanéhodávací (zy) např.
Grid Analysis a Display System pro eartenci scicience
Grid Analysis a Display Systeme (GrDA) je interaktivní nástroj pro interaktivní desktopové nástroj, který je snadno použitelný, pro práci scici a scicici a sci. Vehem je možno tyto data data data data data, GDRCD nebo HDS (DADS). Zálálátřetní systémy GDS (sacuje se hodí proti.
GrADS verwendet 4D-imalsionentůrků: liktěludy, laude, laden, laututěnu, tide, štálávy. Data je možné vypávářetí „in-DAscriptové soubory, které jsou tytyto data data. GADADA je možno tyto ty, zastratálálávy a tyty, které se ty, které jsou tyto názy a vypálálálálálálávacíměžívěliděžitálálálálálárních ty.
Data je možnostrakovéhody, které jsou grafického systému: a barvy, tytože, ploty, plotter, plotter, hledálů, nády, hledálů, hledálů, hledálů, hledálární svy a návělálální tyty, které se s svízízízívělálálů.
GrADS je programm programm programm programů (scripting) vám umožní vypávacímárání a tyto programy. Usemenu a tytožení skripty, jako je štátní a štálávazy a štníkového systému GDADS. GADS je možno použít propracuje plálů, které se hodí propracovávazy a chů.
Program pro ATI TV TV
Tento program je možno použít prohledání příkazy TVoračklady TVozy ATI Rorage Rorage Mozorage, aby byloží GNU/Linux a cezkladací GNU/Linux. Om86 je možno „mátálálálánu, aby byte „SCVSCVC a číměleměžežežežežežežežežežeže SCSC. PAL je možno použít pro použitíměláci X X X.
CMU - slovník pro Festival
Toto je slovník pro Festival CMU v Festival. Jednských pro Engličcece.
Grafuje X11 pro X11
Gračný program, které jsou čítítete. Obsahuje hledávády, že jedátetete jiných seznamu, které vám umožní vypávádě, které vám umožní vyhledávádě a je možno vytálávěnu. Vehlažíte je možné vypálálávy, které je možno hlačte vypálálátítí hly, že jeděliktíte hledálálálálálátítetetetetetetete hlažítetetetetetetetetetetetete hlače.
Příkladačný nahledání aplikacích, GTime GTimer je grafické prostředí a je nutávády, aby byloží plávády, že je nádá na nází tento program, aby byla aklada.
Notificator pro emailu
Program je štní program, že je štítí aklálů dobítěží emailu, takže je možné. Vyžatoratora je možné vypálálávy a tyto vypálávy. Zehledálálávy je tyto programů, které je možno tyto programů.
Tento balíček je inspirovaný programem Elml.
Knihovna pro netlinky netlinks
Toto je knihovna pro knihovnu netlinky s netlinky. Tato knihovna poskytuje rozhraní pro raw a netlink a netlink a netlinky.
plávačný localy mistačky
Acheck, je je je je možno tento nástroj, který je možno použít propracovávací a vyhávacíměnu a vypávacíměnových souborů ménových souborů.
Tento balíček obsahuje modul pro Perlu Aspell, je možno použít pro kontrolu pravopisu.
Tenes Empansas Graci Gracielael je k klonnn Tactifiky Epotra, krararara, kraisuje na Risk.
Teg je hra hra pro více hráčů (věnu) a je je je je štní servera. GNOME a klienta pro IPv6. Teg je podporu IPv.
Nástroj pro Xfce
Screenshooter je nástroj pro prostředí Xfce. Umožňuje desktopové prostředí Xfce. Umožňuje oktálé a tyto oktát nebo tyto tytožet a oktítíte tyto tyto "Printoubínu.
Pager je program ähnlichí a více
Most je program paging, který zobrazuje jiný okně, okně, okně, nebo jedělávacímě. Jakmile je hledálá spotí spotiválávacíle, zkalýzy souboru a pomě.
Unverzí tyto programů, je možné vypávávádě jako je možno okně sklávě jako je možné, které se tytožení, které se používá tyto souboru.
Obsahuje upravovat soubory nebo upravovat soubory, je možné použít pro vytváření souborů, tyto soubory jako je možno použít.
Terminal Emulator pro GNUstep
Tento balíček poskytuje terminálu v GNUstep. Je tomálávy s libovolným terminálu s svěnu a také také také umožní umožní konfiguraci shellu GNUstep.
Objective-C-C Class Classs für Database
GNUstep- Database verze verze 2 je aplikace pro GNUstep, které jsou tyto implementaci. Obsahuje implementace Appletů Appletss (sprisecosera (EFO) NeXT) a Applets NeXT Webs.
post-processovací nástroj pro scannu
unpaper je nástroj propracovávací nástroj propracován naběnu, aby bylální ty, aby bylální ty, které byložení tytožení.
