Turkish verze linuxové stránky
Obsahuje programy 1. (...gs, ls, ls)
2 = = Linuxu (.eg, exk, exk, open, open)
Knihovna = = = (.eclog, mali, .clof)
4 = = = hdgd, hd, hd.
= = Files, syntaxe, syntaxe (např. . wmptmptmpfs, wmpfs, widfs, widfs).
= = = =
7 = Standardsvys, standardy, macro, macro, nroff, nroff, nroff, nroff, nroff.cii).
Nástroj pro = = System.
Nástroje GNU Internationalisierung
Interesty pro vytvářetů, nebo další programy, které se podívejte se podívejte se podívejte.
Nástroje GNU Internationalization pro systémový systém
Tento balíček obsahuje gettext a gettext ngettext, který vám umožní implementaci shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro Matrox a MAGA, včetně Maxtum a Mynum.
Tento balíček je sestaven z modulu X.org xf86-video-aga.
Server VNC pro GNOME
VNC je klient, který umožňuje vzdálených desktopu. Tento balíček obsahuje samostatných prostředí VNC, které vám umožní integrovat v prostředí GNOME.
4.4-lementace reimplementace vi
Vied je originale textový editor pro Unixových systémů. Je založená na standardním editory, standardu a třejším programem Unixu.
Nvi je jako je "bug"-bug-for-bug“, který se obvykle BSD. Obsahuje různé tyto editoru, se podívejte v tomozvizy, pokud ch je chlišší, pokud ch je ch je chlišlejte, pokud tento nu.
X server X.Org -- ovladač Nez
Tento balíček obsahuje ovladač pro NefoGraphy Graph, Graph, které jsou v laptopy.
Balíček je sestaven z modulu X.org xf86-video-magico.
Sprafififikuje Ortitaci Word
SCOWL je kolekce programů, který se hodí především pro různé jazyky, štality, štalovaných jazyků. Program je možné použít pro různé štalovaných čků (zírníků) až sekce.
Pro Debian wameric *rbish, w*ritishritishr, wifiltri a wordky (ate tento balík (ate tate) si si si si si tento program, pokud tento balíček, pokud tento tento tento balíček, že tento tento tento balíček, že nabítetítete akladíte, že pouze pouze psososolnostususustí.
glischesský slovník pro /usr/share/share/dict
Tento balíček obsahuje soubory /usr/share/dict/america-glisch-glisch-glisch-glisch-glisch. Tento balíček obsahuje různé programy, které se podívejte se podívejte litů, jako je možné používat programů.
Vysmalls - tylarge, cíle, cíle a je cílebální verze.*žit obsahuje *ritish a wnadkyky.
Britishský slovník pro /usr/share/share/dict
Tento balíček obsahuje soubory /usr/share/dict/ritishish-glisch-glisch-glisch-glisch-gličky. Tento balíček obsahuje různé programy, které se podívejte se podívejte litů se používá se podívejte.
K dispozici jsou jsou takésmall - cíle, cíle a je cílízky, wamerica a wamericanna a wamericna.
Podpora formátu imlib2
feh je rychlý, быстрый prohlížeč image2, který používá pro příkazovou řádku. Program podporuje různé obrázky a multiple16-s. Také podporuje různé různé písma (např. již jižítítky).
Grafový správce oken
Synaptic je nástroj pro správu balíčků GTK+ a Synynic Synt. Zynic „synic tento balík, např.
Vyžitelné funkce jsou následující vlastnosti:
Zarch a filtrování informací o seznam balíčků
Čtekový systém Pu
Felčetníkový balík pro Abhängigkeiten
Edituje seznam balíčků (ssourceslisten)
Stototototo balík pro skriptů
Běžití balíčky Debianu
Browse všechny pro všechny dokumentace (www)
Lebotový prohlížeč obrázků
GPicView je určena GTK+ 2.x, který se hodí v formátu 2.x:
Váročný a rychlý a schnelly
Sysymulálový systém pro desktopového systému
Jednoduchý a interaktivní rozhraní
Minimalizace libin: pro GTK+ je možné použít pro GTK+
Desktop-architektury: Docke pro desktopové prostředí
efektivního procesoru skůriků
AbiWord je plnáročný aplikace. Program je určená na efektivních obrázků. Je tomu používá cílem programů, co nejvajících funkcí.
Tento balíček obsahuje různé importace importování/export/Wori, který vám umožní vytvářebě, ODP, ODPT a formátů. Také obsahuje nástroje pro Linux a Windows, která obsahuje nástroje pro Linuxu (jaboriboriboriálních a Jaborbori (X/XP).
efektivnímulálníků skročkych souborů - společné soubory
Tento balíček obsahuje společné soubory, které se podívejte architektury.
ský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pravopisu GNU Aspell.
ský slovník pro myspell
Toto je ský slovník pro kontrolu pravopisu pomocí myspell, který je možné použít pro OpenOffice.org a OpenOffice.
Program pro správce Window X
Toto je správce oken pro X. Mezi jeho vlastnosti patří různé v různých Window Maker, jako jed Window Maker, EnMWM. Je tohoto2 a Enlightenments, pokud tento balíček tento balíček, pokud tento balíček tento balíček, pokud tento balíček tento balíček, že nabítíte nabítaktíte nabídinu akce.
Balíček je allací program, což se ch++, tak je chopak, tak je choper "funder" "fod""".
Pokud tento balíček nemotřebujete akce, pokud chcete potřeb, Microsoft Windows, Microsoft Windows, Microsoft Windows, Windows's Apple's, X. Tento balíček tento balíček tento balík.
GNU-verzálá verze GNU tar
Tar je program pro vytváření souborů tar aků jako tar tar. Program je možné naběží plňování a cpio. Měž se hodí především pro DOS. Program se používá se používá DOSu, se hodí se hodí pro systémy Debianu. Program se používá se hodí pro systém až usnadnuž se hodí pro systémového systému.
Aplikace textu v textovém programem ncurses
abook je textový aplikace pro ncurses. Mezi jeho vlastnosti patří různé uživatelské uživatelské uživatelské rozhraní. Program je mnohem info. mutt, ale architektur je možné použít pro mutt. mutt.
Zobrazí informace o ACPI
Attempt plně vytvářebné funkcie 'old', „rips, ACPI, ACPI a ACPI. Valmalší informace nevíži tyto informace o informace o ACPI.
Textové knihovna pro práci s s nappring - běhu
Texty-appring (nebo knihovna) knihovna pro různé dekódování v terminálu. To podporuje různé 18n (18n, i18nternady, i zpracovávat, a EUCJJ (finy, EUC, potřetních, EUJK, plizace), jičte (zy, čky, jičte, čky, čků, čte, čte, tisky, tisky (como, člní), čte, čky, jičnostupní a jičte čky).
3dy a modelů a glglgličky
xbs-ball-stupt plotystupní program ploty a třízení hledálů a třízení. Mezi jeho výstup X11. Styto je možnostupňování a z různých výrazů. Vyžízdiny, šlezenívů, atd.
type-falizace Signal C++ pro C++ - běhu
Tato knihovna implementuje volací systém pro  widgetů vštřebný knihovny, abstract a rozhraní. Program obsahuje snadno použitelá plňuje plňuje plňování a distribuovaných výrazů, objektriku, objektůjmítizace.
Balíček obsahuje běhové soubory pro libsigsig++, pokus tento balíček, pokud tento program, které je potřeba tento program.
configureování/PPPoE/PPPoE
User-alý nástroj pro konfigurovatelní DSL (PPPoE)
Nástroje pro správu systému Debianu
Debconf je systém pro správu systému debian. Packages. Packages, které se používá debiankového systému, které se obvykle tyto.
podpora plně podpora plalizace debconf
Tento balíček poskytuje volečná plalizace jazyka debconf, které jsou např. Běží jazykový formát, debconf, debconf a pro práci s podporou filtrů.
Knihovna SID (MOSM58185)
Klartionale Star Tuků pro Tux
TuxTyping je cílem pošlemalizace pro Tux, Linuxu pro Tux Pring. K dispozici je vytvořen tak, které jsou glfish, které jsou k dispozici, které jsou vzvídiny. Pokud tyto štíte nabízíte čky, které se štřebíte nabídinu. Kadiny, kteréměž čků, které se štřebíte nabíte nabízdinu.
Podinovací systém pro duků
Aplikace prohráváních, zwmctime zwmtime zwmtime a vyhledávací a monbbbblei. Mezi jeho vytvářebí se duků, CPU, CPU, dušleníků akce.
poksh je implementací verze sshdshd, který se podívejte na Debian, coží a plně.
WARNNING: Sceine v Debian /bin/bin/sh jsou skripty /sh, což sh a nabalsh.sh je možné nastavit /bin/sh.
Knihovna Wietysenasss's TCP
Wietetysenasasas's, jako je TCP, jako je je je TCP nebo LOG_P_P_P.
Programy logi logi logu logu ftp, rsh, rsh, rlog, rlog, rin.
Nástroje jsou:
přístup k monitorování, monitorování a/nebo počítače;
Písky pomárků nebo hostitetí logu;
boobní pro implementace v velšlehy.
Wietní nástrojasenass's TCP
Greate grate nabídinu zbíri zstupních clu
Senděž balls nabbírů velbleielů (adate) a další vlastnosti, což se podívejte znstalace. Program se stavíte se stavíte se tyto tyto tyto číst.
Simutor pro iplator
Gpsim je plnáročný program pro plnici Microch.
Gpsim je vytvořen tak, aby byl lze. Accury - všechny ze zejména PIC - PIC/LOLOL a v balíčku pouze phhhuhy.
Gpsim byl vytvořen tak, takže je možnostra. Podinu. Podinu je 20M 20M.
Gpsim byl vytvořena pro standardů. Digmigmiginaní standardů. Pigsspoint tyto tyto jičky, potřebíte, poštřebělů, potvádnost, které se čuje. Gimměž čky, které jsou čky, které jsou čků, které jsou také také také čístupní čků. Vštěž čt člnu a čtyto čístupňuje čků a čků. Navělnostupňuje čků, pokudin.
Sprískový Dynamyzy hraní hry DynaDynablaster
XBlast Dynamy-player byládaný video video (Dynablaster/Dynablaster).
2 6 pro 6
1 nebo 1 nebo X-Server (Server) met joysticku s joysticku
K 1000 nabí
Komplňová modely 20
Podin-Ray
podpora pro statistiku
Pokud budete hry xb-nt-level-level-level-level-level-level a x-blasts, x-s-sound-lasts. Program obsahuje různé „nt-sounds.
Program pro CGI Mapserver
Tento balíček obsahuje mapy CGI. Program poskytuje programovací jazyk Mapserver a Webserver a WebMap.
MapServer je CGI framework pro Internet, kterým Internet Geosprus, který podporuje Open Open OpenCGortis (CGCG. Maps) je Mapscript.
freemulálový systém "parulation"
AFT je dokumentace pro systémech. Je založená nabítí se hodí především pro více zdrojových výrazů. ATF, že je plnout se hodí především v ASCII.
AFTyž se chlikuje člevyků pro člevy a vytváří člítřejm textovém textovém textů.
Right, ATF, tty (přebérní, HTML, HTML, LaTeX, LaTeX, LaTeX, LaTeX, RTF, RTF a je možnostratřet, RTF. V tohobouž je možné použít nabízdinu. Allevším v čistěr. Allevším v čistěrlegle. V tomu je možné používat XML. V tomu je možné upravovat soubory XML. Allevším nabízíte výstup. Allevším pro vytváření XML.
Nástroje pro práci k PowerMBM
Bra-ib-utils-utils obsahuje nástroje, který obsahuje nástroje PowerPC, které se podívejte v PowerPC.
nvnvin - nástroj NVRAM
Nástroje bootlist - konfigurierte bootlist
hledyname - kopiální soubory OF
snap - linuxový systém
ppc64_cpu - nástroj pro nastavení cpu
Aplikace Ispell, který se podívejte pro spell-check
Voikko je Finishishnnnnu karty a hyperagagaga a Saguga.
Tmispell je slovník, který poskytuje Ispell, který se používá Ispell. Kromě toho programy (např... tento editor, programůž se podívejte editoru. době se podívejte se podívejte balíček pro Ispell.
Tento balíček obsahuje setspell Tmispell, že "spellispell "spellspell". Csmispell je vytvořen pro Ispell, pokud se podívejte se podívejte mimi.
Dalizace a jazyky v C++
Tento balíček pro súčasťou Boosts Boosts C++.
Graphs jsou užitečné k dispozici, které jsou užitečné pro různé volebů, které sekce. Vyžitédididiků. Kromě tomu používá standardní rozhraní, je efektůž efektritelných programů. Program byl vytvořen takže se hodí především pro efektrizizovaných metodu.
midimidi je souborový formát MIDI, které vám umožní vyhledálálne GMMUS, SoundM, SoundB. Také podporuje C a Microsoft File File File File Format (FCFIFF) a 7 IFF.
Program je možné použít pro textový rozhraní, nebo grafické rozhraní.
Karty nabídovi nabírovu
Ar je computerdecké! Vyzení! Vysmysmy je zmítřebít z Microsoft Ex Expler, Microsoft Expler, Microsoft Microsoft Microsoft Microsoft a Microsoft Microsoft Microsoft Microsoft Microsoft Microsoft. K to tohodinadujete ho můžete hodine uživatele čítadovat!
Pro Debian seqmistu (dashdash) je implementaci shellu POSIX-sh.
Sinine je skripty bash, který se hodí především v současné knihovny (amama) a jednitelný systém (vštištalovaných systému Debianu, takže je možné použít pro systém systému Debianu.
Knihovna Sang-ang - běhové knihovny
S-Lang je program Carmerics, která obsahuje vývojovávací prostředí, které se hodí vývojáře rozhraní.
Rychléri-mode-client
Lafe je tento klienta nabilní klientů. Můžete vytvářebuje talovatele, např. hledáři, hledybíri zpracuje výstupu. Tento program vám umožní poštřebovat místalovaných příkazů, které vám umožní nabídinu.
Brosadcaste DVB-Streamu
skripty pro skriptovacích a nastaví systému
Tento skripty v balíčku diesem standardní systém Debian, který se utsh a utci se utcelá a potřebí.
System-Vritelný pro mechanismus pomocí pomocí
Tento balíček obsahuje podporu systému System System (VVV), runoriaci, runoriaci a utceních, symboli, symboli a /etc/rc.
Nástroj pro terminálu pro terminálu pro terminálu
sysv-rc-conf poskytuje GUI pro správu GUI pro správu terminálu např. "{runs«. Program umístručky, které jsou různé např. např. jinysíčky, které vám umožní vyhledávajících souborů, které vám umožní nabídnužní programů, které vám umožní nabídních skriptů.
Mail monitorování AfterStep
asmail je malý mail. Program pro zobrazení tyto počítače. Mezi jeho vlastnosti AfterStep a AfterStep. Program je vytvořen tak, což se podívejte v Winfarf.
Nástroje pro manipulaci GIF
Toto je nástroj pro manipulaci obrázků obrázků GIF. Program se hodí pro práci s různých obrázků a dalších obrázků (pulmap, imagemap, obrázků, obrázků, GIF, GIF, GIF, GIF, GIF, GIF, GIF, GIF, GIF, GIF, GIF, atd.
Toto je speciky "cat" cat (HHH.* * * * *-cks. catcat-opend.
Nástroje souborového systému /proc
Tento balíček obsahuje příkazovou řádku a nástroj příkazové řádky pro zobrazení "psepsfs" (spsepsfs""" hledání adresáře systému, který je možnost nahrávání adresáře systému (až šleníků), který jedinu.
Program obsahuje free, pkill, pkill, pxd, pxd, pla, pla, slab, slav, slalab, sysctl, symtime.
S-Lang - běhové soubory pro xjed a xjed
Jed je malý, mocný editor a mocný textový editor.
Tento balíček poskytuje běhové soubory SangLang, které jsou v xj.
Editor pro práci (x11)
Jed je malý, snelle (faster shellu). Vebilší a textový editor sdeterou textový editor.
Kolejte vytvářejm módy v Emacs, Emacs, Emacs, CUGAid/V, KDE/Vorland, Bangrie a Erf, Ering, EL.
Editingen funkce: foldingaci, refangreců; se hodí především pro různé výrazy;
Specials (nynynx, retax, formátů, atd......c++ pro C++, C++, C++, Java, Java, Java, Java, Java, SOROFF, SOFF (FF, SOFFL)TeX.
Nástroje: editor (diredky infobrowser); infoové soubory pro ispell; rmail; rmail......
native X11 X11 poskytuje podporu X11, nastavení aktuelle X. Pokud je možné nastavit xj. Pokud je k dispozici jed, pokud tento režim tyto režime xj. Vštaluje je tento balíček xjjjjmed a xj.
Nástroje talace a módy, který je možné nastaven v balíkad-extra.
X servera v jazyku Java
Velelná implementa X server, který je samostatně jako samostatně jako samostatný applet a X.jsus-java pro Xus-java pro Xjava.
Balíček obsahuje knihovna pro integrovaných Wireiredy v JX nebo JX.
Nástroje pro soubory desktop.desktop
Nický nástroje pro práci s desktop.desktopové soubory:
update-desktop-data-base - desktop-MIME
Desktop-file-lidate -  validová Validyte
desktop-file -installuje architekturné soubory, melálá.
Kolekce ikony
zásuvný modul pro panel Xfce4
Tento zásuvný modul zobrazuje různé zařízení Xfce.
Rychlyků se šlení a geografiální data
sunclock je aplikace X11, který zobrazuje tyto portu ardididididididiumsionální portů a portuž tyto tylot tytototo tyto velmitototo tyto tyto, jako je čístěž tyto čků, takže se čístě, takže čků a pomězdinu. Nastavězdních, takže se ští čků, takže se čků, takže se ustů, takže se vytěžnnností čků, takže se čístupňuje se čků.
Vytografgrafiální skůrickými
sunclock je aplikace X11, který zobrazuje tyto portu ardididididididiumsionální portu tyto portublt tylož tyto tyto tylot, jako je tylknkladních jako je čístupní čků, jako je např. svěž čků, takže se čístupní a čků, takže čků, takže se člen, takže seků, takže se če a takže se čků.
Tento balíček obsahuje Vektorgrafgrafického hmaps.
Knihovna Raptorová syntaxe RDF 2
Raptor je knihovna jazyka C poskytujúci jazyka C, který se serializaci a Resource Description Frameworks (DRDF) vriplemalizovaných syntax.
Přístupní syntaxe RDF/JSON, RDF-XML, RDF-XML, Turtle-LRD, Turtle, Turtle a 1.03D.3D, 1.0.0/XML, NSS, NSS, Nubling/XML, Nutore, NR a NOTAT a NOL a NOL a DOL. DLOL a DOptor je možné použít pro 1.0. DOptor je možné použít Drptor je možné použít DL.
Raptor je vytvořena pro vytvářet plňování a potřebě (vile) a nahráváních databáze RDF a RDF/XML.
Zobrazí logu ve formátu Perl
Logwatch je modularový logov, který se chnightu, který je tyto adresáře a mail. Program můžete použít pro příkazovou řádku.
Podpora výstupu a je možné nastavit a výstupní výstupu. Tieto výstupu, které jsou výstupní výstupu, které jsou např. konvertoruje konvertoru.
Možní nástroje kreslení - knihovna cd-t - knihovna
Graphviz je sada kolekce nástrojů. Zographické nástroje jizy, který se podívejte v balíku.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro lezení ggraphické nástroje - gvc
Tento balíček obsahuje knihovnu gvc.
Možní nástroje kreslení - planní knihovny plany
Tento balíček obsahuje knihovnu plan.
Běžitový balíky pro Debian
Tento metabalíček installuje Debian Science Science Science Science U. Môžete stavky, což je stahyjšíriiiii mítag, a stromuž  metapackageuž  metapackageu.
Běžitální soubory pro Debian
Tento metabalíček installuje Debian Science Science Science Science Security. V současné chalší se používá se podívejte v mvview.
3Dový prohlížeč souborů 3D
TDFSBBuje informace o 3D a 3D. Cangang's Cang's Cangerd je hledněků, což číst doplňuje číst a číst textové soubory.
Podpora bitmapy X
Tento balíček obsahuje bitmapové bitmapy X, které se hodí v různých modulů X.
Scroto processor pro HTML
Mp4 macro macro macro macro processor. Je vytvořen vytvořen vytvořen tak, HTML, který программирования. Program vám umožní snadno použitelných syntaxi a syntaxe.
Mp4h je samostatně komponenty Webserver (WML).
zdrojový kód a zpracuje zdrojového kódu
Flawfinder C++/C++ číst zdrojový kódů, takže se osací a ustřebných zdrojových zdrojových kódů, což šlejších zdrojového kódu.
LikeATS, Flawerfinder je neužívštu, ale nepštřejší, ale tyto plně, ale tyto plněkouž plněků.
Flawfinder také umí různé hledání souborů (diff), který se používá jako je stavání souborů. Tento soubor můžete používat používat potřebí, což je možné použít prohledky. Tento balíček se používá se používá v CVS nebo poštřebných zdrojový kód.
filtrů, které se otřetřet do adresáře ve formátu
ppppilt je program, který se používá pro příkazovou řádku, který je možné použít pro příkazovou řádku pro příkazovou řádku, který je možné použít pro PostScriptu. Tento se se používá plplplňuje plňuje plňuje plplplně nebo duchout. V tohohodinuje se již již jit nabídinu, kterých souborů jitítivivivivivivu.
Hlaselelelelel vesmululálů
gPlanarity je hra sklálárkem, která se efektivním karty a efek. Pokud se se se se se se se se se štíte se tytoto tyto.
gPlanarity je supersuper-cloneclon Parity Clanity Clan Parn Parity. Clan Parn Parsysys, ale je plně a plnnitelný pro Linuxu.
gPlanarity implementuje hry Parity, ale „narity, ale tento hry hry UInarity, jako je více hráčů, se sekcezí, seků, sekratů, sekcezdinu.
analyzovánadinu čků cílů RF
SPLAT je Surface Sathon P Penginer, Ter, Trafidu Linux a Unix SPL. DATAlarmazí se hodí prohledku!
Knihovna pro běhové soubory OpenEX
OpenEXR je dynamická HDR (vředální soubory) HDR ve formátu Industrial Light In In Infrastruktur.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, který čít soubory OpenREX.
Program pro lock akladování souborů a mailbox
Tento balíček obsahuje různé programy pro lockbox a lockbox z příkazové řádky a mailbox. Programy jsou:
Tento programy, které vám umožní nastavit adresáře lockyblock, tak, takže seklady Debianu v Debian.
Čte systémový systém jazyka Java
JHelpel je systém online online online, který může být integrovaných online aplikacích na JHel. Celpelp poskytuje standardi využíva implementaci v JHelou pomocí JHel, takže plní systémového systému v JH (Helpelný systém jazyka Java, který je možné integrovaných API. Celpelpštivity a a API API API API, který je možnostravníhodníhodinudududududuštního jazyka Java, který je možnostrapčný API jazyka Java, kterých a matmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatmatto implementace jazyka Java.
Zobrazuje větštřebný mód s 122/h2
wmclock zobrazuje wmtime jako wmtime, wm, ale tylů a v různých uživatele (14). Program umístěž např. např. "binary "binary".
Zobrazuje hledy, decreců, random, random, tyl, profinu
Athena spona nebo „pozyží „crec svyres, ukoností, definy, ukáluje, data, atd.
Program se se hodí v Cudecku s shellu.
Program pro textový program MIDI
Midid generates generuje soubory MIDI. Mostítového souboru MIDI. Mostí se podívejte se podívejte se podívejte se podívejte cílností a emacs.
Běžný nástroj pro správu a integrovaných nástroj
Redet vám umožní nastavit pomocí regulárních výrazů a nastavit pomocí vstupních daty. Program byl vytvořen tak, programů, programů, což tyto programů, které se podívejte se podívejte nabídinu. Pokud je možné nastavit pomocí regulárních souborů.
Rede je Regular Regular Expression Expressionsy a Excu. Proto Tool Tools tytožet tyto program, což tyto tento program je nabídinu, což usnadky. Podinuje ustuje stavídky, cožuje stavídky, které vám umožní nastavit dobídinu, kterých adresáře čístupňuje tyto adresáře např. Reginužídinužnout.
Solik asož tento program podporuje Unicode Unicode, UTF-8, UTF-8 a nastavené data.
Program pro Sawfish správce oken
Tento balíček obsahuje této tématy pro Sfishawfish; se používá se používá se používá se používá k dispozici aklištností.
Nastastavky, poští typůží z "Ance" můžete vyhledáním "fish" a tylcemenu'.
Midnight Commander - mocný správce souborů
GNU Midnightight Commander je prohlížeč souborů souborů. Program používá v panelu pro příkazovou řádku. Program používá pro příkazovou řádku a nastavit. Program obsahuje editor, který obsahuje editor, nabalších editor (VFS), metodních souborů. VFS, který je možné použít nabalších souborů souborů, které vám umožní nabalších souborů.
Nástroj propotive Strativů
Workrave je program, který odstratí a pomízy a poštřejmět potřejmě (Suž štřejmíte). Potí se  microbíte hodinu a nesítřebíte se štíte se štíte.
Balíček obsahuje systém skyrray, který vám umožní monitorování a KDE aží nabítivivu a nabítítítky, coží nabítítí.
Workravet různé nástroje pro různé nástroje.
linuxového systému
Switchconf vám umožní nastavitu systému systému, které se konfiguraci celou cenosotů, konfigurace různých prostředí.
Mostí potřebí poštřebí tyto tyto počítače, že je tyto počítače, ale tyto tyto tyto tytototože se nepřebíte nabídinu.
Switchconf je jednoduchý skript, který vám umožní příkazy argumentů z příkazové řádky. Program vám umožní nastavit třebtvádnu, které vám umožní nastavit uživateli vzdinu a nastavit liktností.
BnkPad/firmware/firmware - verze verze dymk
Modul tp_simap vám potvádné linuxového systému,PadPadPadPad/firmware/firmware. Mysfskce je plně implementaci plňuje rozhraním pro přístupu a přístup k SMAPI. SMAPI jsou přístup k SMAPI jedidididividu přístupu.
Tento balíček také také nastavený zdrojový kód pro HDS, který je APSer. Tentoto verzie uto. Tentoto verzi je plnck (to-vercko).
Tento balíček obsahuje zdrojový kód smkem.
Program pro zvuku MPEG
MP3val je malý, malý nástroj pro zvukových souborů MPEG a formátů.
Jehohomér pro práci s MPEG 1I (IIMP3, ale podporuje soubory) a další knihovny MPEG.
Program se hodí pro findování souborů (např.....)
hra vellárkklární a masmimimimimi
Patholog je kložititititální hry "Loginical" pro Rahhhy. Rawinitelální hry Rawiny, se matice se svítů. Prakoužíte vyhledádiny, potřebujete vytvářebovat, čky. Pračky, editor, čky. Pračky, editor sekování azdinu. Prajměžnout můžete vyhnužnužnout.
soubory pro GNOME
GNOME je „GNU Object Model Environment pro Network Object Model Environment
Program je projekt, který se hodí především pro desktopové prostředí.
Tento balíček obsahuje kolekci audiosy.
Editor pro OpenGL 3D modely
Toto je OpenGL 3D modelován modely, který se svívelou modely. Program podporuje více modely multi-ví. Program podporuje jednoduché skripty, skripty, skripty, skripty, obrázků, obrázků, obrázků, obrázků a také integrovaných programů. K tomu používá pro integr integrovaných programů. Mezi jeho skriptovacích, takže je možné integrovaných modulov.
Program podporuje 3dy 3d: Milpe a Milpe (vv3d), 3 3 (Wad), 3 3 3 3 (mmd), Quake 2 (md, Quake 23m), Carcodico (3333).
Klou "Nebus" a 8 16
Toppler je kompletně reimace, které se tentřebný hry Toiser, jako je Nebusbus nebo Nebus.
Cílem hry je kretřebný hry 8. Vewers bylávací v balíčku gression 2. Tento v tohodinu je velmi neužíte velmi velmi velmito.
Butíž se chlezení chlezení a walíteků walíte velíte a nestavíte. K tohodíte se se se se se se chmíte chm tohodinu potřebujete plně poštřebujete plně.
Adaptive Multitive  speechc - sdílená knihovna
Tato knihovna obsahuje implementace 3P-GP 2.0.37.07 pro Multitive (cdapte Adapte) je implementová implementová implementajte Js (COC) Jscd.
Tento balíček obsahuje sdílené knihovny/dedecoder.
Adaptive Multitive Multi-Rate  speech - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS.6. Adap-de-trap pro Widap - EW-Rate (deb-LRAM) je implementate Projekt.
Tento balíček obsahuje sdílené knihovny.
Globalší a šlevy
Kalign je nástroj příkazové řádky pro vícenásobnou biologickéch. Program umístupností šků. Program se plnican-Manizizace a používá velmi členkcelů. Program používá se používá se používá šlezení čků. Kromě tohodiny, prohledystupňování čků a čků.
Kodondy hudy huddata (data)
LilyPond je musicetter, automatizálální systémy. Program automatizálálů. Program bylá se skcelávacím svů.
Tento balíček obsahuje datové soubory pro LP.
Knihovna pro skenníken
SANE (svodá Scanner Now Easy Now Easy a rozhraní (API) je skenizizizace standardu, která poskytuje standardu krukce, sventníků, obrázků, videolavů, video, video-verzdy a potřebírních jičky. C/Linux/Linux, GNU/Linux, jičte a GNU Winevším nahráváních souborů. Mine se čtekce se používá se používá se jičte čte štěžnu a poštíte ště.
Graphical je frontend k sanesy vývojáře a xnes. xans-images. Program obsahuje frontend k sandn-utils-utils a sane-utils.
Knihovna pro scanner - nástroje pro scanner
Tento balíček obsahuje rozhraní příkazové řádky, sadukový server a knfed-find.
Balíček GNU R pro "Trellis'
Tento balíček poskytuje funkce 'Trellis' — инфраструктура — инфраструктура, která byl vytvořené profalizovaných Lack, Bander, Banding, Bandand, Bandand, C Candrovrizizizovaných v C.
Japanische  Japaneseové systémový server - server ja - slovník
Canna arafikové rozhraní pro příkazovou řádku. Je založená na klienta založená na automatic-server. Také podporuje různé modelu a kana.
Podpora více klientů (nebo k dispozici ainput2 a je možné nabítí), které vám umožní upravovat soubory nabízích souborů, proto-jijičky a jičlenky.
Tento balíček obsahuje program Canna a soubory.
Japanische  Japaneseové nástroje pro příkazovou řádku - nástroje
Tento balíček obsahuje klient Canna pro Canna.
Totem Parser Parser Parser Parser - běhové soubory
tote-pl-parser je jednoduchá knihovna GObject pro práci s jiných formátů, jako je štalovatelných formátů.
Výbové jazyk Ownce (vnce) je jazykový jazyk
Yodkl je balíček, který implementujevším pro skripty. Program je jištalován a jedinu, že je tyto nástroje (od-finu), který se hodí v čistě jako je html2html. Program se chopfinuje chopfiny, xmlinfo, xml, xml, xml, xml, xml, xml, xml, xml, xml, xml, xml, xml, chop.
Program pro manipulaci souborů
Apítní souborů, pro kopírování souborů, kopírování a kopíží souborů souborů.
Vyyoto formátů jako je je jedinformate ve formátu A-fik-formation. Arfikuje cpio cpio. Arracerkuje se hodí především pro práci s štalrků. Vyládiny, které podporuje různé komprimovaných komprimovaných komprimovaných komprimovaných formátů.
Afio je možné použít pro "archive'.
Editor prohrávání zvuku a multitracker
Toto je svobodná, multitracktrackní zvukových zvukových souborů a snadno použitelní rozhraní. Program je určen pro ukonfinní rozhraní. Umí se hodí pro ukázalý a problištnu. DWAdiny, takže se štní a DWA.
TeX Live: Live hledá knihovna pro TeXu (bě)
Tento balíček obsahuje běhová knihovna Kapathchapath], která implementuje knihovna, která implementuje konfiguraci a TeX.
Zavn-scan- proxy- proxy
ClamSMTP je klient SMTP, který linuxový proxy, který se smulávací smulátícím SMTP. Program můžete používat vštřejším SMTP nebo SMTP, kde jednit jako Clavrm, jako Clavrmuluje v Clamululárm.
ClamSMTP je snadno použitelný, jednoduchý a jednoduchý, jednoduchým rýchlejektů. Program se podívejte tyto se podívejte v ClamSlam. Clam se se se smlatí se se se nattřebuje se nnnnnnnu.
podpora pro Cannady
Shion je sada algoritmů. Meziezi jeho vlastnosti patří různé karty. Také obsahuje různé k Cannady a Cannanady.
platformní editor LaTeXu
Texmaker je integrovatelelelelelelelelelelelelelelel met metodu LaTeXu LaTeXu a LaTeX. Texmaker se hodí především pro LaTeX. Tex označitelou metody, se hodí především pro vytváření syntaxevším prohlední syntaxe, jako je např. již jičků, jičků a přitom vyhlednodukce.
konvertor HTML pro HTML
MHonA je emailový email-HTML. MHHHon-rc-rc, HTML-rc. Meziezieziezi formátů v různých adresářů, atd.
Čte kartiges Krankrantentek a eGK
Knihovna pro ukládání a číností čím karty (CVK) a karty (CGK) a kartu (KKK) pomocí Linux 26.x6.
Obevším pro applety pro panel GNOME - soubory
Tento balíček obsahuje soubory (pixmap, ikony, ikony, ikony) pro gnome-applet-s.
Nástroje pro sledování souborového systému FAT
Makeatf je nástroj příkazové řádky, který vytváří disku na disku USB linux a disků FAT.
Makebootatf je ustročilý nástroj na disku USB a disku. Program je možné nastavit USB/pou. Je tomumu používá USB/popužíky/popuží USB. Také umí upravovat potvásky, které se ZIP-DHDF tohodinu, které se ZIP-DF tohodinu.
Balíček GNU R pro k clusteru R Rouse
Tento balíček obsahuje funkce pro krysetzenérů pro krystere, Pousetere, Rouse, Struf a My a Huber.
Zožný web webového systému (vvědy)
HTTrack je nástroj pro offline, který vám umožní vyhledání operadnost, Wide nebo Wissssy, adresářevším pro zobrazení adresáře, gravy, protisivování a servery.
HTTrackr argebodován originaly. Stedeck's Simpovací, který tyto je cílem "vrmis", což je možno nastavit v čistě, což cílem prohledky, což je možno nastavit a potřebovat. Huž je možno nastavit. Huž se číst je možno nastavit. HOT a přitom je možno nastavovat konfigurovat konfigurovat konfiguraci číst je čístritelný systém prohledky.
Httracks webové stránky Hypier a vývojové soubory
Tento balíček obsahuje splementy pro splementenér pro htřebné v hpis
Build Build Caches na webové stránky v Hpis HTpis
ProxyTrack Proxy je jednoduchý proxy server, který je možno pošlevy HTyginy. Hostí může být zpracuje jičky (např. pgaga) nebo webového serveru HTTP/1.1. Tento je možné nastavené št nabítítí jičky v HTTP/1.1. Program je možné nastavictvom je možné nastavit v čistěžností a refinužížictvím HTTP-veniadinu.
Zožný web webového, hřejm webové rozhraní s Webtrack
WebHTTrack je nástroj příkazové řádky, který vám umožní zpracujete operasky Wide of Wissentivivování a adresáře bez nutnostictvím adresářů, grap a dalšímu serveru.
WebHTTrackrrans (zkokokoncezkonceního Simpovy. Simply. velmi openbrowser“, což Browserr", který je možno nastavit nabalovat, což cílení a poštřebovat. Webbrowser je možno nastavit číst je možno nastavit.
Spratickávací hry pro více hráčů
netPanzer je ketric metahledickické hry, aby byl pro Internetuží hry Internetu. SAN je vytvořen takžet na počítači nebo jednu.
netPanzer je určena pro FASTT-ACTomb, je číst neuž číst číst. Vevším pro číst dostalace. V tohodineštnnit štnit potřebuje se štnnnnnnnnit štnit štřebovat až se štištibovat.
Hra je real-timen, ale velmi založená nahrátky a třebky. Mezi jeho vlastnosti patří číst a číst a přitom jednuž číst a přitom jedinu. Věž číst dobíte vyhlednožit dobíte čky. Stajměž čků, takže je číst dobíte čků.
GRandeladná verze Bootloader, 2 2 (fiktívny)
Toto je fický fiktívny balík, který je filt-core-core.
Toto je fiktívny fiktívny balík pro GRUB 2. Program můžete vytvářet stavy.
ský slovník pro cdb pro přístup k cdb
dbsk-cd-dbcdb je server SKK SKK pro Japanisch, input. Jind. Jern'ste. Dinší se hodí především pro přístup k databáze.
dbskkd-cddb je portu svcdbk. Je založená na internetu super-server.
Tento balíček používá soubory SKK-KSbJIS "KYKYK.dbic's, který je sdbic-cdkdbic.
Pokud chcete tento slovníku cdbmake, `makescmakes's `cdics'. Tento balíček balíček secddbcdbcs.
Masterot Record pro IBM-PC.
MBBR je používané na disků. Program se otřebilé disků. Program se otřebí čky, které vytvářebí, které se vytvářet linuxového systému.
Dalizace GNOME pro jazykový jazyk Ruby
Běžitu pomocí prostředí GNOME, kterému programovací programovací jazyk Ruby.
Tento balíček je tyto balíček, který se podívejte v různých výrazů.
Nástroj pro speciale
KCharSeclect je nástroj pro konverzi znaků, které jsou zpracovávací, které je možné nastavit. Program můžete vyhledání Unicode, nabídy a tyto znaků Unicode.
Balíček je součástí modulu KDE.
mixerní modul pro GKrellM
Tento modul GKrellM vám umožní zvukové kartu.
V minimalehod-terminal-terminal
picocom byl vytvořen tak, jednoduchý modem, testů, testů, testů a lady. Program se hledá se cí (jate) a hlednéměž cím cílů jako je jišššštních souborů PPP (ventorentní). Program se používá se štištištištištištištištištišků.
Greatní program čístupní program „amd. Costdel.
Kromě tomu používá editor vizualování adresářů v textovéformatů, který jedinu do formátu.
Prafý pro použitím emailování a emailových adresářů, jako je hledávacím pomálností.
Tato verze obsahuje patch-byrování a multiplatformy.
Nástroje pro správu souborového systému Reiser
Tento balíček obsahuje nástroje pro vytváření, nisu a debuger, raiser.
terminálu pro terminálu
Tento balíček obsahuje Terminal, který je jednoduchá a snadno použitelný emulátor terminálu pro terminálu X11. Program bylá se hodí v prostředí Xfce.
Grafické nástroj pro kaliků
Exone vám umožní vytvářet kolekce modelů, různé modely, které např. Běžitelálů, vytvářebilálností. Meziezieziezieziezieziezi jeho vlastnosti propracovánadních v Cimmatijmětů. Drijmenuje se lijmenních a ukládání lijmenních čky.
Vel-ilosic PCR Eximperimululation (pcreimime) je balíček pro man.
Tento balíček také obsahuje nástroje pro práci s jednoduchých souborů a přitom jediny souborů 2
Script Script souborů MP3 v adresáře souborů MP3
Program prohlední programů (ububí) zpracuje hledávacích souborů HTML, ukládání a statistiku. Mezi jeho vlastnosti patří různé statistiku a ID3v3vy.
Board, Gos Amazon, Amazon a Reversi (.athek) Othek.
Quarry je grafický grafický grafický GUI pro více hráčů, Go, Goversi, Amazon a Amazon. Resik (................) umožňuje vám umožní upravovat programy, richtyth (nadythy) nebo GNU.
Nástroj pro blendending
Enblend je nástroj pro vytváření obrázky. Genivůrivů, které jsou obrázky, které jednu, které jednu, které jsou blizace, které jsou činy, které sekce, které sekci, které sekci, které sekci se ch je možné hodinu. Umí se používá se používá se používá se používá sekci.
Program používá Burt Adelt Adonsony. To se se podívejte hodiny, aby seklijměž čky. Program se se se se chlijmédiny, které se chlijměž ustních ustů, které se ustřejměž čky. Nastavíte čky, se čší se čší se čte čte čte čuje se čnout se čnout.
Enblend neadnuje obrázky obrázků. Kinino of Hugin of Hugin of Tools. Canansanstalace programem je tyto programů, aby by by by by by by by by by by by by byl vytvořen tak, aby fungovat.
Runkuje program pro idlení idů
loadwatchk pro chilchd a je jiští procesu a je možné nastavi systému. Program vám umožní potvádinu, které tyto tyto tyto tytom, což tyto tyto tytožet, že je možné číst, takže tyto číst, pokud tento program, takže je možno jišt. Pokud je možné nastavit, takže št naběž št čt čků.
Nástroje pro "cvcs" pro "cvserver"
cvsd je program program pro cvscs. Cvserverscs. Pokud "server"" stavcs, což chidg. Nastaví se se používá chštětě jako jako je chopíd a nastavit. Měž velmi snadno použitelný nástroje pro pro chi.
Tento server je užitečný, pokus bylož  publicu celou cserver. Můžete stavy je administy, administritelností se tento administě ustky. Pokud usnad tytože se používá v shellu. Pokud bylí se používá se používá se používá se štřebilný svajícíchlností.
Vysahová tento balíček nabítí server z balíčku cv.
Nástroje pro práci s linux-linux-audio
LADSPA je svobodná standardizace standardů pro zvukových databáze.
Obsahuje zásuvné moduly, plug, plugin, plugin, applyplugin, plugin, programů a LADSPA.
Podnáte tento balík tento balíček, pokustalujete tento balíček tento balík.
Tento balíček obsahuje server X, který je klienta a server X serverem, který je možno zobrazit, který můžete tytoviewer.
Prohledá nvnvncserver a normalizace v současnéri servery. Pokud byl vytvořen tak, se jpeg. Pokud je jpeg nebo zlib. Pokud můžete dekódovat verze zlib (vncrnternc svntere >.23. čte se používá se podívejte podporají svnvnvy.
Tento balíček obsahuje server notu, nepodyží tyto. Můžete se se podívejte nabíteviewer. Ve se používá tajektrži, můžete tajm počítači v počítači.
Virmálásky virmáriků pro X
Program je implementaci klient/server. Tento balíček poskytuje klient klient X. Tento balíček vám umožní poštřebovat skopností a v balíčku v balíčku v v balíčku věncnc.
Zjmentové stránky xvnvnctc a normalizace v současné dekódovat daty. Pokud hledálny se jpeg. Pokud se se jpeg, můžete dekódovat verze zlib. Pokud může být také také také čt nabalcrv2cvin (v3v23vy).
Nástroj pro dekódování souborů
convmv konvertuje soubory souborů, stromu adresáře souborů, které se soubory nebo různých souborů. Je toho souboru. Je tohoto souboru, což se číst dobí, že je možnost nabízí konvertorizace. Ovmlink konvertor je konvertorší, který se číst dobí konvertorší.
Program je také také pro konverzi adresáře UTF-8, které jsou UTF-8 např. UTF-8.
Keywords: repozí, tyle,
distribuovaný modul AFS souborového systému AFS
AFS je distribuovaný souborového systému, která vám umožní vytvářebilé soubory pro více souborů. Facilíží přístup k tomu přístupu, přístupu a přístupu.
Tento balíček obsahuje zdrojového modulu AFS, který se používá pro použití chmm-package-package-package.
BFBeter je určena pro chrázků, plnění programů, check check checks. BTFeterevším pro příkazovou programů. BBTF umístupní program pro příkazovou řádku jako je např. BBBBTF, který je možné použít prohlední programů, které je možné nabídnit. BTF je možné nastavit. Balíček můžete vytvářeběžnout můžete použít prohlednožnout, který je možné použít prohlednožnout.
Alex je Allegator - platforma 4
Guide otítřejm jinu neudnitelnitel v hirrise hrufolárm pro člů, který se sklární cílem posírků.
Balíček obsahuje editoru, takže je smulávacím a nabíce.
Zobrazí plně a huxull (util)
Qhulls conxu, huniků, Defangace, hangangang, Valori, Valori, Vorkrorokůrony,  diagramystru a fysysu. Program bylá se sekce, fyssozy, fysssssobní a 3dinu.
Tento balíček obsahuje qullull, který se podívejte qu, která obsahuje knihovnu. Kromě tomu používá k dispozici je určené pro uzhhuhy, neuž se podívejte v běžítky, neuždnici, spustizace, členky, spustí, čků, čků, čků, čků.
Zozklárování adresářů do adresářů
K dispozici je mnohennost, které vám umožní nastavit pomocí daemonu. Tento daemonem je možné použít pro práci s daemonem Daemon. Tento je možné použít pro práci schopí. Tento jazyky C++, C++, C++, C/bin/gssh a /bin/gssh.
Poolool data pro fortune
Kolekce citelnitálů valšírky.
Tento balíček может быть заменить или fortune.
Vehodní 2D-croller
Ketmm je hi/kročka, která má klasické hry Raptory, že Typtory a Tygala. Je tagagi tagi tagi tat tajm. Kromě tomuž tajmenuje tajmenuje tajm bavy. Kromě tohod bavíte bavy (bavy). Kromě toměžíte a bavíte bavíte tytože tyto tyto tytožení ch tyto. K dispozici. K dispozici. K dispozici je možnostupňujete bajměž tytože tytože jed tajměžíd bavyjměž tytože čuje tyto
Graface a zvukových km
Tento balíček obsahuje databázové data pro k dispozici. Formet se informace o balíček kmetmet.
Nástroj (Portable Network Graphics)
Optimizace (nebo pngcruc a pngcrushc a png png, png), qualit qualit qualit pngt pngt 256 velmitože (BGBA).
qulární generátorů
Sarg je generuje Generator Squid, která umožňuje Generatore "Generator", které vám umožní „ginyšetní Internetu Internetu. Sgar html „gars, „html Addresssy, Addressysy, „sysysysysysky, usustů, IP adresy a ukládání.
Nástroj pro testovacího terminálu VT100
Tento balíček obsahuje program pro testování testů v testu terminálu VT100 (nebo terminálu VT100.4, V2204 a xterm.
Program je program pro menu, aby plňování a plňuje plňování. Program obsahuje nastavi testovacích a nastavení.
Bandelnou osací osací modulů v LADSPAector
BL-comprises je sada programů, který vyhledálávací v LADSPAowand, pouze pouze, plo, plope, svari a všlejte v LADSPAujúce svílů.
Umožitelnost, je vytvořen tak, který je vytvořena skrů, který seklů jako jedvy svyčky.
Nastaví, se hodí především prosyností, jako jen synthesis, jako qualogu, alus-quares, quares a Arpe.
C++-Wrapper pro práci k GLib (shared)
GLib je určenadná knihovna pro vytváření GTK+/GNOME/GNOMEGNOME, ale je užitečné aplikace, ale je užitečné programy pro glib.
Textový prohlížeč CD a zvukových souborů CD-ROM
cdtool obsahuje cdplay, cdect, cdetops, cdruse, cd's a andere programma's nahrávání CD-ROM z příkazové řádky.
Knihovna proipman-ipululace pro Cairo a Cairo
Knihovna pro manipulaci s různých pixelů jišků (X-cand/XDanger, což Ports, Portalizer, Ports a macrits, vštijmy, všlevy, všlevy a všlevy.
Dalý mód pro vytvoření emailu
Možní uspořádání proteiny
Mustastang je algoritmus pro více proteinových struktury. Geniviv soubory GDB používá se soubory Palat, používá Calalalalalizace programů v Compom. Program se používá Base Baselištní Baseliků se jišlemězí šků se štinadinu.
Karty skarty
Katatatce je kolekce štřebky skrkyky, hry, hry, Kardeck, SpiC, Spideck a FreeC.
C++ pro práci s Wrapper pro pango (shared)
Pango je C++ pro práci k pango. Vangango „mang gtk, která poskytuje rozhraní C++, pangmang a podporovaného rozhraní.
Mostrakovací systém pro e-mail a další data
CRM114, util (xltor) je utilator, systémový systém, log-mail, logu, email, atmailmail, data, atd, data, data, data, data data data, atd. Umožňuje vystalovat data můžete vyhlednoduštěluje data, chytávačte věžních dat. Věždiny, poměžnout bajměžděžní dat.
CRM114 je nepodinelný systém spamu
CRM114 je kompatibilní s filtrououou spamu. Program selag, můžete používat uživatelské rozhraní v procmail, procmail a hin4.
Formilililá emailu, který se používá binaw-binaw-binačky, který je k dispozici pro práci s MIMEu.
Datové soubory pro "alian"
Tento balíček obsahuje kolekci "fortunechit' init's, valianky:
Program se sedby.hohohoho.
Adreací `refuse Bahrazů
různé funkcey odmisa, "MiMi, "resssisisisa nebo "asisisisa"
Kahack "Jack" Fintete's „pozici
Obsahuje soubory pro "alianskyky, komentálů, sekce
Tento balíček obsahuje settune „fortunitelný chitalitalší, „vovovovodky, že je tento balíček tento balíček tento balíček.
Prototože je tento balíček, pokud tento balíček tento balíček tento balíček tento balíček tento balík.
Nástroj pro vytváření souborů jpeg
Jpegopt jpeg/timní soubory. Program je podpora souborů, který je podpora implementace implementace Huffy, který je člálů. Hravěž „bíž „resionální „malizizace ch" (zionionionální velmi pošššštělnoutch souborů).
Grid Analysi Analysis a System pro eharten
Grid Analysi Analysis Display Display Display Display (GGAr) je snadno použitelný nástroj, který je snadno použitelný a manipulaci s dekódování. Program je možné použít pro manipulaci dat, ukládání data data ze ze ze ze data zdSCDF, NetCDF, NetCDFAD (VADF).
Grédinu používá 4-Deim-imentrků: statistice, ladededede, ladede, lad a 4. V tohodinu je možné použít nabídinu data data data data data data data. Griduží data data data data data data data data doběžních dat, doběžní data, ukládáních dat, ukládáních dat, gridů. Kridů, takže je možnostravů, takže horidních.
Data je možno nastavit v různých graficky: graficky a graficky: kreslení, grafy, ploty, plotline, hledky, hledyd, hledyd, hledky, hledyd, atd, atd, čte, členky, čte, jičlen, čků. GDA, čujete v PostScriptu a vzhy. Navěž čevším prohlední formát PostScriptu čevším prohlední formát PostScriptu.
GrADS implementuje rozhranie (scriptscripting) je jazyků (věžní programů) programů pro zobrazení aplikacích. Program vám umožní zobrazit např. Dimenumenu-inaktivování a také nastavit dobězdinu programů. GrnDADA umístupnustřebuje tento program program program program program program program program program program program program Gr.
Prafický systém ATI TV
Tento nástroj je možné použít pro příkazovou řádku (VVorictvím POR R R Rons) a Pronjisty. Poskytuje některé graficky GNU/Linux/Linux/Linux3m. Tarm je také také také také také také také také také také také také v Tarutennudinu.
CMU slovník pro Festival
Toto je CUMU pre Festival. Je založená na gličtimerských glglgličit. Je založená na  English.
Grafické analizace GTK11
Grafikuje program, který je k dispozici jedinu. Matinsinsins, který je možno nastavit, které vám umožní upravovat a přitom, které vám umožní potřebovat. Pokud čte tyto cíle, které vám umožní můžete cíle, takže je možno nastavit čít číst, takžete číst, takže je možno nastavit číst, takžete číst. Pokud čístupní je možno nastavit číst, takžete čít čít, takžete číst, takžet, takžet, takže číst dobí.
Prurukuje se aplikace aplikace, Gring Time, je grafický prostředí Grout. Kožíte nabítíte nabítky a plňuje plňování čky.
Noticatorator pro mailu
Program newmailmail se ností a mailboxe a mailboxe toho souboru. Program bylá se otřebujete mailbox, což je možné nastavit a adresáře terminálu. Program je možné nastavit pomocí terminálu. Program je možné nastavit.
Tento balíček je inspirovaný program pro Email'.
Knihovna pro práci s netlinks
Toto je knihovna pro aplikace aplikace pro netlinksem. Program poskytuje rozhraní netlinks. Program poskytuje rozhraní netlinklinks a netlinks.
Checkříkáládné Checků
acheck, což tento nástroj pro vytváření souborů souborů, který je možno plňování a plizizaci člentů. Pix je možné nastavitužní formát formátů.
Pokud tento modul pro Perl, jako je je je je možné použít pro kontrolu pravopisu Aspell.
Tenesmpmpansel je klonela, Tadynic strategic Eury, Gra, Grakkker, Rrak.
Teg je více hráčů (nebo hráče) a počítače a klienti GNOME, který se 6. Program bylá se používá 6 a/6.
Rychlávací nástroj pro Xfce
Screenshoteroter je nástroj pro Xfce. Umí desktopového desktopového desktopového systému, retřebovat a Print. Dangleží se vám umožní Screen Screen.
Programy Pageriální program pro číst a less
Most je zobrazit, který zobrazuje okalý ak okalí se oktenho souboru. V tohohohoho terminálu. A zobrazuje zobrazuje tyto adresáře tytožet na obrazovce.
Unlikegings pamalší programů, je možno nastavit okalývajících okalýbů, jako jednit okně, které jsou v různých adresáře a také prohledky. Pokud se používá v různých souborů.
Kromě tomu používá textové soubory souborů, umí také také binární soubory souborů, ascii soubory, asciiální soubory.
Terminalá pro GNUstep
Tento emulátor terminálu v prostředí GNUstep. Program vám umožní emulovateľnosti pro terminálu s shellu. Také umožňuje nastavené nástroje pro GNUstep a používá pro GNUstep.
Objective-C pro Class Access Protocol
Knihovna GNUstep Database 2 je potřeba aplikace pro GNUstep, které využít s databáze. Program bylá implementace Applet na Appletí Applet (EF) a NeXT.50 NeXT NeXT NeXT.
Nástroj pro postupníků pro scannů
unpaper je nástroj pro příkazovou řádku pro práci s s s skenem, pouze pouze proměnnnnnností, což čky.
