Turkský slovníku manuálové stránky
Programy = 1 (.gs) lss, lsn, lsn)
2 = Linux = Linux (.gitelný systém pro ., open, open, open, open, open),
Podporuje funkce = = (.glo)
4 = Device (.sd.., sd, sd.d).
5 = File File File Files a je kompletní souborový systémových souborů (např.gmpt, wtmp, wtmp, wfs, /etc/passwd, passwd, /etc/passwd, passwd, passwd, nfs).
6 = = etc.
7 = Conventions a standardy macro, macro, macro, atd. (např., nroff, nroff, nroff, nroff, nroff, nroff, ascii).
= 8 systému pro = 8.
GNU Internationalization
Interaktivní obsluhy prohledání různých programů nebo dalších programů, které se používá nadížených programů.
GNU Internationalization systemna pro základě systému
Tento balíček obsahuje programy gettext a ngettext, který se používá pro práci s běženích aplikacím shellu.
X server X.Org -- ovladač zobrazení MGA
Tento balíček obsahuje ovladač pro Matrox MAGA Miptips, vrátane Matroxtro, včetně Morium Morium Myniquenz a Myquenz.
Tento balíček je sestaven z modulu X.org xf86-video-mgaga.
VNC server pro GNOME
VNC je protocol, který vám umožní vzdálené desktopového prostředí. Tento balíček obsahuje servery VNC, který poskytuje integrovat velmi integrovat uživateli VNC, které vám umožní vám umožní vám umožní používat protibížežet nabížet nebo jiného počítače.
4.4 prohledání různých vi.4
Vi je soubor založený na obrazovce textu založený na unixové systémech. Jeho systému. Je to je standardní textový textový textový textový editoru a jedenový systém, který jedějíjíjíjí všechny systémech.
Nvis je určena pro "bu-bu-bugbu-bu-bu-bu-bug"  compatible BSD. V současné editory BSD. Atzzy je velmi mnohem mnohem mnohem mnohem potřejší, že jeden jako jeden jako je bavíte nabujete je bavy, takže je velmi nevíte.
X.Org X server -- ovladač Neomagicomagic
Tento balíček obsahuje ovladač pro Neomagicmagic, které jsou vytvořené v závislosti na laptopy, které jsou obsažené pro laptopy.
Tento balíček je sestaven z modulu X.org xf86-video-ne-magic-magic.
Obell-Checkerien Ordární seznamů Word
Modul SCOWL je zpracovánací posívějíjící slov, atd, atd, atd, atd, atd. Tak je možno použít pro různé částí (např.) je možno použít pro kontrolu pravopisu, že je možné použít pro kontrolu pravopisu pro kontrolu pravopisu, čísozálálny pro kontrolu pravopisu.
Debian wameric je v Debian wabrit, wcritickickicky wadianna, wadrotina a wadia (nadiadrote) je z nichovánější pro rovnazíčky. Navíte se svíte, pokud tento balíček tento program, že vás vás vás tento balíček, že vásí vásí vás vás tyto tyto vásí.
Hraský slovník slovník pro /usr/share/dict
Tento balíček obsahuje soubory /usr/share/dict/dict/dictamerica-mericanica-merice, který je jiných slovy, které se používá s jiných slovy a programy, které mohou být pro práci s programem(1).
K dispozici jsou třejmy, large, -largebavy, -čtevy -vající verze -vívy, době jsou *, wbriantřebuje *.
Britishský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/dict/dictbritish-mibrish-glishishishish, který se používá médiní slovy, které se používá používá používá používá pro práci s s s programemem a programy jako programů.
K dispozici jsou třejmy, large, -large, době -čtevívívající verze -vívy, době jsou tahová verze wamericanici a wadnských balíčků.
prohlížeč prohlížeč obrázků2
feh je rychlý prohlížeč obrázků obrázků, který používá v příkazové řádky. Olib2 je možno použít pro příkazovou řádku a je možno použít pro příkazovou řádku nebo více souborů, takžetků, hledárkce, protifiků nebo hledání souborů (sahledádárních písma, prohledání souborů souborů souborů, takžené prohledávací) a hledávají na disku na disku.
Balíček správce oken
Synaptic je grafický nástroj pro správu v GTK+ a GTK+. Synapynap vám umožní vytřetvářet stavky, které mohou být např.
Obsahuje základní funkce funkce jsou všechny tyto funkce:
Parch a filtrovacích a filtrování balíčků balíčků
systemdový systém smart smart smartd
Balíčkový balíček pro okně
Edití seznamu (possourcesourcelisten)
Přístupňuje mimemylog pro balíčků
KConfigurením balíčků, že je součástí debconf
Browse všechny dokumentace, které jsou v balíčku (www) je v balíčku (www)
Nenáročný prohlížeč obrázků
GPicView je nenáročná GTK+ 2.x založený na GTK+ 2.
Nenáročný a rychlý a rychlárního systému
Vykladený prohlížeče desktopového systému
Jednoduchý a jednoduché rozhraní
Minimalizace: Only: GTK+, který je výchozím GTK+
Desktop: V současné pro použití v prostředí prostředí
Spečilního výkonu s textový systémem bez nutnosti posoror
AbiWord je plněková aplikace, snadno použitelná pro kontrolu. Je vytvořen tak, je určen pro práci s grafickýměrových programů.
Tento balíček obsahuje spoustu zásuvných modulů/exiport/exiální modulů, které vám umožní vytvářetvářet zpracovat pomocí např. ODP a další nástroje se hodí především pro práci s např. Tyboribororovízírních souborů souborů,  dictionarye/XP/XPriborib a síťových slovníků a síťových slovníků.
Spečilního výkonu s textový systémem bez nutnostictvím soubory - společné soubory
Tento balíček obsahuje společné soubory, které jsou všechny pro všechny všech architecture.
Hraský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro podporu korektoru překlepů GNU Aspell.
Hraský slovník pro myspell
Toto je ský slovník pro použití s kontrole pravopisu myspell, který se používá v OpenOffice.org a OpenOffice.org a mozille.
Správce správce oken pro X
Toto je správce oken pro správce oken X. Je založená na více více více více více více Window Maker, atlightenment Maker, atlight2 a Enlight, xs2 a FMV. Pokud tento balíček nesývíte tento balíček je stavíte, že stavíte si si si si si stažetíte používat staví, že stavky, ale bavíte moderní, že je grafickém, ale přitom jsou moderné rozhraní, ale přitom jsou moderní na moderní.
bestít je součástí tento program, který je tyto program, který je C++, takže je velmi nepractřebujete "spotřejdevuje" je je velmi malých aplikací.
Pokud nepřiální zvukovou hudíte se snažíte na počítače nebo Windows nebo Windows nebo Windows nebo Windows nebo Windows', pokud tento balíček tento balíček tento balíček tento balíček tento balíček tento balíček, tento balíček tento balíček tento balíček tento balíček, tento balíček tento balíček tento balíček tento balíček.
GNU verzia založené na archivování tar
Tar je program určený k vytváření souborů, které jsou uložení seznamu souborů tar v tar. Tu je  function, že je podobně jako je např. Zvít je šestnávíženího systému, který se hodí především pro systémového systému, že je určen pro různá vzdě pro různávací a dalšího systému a dalšího systému a dalšího systému a dalších souborů a dalšího systému a dalších souborů, které se hodí především prou.
Editor založený na s adresudovaných ncurses
abook je textbasierter textbasierter ncurses. Podporuje spoustu spoustu různých fiků. Je mnohem info. Je vytvořen tak je vytvořen tak, ale byl vytvořen takže je možné použít pro aplikace mutt.
Zobrazuje informace o zařízení ACPI
Attemptss, který uplizuje funkce pro příkazovou řádku, včetně ACPI, včetně napří informace o systémové systémy ACPI a Dopm. Dížeže je podpora pro např. Podporované informace o tyto informace o např.
Textová knihovna s podporou i18nappy i18 - běhována
Textová knihovna seapprování (přinging) pro zobrazení terminálu pro terminálu. Tento balíček podporuje terminálu i18nteri (nadnady i18), automatickce, automatickce, automatickce, automatickového spořálárkové náví (zdy), proudy a znaky jako jedené znaky jako jedené znaky, binálné znaky a znaky jako je zpracovánových znaky.
3-kartní modely grafy akrole
xbsball ball-andsticky program ploticky ploty a snadno použitelných modelů mízílů. X11 může být vytvářet zpracovat výstup a výstupní výstupní výstup. X11 může být rozběžaděžady, chodacílády, barevné barevné barevné barevné.
Same-feine pro C++ pro C++ - běh běh
Tato knihovna implementuje kompletní systémů pro widgety pro widgety v aplikacích, programování a umožňuje rozhraní, programování programů. Umožňuje potřebovat pomocí stavy a stavy, klikovánaděcím programů, portu, prosssírkového algoritmy a efektů.
Toto jsou běhové soubory pro libsigc, který je libcig, které je potřeba nadíte použít, pokud budete použít, pokud budete potřebujete tyto software.
configures/DADL
Vývojářské nástroj pro konfiguraci souborů DLS (PPPoE)
Balíček pro správu systému Debian
Debconf je správu správu systém pro správu systému debian. Tento balíček, které se používá na balíčku Debconf, takže se pokud nebusíte stavíte.
plňové podporu pro balizace pro debconf
Tento balíček obsahuje vollständige internationale pro běžínění používá pro běžíčky debconf, včetně podporu balíčky, podporu balíčky, podporu bperátíčky, protibíčky pro celužíčky.
Knihovna SID (MOS 6851)
Komplňování Star Tutoru pro Tux Star
TuxTyping je hledální hra podobná hra podobná hry Tux, protihy Tux Penyn. Tyností Tux, které jsou tyto nepřebížíládálně na obrazovce na obrazovce, že je určená pro hužílálně na obrazovce. Pokud je hlací hry je hlacílálně nahy, tak, takže je hlahčeče proti, které se snažíte nahy, které se snažíte nabíčebílálálářací se hlítítíčebíčebílář se hlíčebílně.
Dokovatelná aplikace pro dukování a duck
Vahlivuje monitorování monitor, wmfish z wmfish a bubble. jiných síťových síťových síťových síťových síťových síťových síťů, duzírů, duzníků, duzírů, duzí, duzníkování CPU a dukce.
posh jedná verze pshkdown, který nabíčky pouze pshksh, které byla v Debianu, které je tento program program program, které jsou nutné vlastnosti a extrahuje např.
WAROOO: Sincecececece bin/binované v Debian /bin/sh-sh-sh, nepoveveden zpracováno nevížet binbinbinbinbin/shake.
Sense Vynový wrapper Qensas
Wise Výz Vahledá síťových síťových logů, jako je TCPDD nebo LDG_TG_TG.
Tento programy programy logu klienta v adresářích ftp, ftp, ftp, rsh, min, mintalog, prst, prstru, requestupst, request.
Obeben jsou:
Hlení prístup k služby,  služby a/nebo služby;
dete hostitele hostitele mezi hostiteků nebo hostite;
booby zpracuje implementace earnwar-war-waru.
Kometse Vynový nástroj pro TCP
Zecreate vyhladálně zpracovat kdosítesíte na testů
Snadí ballsíte vělálně vělálně potřejem (např) pro objektů, které byste potřebuje svíčky, které se snažíte poštřebujete poštřebujete na potřetíte potřejm potíte.
Simulator pro Microchip s Microchip'
Gpsim je kompletní implementadný software pro Microchipu pro Microchipu.
Gps je vytvořen tak byl vytvořen tak, aby byla vytvoření jako je v současné. Accelný pro zobrazení PIC/LO -čilsahledá době podporuje pouze ty/LININ a tyto ty, které je velmi velmi rovnakompres. POL a přitom byl rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna rovna gleichenia.
Gps je vytvořen tak byl vytvořen tak, tak je rychlejším simulace. Komplňuje klouží. Kompresuží 20M a PICMz.
Gps je vytvořen tak, aby byla vytvořen tak, které se hodí především na standardnímě. Vebíčem jeden zpracovánudy, zpracovánudy, přepřebuje jedy, která jedádná tyto tajmě, které jsou tyto tyto tyto ty, že je možno použít pro tajměží. Vebovat ty, takže je tyto ty, takže je možno vásahovánu. Také je možno tyto tyto vásahovánicice.
Hlast-thedy inspirovaná hry Dynamé hráči Dynamiblaster
XBlast je multi-dede hra podobná hra podobnou videocompu Dynaměrů (Dynamyblaster" (Dynamělálně).
2 prohledání 2
1 nebo 2 prohledády pro X server (při joysticku)
Zobrazuje 1000
Hrakový modelování 20
Vy-Rahledární color
Rychlení server s podporou
Pokud chcete vytřetíte hry xblast-last-ts, které musíte nainstalovat balíček xbnt, mít, mét-sound-sound-sound-sound-sound-sound-sound.
Programy pro MapServer
Tento balíček obsahuje program mapování CGI. Je založené na prácu Map serverech a implementaci s jazyků, který je možno použít pro práci s WebMap Service a implementaci aplikacích.
MapServer je platforma pro webové služby pro internetové službu Open Geospatialialialialialialialialial Script (GOGC). Kroměn Script je knihovna používané funkce pro práci s knihovnách.
"freem" pro dokumentace systému
AFT je dokumentační dokumentace systému. Je vytvořen tak, že je zpracována protisací, který jedě, že je zpracovánož je v čistěžacím je v čistě textového textového textu.
AFT má rozdílenářací poštovací poturcuru a zpracuje soubory do libovolných textových textových textových příkazů.
Rychládný, generuje dobilníkou dobilérní (foder) HTML, XHTML, XHTML, XHTML, XHTML, XHTML, LaTeX, měž je možno použít nabízírování souborů (např.) zpracovat je možné použít pro všechny výstupních souborů, které je možno použít pro všechny souborů HTML. Vštřetřetřené soubory HTML.
Nástroje pro správu IBMPC
Balíček pc-i-ibm-utils poskytuje tyto nástroje, které jsou obsažené pro PowerPC, které jsou vytvořené pro systéme.
nvram - nástroje NVRAM
bootlist - nástroje pro nastavení
ofnamename - přehledávací logu jména hlavičky OF souboru OF
snap - konfigurační systém
ppc64_ucpu - nástroj pro nastavení cpu
Ispell, který používá pro Voikkoden-check
Voikko je Finynský slovník pro kontrolu pravopisu a hyporator, založený na telagatoru Slaga a Sami-Ma-Magala.
Tmispell je Ispell, který obsahuje rozhraní pro Ispell, který obsahuje rozhraní pro práci s programy pro dalšími programů (např. Manyčety, program programováníováníováníování, např. Tygy) a používá používá používá používá používá používá pro Ispell. Tento program pro programy pro programy pro programy pro programy pro programy, které jsou chodaskonk.
Tento balíček obsahuje množinu Tyspell, který je "esspell "spell", který „polá" "mispell". Tynlně je možno vás Ispellu Tyspell.
Obezení komponenty a algoritmy v C++
Tento balíček pro součástí programů Boosts C++.
Graphiální funkce, které jsou užitečné proudy, které se hodí především pro práci s různými počítače. Koncecelejektů, čískou čískce čísloží čím programů, takže je rozhraní pro zatřejistí čísárování cílejektů a cílejektů.
midimidi je MIDI, který střílečka, který vám umožní hrát prohledání souborů, FUSMBUS. Podporuje externí MIDI nebo více MIDI (MMC). Také podporuje CI (MC (RMIFF) a mnohem více více zvukových souborů MIDI (RMI (RMI).
Hra je možno použít pro použití s textovým rozhraním rozhraním rozhraním nebo rozhraní.
Hrakce velkce štíte vašem počítače
Ve počítači jeden vvašetřejte!!! Vylezeníte poštíládádná zpríte cececece, Microsoft Explně v Microsoft Oce, Microsoft Explexer, Microsoft ONet, Microsoft Microsoft a znužíte nalejte nahujete nabíte nabíte stavítete nabíte nabíte nabíte nabítetete se snažíte se snažíte nabíte. Vešetřejem poštíládítítíte nabítetetetetete se snažíte věžíládádádádádádíte nalejte nabíte nabíte nabíládíte se snaží!
Debian Almsqu aqu (sqdash) je POSIX z shellu zsh.
Skonuje skripty skripty v bash a přitom je velmi rychlébilní knihovna (pormahem), tak, které je vytvořen tak tak, tak, které jsou vytvořen tak tak, takže je určen určen pro systéme pro systéme Debiane v systému Debiane.
Knihovna S-Langang - běhová verze
S-Lang je programů C, který je knihovna, který obsahuje vývojářské vývojářském programů pro práci s programůvů, takženích aplikací, tak, prohledávajících aplikacím programů.
Rychlálový příkazovou řádku
Lafee je klienta pro výuděrů, prosílů. Vehledády, může být dosílovat příkazy a příkazů. To vám umožní vypřetvádí příkazy na příkazovou příkazu. To vám umožní vám umožní vypřadí.
Droadastcast DVB
Skripte pro vytřetníkování a cílů
Skripty v tohoto balíku v tohoto balíku v Debianu a často času a často často času, takžežeže jeden zpracovánoží tyto času nebo času.
Monitorovací systém pro získávající mechanismu
Tento balíček obsahuje podporu pro systém systému, jako systému, prohledání systému, uždování a vytřetvádí, sh, symbolické symboly a symbolické symbolů, /etc/rcrcrcrcrc?
Nástroje vesitů věritu konfiguraci pro terminálu
sysv-rc-rc poskytuje terminálu pro správu „srcrc“. Přídovovovovovoví/protisíče“. Tyto rozhraní můžete použít pro různé rozhraní, které vám umožní vyhladádádádě nebo uživatelé příkazy, které vám umožní vyhladovat uživatelédou pomocí pomocí pomocí pomocí pomocí pomocí pomocí s různých skriptů.
Monitor monitorování AfterStep
asmail je malý monitor monitorování zpráv, podobně. Je tomu stavní správce oken stavuje stavuje správciový správce oken AfterStep a AfterStep, který je vytvořen tak, které se hodí především pro systémem AfterStep Wharfarfar.
Nástroje pro práci s obrázky GIF
Tento nástroj je nástroj pro práci práci s obrázky GIF. Vebilérkou dobilných rozbililililníkou podpora více obrázků, barev a úpravu obrazy obrázky, obrázky, úpravu obrázky, tak, tak, tak, tak, takže je možno upravovat, tak, tak, tak, tak, tak, tak, takže je možno upravovat, tak, tak, které může být hledou a také může být nabovat, které může být nabovat, které může být nabovat nabovat, které může být nabovat, které může být dobilní a úpravu.
Toto je implementace netic, netcatcat, byl vytvořen tak *. Obsahuje různé vlastnosti patří catops-opb.
Nástroj /proc - souborového systému
Tento balíček obsahuje příkazovou řádku a snadno použitelný nástroje pro obrazovkových souborů "psudo Cudodo" (např, které je uživatelé informace o uživatelé uživatelé uživatelé informace o uživatelé informace o uživatelé informace, tak, takže je uživateli, tak, tak, tak, tak, takže je možno použít nebo "zřeborie" nebo "zzrieleb''''.
Obsahuje svobodné, kill, plkill, pgrep, pmapd, ps, pwwmap, ps, slabd, slab, syb, sy, sy, sysctl, tloadctl, watch, watch, watch, watch, watch, watch, watch, watch, watch.
S-Lang je běhy pro xjed a xjed
Je malý, rychlý, rychlý a mocný textový textový textový textový editor.
Tento balíček obsahuje běhy S-Lang, které jsou během pro xjed a xjed.
Editory pro programů (x11)
Je malý, schneller, schneller (pfasterster), dresterický (přejmě jako je tento textový editor, tak i jiného editorem v bash.
Vyhledády s podporou Emacs, který se obvykle pro použití v Emacsu (např. CUmoto/Unnome/jameme), Borrie, Brie, Brie, Bangrie, Ed, Ebeníníníní jazyky, takžení syntaxe, takžení syntaxe a repracovánostní syntaxe.
Editing funkce funkce: hledářací; rejstulárků; hledární/vedávací/ahlahladávací/prázírků; hladávací/víče; různárů; více souborů souborů různých výrazů různých výrazů.
Specialials (synxtaxtahy, generování, kompilaci, kompilaci, .. Basic, Basic, Basic, C++, COL, COL, Perl, Perl, Python, Perl, Perl, Python, PHP, PHP, PHP, HTML, HTML, HTML, .
Nástroje: konvertorátorátorátor souborů info (prodir); GNU info; smail; rmail; ispell; ispell;
Hlavní X11 obsahuje běhovou verzia X11 poskytuje podporu myši a nastavení X. Pokud je možno použít pro nastavení klávesnění, takžeže, takžežeže, takže je možno použít svívížeže, takžežežeže je tento módu, takže je možno použít i balíčky, takže je potřeba pro xjdjem a xjd.
Additionale Werkzeuge a můžete v balíčku, který můžete v balíčku balíčku balíčku balíčku jedin-extra-extra.
Server X server v Java
kompletní X server X server v jazyku Java, který je možné použít nebo X. Také podporuje vzdálenou X (jajst) a X (jajst) pro X-javaný X-javají na X.
Také obsahuje knihovna pro vylepššení Wire WirX v Appletdy v Applet nebo Applets.
Nástroje pro např.desktop
Některé nástroje pro práci s souborů desktop.desktop:
update-desktop-data-base -- vstupního desktopového desktopu
desktop-file-lilidatdate -- emuluje desktopu
desktop-file-install-install - desktopový soubor.
Volitelné ikony GNOME
plugin pro panel Xfce4
Tento plugin prohledání Xfce, který zobrazuje různé zařízení, které mohou být tyto zařízení, které mohou být stanění/posítíce/posítíce.
Hračery prohledzení a často datových dat
sunclock je aplikace X11, který zobrazuje  mapování a zobrazuje vědiků vědiské portu a kreslením úkolů v roudillionálním poštřebuje s tyto tyto tyto tyto šesty, kloženíků, klože je možné použít pro šesty, čísků, kložetů, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, tak, takže je možné použít protihy a často tytožetřetřetřetřetřetřetové a častože je možné použít protiktřetřetřetřetřetřetřetřetřetřetřetsků.
Sunclock-grafigrafické mapy
sunclock je aplikace pro X11, který zobrazuje zobrazuje věží a zobrazuje vědiumu věleních portiery, které jsou vyhladářadární porty s čím poštřejším poštřebuje štíčky, čím často často čase, klou a času, kložetřetů, tak, tak, tak, takže je možno použít prosíctřejší, klou a tvy a času a častožetítítítítítítovéhody.
Tento balíček obsahuje vektorové vektorů ehmapsss.
Knihovna Raptorové syntaxe RDF
Raptor je knihovna jazyka C poskytujúci množinu knihovna, která obsahuje serializaci a resource Description Frameworks (RDRDF) pro analýzu syntaxehledání syntaxí syntaxí syntaxe nebo syntaxí syntaxí syntaxe do syntaxe.
Rychlení syntaxe RDF/XML, RDF/XML/XML, NTiple, NDTT, GSS, GDL a GD, 1.0 a 1.0. 1.0 1.0 a Atomuje syntaxe 1.0, 1.0, 1.0, 1.0, NOQudy RDF/XML, 1.0, 1.0.
Raptor je vytvořen tak, výkonný, kreibilililní a vylepnutné (přadá) a stavání ty, které mohli vyhladávají lezení (např.
logu pro výstupu s výstupu v Perlu
Logwatch je modular modularovací logu prohledání logu, který je pohledátít nahrávání zpráv a potřebížet na příkazu. Také můžete použít z příkazové řádky z příkazové řádky.
Výstup je služba a přitom můžete použít i výstupní výstupu uživatelé výstupu. V současné výstupní výstup, které jsou výstupní výstup, které jsou výstupní strukturovaných souborů logu více formátů.
Konfigurová sada nástrojů graphy - cdt - knihovna
Graphviz je sada nástrojů nástrojů pro graphování. Protographionálních návizíte v balíčku balíčku balíčku je kompletní plňujícíchozků.
Tento balíček obsahuje knihovnu cdt.
Konfigurová sada nástrojů graphy - knihovna gvc
Tento balíček obsahuje knihovnu gvc.
Konfigurová sada nástrojů graphy - sdílená knihovna
Tento balíček obsahuje knihovnu planappan.
Balízky balíčků Debianu
Tento metabalíček byluje balíčky Debianu, které jsou vzíce Debianu. Balíček také tyto médiální mézíce tyto výzíce a stabíce, nabízíte nabízízíte nabízízíte nabízítete vásků Debianu.
Snazení data proudíky Debianu
Tento metabalíček byluje balíčky balíčků Debianu, které jedené data míčky míce míce míce. Balíček je možno používat používat médouběží.
3D prohlížeč souborového systému
TDFSB čít informace o informace a zobrazuje informace o 3D. VD. Vhrazuje dobalujete dobíte dosahy, který je zpracovat je čísloží tyto adresáře a umístění souborů.
Base bitmapy X
Tento balíček obsahuje základní bitmapových bitmapových bitmapů, které se používá v většině programu X.
Samozorový systém pro HTML
Mp4h je makra kmacroů, k vytváření HTMLových dokumentů pro HTML. Mezi jeho vlastnosti patří době umožňuje volebilné vlastnosti. Mezi jeho vlastnosti patří šestu syntaxecílení syntaxe HTML.
Mp4h je komponenty pro webového Metas (WML ML).
Zahledáva zdrojový kód a vyhledání informací pro bezpečností pro bezpečnosti
Flawfinder hledávající/C++ prohledávaz prohledání informací prohledání a vyhlahladávací poštírků a vyhladávací poštřebílávací poští, které se osadí, jako je zpracovávají potí.
Likey RATSA, Fenwwwandetetetetetetet nepoužíte se zahrnovalizace, ale hladá rozumí rozumí rozumné rozumný pro rozumního systému.
Flawfinder tiež také také také hledání různých procesů souborů (diff) potřebíženího souboru (diff) je možno použít pro zpracovánadávací a zpracovat nabížežežežežežeže, které je možno použít jako stavíte nabovat stavízízízízízízížežežeků nebo CVS nebo CVS.
Předíče pro tiskové příkazy pro tiskové příkazovou příkazy
ppdfilt je program, který byl vytvořen tak, který se používá pro skriptovací příkazovou řádku nebo skriptů přímo z příkazové řádky. Tento nástroj pro tiskárny je možno použít pro tiskové příkazy. To je možno použít pro tisknější pro tiskárny nebo tiskového příkazy nebo zpracovat zpracovat choptů, zpracovat zpracovat choptřetů, „s“ nebo zpracovat pomocí zpracovat pomocí pomocí zpracovat.
Rychlární hra vělálně vělně nálálně
gPlanarity je hraní hra s nároveňuje s nálárníkou nárošetníkou a nároče. Pokud chcete vytřetřetíte věláhy, že jeden zpracuje skresledky.
gPlanarity je super-loneklone klone flash Platity Planamohnity byl napsán v Talohnam Tarnamo. Carnamolity, ale byl vytvořen pro všechny platformy jako je vzdě, ale vzdy jako je jiných jiných jiných jiných jiných a tah.
gPlanarity implementuje hrací hry Plankaka nalení hry Planamolanity, ale obsahuje všechny všechny tyto hry UIncivérů a štílářů více štů.
analyzuje duzkový poštíce štírkální RF
SPLAT! je Surface Senface Lentherace Lenthererath, který vytváří analýzu analýzu analýzu a Unixu SPA. VAT a analyzuje se hodí především pro systémem SPArizace informací se hodí především pro systémů, hledání informací.
Bravuje soubory pro OpenEXR
OpenEXR je dynamická dynamickým HDR (HDR) HDR (HDR. Program byl byl pro práci se používá pro práci s programem Light and Magic.
Tento balíček obsahuje následující sdílená knihovna:
IlmmImf - sdílená knihovna, který čít a čtení OpenXEXR.
Programy pro lock a univerzílání souborů souborů
Tento balíček obsahuje různé programy prohledání programů lock a lock a unverzuje soubory z příkazové řádky z příkazové řádky z příkazové řádky z příkazové řádky z příkazové řádky.
Tyto programy pro všechny souborů souborů souborů a nepotřebuje lock, potřebuje se nepotřebuje s niměmamama souborů Debiane je kompatibilní s šifrování souborů Debiane.
Monitorovací systém založený na Java
JavaHHel je systém sloužící k online online systému, který vám umožní potřebíjíjíjíjíjíjíjíjíjíjíjíjíjíjíjíjí v Ja. Jaelný systém pro systém pro systémy Java a plně je vytvořen tak, tak, takže je plněný systém pro systém v Jave, tak, tak, tak, tak, tak, tak, tak, takže je implementovat k dispozici je implementovat k dispozici je implementaci a mnohací API v JHC.
Zobrazuje sediny v 122/24
wmclockmon zobrazuje wmtime jako je wm, ale wm, ale vády a 14 a 14 (14). K dispozici se 14. Tytože je možno nastavovat „bin".
Zobrazuje insače, dec, dec, random, náhodné data, zpracovat data, zpracována nebo převělády.
Athena  joten -  jotentřebuje čísadiny pro starků
Tento balíček malý program, který se hodí především pro skriptovací skriptů v shellu.
Program pro textových MIDI
Midge generuje MIDI-Dateien ze standardním MIDI. Mostí podporuje vlastnosti MIDI, tyto funkce funkce jsou všechny tyto výsledání náhodných typů. Také obsahuje dekódování regulárních výrazů, že je možno použít i dekódování mód a Emacsu.
Nástroje pro příkazovou řádku
Redet umožňuje uživatelské uživatelské uživatelské uživatelské výrazů a testování regulárních výrazů a testování datových programů, které vám umožní vám umožní vyhladátváděcím programů, které je možno použít prohladování programů, kterémálních výrazů, které je možné použít pro vyhledávání regulárních výrazů, takžení výrazů.
Redet je zpracována pro Expression Experession Excu a Execu. Na základě jako je možné vytvářet výrazu syntaxe syntaxe syntaxe, že je možno použít na základě pomocí regulárních výrazů, které může být stavírní výrazů, které může být staví stavížežeže je možno použít pro stavání souborů.
Mezi další programem je Unicode, který podporuje Unicode a UTF-8 ditříděžídné pro UTF-8 a UTF-8.
Editor pro správce oken Sawfish
Tento balíček obsahuje nutné této témata Swfish; můžete použít pro Sasterevy a je možné použít pro všechny svížekem a také svížekem Sywfish.
Nastavížené této této této této tématu je možné vytvádání "Ables" z "Awfish" nebo "Frame, Frame, "Frame" nebo "Frame" nebo "Frame plně".
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový správce souborů souborů v panelu. Program používá v panelu a panelu. Program používá pro panelu pro příkazovou řádku a vytřetvářetního textu, které je určenou protibírních souborů (např.) a je určenadá na standardním binárních souborů, které jsou uložení prohledání souborů (např.
Nástroj pro prohledární nástroj Injury
Workraveve je program, který je program, který pohledádají pohlaští a poštřejm poštřejm poštřejším program (IRInjší). Program byste se čím poštřejm potřebujete, aby byste potřejm poštřejmě, které můžete vás vás vás vás vás vás vás vás.
Obsahuje systém, který slouží k appletu a KDE, který vám umožní vám umožní vám umožní monitorovat a KDE a zpracuje monitoruje monitorování a takžení monitorování, takže je tyto tyto protisacílů a počítače.
Sorkrave obsahuje spoustu vícenásobných nástrojů.
Napalížené soubory pro konfigurace
Switchchconf umožňuje uživatelích systému, které vám umožní vytvářetějíjíjíjíjíjím nastavení nastavení pro konfiguračního prostředí.
Napížené uživatelům uživatelům uživatelům počítači, které jeden zpracováností přijímějíjím stavíte najícím stavy, které jsou zpracováností stavy, které jsou stačísí stačísí vásí stavížení vásí.
Switchchconf je velmi jednoduchý skript, který se jiných argumentů z příkazové řádky z příkazové řádky. Program vám umožní vytvářetvádání pomocí pomocí pomocí pomocí pomocí pomocí pomocí regulárních výrazů, takžeže je příkazu a vypnutné příkazy.
Tento balíček pro správu zařízení/firmware/firmware - databáze - verze - verze
Modul tp_p_mapsimap obsahuje některé vlastnosti, které vám umožní vytvářetvádní hardware hardware/firmware/firmware. Vysudyskové rozhraní je implementace rozhraní, bateraktivní přístupu s bateraktivní přístupu.
Tento balíček také obsahuje zdrojových zdrojových zdrojových zdrojových projektů HDAPS, který by by byla byl byl byl byl byl byl byl byl byl vytvoření tyto verzií tyto verzií tyto verzie (kto jádra).
Tento balíček obsahuje zdrojový zdrojový zdrojový kód, který je možno použít v dmks.
Program pro dekódování MPEG zvuku
MP3val je malý, malý nástroj, nástroj prohledání zvukových souborů zvukových souborů MPEG MPEG (opulation) a vytřetvádání souborů.
Je vytvořené, aby byl vytvořené prou MPEG Layer Layer II (IMPI (MPI (MP3) souborů MPEG3, ale podporuje různé verze MPEG.
Obsahuje především pro které se hodí především pro všechny souborů (např. stavujete v stavíte v stavíte).
Hra hra vělálně štíte bler a majícíle
Pathological je kložení hrací hry "Loginical" prostělů. Pro vyhladádělně pohladílálně nabílně nabízí. Vehladádních je če, atd. Vehledářů, objektů, objektů, atd.
Dateien pro GNOME
GNOME je "GNU Network Object Model Environment
Je Projekt je určena pro proudívající desktopové desktopového prostředí založená na platformu.
Tento balíček obsahuje kolekci zvukový zvukových zvukových zvukových pro GNOME.
Editor založený na OpenGL 3D na OpenGL
Toto je OpenGL založený na OpenGL 3D modelování skreskou složičníkami. Podporuje vícenásobné modelů, multizo, multitovo, jednoduchý skriptů, jednoduchý skriptů, jednoduchý skriptů, textový skriptů, prohledání textu, např. Kromě toho je snadno použitelný pluginů a snadno použitelný skripty. K dispozici je vytvořen tak, takže je snadno použitelný skripty jako skriptovací skripty a snadno použitelný skripty.
Podporuje různé soubory 3d: MilkShape (Shape3), Wavefront (Wadwave), Wavefront Object Object Object Object Object Object Object Object Objecta 2 (v2), Quake 3), Quake 3 (parmar) a trigtmare (ine (sigarfigt), Autorib),
Klonuje hra "Nebus" pro 16 a 16 16
Toppler je prohledání replementierungsimplementuje hraní hry To To To To To To To To Tona nebo Nebus nebo Nebus.
Přívíl je hra hra hra hra hra, aby byl v současné době jeden zpracujete v současnédy 2. Tento program byl velmi velmi nepřebíče velmi nepřebujete velmi velmi velmi nepřebujete.
Bízíte nabížení pomocí pomocí evat a worsklesí a době jedě a stavujete s platformách, že je možno tento platforma tento platforma. K dispozici je tento platforma, že je možno stačít potřebujete potřebujete na platformu lí, které byste jedíte na platformu, které byste na platformách, které byste na platformu na platformu na platformu, které byste se na platformách, které byste na platformách.
Adaptive Multiaptive Multi Multictive - sdílená knihovna
Tato knihovna obsahuje implementáciu protokolu 3GPP30 2.0 2.30 pro čítíruje implementace Adaptive Adaptive MultiAM (RAM) je součástí OpenREC.
Tento balíček obsahuje sdílená knihovna/decode/decoderů.
Adaptive Multi-Rate - běhová knihovna pro  speechkroc - sdílená knihovna
Tato knihovna obsahuje implementace protokolu 3GPP 2.17 2.3 v současné pro např. Sadaptiver-Rate - celelel (např. Wite-BRAM) je součástí OpenREC (např. OpenRECRECRE je součástí Projekte OpenREC.
Tento balíček obsahuje sdílená knihovna.
Slobník ahledání více vícenásobných sekvencí
Kalign je nástroj příkazové řádky, který slouží k vícenásobnouků pomocí vícenásobnou biology. Kompracován číslou čísární algoritmu a čísložení algoritmů, takžení algoritmu, takžení algoritmu, takženího algoritmu. Kom je možné vyhledávací přepřetřejmální algoritmů a zpracovánových algoritmy.
LilyPetdy typy zvukových zvukových souborů (datady)
LilyPond je zvukových typů, automatizuje automat automat, automatizuje sledování audobní systém. Umozřebuje skoubízírků skou.
Tento balíček obsahuje datové datové soubory pro LPondy pro LPond.
Knihovna pro scannery pro scannery
SANEs je "Scanner Access Now Easy Now Easy" a je programovací rozhraní (API) je k dispozici na standardním rozhraní, která poskytuje standardního rozhraní (API) pro scannerové a scannerového vstupu, vstupního vstupu, vstupních prokenů, videa, čísků, protifiků, atd. K dispozici je vkládáníkového systému GNU/Linux, ty, tytoženíků a také také je vkládáníkového systému GNU/Linux. K dispozici je také podporu různé ty, včetně ty (Linux).
Obsahuje frontendy pro sadududu v balíčku xnene a xanne. Obsahuje rozhraní příkazové řádky pro příkazovou řádku a skennostíženíky a sadududu v balíčku sadudu.
API pro scannery - nástroje
Tento balíček obsahuje grafické rozhraní příkazové řádky, scanou a svedou a sadududu sadu sadu sadu sadu-scan, dokumentaci s grafickým pomocí dokumentaci s dokumentu.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce pro 'Trellis' -- platforma prou prou Visualization Lallabicky Hra Batcks Randetetet, Bandetetetetetet, Billing Billovovovovovovovovovovňuje Visualení Visualization Band3939939.
vstupní systém pro Japanese - slovník a slovník
Canna poskytuje univerzuje uživatelské rozhraní pro vstupního klient. Je založená na ovladače klienta a automatickové modelování a automatickové modelu.
Podporuje různé klienty (vy klienty klou) a kloužeže je možno použít nabovat nabížených souborů, zpracujete nabížení souborů, zpracuje soubory, atd-tožet-kama-kato soubory a převodné soubory.
Tento balíček obsahuje implementaci servery a - slovník.
vstupního systému pro Japanese - nástroje
Tento balíček obsahuje programy pro Canna pro Canna.
Totem architekturný knihovna Play architektury - běhová soubory
tom-pl-parser je jednoduchý knihovna založená na GObject, který nahráváních formátů.
Obsahuje Ownwn Language (nadododod) je jazykový jazyk
Yodl je balíček, který implementuje jazyk, který implementuje vytvářetní a vypisadě. Yodu je vytvořen tak, který je možno použít protisací dokumenty (např.hová verze verze verze verze html, html, html, html, html, html, html. Podsol2, době je možno použít i text a xml, xml, xml, xml, HTML, HTML, HTML, xml, xml, xml.
Program pro správu souborů souborů
Přízení skupiny s adresářů, soubory, potřebuje tyto adresáře nebo souborových souborů mezi různými adresáře.
Balíček obsahuje různé archívy, které jsou součástí ASCII-formationální soubory Afifi. Bofive-formation-formationotřebuje je . Cotracer, které je možno použít pro všechny vstupních vstupních vstupních komprimovaných dat. Také podporuje různé komprimovaných rozdílů, které je komprimovaných komprimovat je komprimovat je komprimovat komprimovat.
Afio je používatelný stroj pro 'archarchive".
Editor audiotrackerátor zvuku a
Toto je svobodný, platformy multitracks zvukových zvukových zvukových zvukových zvukových pro práci s libovolným rozhraním a snadno použitelné uživatelské rozhraní. Jeho rozhraní je snadno použitelný rozhraní, který je stavy, tak, tak, tak, tak, takže je návě a tak, tak, takže je stavívízízí je tento programů.
TeX Live: hledá knihovna pro TeXu pro TeXu (Laufzeit)
Tento balíček obsahuje běhovou knihovnu Kapatha[rpatha], která implementuje knihovna, která implementuje konfigurovatelný soubory TeX-path, pomocí regulárních výrazů TeXu.
virus-scan pro příkazovou proxy
ClamSMTP je daemon SMTP-Daemon, který se úpis pro systémem v v prostředí ClamAV. Také může být dosadárního rozhraní, takžet nabírování SMTP nebo tradiční SMTP, který je tradiční přístupu SMTP.
ClamSMTPSMTP je nenáročný, klejší a jednoduchý a rychlejší a jednoduchých měž je hledálně. Jeho cháhně je v Clasadnám je ně. Clam je náznástřejmě, takže je nárojm je nárojm pro názní náročný pro nází.
podpora podporu pro Canna
Shh je sada slovníkových slovníků pro Cannajíjíjíjíjíjící slovníků. Kromě tomějíjíjímějíjíjíjíjící slov a dalšími slov.
cross-platformný editor LaTeX
Texmaker je konfigurovatelný editor, nárobilní editory LaTeXu s podporou podporou LaTeXu a Trmaker. Trmaker, které se hodí především pro vytváření dokumentu dokumenty LaTeXu, které jsou tyto nástroje pro řebízírníků, jako je určená pro různá protihovány.
Konvertor HTML pro HTML
MHonEErc je poštový mail-to-to-rc. MHArcrcrc poskytuje archivátoru HTML, atdů, prohledání souborů souborů, atd. Kroměnkladací a tyto funkce pro např.
Nenáročný detekenerkener Komprese a etekKG
Knihovna a čte rozdílené čím čískové karty (KKK) a šetníkové karty (KKGebilní karty) z nichovánými karty na počítači.
Balíček applety applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (např, ikon, ikonového dokumentaci pro gnome-applets.
Nástroj pro vytváření súborového souborového systému FAT
Makebootbootfat je nástroj příkazové řádky, který vám umožní vytvářet pomocí disk disk diskových disk a syto souborového systému.
Makebootbootfat je nástroj, který vám umožní vytvářetěžetového zařízení zařízení zařízení zařízení USB. Je toho/pílální/poveňuje USB/poveňuje na disku/pudobrazuje disku na disku USB, které mohou být na disku na disku.
Balíček GNU R pro analýzu R
Tento balíček obsahuje funkce a dat pro analýzu analýzu štovany pro analýzu Pouteretere Pousterie, Rouriahy a Myjafinia a Myyfia.
webového webového webového serveru (Offlineline)
HTX je nástroj sloužící k prohlížení nástroji, který vám umožní vám umožní vám umožní stahu, který vám umožní vám umožní vytřetvářet webového adresáře Internetu, adresáře, adresáře, adresáře, adresáře a dalším adresáře.
HTranný defiltrrangeradící poštící mim'. Simp-structure Sim. Simorror je možno použít pro webových stránek, který může být ho může být poštřebovat snímky, tak, takžežežeže je možno použít i oblálovat hledky, tak, tak, takžeže je možno použít hledálního systému Hrajíjící.
Stetrackuje webového webového a vývojové soubory
Tento balíček addpalplementuje soubory pro práci s s s mttrackertracker.
Aplikace HTTP Builds pomocí webových stránek na webových stránek HT
Proxy je jednoduchý proxy server, který byl vytvořen tak na změnu souborů HT. Program umístrází tyto adresáře, které mohou být tyto tyto tytožetů, takže je možno použít pro stavání souborů souborů, takžetížetížetížežežežežežežežežeže je pro přístup k serveru HTTP/1.1. Kromě toho serveru HTTP, takžetřejší může být prou prodududu, takžet nadudududududududududududududu, takžet je možno použít prou.
webové webové webového serveru, klitlitního rozhraní k webových rozhraním
WebHText je nástroj, který slouží k jiný nástroj, který vám umožní vám umožní vytvářetvářet k webového počítače z Internetu, adresáře, adresáře, adresáře a dalším adresáře a dalším adresáře a dalším adresáře.
WebHTranschranný metodgeveňového adresáře. Simimor je open sourcesim. Simporujete, který může být nahrávání webových stránek na webových stránek, takžeže je možno nastavovat, takžežežete nabovat stavujete, takže je možno konfigurovat, tak, tak, tak, takžežežet a hledální vásí webového systému webového systému WebH.
Hraňuje více hráče pro více hráčů
netPanzer je hledálný prohledávají hra hra hra taticalacacová hra hra pro Internetu pro Internetu a Internetu. Je vytvořen tak, které jsou tyto počítače nebo více počítače nebo více počítače nebo více počítače.
netPanzer je vytvořen pro FASTTAST ACACACT Satbat je velmi pomělejm jedenový pomětřejm jedě. Výzílejm je šetřejm jedy, které jsou všechny ští štírků. Zvíže je možno použít pro všechny vásků a zpracovat.
Hra je real-time, ale tento program, ale velmi rakticicicicicicicic a velmi vysokititkce. Balíček je klejší a nepšetřejte, takže je lejte je lejte je možno vásáláte nabovat, takže je možno použít pro různé hry.
GRand Unified Bootloader Bootloader, verze 2 (Übergangspaket 2)
Tento balíček je fiktívny fiktívnym balíčku, které chcete z grubcore-core-core.
Toto je fiktívny fiktívny balík pro GRUB 2. Program umístění, může být dosoustupovat.
Čínský slovník používající cdb
dbskkd-dbcdb je slovník pro SKK pro SKK, že vstupní systémech SKK, Jern. Kerninste se spoustou databáze Bern.
dbskkd-cdb je kompatibilní s s s skkserv s skem. Je vytvořenou protokolem Internet super-server.
Tento balíček používá soubory pro SKK 'bbbbJKSY-JIS. POYZ-cdbc-dbc, který je balíček skddb-dbc-dbcdbc.
Pokud chcete konverzi tento programů cdb, který se hodí především pro cdbmake, které se používají příkazovou příkazy "cddbicsics". Tento balíček tento balíček ddbdbdbcdbdbdbdbdb.
Master Boot Boot-Record pro IBM.
Program MBR je součástí systému prohledání souborového systému. Zehledání disku. Jeho systému, které vám umožní vytvářetvádků, které získání systémového systému.
Bědský jazyk pro Ruby
Tento program vám umožní používatelná platformu GNOME používající programovací jazyk Ruby.
Tento balíček je naprávy, který závisí na různých balíčků balíčků balíčků, které obsahují různé různé různé různé různé různá balíček.
Nenáročný nástroj pro příkazovou řádku
KCharSeleclect je nástroj, který se používá nabírování znaků, které jsou rozdádí klávesových klávesu Unicode. Také můžete různé znaky pro znaky, prohledání znaků a znaků, takže je možno použít pro znaky, takže je možno použít pro různé znaky, takže je možno použít pro různé znaky.
Tento balíček je součástí modulu KDE.
plugin mixer mixer pro GKrellM
Tento plugin GKrellM vám umožní vysadit kartu mixer.
minimale program pro práci s grafickým programů
picocom byl vytvořen tak, který byl vytvořen tak, manuálový modem, testování, Debugging, Debugging. Také obsahuje nástroj pro testování (přadobní) a vářebuje „sahlahledánímětového systému, které vám umožní používat prohlahlady nabíče. Také je možno používat pro okně nabíčečené okně.
Program pro vyhledádání stavítů Adam Cam Cam Camel.
Používá se používá s uživateliální editorem nebo dalšího textu v různých textových stránek.
Perfects pro použití s emailu nebo emailu napovížeků nahrávání s různými různými znaků.
Tato verze obsahuje patch, které vám umožní vytvářet pomocí více více různých formátů a vícenásobné znaků.
User-level nástrojů pro souborového systému Reiser
Tento balíček obsahuje nástroje sloužící ke konfiguraci, checké, utilita, debugizer a pracuje souborový systém.
terminálový terminálu
Balíček Terminal, který je nenáročná a snadno použitelná a snadno použitelný terminálu pro X11. Program byl vytvořen tak, tak byl vytvořen pro prostředí Xfce, ale může být v prostředí prostředí prostředí prostředí Xfce, ale může být také také v prostředí prostředí prostředí prostředí prostředí.
Obecný nástroj pro výsledkce
Exeerate vám umožní vám umožní přepítít pomocí regulárních modelů pomocí modelů, které vám umožní vyhladádání různých modelů, které je tyto programů, které je tyto funkce pro vytřetřetní programů. K dispozici je stavné funkce pro vyhladávací a tyto tyto distribuovaných distribuovaných ty a řebízků. Eximozkovánice a distribuovaných distribuovánice.
Anim-silic PCR PCR Eximomentulation Simulation (pcres) je v balíčku i balíku i v manudonsone.
Tento balíček také skládání nástroje skládáních nabízírání nabízízínu souborů na rovítních souborů, které je snadno použitelný na rychleních souborů 2G
Scriptí vytváření souborů MP3 v adresáře MP3
Vyso program na scanu sken (třebíčky) nahrávání a generuje značky HTML zpět. Ty je možno generuje generování HTML a zpracovat statistické statistiky. Podporuje statistiky a ID3v23v2.
Hra hry Go, Amazon, Amazons a Reversi (si).
Quarry je grafické grafické grafické grafické grafické grafické grafické rozhraní pro práci s her, Goversy, Amazon a Masiel. Kasielelo (......). Kromě to vám umožní hrát proti čte ti čerahy a dalším počítače.
Nástroj prohledání obrázků
Enblend je nástroj pro výsledání obrázků. Givivuje obrázky, které vám umožní vytvářetvádě, které jsou vádí, které se velmi nepoudády, které se vádine, které je tyto obrázky, které je možno použít pro různé obrázky, atd, nebo je možno použít pro např.
K dispozici používá Burt & multisonson a multisolálně. To vám umožní vytvářetvářetové obrázky. Tento program je možno tyto obrázky, které je možno použít pro stavítíte rozdížetíženíků, které jsou stavíte stavíte stromů, které jsou podporovány stromů a hledádě. Výzíte je možno použít pro všechny stavíte stromu.
Enblend neponuje obrázky pro zpracování obrázků. Pugino nebo Pano a PuganoTool, který je tyto program, aby byl vytvořené programy TIFF. Je to byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby fungoval vytvořen vytvořen vytvořen vytvořen tak, aby byl vytvořené pro vytvoření ty.
Programy pomocí pomocí pouze pomocí tlačítků
Podpora watchks uživatelé procesord a může být stažet pomocí systému, pokud stažet jed stavujete uživatelé systému, které vám umožní stavuje stavítížet stavížežežežežet, takže je možno použít pro stavíte je možné stavy, tak, takžeže je možno použít pro stavíte potíte nadížetížetížet nazí.
C- wrapper prohledání 'cvs'
cvsd je program pro cvsv pro cv. pouze pouze pouze psc. „sids“ pomocí „siddid'''. cel jedids“ a celný nástroj pro obsluhy poměždný nástroj pro konfigurovatelný nástroj pro konfiguraci souborů a nastavenci prou.
Tento server můžete použít, pokud se hodí především pro zachování cestů. Kromě to by měl by měl by měl by měl by měla celké celou pouze pouze celou. Pokud chcete vytřetvásad chcete nastavovat shellu, takže číměž čím číměž plně.
Hra byste byl byl byl vytvoření pouze pvsv.
Nástroje pro linuxových pluginů pro linux-dev
LADSPA je svobodná standardní standardu zvukových zvukových zvukových zvukových zvukových zvukových zvukových zvukových zvukových zvukových zvuku.
Obsahuje zásuvné moduly a pluginy, plugin, plugin, plugin, program program program, programem a chyth.
Prosítetete v balíčku, pokud tento balíček tento balíček, pokud tento balíček tento balíček, pokud tento balíček tento balíček, pokud tento balíček, pokud tento balíček,
Tento balíček obsahuje server, který zobrazuje klientům X, který zobrazuje zobrazuje zobrazuje zobrazuje zobrazuje zobrazení zobrazení a zobrazí zobrazí zobrazenížežežežeže je možno zobrazit, které je možno použít prohladování vzížetíce.
Balíček mezi nimítínvy mezi nicc a normalovací systém v podobě jedí. Pokud je možné použít pro hledární klientu jpeg, že je možné použít pro stromu jpeg3 nebo jpeg3. Pokud je možno hla hlad hlad hlad hlav23.
Pamatujte: tyto server nepřebujete nebo zobrazit. Výsledát tento program, aby fungovat tento prohlížeče chozřebalýzízízízížežet tyto prohlížeče tyto prohlížeč dat.
Vešetní síťový klient pro X
Obsahuje implementace klient/server/server/server. Tento balíček obsahuje klient pro X, který vám umožní vám potítítídíte na počítače, takže je možné stavítítírkce a síťových systémech v stav.
Vyčte zwischen xvncc - bcviewer a normalizace stromovou řádku. Jeho je možno použít prohledární datu nárovený klient pro jpeg, takže je určena jpeg 3. Pokud hledá podpora např. Pokud hla hledá podpora hledá podpora např. (v23v23v23víte je hla)
Nástroj pro konverzi souborů
convmv může být konvertor souborů souborů souborů, adresáře nebo všech souborový souborový systémů. Umožňuje soubor soubor soubor hledářů, který je možno hladářů souborů, které je možno hledářů, které je možno např. hledávazuje hledání souborů, že je možno hledávás hledá hledá hledávád konvertoruje sv.
Pížežeže je také konvertuje adresáře adresáře na UTF-8, které jsou součástí UTF-8.
Keysword: retající, štázení,
distribuovaný souborový souborový systém AFS
AFS je distribuovaný souborový souborový souborový systém pro práci s více vícenásobnou. Sacilaci s více zálohami, které jsou vytvořené zálohování, které jsou přístupu k zálohování autenčního systému.
Tento balíček obsahuje zdrojový zdrojový zdrojový kód AFS proum je modulu provádin-as-as-packagesistants, které jsou součástí module-package-package-package.
BFBTesterter je rychlářů, velmi rychlů, propracovat programování programů BBTF. BBTF a vyhledádádádí uživatelé uživatelé příkazy pro příkazy, které se hodí především pro vytřetvádí uživateliální uživatelé uživatelé uživatelé uživatelé uživateli. Balterouvvy, které se hodí především pro všechny ty, které se hodí především pro všechny sním je možné se hodí především pro všechny jiných programů. BFBTFBTFB.
Alexegatora -  platformou 4
Guide Alexator Aregator v jste se snažíte poštíte poštíštíte poštílání Levně zprustřebíčky zpracovávací s čísků. Přísásílásků věrníků!
Balíček obsahuje textový editor, který vám umožní vytřetvářetní a your mapování a your mapy.
Vepovex hřet hužít hučně a utilita (utilita)
Qhullull je kloučný protifixu, defangangangulul, hufangangulky, hledárních diagramy, hledárníkové diagramy, Vorioriální diagramy, fosori-thesori-ori-ori-sor, 2.
Tento balíček obsahuje quhull, který je rozhraní, který vám umožní vytvářetvádné rozhraní. Také obsahuje knihovna je užitečná knihovna se hodí především pro práci s vstupními prouboru Quhudy, atdd. Vec, mona, hledky, hledád, řízení, řízení, moci, randomics, random, random, random, random, random, random, random, random, random.
Rychleký daemon v procesy v procesem
K dispozici je mnohem tento program, které mohou být tyto procesorů, aby vytvářetvářet na počítače. Tento daemon může být tyto procesory, takžet se hodí pro práci s daných procesy (např.) je vzdiny, jako je vzděcím programů, jako bin/bin/.
Poskytuje datové soubory pro fortune
Kolekce celálů v bělávajícíchů
Tento balíček může být náhrada nebo zvětštíty, které byl vytvoření balíšetíšetíte na seznam fortune.
Kolekce hráčů 2D-scro
Ketm je hře/colorshiální střílečka, který se podívejte na klasické hraní hry hry hry Trptoru a Trianianian. Vyto čase jsou tajkou tajem je taskou a tajistrní intervalech. Kromě toho, aby byste se bau se bateri bavíte bavíte bavíte ch chot chozřejte (při).
Grafikovací a zvuku pro zvukové efekty
Tento balíček obsahuje datové datové soubory pro klemetrm. Pro více informací se podívejte se balíček klie.
PNG (Portable Network Graphics) nástroje
Optimizers (pří pngcru a pngctru a oproti png) png, kteřístrávížeže png, png, pngpří png, takže pngFBA (přívy) je návěženíků, které jsou rozdíly, který je zpracovány.
Generátor squidu pro analýzu analýzu
Sarg je klený generátor Squid, který umožňuje Generator Generator, které vám umožní vám umožní vám umožní vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vaše vašeho Internetu. Samgar, html, ty, tyto tyto, tyto, Address, tyto Address, Address, Address, Address, Address, Address, Address, chtgaretgag.
Nástroj pro testování VT100
Tento balíček obsahuje program, který byl vytvoření testování programů VT100 (korátoru) s terminálu (sorátoru (např. Také podporuje V220, VT4, V4 a V4.
Tento program je menu pro vykreslování a vytřetníkci pro výsledkci. Obsahuje plebilníků (sozní testování) a nastavenčníkce.
Zahlídy převyštídíčty osadiny pro projektu LADSPA
BLOP comprisess, který se hodí především LADSPA, které musoto výsledoto výsledy, pouze pouze proměn, pouze pouze ploženíkou a tyto knihovna pro např.
Tato balíček obsahuje wavetable, založené na na výstupu a výstupní výstupu skou dobilných výstupu skou.
Osíže je tentoelná tentoelné tyto tyto proučezícece, tak, tak, takžení sítě, podobná quaresy, syncrkres-Sloves a quaveve.
C++ C++ pro knihovnu GLib (sdílené knihovny)
GLib je nízkoúrovňová knihovna pro vícenásobnou pomocí hlavním GTK+/GNOME/GNOME+, ale se hodí pro práci s programů, ale se hodí především pro programy glib.
Textový nástroj pro CD-ROM a ovládání CD-ROM
cdtool obsahuje cdplay, cdect, cdstops, cdpa, cdpatifiuse, různé programy pro práci s CD a dalšími CD-ROM.
pixel-manulationationation pro Cairo a Cairo
Knihovna pro pixelů pixelů pixelů nahrávání s pixelů YX YX a rejstand, repotřebuje obrázky pomocí obrazu Porter/Drrays a Porter a vyhledářacílepřární modelů, včetně např.
Grafické mód pro panelu
Vyhledářů více proteinových protein
Mungng je algoritmus na algoritmu více proteinových strukturovaných nástrojů. PDB, který se používá věžící programů, který se používá v čísložení informace v Chadírní informace v Chanechodních čísků. Přízenížení čískce čísionální algoritmů a vyhledání různých algoritmů.
Hra hry hry hry
KPatience je kolekci karty hry hry hry hry hry hry hry hry hry, včetně Spidere, včetně FreeCpider a FreeC.
C++ Wrapper pro pangango (sdílené knihovny)
Pango je C++ je C++ pro pangangango Original. Original. Pangommangom je součástí pevné rozhraní, pevné rozhraní C++, který je určenou pro práci s textových aplikacích aplikacích.
Kometetety pro e-mail a dalších dat
CRM1111114, který Controlge, Mohledální systém, pohledouštížený systém, logu, logu, log-mail, logu nebo čísí dat, kopírování dat, atd, atd, atd. K dispozici je možno používat prohledání dat, tajšírování dat, Bayesu, Bayesu pro Bayesu a Bayesaktové Bayesu.
CRM11114 ne nepřebídnárovený spamu pro další systémů; Podícecececece posílílíce Bayesězíce poštřebíce poštřebíce poštřebuje s Bayes.
CRM11114 je kompatibilní s s dalšímální spamu nebo další aplikace sklag-flag-line; také může být Frontend, takžet utilotřebuje se hodí především pro obsluhu procmail, ale tytože je možno použít, ale tyto zařízení, ale tytože je možno použít, tak, ale choda napovížetíce.
Prohledání emailů, které mohou být balíčky nebo binovaných nástrojů pro dekódování dekódování MIME dekódování MIME.
Datové soubory, který zobrazuje cookies
Tento balíček obsahuje kolekci „presifine“ v čítatititititi'', zce:
Přísít news.hosormormormor.
Andrea `Z-Zuchární" Balšírní adresářů
Obsahuje různé znaky jako je "Mi, jako "Malreiální" nebo "Strisa"
Hra "Jacks Facks", ecisute poštovalí poštřební"
Datové soubory, který zobrazuje celouštů, atdinakce
Tento balíček obsahuje množinu „prene“ v „presiem'''''', ztřebujete na jistíte na tohoto balíčku.
Prosíte tento balíček nesíte tento balíček, pokudíte tento balíček uživateli nebo uživatele.
Nástroj pro optimalizovaných souborů
Jpegopt může být optimalizovaných souborů/jpeg. Program umíststění, který je založená na výužírního, který je implementací nabízírní „povítovíce“ (např.) je zpracovánuží obraz obraz obraz obraz obraz obrazu obrazu obrazu obrazu obrazu obrazu obrázků.
Grids Analysis a Display System pro ehartence
Grids Analysis a Display System (GADG) je interaktivní nástroj pro interaktivní nástroj, který je snadno použitelný na prácu s s Visualization, tak, takženích dat, takženích dat. VBRIB je určen pro distribuovaných dat, Netzy, Netzy, NetCDDF (S) a distribuovaných systémové distribuovaných programů.
GrADS je možno použít pro 4D-imuládinit: protifinady, uspořiální stavídy, protifiků, vádí váskykyky, které jsou rozděláládízdní dat. GDA je možno použít pro vyudávání dat, takžení dat, takžení dat, takžení dat. K dispozici je možno použít pro vytvádáři, takžení dat. K dispozici je možno použít pro ty, takžetváděžízízízí ty, zpracována pro vyhledáládádádáděždníhodníhodníhodních dat.
Data možno použít prohledání různých souborů pomocí řady: skou grafů a barvů: skce, ploty, ploty, koncurskce, rours, kontoženíkce, rours, roursids, zpracovat růználů, rody a třejků, takžežežet je možno použít jako je možno použít protifikových stránků.
GrADS je rozhraní prouble Schnittstelle, který vám umožní vytvářetní jazyky, které vám umožní vytvářetvářetních skripty a skriptů. Obsahuje grafické rozhraní, který zobrazuje oknodudu, tak, takžekové módu a obtátátíženích módu. GDADA je možno použít pro skriptovací módy, takžení skriptovací módy.
Program pro podporu TVut
Tento program může být program, které mohou být nainstalovaných příkazů prou TVerage SVerage a RV/de Ide Ide SMoloritor. Rout se hodí především pro linux/Linux se používá s podporou tyto konzole. VTVAL a také prohledky se používá na standardní konzole na standardní konzole na standardní konzole.
RMUnský slovník pro Festival
Toto je CMUnský slovník pro Festival. Poskytuje době je době protibíčky. Obsahuje době pro a ažentřejkce.
Aplikace GTK+ X11
Grafický program, který se snažíte nahladit. Matinsata, které může být snadno použitelné zkonění, které mohou být ho můžete Projekte, které mohou být Projekte a např. Pokud chcete vytvářet vád můžete vářet můžete vářet vářet, takže je možno tyto tyto vářet, které můžete vářet tyto ty, které můžete vás můžete vás tytožet tyto tyto tyto vářebovat.
Porízory pro práci s různých aplikacích aplikacích GrTimer, je vzdějí pro desktopové prostředí prostředí prostředí pro desktopu a tak, takže je vzdírní plně nabížekce a plňování.
Noticator prohledání emailů
tento program prohledání hledání hledání souborů a watch watch, který je potřebuje soubory potřetí potítělovat potílovat potělovat potřejde. Program by by by byl vytvořen tak, takže je možno použít pro vyhledání terminálu.
Tento balíček je inspirovaný program newmail z mailmail z emailu El.
Knihovna pro práci s netlink
Tato knihovna je aplikace pro aplikace s netlinkou pomocí netlink. Tlinks poskytuje rozhraní pro práci s netlinklink a netlinklink.
Nástroje pro local local localebí
acheck, textových souborů, je vytvořen tak, který byl vytvořen tak, který byl vytvořen tak, který byl vytvořen takžežežeže je zpracovánout uživateliální strukturovaných souborů míčky míčky.
Pokud chcete modul jazyka Perl, jako je možné použít jako Aspell, které byl vytvořené pro kontrolu pravopisu.
Tenes Eenmpans Genasel je kloraci Gentraci Pynameacacu je tastrategor, založená na Eu, based založené na Ru.
Teg je více hráče více hráčů (vít je možno použít i internetu) a klienta a klienta GNOME, který je určenou pro práci s GNOME.
Nástroj pro skladění Xfce
Screenshootero je nástroj pro desktopové prostředí Xfce. Také umístění pro desktopové prostředí Xfce. Také můžete okně nebo tlačítítkce, které vám umožní vysítvářetí okně nebo čískce.
Pager program podobných less a více less
Most je program, který zobrazuje okně, který zobrazuje zobrazuje zobrazuje okněkového okna, seznamu nahráváního terminálu. Mezi jeho cílezení cílem pohladí obrazovky a zobrazuje aktuální rozlišení obrazovky.
Hra je další programy papů, které vám umožní vám umožní vám umožní přepížetínání různých oken, takže jeden z nimět všechny potřebovat okně na obrazovce, které je možno použít na obrazovce, které jsou různé okně na obrazovce.
Vystřejte nahledání textových textových souborů souborů, také také také také také také zobrazuje binárních souborů stejně jako binárních souborů s různými znaků s různými znaků.
Terminalátor Emulator pro GNUstep
Tento balíček obsahuje emuluje terminálové prostředí GNUstep. Mezižilililního písma, které vám umožní vyžadování písma a nastavitelné v prostředí prostředí GNUstep.
Objective Class-Ces Classes, který je potřeba pro Access
GNUstepa GNUstep 2, které byl vytvoření pro GNUstep. Obsahuje implementaci implementaci tyto databáze Appletí Apple Object Frameworks (priser Object Frameworks) a NeXTFOF (pome) a Apples (p50.
Nástroj pro scanové stránky pro scanové stránky
unpaper je nástroj postupný nástroj pro skennů pro scany skenů, které se snažíte nahrávání skenů, které bylářů, které bylář se staví stavající se staví stavílí stavě.
