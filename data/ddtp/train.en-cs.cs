Zobrazí menu X z prostředí shellu
Toto je jednoduchý program, který vám umožní zobrazit menu X z shellu, kde každá volba menu spustí nějaký příkaz. 9menu je určeno pro použití spolu s 9wm, ale můžete ho používat ve kterémkoliv okenním správci.
Generátor ASCII art stereogramů
Program generuje dobře známé a populární náhodné tečkované stereogramy v ASCII.
Vytváření ASCII art stereogramů vysoké kvality
Uživatelsky přívětivé rozhraní v příkazové řádce (obsahuje plnou online nápovědu)
Nástroj na testování binární kompatibility
ABIcheck je nástroj pro kontrolu shody aplikace s knihovní definicí Applicacion Binary Interface (ABI). Závisí na definiční informaci ABI, která je obsažená v knihovně. Jsou poskytnuty příklady definic pro GNOME a glibc.
Třída LaTexu pro psaní dokumentů ve standardu ABNT
AbnTeX je třída pro psaní dokumentů ve standardu ABNT. Brazilská asociace technických standardů (Brazilian Technical Standards Association, ABNT) je zodpovědná za národní standardizační a certifikační postupy. Balíček také zahrnuje podporu pro BibTeX ve standardu ABNT.
Základní pravidla pro acheck
Tento balíček obsahuje základní pravidla pro skript acheck.
Grafický správce připojení ALSA
aconnectgui je grafická utilita pro připojení a odpojení dvou stávajících portů v třídícím systému ALSA. Porty s libovolným účelem, tak jak byly vytvořeny pomocí aseqview, mohou být spojeny s libovolnými porty zařízení MIDI.
aconnectgui je frontend pro aconnect, je napsán přímo na základě zdrojových kódů aconnect, zároveň však nechává původní zdroj nedotčený a pouze přidává několik ifdefs a některá volání části gui. Obsahuje úplně stejné funkce, ale navíc má grafické rozhraní.
Skripty pro obsluhu základních událostí ACPI jako je tlačítko napájení
Tento balíček obsahuje skripty, které dovedou reagovat na různé základní události ACPI, jako je například tlačítko napájení. Chcete-li širší podporu ACPI včetně podpory pro uspání do RAM a další možnosti pro laptopy, nainstalujte si balíček "acpi-support".
Zobrazí informace o ACPI podobně jako tail
acpitail zobrazí stavové informace o baterii, větráčkách a teplotě podobně jako to dělá příkaz tail. Jakmile se změní skutečné hodnoty, změní se i zobrazovaný výstup.
ACPI klient pro příkazovou řádku
AcpiTool je linuxový ACPI klient. Jedná se o malou aplikaci pro příkazovou řádku, která nahrazuje nástroj apm. Primárně je aplikace určena pro uživatele notebooků, protože právě je zpravidla zajímá stav baterie, teplota a také uložení (hibernace) stavu počítače. Tento program jednoduše přistupuje k /proc/acpi nebo /sysfs a získává nebo nastavuje hodnoty ACPI. Také podporuje různá rozšíření notebooků Toshiba, Asus a IBM Thinkpad.
Osobní správce adres pro GNUstep (vybrané části)
Balíček obsahuje spoustu věcí, které můžeme používat: adgnumailconvrter Nástroj, který převede adresář GNUMail do databáze adres.
adserver Samostatný síťový server s adresami.
adtool Nástroj příkazové řádky pro manipulaci s adresami v databázi.
Osobní správce adres pro GNUstep
Balíček obsahuje správce osobních adres pro systém GNUstep. Umožňuje archivování kompletních informací o kontaktech, organizování kontaktů do skupin, integraci s dalšími programy, emailovými klienty a sdílení informací s ostatními uživateli po síti.
Konfigurační nástroj pro časové proměnné jádra
Tento balíček poskytuje nástroj pro úpravu časových proměnných jádra. Pro stroje připojené k Internetu, nebo které obsahují přesný oscilátor či rádiem řízené hodiny, je nejlepší k udržení přesného systémového času použití NTP (Network Time Protocol). Nicméně pro samostatné nebo jen občas připojené stroje můžete k tomuto účelu použít adjtimex alespoň k opravám systematického posouvání. Volitelně může nastavit systémové hodiny podle hodin v CMOS a pamatovat si rozdíly pro dlouhodobé odhady sytematických posunů.
Datové soubory pro Adonthell
Oficiální verze pro hru Adonthell 0.3
Jako loajální služebník elfí paní Silverhair, přicestujete do odlehlé obchodní společnosti Waste's Edge, kde paní jedná s trpasličím obchodníkem Bjarnem Fingolsonem. Ve Waste's Edge ale není vše zcela v pořádku a tak dojde k okolnostem, které poškodí dobré jméno vaší paní. A vy jste ten jediný, kdo tomu může zabránit ...
konzolový OPL2 audio přehrávač
AdPlay je konzolový frontend AdPlugu. AdPlug je svobodná univerzální knihovna pro přehrávání OPL2. AdPlay/UNIX podporuje všechny vlastnosti formátu AdPlug. Navzdory tomu, AdPlay momentálně podporuje pouze emulované přehrávání OPL2, ale funguje se širokou paletou výstupních zařízení.
Kolekce kompresních nástrojů
AdvanceCOMP obsahuje kompresní nástroje k vašim archívům .zip, obrázkům .png, video-souborům .mng a souborům gz.
Příklady prezentací pro Active-DVI (advi)
Active-DVI je prohlížeč prezentací a souborů DVI napsaný v objektovém Caml, který obsahuje celou řadu pěkných efektů pro prezentace, podporuje interaktivní ukázky a vkládání libovolných aplikací do prezentace (odtud přídavné jméno Active v názvu programu :).
Balíček obsahuje ukázkové prezentace pro Active-DVI.
Prohlížeč lékařských obrázků a síťový klient DICOM v jednom
Aeskulap umí načítat série speciálních obrázků uložených ve formátu DICOM. Volitelně umí přes síť stahovat obrázky DICOM z uzlů (také nazývaných PACS) obsahujících tyto archívy. Aeskulap je kompletní náhradou komerčních prohlížečů DICOM vydaný pod licencí Open Source.
ASCII-art Editor Without A Name (Editor ASCII-artu beze jména)
aewan je editor ASCII artu s podporou více vrstev editovatelných nezávisle, barvy, obdélníkového kopírování a vkládání a inteligentního vodorovného i svislého zrcadlení (mění '\' na '/', a pod.). Výsledkem může být jak samostatný soubor s obrázkem, tak formát snadno použitelný ve vašich textových aplikacích.
Minimalistický správce oken napsaný v C++
aewm++ je minimalistický správce oken pro X11, založený na aewm. Uchovává minimalistický vzhled aewm, ale je napsán v C++ a jsou navíc přidány některé nové funkce jako jsou např. virtuální desktopy. V tomto vydání byly odstraněny nápovědy GNOME EWMH, protože hlavním cílem tohoto programu je zachování stability a minimální velikosti.
Balíček používá appbar, aewm++_fspanel, setrootimage a aewm++_xsession; můžete je nalézt v balíčku aewm++-goodies.
Přídavné utility minimalistického správce oken
Tyto utility byly dříve podporovány aewm++; jedná se o přídavné utility, které poskytují desktopu typickou funkčnost, kterou aewm++ samo o sobě neobsahuje. Balíčky obsahují:
aewm++_appbar: malý spouštěč aplikací
aewm++_fspanel: velmi malý panel
aewm++_setrootimage: v hlavním okně nakreslí gradient
aewm++_xsession: uchová sezení v provozu Pamatujte, že některé z těchto programů byly v předchozích vydáních přejmenovány.
Manažer oken vypadající jako NEXSTEP
AfterStep je okenní manažer založený na FVWM, který se snaží emulovat manažer NEXSTEP, zachovávající si snadnou konfigurovatelnost tohoto předchůdce. Pamatujte, že tento manažer má rozšířené použití barevné palety. Pokud máte pouze 8-bitový barevný displej, poběží tak jak je, pokud ale nastavíte konfiguraci, můžete používat méně barev.
AfterStep je pokračovatelem BowManova projektu okenního manažeru, ale jeho jméno bylo změněno tak, aby více odráželo přání stát se nejen emulátorem, ale hlavně platným manažerem oken.
Implementace automatického připojení souborového systému
Afuse je souborový systém založený na FUSE, který implementuje funkci automatického připojení souborového systému podobného autofs Linuxu.
Agregátor prefixů CIDR IPv4
Čte seznam prefixů v konvenčním formátu ze stdin a provádí dvě optimalizace vedoucí ke zredukování délky seznamu prefixů: Odstraňuje jakékoliv zadané prefixy, které jsou nadbytečné, protože už jsou zahrnuty v jiných zadaných prefixech (např. 203.97.2.0/24 může být odstraněno, je-li zadáno i 203.97.0.0/17). Dále identifikuje sousedící prefixy, které mohou být spojeny do jednoho kratšího prefixu (např. 203.97.2.0/24 a 203.97.3.0/24 mohou být spojeny do jednoho prefixu 203.97.2.0/23).
Nástroj pro snadnou editaci menu v GNOME
Alacart je snadno použitelný editor menu pro GNOME, který umí přidávat a upravovat nové položky a nabídky. Funguje dle specifikací menu na freedesktop.org a měl by tak pracovat se všemi desktopovými prostředími, které se drží tohoto standardu.
Program pro trénink Morseovy abecedy
Aldo je nástroj pro výuku Morseovy abecedy, který obsahuje čtyři typy výuky: bloky, koch, soubor, volací signály. Bloky: Identifikujte bloky náhodných znaků přehraných pomocí morseovky. Koch: Přehrává dva znaky Morseovy abecedy, ale plnou rychlostí (20wpm), vaším úkolem je rozpoznat alespoň 90 procent z nich. Poté přidá další znak, atd. Soubor: Identifikujte přehrávané znaky generované ze souboru. Volací signály: Identifikujte náhodné volací signály v Morseově abecedě.
Syntetický stroj pro získání a vykreslení snímků
ALE srovná a spojí několik podobných obrázků z digitálního zařízení (tím je např. digitální kamera nebo scanner) do jediného obrázku. Tato operace může vytvořit obrázek vyšší kvality, díky použití detailů z více obrázků spojených do jednoho výsledného. Také se dá použít ke spojení obrázků do mozaiky nebo panoramatického obrázku.
Generátor lexikálních analyzátorů pro Haskell
Alex je nástroj pro tvorbu lexikálních analyzátorů v Haskellu. Popis tokenů k rozpoznání se zadává ve formě regulárních výrazů. Je podobný nástrojům lex a flex pro C/C++.
Převede a nainstaluje balíček rpm a jiný
Alien umožňuje převést LSB, Red Hat, Stampede a Slackware balíčky do balíčků pro Debian, které mohou být instalovány pomocí dpkg.
Dokáže vygenerovat také balíčky kteréhokoliv z uvedených formátů.
Tento nástroj je vhodný pouze pro binární balíčky.
Klasická 2D střílečka
Váš úkol je jednoduchý: zastavte invazi mimozemšťanů a odstřelte je!
Alien Blaster je klasická 2D střílečka, ve které naleznete množství různých zbraní, speciálních předmětů, mimozemšťanů k odstřelení a také jejich velkého a zlého šéfa.
Hra podporuje jak hru jednoho hráče, tak také společnou kooperativní hru dvou hráčů na jednom počítači.
Herní data pro hru Alien Blaster
Tento balíček poskytuje na architektuře nezávislá herní média.
Aplikace pro usnadnění správy osobního diáře
Almanah je malá aplikace sloužící k usnadnění správy osobního diáře. Má základní editovací a odkazovací schopnosti jako:
přidávání odkazů na jiné deníkové záznamy
podpora vyhledávání a tisku
TeX/LaTeX makra pro sazbu textů Koránu
AlQalam ("pero" v Arabštině) je volně dostupný systém určený pro sazbu Koránu, jiných starobylých textů a jakékoliv publikace v jazycích používajících Arabská písma.
Grafický mixér zvukové karty pro zvukové karty ALSA
alsamixergui je program založený na FLTK, který se používá spolu se zvukovými kartami ALSA. Podporuje více zvukových karet a více zařízení.
alsamixergui je frontendem alsamixer a je napsán přímo s pomocí zdrojových kódů alsamixeru s tím, že nechává jeho zdrojový kód nedotčený, pouze přidává řadu definicí a některá volání grafické části. Obsahuje stejné volby, ale navíc má své vlastní grafické prostředí.
Dekomprimuje flashovací soubory AMI BIOS
Amideco je program, který dekomprimuje obrazy BIOSu obsažené v AMI BIOS.
Skákačka s jedinečnými vizuálními efekty
Amphetamine je výborná skákačka, která obsahuje řadu jedinečných vizuálních efektů jako je barevné zvýraznění, mlha a korona. Ve hře musíte porazit jedenáct ďábelských monster pomocí svých magických zbraní.
Klient sítí eD2k a Kad, obdoba eMule
aMule je aplikace používaná pro sdílení souborů, program používá sítí eDonkey a Kad. Má širokou škálu možností, včetně řady původních voleb klienta eMule:
online podpisy, výměna zdroje, komprimované přenosy, bezpečnou identifikaci a podporu filtru IP
booleovské vyhledávání, které je možno provádět lokálně, globálně nebo prostřednictvím sítě Kad
obrana proti agresivním klientům
alokace slotu pro určení počtu vzdálených klientů
ikona oznamovací oblasti funguje v KDE i GNOME
překlady do mnoha jazyků
Daemonizovaná verze aplikace nepotřebuje ke svému běhu grafické prostředí a naleznete ji v balíčku amule-daemon. Různé nástroje se pak nachází v balíčku amule-utils a amule-utils-gui, včetně obsluhy odkazu ed2k.
Ne-grafická verze aMule, klienta sítí eD2k a Kad
Tento balíček obsahuje daemonizovanou verzi aMule nazývanou amuled. Tato verze ke svému běhu nevyžaduje grafické uživatelské prostředí a může také běžet na pozadí. Běžně se používá na počítači, který je zapnutý 24 h denně 7 dní v týdnu. Aplikace pokračuje ve svém běhu i po ukončení grafického sezení.
Součástí tohoto balíčku je webserver, který obsahuje rozhraní pro ovládání daemonu. Jsou podporována vzdálená připojení a daemon je možno automaticky spouštět při spuštění počítače. amuled můžete také ovládat pomocí amulecmd, balíčku amule-utils a amulegui, které naleznete v balíčku amule-utils-gui.
Pro kompletní seznam vlastností programu se podívejte na popis balíčku amule, některé základní poznámky o použití programu naleznete také v souboru /usr/share/doc/amule-daemon/README.Debian .
Nástroje pro aMule (verze pro příkazovou řádku)
Tento balíček obsahuje kolekci nástrojů příkazové řádky programu eMule, síťového klienta eD2k:
cas: zobrazí obsah online signatury aMule
amulecmd: textový klient pro ovládání aMule a daemona aMule
Některé z těchto nástrojů mají své grafické verze, které jsou součástí balíčku amule-utils-gui.
Analýza logu webového serveru
Analog je rychlý procesor souboru logu, který generuje zprávy obsahující statistiku využití webového serveru.
Rychlost: více jak milión řádků za minutu;
Pružnost: výchozí výstup se hodí pro více věcí, k dispozici je spousta voleb a 32 různých stylů zpráv;
Výstup ve formátu HTML (kompatibilní se standardy);
Umí zpracovat spoustu formátů souborů logu;
Pracuje se s ním v příkazové řádce nebo skrz webové rozhraní.
Rozhněvaní opilí skřítci - hádanka s padajícími bloky
Ve hře Angry Drunken Dwarvers (rozhněvaní opilí skřítci) se stanete rozhněvaným opilým skřítkem. Proč jste tak rozhněvaní? Kdo ví. Ale rozhodli jste se zaměřit svoji agresi na ostatní skřítky a nyní jim házíte na hlavu klenoty. Spousty klenotů. angrydd patří mezi klasické zástupce her s "padajícími bloky", podobné hře Capcom Puzzle Fighter. Cílem hry je dát k sobě klenoty se stejnými barvami, zničit je a shodit na svého nepřítele více drahokamů. První člověk, který vyplní pole prohrává. angrydd může hrát sedm lidí, umělá inteligence má šest úrovní, hra obsahuje skryté módy a má svoji vlastní originální znělku.
Závodní hra s létajícími talíři pro více hráčů
Toto je závodní hra s létajícími talíři určená pro více hráčů. Hra byla vytvořena na soutěži Assembly 2006. Jedná se o zábavnou hru vytvořenou pro celou rodinu s až čtyřmi hráči. Hra přichází s úžasnou 3D grafikou.
Realtimový nástroj pro monitorování Apache
Apache top je realtimová utilita (používající curses) zobrazující informace o běžící kopii Apache.
Je vytvořena na základě standardní utility 'top' a zobrazuje informace jako je počet požadavků za sekundu, bytů za sekundu a velmi populární je také zobrazení URL adresy.
Program musíte spustit na počítači, kde běží Apache, protože ke svému chodu používá informace ze souborů logu, které naleznete v /var/log/apache.
Rozhraní programovacího jazyka A+
A+ je mocný a výkonný programovací jazyk. Je k dispozici zdarma pod licencí GNU General Public Licence. Obsahuje bohatou sadu funkcí a operátorů, moderní grafické uživatelské prostředí se spoustou objektů s automatickou synchronizací a proměnnými, asynchronní výkonání funkcí asociovaných s proměnnými a událostmi, dynamické načítání uživatelem kompilovaných podprogramů a spoustu dalších voleb. Vykonání programu je provedeno pomocí účinného překladače. A+ vytvořil Morgan Stanley. Používá se především na výpočtově náročné operace, celá řada těchto aplikací odolává prakticky až dodnes. Díky tomu, že je A+ interpretovaným jazykem, jsou aplikace napsané v A+ přenositelné.
Balíček obsahuje binární soubory a knihovny potřebné pro spuštění programů A+. Vývojové prostředí je obsaženo v balíčku aplus-fsf-dev.
Vyhledává soubory v balíčcích Debianu (pro příkazovou řádku)
apt-file je nástroj příkazové řádky určený k vyhledávání souborů obsažených v balíčkách systému APT. Pomocí tohoto nástroje zjistíte ve kterém balíčku se daný soubor nachází, aniž byste ho museli předem nainstalovat nebo stáhnout.
Nástroj pro upozornění na změny balíků
Nástroj apt-listchanges umí porovnat novou verzi balíčku s tou aktuálně nainstalovanou a zobrazit co se změnilo. To je zajištěno získáním důležitých informací ze souboru změn (changelog) Debianu a souborů NEWS.
Program je možno spustit na více .deb archivech najednou a získat tak seznam všech změn, které budou provedeny při instalaci či aktualizaci skupiny balíčků. Pokud program nastavíte jako modul pro APT, bude to provádět automaticky během aktualizačního procesu.
Zobrazí informaci o zdroji balíčku
Program analyzuje seznam APT a soubor se stavem dpkg zdrojových balíčků. Z nich sestaví seznam každého balíčku s informacemi o jednotlivých verzích, které můžete nainstalovat. Je velmi užitečný zejména v okamžiku kdy váš zdroj deb-src sources.list odkazuje na nestabilní verzi, ale položky deb ukazují na tu stabilní.
Zobrazí seznam dostupných verzí balíčku v distribuci
apt-show-versions projde stavový soubor dpkg a seznam APT instalovaných balíčků a těch co jsou k dispozici. Pak zobrazí volby pro aktualizaci uvnitř konkrétní distribuce vybraného balíčku.
Je velmi užitečný pokud máte stabilní/testovací prostředí a chcete zobrazit všechny balíčky z testovací verze, které mohou být aktualizovány.
Spravuje zdrojové balíčky Debianu
apt-src je program příkazové řádky určený pro stahování, instalaci, aktualizaci a vyhledávání zdrojových balíčků Debianu. Je podobný správci binárních balíčků apt a používá se k testování při přidávání závislostí zdrojových balíků do Debianu.
Můžete jej spustit jako běžný uživatel, nebo jako root. Pokud chcete rozumný způsob jak vysledovat aktualizace v balíčku při zachování svých místních aktualizací, pak je toto cesta, jak toho dosáhnete.
Správce balíčků určený pro terminál
aptitude je správce balíčků s řadou užitečných vlastností včetně: syntaxe hledání balíčků podobné mutt, umíněností uživatelských akcí podobnou dselect, schopností získat a zobrazit změny většiny balíčků a módem příkazové řádky podobným tomu, které známe z apt-get.
aptitude je také přizpůsoben roku 2000, nenáročný na místo, přirozeně čistotný a vhodný do domácnosti.
Spouštěč aplikací používající ikonu s transparencí
Apwal je jednoduchá ikona pro spouštění aplikací. Skládá se ze dvou částí: spouštěče aplikace a konfiguračního editoru.
Po startu se zobrazí ikona Apwal umístěná pod ukazatelem myši. Pomocí levého tlačítka myši spustíte aplikaci, pravým tlačítkem otevřete editor Apwal.
Editor Apwal je jednoduché grafické konfigurační rozhraní Apwal. Můžete si zvolit kteroukoliv ikonu dostupnou ve vašem systému. K dispozici je celá řada filtrů pro snadné vyhledávání (dle přípony, velikosti, jména, atd.).
Systém správy barev, kalibrace a barevné profily
Argyll je experimentální open-source systém správy barev kompatibilní s ICC. Podporuje přesné generování profilů ICC pro skenery, tiskárny CMYK, filmové rekordéry, a kalibraci a profily displejů. Obsahuje ukázková data s barevným spektrem umožňující nastavení zařízení. Tyto profily se používají k nastavení podsvícení a barevné škály (používá model CIECAM02 - jedinečný algoritmus mapování barevné škály). Také obsahuje kód kód pro ten nejrychlejší přenosný 8-bitový barevný konverzní raster, který máte stále po ruce, stejně jako podporu pro rychlé a zcela přesné 16 bitové konverze. Barevné škály je možné také prohlížet a porovnávat pomocí prohlížeče VRML.
ARIBAS je interaktivní interpretr vhodný pro výpočty s velkými celými čísly a velmi přesné matematické operace s pohyblivou desetinnou čárkou. Jeho syntaxe je podobná Pascalu nebo Modula-2, volby se však více podobají jazykům jako je C, Lisp, Oberon.
Klient GKT+ pro hudebního daemona MPD
Ario je pokročilý klient MPD (Music Player Daemon). Rozhraní programu používané pro procházení knihovny médií se inspirovalo programem Rhythmbox, Ario je přitom mnohem rychlejší a přitom méně náročné. Program používá rozhraní GTK2, k detekci serveru MPD avahi a pro stažení vzdálených souborů (obaly a texty) pak curl. Obsahuje různé pluginy jako odesílání audioscrobbler/last.fm a podporu multimediálních kláves.
Archivační program pro soubory .arj
Balíček obsahuje open source verzi archivátoru arj. Tato verze byla vytvořena s cílem zajistit co největší kompatibilitu a zároveň zachovat původní vlastnosti archivátoru ARJ vytvořeného firmou ARJ Software, Inc.
Rychlá 3D hra podobná Tron
Pravidla jsou jednoduchá: řídíte lehkou motorku (typ, který může zatáčet vždy pouze o 90 stupňů, zanechává za sebou zeď a nelze zastavit) a vaším úkolem je vyhnout se zdím, přičemž se zároveň snažíte o to, aby váš protihráč do nich narazil.
Myšlenka vzešla z filmu od společnosti Disney z roku 1982 nazývaném "Tron". Pokud jste kdy chtěli vyzkoušet jednoho z rychlých démonů objevujících se ve filmu, toto je vaše šance.
Armagetron Advanced je možno hrát proti protihráčům s umělou inteligencí i proti lidem po síti, nebo kombinovat obojí.
posílá IP a/nebo ARP dotazy (ping) - druhé jmenované na MAC adresu
Nástroj arping posílá ARP a/nebo ICMP dotazy zadanému hostiteli a zobrazuje odpovědi. Hostitel může být určen názvem, IP či MAC adresou jeho síťového rozhraní.
Snadno dostupný off-line slovník synonym založený na WordNet
Artha je off-line anglický slovník synonym s různými funkcemi jako například:
vyhledávání slov stisknutím jedné klávesy (označte text v libovolném okně a stiskněte předvolenou klávesu pro vyhledávání)
vyhledávání pomocí regulárních výrazů (rozšíření vyhledávání pomocí znaků jako je *,?, atd.)
pasivní upozornění na ploše (vyhledávání slov nepřeruší vaši práci)
návrhy oprav pravopisu (pokud je nepřesný/nejasný)
Po spuštění čeká na stisk zadané kombinace kláves. Pokud je stisknuta a v libovolném okně je vybrán nějaký text, vyskočí upozornění s hledaným slovem. Pokud dává uživatel přednost pasivnímu oznámení na ploše, je možné tuto možnost notifikace zapnout.
Pokud je hledaný výraz příliš obecný/nenalezen, může být vyhledávání buď rozšířeno pomocí regulárních výrazů, nebo je možné využít v případě nesprávného výrazu automatické návrhy oprav pravopisu.
Pro zprovoznění vyhledávání pomocí regulárních výrazů je vyžadován balíček wordnet-sense-index.
ASC (Advanced Strategic Command) je strategická hra podobná Battle Isle 2/3. Jedná se o tahovou strategii, ve které je možné hrát pro člověku nebo počítači.
Měnič CD pro AfterStep
ascdc je malý měnič CD. Vzhledem i způsobem ovládání se řídí okenním manažerem AfterStep a tak je ideálně zasazen do modulu Wharf AfterStepu.
Interaktivní identifikátor ASCII a tabulka synonym
Utilita ascii umožňuje snadnou konverzi mezi různými bytovými reprezentacemi a tabulkou znaků ASCII (American Standard Code for Information Interchange). Obsahuje celou řadu šestnáctkových, binárních, osmičkových, dálnopisných, ISO/ECMA kódů, slangový názvů, jmen entit XML a dalších reprezentací. Zadáte-li znak v jedné z těchto forem, pokusí se ho zobrazit ve všech zbývajících. Spustíte-li program bez argumentů, zobrazí malou příruční tabulku ASCII.
Konvertuje mezi ASCII, šestnáctkovou a binární reprezentací
Tento balíček obsahuje:
ascii2binary čte vstup obsahující ascii nebo šestnáctkovou reprezentaci čísel oddělených pomocí mezer a vytváří ekvivalentní binární výstup. Typ a přesnost binárního výstupu je možno nastavit pomocí parametrů příkazu.
binary2ascii čte vstup skládající se z binární čísel a konvertuje je do ascii nebo šestnáctkové reprezntace. Značky příkazové řádky určují typ a velikost binárních čísel a umožňují vám kontrolu nad formátem výstupu. Čísla je možno zapisovat v binární, osmičkové, desítkové a šestnáctkové podobě. Čísla se znaménkem je možno zapisovat pouze binárně nebo desítkově. Čísla s pohyblivou desetinnou čárkou pak můžete zapisovat pouze desítkově nebo pomocí standardního či vědeckého zápisu. (Pokud si chcete prohlédnout binární zápis čísel s pohyblivou desetinnou čárkou, pak si rozdělte vstup do sekvence znaků bez znaménka.)
Oba programy se hodí pro generování testovacích dat, pro prohlížení binárních souborů a v kombinaci s programy, které generují textový výstup dalšímu programu, který vyžaduje binární vstup a naopak. Také se mohou hodit při změně formátu čísel.
Soubory s tématy pro ASclock - applet hodin
Balíček obsahuje celou řadu různých témat pro různé varianty balíčku ASclock. Mezi nimi obsahuje klasické téma, se vzhledem originální aplikace ASclock.
Zobrazí knoflík pro nastavení hlasitosti
Tento knoflík vám umožní nastavit hlasitost vaší zvukové karty. Jednoduše popadněte knoflík pomocí levého tlačítka myši a táhnutím s ním otočte.
Mixér audia AfterStep
asmixer je malý mixér audia. Vzhledem a chováním se tváří stejně jako správce oken AfterStep a v ideálním případě je vytvořen tak, aby běžel uvnitř modulu Wharf prostředí AfterStep.
Monitor zdrojů dokovacích aplikací Afterstep a WindowMaker
asmon používá wharf/dokování a monitoruje použití CPU, paměti, swapu a spotřebu paměti X. Také obsahuje přesné hodnoty průměrné zátěže, paměti, swapu a spotřebu paměti X. Asmon byl vytvořen tak, aby zatěžoval procesor co nejméně.
Korektor překlepů GNU Aspell
GNU Aspell je korektor překlepů, který je možné používat buď jako samostatnou aplikaci, nebo jako knihovnu v jiných programech. Hlavní výhodou oproti ostatním korektorům (včetně Ispellu a Microsoft Wordu) jsou mnohem kvalitnější návrhy oprav (alespoň pro angličtinu). Oproti Ispellu má i další technické výhody jako používání sdílené paměti pro slovníky a inteligentnější zpracování osobních slovníků v případě, že máte spuštěn více než jeden proces Aspellu.
Aspell je navržen jako přímá náhrada za Ispell.
Arabský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu arabštiny v korektoru překlepů GNU Aspell.
Katalánský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu katalánštiny v korektoru překlepů GNU Aspell.
Slovník sestavil Joan Moratinos z dat pocházejících z nejrůznějších zdrojů.
Český slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu češtiny v korektoru překlepů GNU Aspell.
Velšský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu velštiny v korektoru překlepů GNU Aspell.
Vyčerpávající dánský slovník (DSDO) pro GNU Aspell
Vyčerpávající dánský slovník (DSDO) je svobodný slovník pro kontrolu překlepů v dánských textech publikovaný Skaane Sjaelland Linux User Group (SSLUG). Tento slovník je oproti ostatním výjimečný tím, že vznikl jako výsledek hlasování mezi jednotlivými korektory. Zatím nebyla zkontrolována všechna slova ve slovníku, ale editoři bdí nad celkovým stavem slovníku.
Toto je dánský slovník pro použití s korektorem překlepů GNU Aspell.
Dokumentace pro korektor překlepů GNU Aspell
Balík obsahuje dokumentaci pro GNU Aspell v různých formátech. Minimální manuálové stránky se nachází přímo v balíku v aspell. Tento balík nainstalujte v případě, že potřebujete další informace o vývoji a vnitřní logice Aspellu.
Řecký slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu řečtiny v korektoru překlepů GNU Aspell.
Peský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu perštiny (farsi) v korektoru překlepů GNU Aspell.
Francouzský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu francouzštiny v korektoru překlepů GNU Aspell.
Irský (gaelský) slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu irštiny (gaelštiny) v korektoru překlepů GNU Aspell.
Hebrejský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu hebrejštiny v korektoru překlepů GNU Aspell.
Slovník hornolužické srbštiny pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu hornolužické srbštiny v korektoru překlepů GNU Aspell.
Maďarský slovník pro GNU Aspell
Tento balík obsahuje maďarský slovník pro korektor překlepů GNU Aspell.
Islandský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu islandštiny v korektoru překlepů GNU Aspell.
Kurdský slovník pro GNU Aspell
Balík obsahuje kurdský slovník pro použití s korektorem překlepů GNU Aspell.
Litevský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu litevštiny v korektoru překlepů GNU Aspell.
Slovník brazilské portugalštiny pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu brazilské portugalštiny v korektoru překlepů GNU Aspell.
Portugalský (Evropa) slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu evropské portugalštiny v korektoru překlepů GNU Aspell.
Ruský slovník pro GNU Aspell
Slovník obsahuje ruské seznamy slov pro korektor překlepů GNU Aspell, který je momentálně využíván GNOME aplikacemi.
Slovník byl vytvořen ze seznamu slov pro Ispell.
Slovník jazyka tagalog pro GNU Aspell
Tento balíček obsahuje všechny soubory nutné pro podporu jazyka Tagalog při kontrole pravopisu pomocí GNU Aspell.
Astronomický kalendář - vypočítá pozici planet a hvězd
Program aa vypočítá orbitální pozici planet a provede přesný převod na geocentrickou a topocentrickou pozici objektu (místní výšku a azimut). Také upraví katalogovou pozici hvězdy danou v systému FK4 nebo FK5. Navigační data 57 hvězd jsou přiloženy. Většina použitých algoritmů pochází z Astronomického almanachu (AA) vydaného v U.S. Government Printing Office.
Program aa se řídí přesnými algoritmy sloužícími k výpočtu nebeských koordinátorů tak jak byly dány v aktuálním vydání Astronomického almanachu. Převod na odpovídající geocentrickou pozici byl kontrolován speciální verzí programu (aa200), který přebírá pozice planet přímo z laboratoře Jet Propulsion Laboratory DE200. Výsledky přesně souhlasí s tabulkami Astronomického almanachu z roku 1987 a let následujících (předchozí verze almanachu používali trochu jiné převodní metody).
Některé výpočty, jako je korekce nutace, jsou dány explicitně z AA, zároveň je na ně ale brána zřetel. V těchto případech provádí program kompletní výpočty, které jsou používány v konstrukci tabulek kalendáře.
Fantaskní střílečka plošinovka
Mladý Sigmund má několik problémů. Potřebuje pomoct vyřešit svojí duševní nestabilitu a proto je třeba vstoupit do fantazijního světa jeho myšlení a skoncovat se všemi nefunkčními mozkovými buňkami. Provést Sigmunda skrz Id, Ego a SuperEgo - každá z nich má 300 obrazovek - a najít osm odpadlých neuronů, vstoupit do nich a spustit jejich sebedestrukční systém.
Toto je verze hry Digital Psychosis' 1944 pro Acorn Archimedes.
Plánované zpracování příkazů.
Příkazy "at" a "batch" čtou shellovské příkazy ze standardního vstupu a ukládají je jako plánované úlohy, které se provedou později.
Použití "at" - úloha se provede ve specifikovaném čase. "batch" - úloha se provede pokud zatížení systému nepřesahuje povolenou mez.
Atomové tanky je hra pro více uživatelů, ve které se snažíte zničit cizí tanky a ochránit svůj vlastní. Za zničení cizích tanků získáváte peníze a za ně si pak můžete koupit novější a lepší vybavení pro svůj tank.
Hra je podobná Scorched Earth nebo sérii Worms.
Datové soubory pro Atomové tanky
Balíček obsahuje datové soubory potřebné pro hru Atomové tanky.
atlc balíček typu CAD (computer aided design) určený pro nakreslení a analýzu elektrických přenosových linek a přímých vazeb z libovolných křížených částí a libovolného počtu různých elektrických zařízení.
Pomocí analýzy je nalezena předpokládaná dráha spoje, přičemž se vychází ze znalosti rozměru fyzického zařízení. Při vykreslení je zobrazena jak předpokládaná dráha přenosu, která splňuje jisté předpoklady, tak i požadovaná dráha, která ukazuje jak to prakticky realizovat.
atlc je často používaná radioamatéry, profesionály RF, studenty a akademickou obcí.
Příklady pro Arbitrary Transmission Line Calculator
Obsahuje spoustu příkladů pro analýzu pomocí atlc.
Monitor systémových zdrojů a aktivity procesů
Atop je celoobrazovkový monitor výkonu. Je podobný příkazu top, ale zobrazuje pouze aktivní systémové zdroje a procesy. Také zobrazuje pouze odchylky od předchozího stavu (intervalu). V pravidelných intervalech zobrazuje aktivitu na systémové úrovni vztahující se k zátěži CPU, paměti, swapu, disků a sítě. Pro všechny aktivní procesy zobrazí zatížení CPU v systémovém a uživatelském módu, virtuální a rezidentní nárůst paměti, prioritu, jméno, stav a návratový kód. Úroveň aktivity procesu se také zobrazuje pro procesy, které byly ukončeny během posledního intervalu a tak získáme kompletní přehled o procesech zabírajících takové prostředky, jako je např. čas procesoru.
rychlý editor audia pro různé platformy
Audacity je více-stopový editor audia pro Linux/Unix, MacOS a Windows. Je vytvořen pro snadné nahrávání, přehrávání a úpravu digitálního audia. Hlavními rysy programu jsou digitální efekty a nástroje pro analýzu spektra audia. Úprava je velmi rychlá a umožňuje neomezené množství návratů (tlačítka zpět/opakovat).
Podporované formáty souborů jsou Ogg Vorbis, MP2, MP3, WAV, AIFF a AU.
Slouží pro snadnou správu a vyhledávání hudby
AudioLink je nástroj, který činí vyhledávání hudby na vašem paměťovém médiu snadnější a rychlejší. Vaše vyhledávání může obsahovat řadu kritérií, např. podle umělce, umělkyně, skupiny, žánru, atd.
Pracuje se soubory MP3 a Ogg Vorbis a vytváří databázi MySQL, ve které uchovává informace o hudebních souborech. Také vytváří symbolické odkazy na aktuálně nalezenou hudbu. Můžete vyhledávat podle více položek, např. podle umělce, skupiny, skladatele, textaře, atd.
Frontend k audacious používající ncurses
Audtty je terminálový frontend k hudebnímu přehrávači Audacious používající ncurses. Jedná se o odnož xmms-curses a je vytvořen tak, aby byl nenáročný a snadno se používal.
Audtty vám umožní snadno ovládat hudební přehrávač Audacious přímo z prostředí příkazové řádky - ať už lokálně nebo vzdáleně.
Jednoduchý regulátor hlasitosti s textovým i grafickým rozhraním
aumix je malý a snadno použitelný program pro regulaci hlasitosti zvukové karty. Pomocí knihovny ncurses běží v textovém režimu a také ho můžete ovládat neinteraktivně z příkazové řádky. Výchozí nastavení může načítat ze souboru a tak ho můžete použít pro automatické uložení (obnovu) nastavení při vypnutí (startu) počítače.
Tato aplikace navíc obsahuje verzi vytvořenou s rozhraním GTK+. Přesto můžete zůstat u jejího textového módu.
Umožňuje bind() nízkých portů neprivilegovaným programům
Balíček umožňuje ostatním programům, spuštěným pod jiným uživatelem než je root, používání nízkých portů bez nutnosti změn aplikace.
Automatická klasifikace a seskupování
AutoClass řeší problém automatického hledání tříd dat (často se nazývá shlukování nebo neřízené učení). To je protikladem popisování tříd na základě příkladů (to se nazývá řízené učení). Cílem tohoto procesu je vyhledání „přirozených“ dat. AutoClass je možno aplikovat na vyhledávání věcí, které jsou popsány pomocí množiny atributů bez odkazování se na další věci. Hodnoty těchto dat odpovídajících každému atributu jsou omezeny a jsou jimi buď čísla nebo elementy, např. pevné množiny symbolů. Míra chybovosti je dána pomocí číselných dat.
Synchronizuje schránku X a cutbuffer
Tento program sleduje změny cutbufferu a schránky. Jakmile se jeden z nich změní, pak ten druhý synchronizuje. V případě použití klienta VNC umí také synchronizovat schránku Windows s ostatními schránkami v systému. Pokud tak zkopírujete nějaký text ve Windows, bude aktualizována i vaše schránka v systému a naopak.
Analyzátor uspořádání ligand proteinových struktur
AutoDock je prvním typickým programem provádějícím simulace uspořádání malých chemických ligand do větších receptorů bílkovin. U předchozích verzí byl kladen důraz především na ligandy než na proteiny. Poslední verze 4 používá k uspořádání vybraných řetězců také určité pružnosti, např. bere v potaz tzv. rotamery.
Program AutoDock provádí uspořádání ligand do množin popisujících cílový protein. AutoGrid vypočítává právě tyto uspořádání.
Předvýpočty vazby ligandu k receptoru
AutoDockSuite se zabývá molekulární analýzou slučování nenších chemických látek do jejich receptorů se známou trojrozměrnou strukturou.
Program AutoGrid provádí předvýpočty pro sloučení ligandu do sady mřížek, které znázorňují působení proteinu na jednotku vydání. Působení těchto vlivů na ligand je následně analyzováno programem AutoDock.
Nástroj pro automatizaci pracovní plochy - verze GTK+
AutoKey je nástroj pro automatizaci pracovní plochy v Linuxu a X11. Umožňuje automatizaci v podstatě jakékoliv úlohy tak, že reaguje na psané a klávesové zkratky. Nabízí plnohodnotné grafické rozhraní, které jej činí přístupným začátečníkům, stejně jako skriptovací rozhraní, které nabízí značnou přizpůsobivost a sílu jazyka Python.
Tento balíček obsahuje rozhraní GTK+.
Grafické rozhraní k SleuthKit
Autopsy Forensic Browser je grafické rozhraní k příkazové řádce digitálního analytického nástroje Sleuth Kit. Spolu s Sleuth Kit a Autopsy má celou řadu stejných možností jako komerční digitální nástroje forensics určené k analýze souborových systému operačních systémů Windows a Unix (NTFS, FAT, FFS, EXT2FS a EXT3FS).
Daemon pro konfiguraci síťové adresy IPv4LL Avahi
Avahi je plně LGPL framework pro Multicast DNS Service Discovery. Umožňuje programům zveřejňovat a zjišťovat služby a stroje běžící na místní síti bez zvláštní konfigurace. Například můžete hned po připojení k síti hledat tiskárny pro tisk, soubory k prohlížení nebo lidi k rozhovoru.
Tento nástroj implementuje IPv4LL, "Dynamic Configuration of IPv4 Link-Local Addresses" (IETF RFC3927), protokol pro automatickou konfiguraci IP adres z místního rozsahu 169.254.0.0/16 bez nutnosti centrálního serveru. Primárně je určen pro použití v sítích ad-hoc bez serveru DHCP.
Démon Avahi mDNS/DNS-SD
Tento balíček obsahuje démona Avahi, který zastupuje na síti váš počítač a umožňuje dalším aplikacím publikovat a zjišťovat záznamy mDNS/DNS-SD.
Hlídací daemon AVR pro Linkstation/Kuroboxes
avr-evtd je jednoduché uživatelské rozhraní k mikrořadiči Linkstation AVR. Nemá hromady pokročilých funkcí, zato umí pracovat se zprávami „keep-alive“ ze zařízení Linkstation AVR.
Toto zařízení ovládá/monitoruje větráčky, různé LED, plánované zapnutí také dvě tlačítka. Jeho daemon zajišťuje potřebnou inicializaci zařízení a také pracuje s LED čímž indikuje různé chybové stavy. Také umí monitorovat tlačítko power (umístěné vepředu) a reset (najdete z boku).
software pro programování Atmel AVR mikrokontrolérů
AVRDUDE je open source nástroj pro stahování, nahrávání a manipulaci s ROM a EEPROM obsahem AVR mikrokontrolérů využitím "in-system" programovací techniky (ISP).
Program pro analýzu webového logu
Webalizer se hodí pro analýzu logu webu, ale v posledních letech příliš nepokročil. AWFFull z něj vychází a přichází s řadou vylepšení takže se stává jedním z velmi užitečných vylepšení.
Stejně jako si webalizer klade za cíl vytvoření analýzy logu webu. AWFFull se na druhou stranu více zaměřuje na řídící informace obsažené v těchto souborech - a není speciálně limitován pouze na logy serveru.
Hlavní rozšíření oproti Webalizeru
Historie hlavní stránky pokrývá více jak 12 měsíců. Jsou podporovány soubory se styly CSS, takže je možno upravovat obsah! Program obsahuje automatickou detekci typu logu. Program umí zpracovat logy CLF, kombinované, Squid, FTP XFER a Domino v6. U všech grafů je možno měnit jejich velikost. Došlo ke zjednodušení konfiguračního souboru a redukci duplikací běžných konfiguračních párování. Je umožněno sledovat záložky. Pamatujte, že jsou odhadovány! Změny backendu: Byly použity standardní volání knihovny PCRE a tím se zjednodušila vlastní tvorba programu Vylepšení týkající se hledání odpovídajícího výrazu mohou zvýšit rychlost běhu programu o 50%, YMMV! Chyby 404 jsou sledovány a zobrazují se spolu s cílovou a odkazovanou adresou URL. Umí určit co je stránka a co ne.
Mocný analyzátor logu webového serveru se spoustou voleb
AWStats (Advanced Web Statistics) je mocný analyzátor logu webového serveru napsaný v perlu, který zobrazuje statistiku webu včetně návštěv, jedinečných návštěv, stránek, kliknutí, strávených hodin, vyhledávacích strojů, klíčových slov použitých při nalezení vaší stránky, poškozených odkazů a mnohem více. K tomu přidává detailní informace a lepší grafy než ty, s kterými se setkáte v programu webalizer, navíc se snadněji používá. Pracuje s různými formáty logu webového serveru a to prostřednictvím CGI a/nebo z příkazové řádky. Podporuje více jak 30 jazyků.
Záložní nástroj pro příkazovou řádku
Toto je záložní program vytvořený tak, aby vám pomohl vytvářet denní zálohy vašeho systému.
Byl napsán v bashi a perlu a umí vytvářet archívy tar, tar.gz, tar.bz2 a zip a také ho lze spouštět v paralelním módu s jiným konfiguračním souborem. Další možné archívy jsou: výstup MySQL nebo SVN, inkrementální zálohy...
Archívy jsou zachovávány podle počtu dnů a mohou být nahrávány na server přes FTP, SSH nebo RSYNC.
Také je možná automatická záloha na média jako je CD nebo DVD.
Konfigurační soubor je velmi jednoduchý a pro lokalizaci se používá gettext.
Dokumentace k zálohovacímu balíku Bacula
Tento balíček poskytuje dokumentaci k Bacule. Bacula je sada programů sloužících ke správě záloh, obnově a ověřování dat dat přes síť mezi různými druhy počítačů.
Analyzátor využití disku pro GNOME
Analyzátor využití disku je grafická aplikace pro prostředí GNOME, která může jednoduše procházet buď celý strom souborového systému, nebo pouze větev určitého adresáře (místní či vzdálenou), o kterou uživatel požádá.
Automaticky také v reálném čase zaznamenává jakoukoli změnu vašeho domácího adresáře nebo jakéhokoli připojeného/odpojeného zařízení. Nabízí také plně grafické okno s mapou stromu pro každý vybraný adresář.
Základní systémové soubory Debianu password a group.
Obsahem balíku jsou základní soubory /etc/passwd a /etc/group obsahující debianovskou kolekci uživatelů a skupin. Nástroj update-passwd slouží pro jejich údržbu v aktuálním stavu.
Programovatelné doplňování příkazového řádku bash
Doplňování příkazů bash rozšiřuje standardní chování bash a umožní vám vytvářet i složité řádky jednoduše pomocí několika málo stisků kláves. Tento projekt se snaží vytvořit programovatelné doplňování příkazů vhodné pro většinu linuxových/unixových příkazů a tak zmenšit množství příkazů zadaných správci systému a programátory ručně. Přitom se vychází z běžných potřeb denní rutiny.
Monitor stavu baterie pro GNUstep
Ukázka ASCII-art založená na AAlib
Tento balíček obsahuje 'audio-vizuální ukázku vysoké kvality' umění ASCII pomocí AAlib, přenositelné knihovny grafiky ASCII-art. Tuto ukázku je možné zobrazit v textovém nebo grafickém terminálu.
Editor podobný sed pro binární soubory
Editor podobný sed, ale podobný binárním souborům. bbe provádí základní bytové operace s bloky dat vstupního proudu. bbe je nástroj příkazové řádky vytvořený pro unixové systémy.
Hodiny pro správce oken blackbox/fluxbox
bbtime je nástroj zobrazující systémový čas v prostředí blackboxu. Umí také zobrazovat další hodiny, stejně jako čas v nějaké nabídce.
Pamatujte, že v tento program nevyžaduje ke své činnosti blackbox ani fluxbox, ale v ostatních správcích oken nevypadá tak dobře.
Program pro konverzi formátů obrazu CD z bin/cue na iso/cdr
Balíček bchunk obsahuje přepis (UNIX/C) programu BinChunker. BinChunker umí konvertovat obrazy Cd ve formátech .bin/.cue (kdysi označované jako .raw/.cue) na stopy .iso a .cdr/.wav. Formát .bin/.cue používají některé ne-unixové vypalovací programy, ale přitom není podporován většinou běžných zapisovacích programů.
Vytváří konzolové písmo ze zdrojových písem BDF
Tento balíček obsahuje převaděč příkazové řádky, který se používá ve skriptech pro automatické sestavení písma konzole ze zdrojů BDF. Převaděč přichází s kolekcí kódování písem, která pokrývá většinu jazyků na světě. Výstupní písmo může používat jiné kódování než to vstupní. Jakmile není definován nějaký znak pro část určitého symbolu, není tento znak zahozen, ale užit symbol jiný.
Při rozhodování o umístění symbolu v konkrétním znaku si converter uvědomuje, že v textovém módu adaptér kopíruje 8 sloupců matice znaku umístěného v pseudografického prostoru do 9 políček. Při vytváření znaků pro textový mód by měla být šířka znaku zdrojového písma BDF sedm, osm nebo devět bodů; jinak se budou vytvořená písma hodit pouze pro framebuffer.
Nástroj pro změnu písma ve formátu BDF
Bdfresize je příkaz pro zvětšení nebo zmenšení písem, která jsou popsána ve standardním formátu BDF.
Editor a prohlížeč binárních souborů
beav (Binary Editor And Viewer) je editor binárních souborů obsahujících libovolná data. Naproti tomu u editorů textových souborů očekáváme, že budeme upravovat soubory obsahující text a/nebo budou formátovány určitým způsobem (např. řádky odděleny pomocí znaku nové řádky).
Pomocí beav můžete upravovat soubory ve formátech HEX, ASCII, EBCDIC, OCTAL, DECIMAL a BINARY. Můžete zobrazit, ale nemůžete upravovat data ve formátu FLOAT. V kterémkoliv z těchto režimů můžete vyhledávat a nahrazovat. Data můžete zobrazovat ve formátu BYTE, WORD a DOUBLE WORD. Při zobrazení WORD nebo DOUBLE WORD, můžete použít zobrazení pořadí bytů dle INTELU nebo MOTOROLY. Data libovolné délky mohou být vkládána kamkoliv do souboru. Zdrojem těchto dat může být klávesnice, další buffer nebo nějaký soubor. Všechna zobrazená data můžete poslat do tiskárny v zobrazeném formátu. Můžete pracovat i se soubory, které jsou větší než paměť počítače.
Logická hra ala Sokoban
Berusky je svobodná logická hra založená na starobylé hře Sokoban. Myšlenka hry Sokoban spočívala v přesouvání boxů v bludišti a byla rozšířena o takové věci jako jsou výbušniny, kameny, speciální brány, atd. Navíc máte k dispozici až pět brouků, které můžete ovládat. Pro splnění každé úrovně (k dispozici jich je okolo 120) je nutné získat pět klíčů a také uvolnit cestu k východu.
Hezký sazeč databáze BibTeX
Toto je hezký sazeč a kontrolor syntaxe bibliografických databází ve formátu BibTeX. Jedná se o užitečný nástroj pro ověření pravosti bibliografických údajů a položek získaných z celé řady různých zdrojů.
Verze Bible od krále Jamese: program s uživatelským rozhraním
Balíček obsahuje program zpřístupňující text a obsahující uživatelské rozhraní vytvořené pro práci s textem v souladu s překladem bible od krále Jamese. Toto rozhraní je v podstatě možné použít pro jakýkoliv text. Vyhledávací/prohlížecí nástroje umožňují hledání a čtení pasáží z bible. V plné shodě.
Bylo by pěkné, pokud by někdo vytvořil webové rozhraní pro bibli.
Verze Bible od krále Jamese - text
Balíček obsahuje verzi bible od krále Jamese (přeloženou v roce 1611), která byla a je široce používaná v Anglicky mluvících zemích.
Text je komprimován a je používán balíčkem bible-kjv, který obsahuje textové uživatelské rozhraní sloužící pro přístup k textu.
Filtruje soubory BiblTeX a převádí je do HTML
Kolekce nástrojů určená pro získání základních dat BibTeX a vytvoření dokumentů HTML:
aux2bib získá databázi BibTeX obsahující pouze ty položky, které jsou obsaženy v souboru aux.
bib2bib je filtr určený pro čtení jednoho nebo více souborů obsahujících bibliografii, vybere požadované položky na základě stanovených kritérií a vypíše seznam vybraných klíčů, také vytvoří nový soubor obsahující pouze vybrané položky;
bibtex2html je překladač, který čte soubor s bibliografií a vytvoří dva dokumenty HTML, které obsahují citovanou bibliografii ve formě pěkné prezentace (HTML odkazů umožňujících snadnou navigaci).
Převádí různé bibliografické datové formáty
Převádí mezi následujícími bibliografickými formáty: BibTeX, COPAC, EndNote refer, EndNote XML, Pubmed XML, ISI web of science, US Library of Congress MODS XML, RIS a bibliografií Word 2007.
Tento metabalíček obsahuje nástroje příkazové řádky bib2xml, copac2xml, end2xml endx2xml, isi2xml, med2xml, ris2xml, který převádí do formátu MODS XML, modsclean, který reformátuje MODS XML a odpovídající sadu příkazů xml2ads, xml2bib, xml2end, xml2isi, xml2ris, xml2wordbib, které převádí z MODS XML.
Prohlížeč BiDi - nástroj příkazové řádky zobrazující hebrejštinu/arabštinu
bidiv je jednoduchá utilita pro zobrazení hebrejštiny. To je užitečné pro čtení emailů v hebrejštině, prohlížení hebrejských textů atd. Byl napsán pro hebrejštinu, ale arabština (a další jazyky BiDi) fungují také docela dobře.
Větší kurzory myši pro X
Tento balík poskytuje několik velkých kurzorů myši pro použití v X. Tyto jsou užitečné pro uživatele notebooků, pro ty, kdo používají X ve velmi vysokých rozlišeních a samozřejmě pro kohokoliv, komu se zdají výchozí kurzory příliš malé.
Barevné binární hodiny pro konzoli
BinClock zobrazují systémový čas v binárním formátu. Podporují zobrazení času v osmi různých barvách a mohou běžet ve smyčce a vypisovat čas každou sekundu. Výchozí barvy a zobrazované znaky mohou být změněny v konfiguračním souboru.
Podpora speciálních binárních formátů
Modul binfmt_misc, který je obsažený v jádře verze 2.1.43 a novějším, umožňuje systémovým administrátorům registraci interpretrů různých binárních formátů založených na magickém číslu jejich rozšíření souboru a způsobí zavolání toho správného interpretru při spuštění odpovídajícího souboru. Výsledkem toho je flexibilnější verze spustitelného mechanismu interpretru.
Balíček obsahuje skript 'update-binfmts', pomocí něhož mohou správci balíčku registrovat interpretry používané s tímto modulem, bez nutnosti psát své vlastní skripty init.d, a který mohou systémoví administrátoři používat jako rozhraní vyšší úrovně pro práci s tímto modulem.
Statistický nástroj pro nainstalované programy
Nástroj pomáhá při úklidu binárních souborů, interpretovaných skriptů a dynamických knihoven. Nalezne počet shodných souborů a.out a dalších binárních souborů, spolu s jejich stavem ladících znaků, stavem setuid a závislostmi na dynamických knihovnách. Umí spočítat počet bytecodových programů v Javě, shodnost v hlavních typech skriptů a rozeznat neidentifikovatelné textové soubory.
Také dokáže nalézt zduplikované jména spustitelných souborů, nepoužívané knihovny, binární soubory jimž chybí knihovny, staticky linkované soubory a zduplikované manuálové stránky.
Při přihlášení zobrazí informace o nevyřízených událostech
Zobrazí seznam obsahující data různých událostí, vypočítá a zobrazí seznam těch, které přijdou na řadu v některém z příštích týdnů. Program byl původně vytvořen pro narozeniny, ale stejně tak se může používat pro připomenutí ročních událostí nebo při spuštění diáře.
Pamatujte, že pro použití skriptu vcf2birthday je potřeba perl.
Máme černou krabici, můžeme do ní střílet a sledovat, kde výstřely vyjdou ven. V krabici jsou krystaly a ty odrážejí výstřely. Vašim úkolem je zjistit, kde jsou krystaly ukryty.
Snadno použitelný systém správy obsahu pro příkazovou řádku
Program byl napsán v Perlu a jedná se multiplatformní aplikaci určenou pro vytváření statického obsahu bez potřeby připojení se k databázovým serverům nebo použití skriptování na straně serveru. Jedná se o CMS bez omezení, který je vhodný pro vytváření webových prezentací - osobního blogu, stránek projektu nebo jen prezentaci nějaké společnosti.
Velmi rychlý a všestranný 3D modelovací/renderovací systém
Blender je integrovaný balík 3d aplikací pro modelování, animace, rendering, post-produkci, interaktivní tvorbu a playback (hry). Blender má své vlastní zvláštní uživatelské rozhraní, které je implementováno výhradně v OpenGL a navrženo s důrazem na rychlost. K dispozici je provázání s Pythonem pro skriptování; funkce pro import / export populárních formátů souborů, jako je 3D Studio a Wavefront Obj, jsou realizovány pomocí skriptů od komunity. Běžnými výtvory Blenderu jsou záběry, animace, modely pro hry nebo jiné enginy třetích stran a interaktivní obsah ve formě samostatných binárních souborů.
KDE verze elektronické hry pro trénování paměti Simon
Blinken vychází z elektronické hry vydané v roce 1978, ve které se hráči snaží zapamatovat sekvence s narůstající délkou. Na ciferníku zařízení jsou 4 různá barevná tlačítka, každé z nich má svou vlastní melodii. Tato tlačítka se náhodně rozsvěcí a vytváří tak sekvence, které musí hráč znovu zadat. Pokud si hráč úspěšně zapamatuje celou sekvenci světel ve správném pořadí, pokračuje do další úrovně, ve které se ona sekvence opakuje, ale je k ní navíc přidán další krok.
Tento balíček je součástí vzdělávacího modulu KDE.
Malá aplikace typu weblog rozšiřitelná pluginy
Blosxom (čti "Blossom") je jednoduchá aplikace vytvořená tak, aby byla jednoduchá, snadno použitelná a spolupracovala s dalšími programy.
Podstatou je opora v souborovém systému, adresářích a souborech, které vytvářejí obsah databáze. Záznamy weblogu Blosxom jsou uloženy v čistě textových souborech, které napíšete ve svém oblíbeném textovém editoru. Vytvářet, upravovat, přejmenovávat a mazat záznamy můžete z příkazové řádky, přes FTP, WebDAV, nebo cokoliv jiného. Žádný import ani export není k dispozici; záznamy neobsahují nic více než titul umístěný na prvním řádku a tělo weblogu obsaženého za ním.
Přes svoji jednoduchost, Blosxom podporuje i pokročilé možnosti běžné v pro další aplikace tohoto typu. Navíc, Blosxom 2 obsahuje podporu pluginů a tak i větší možnosti uživatelských úprav.
Blosxom je jednoduchá, otevřená aplikace vytvořená v Perlu a umožňující i amatérům prostředí pro experimenty a úpravy prostředí. Konečně, Blosxom je program s otevřeným zdrojovým kódem, který můžete používat a upravovat.
Nástroje a daemony Bluetooth
Balíček obsahuje nástroje a systémové daemony používající zařízení Bluetooth.
BlueZ je oficiální linuxový balíček používaný pro Bluetooth. Je to Open Source projekt distribuovaný pod licencí GPL.
Ovladač tiskárny připojené přes Bluetooth pro CUPS
Tento balíček obsahuje ovladač umožňující CUPS tisknout na tiskárně připojené pomocí Bluetooth.
BlueZ je oficiální linuxová protokolová vrstva používaná pro Bluetooth. Je to Open Source projekt distribuovaný pod licencí GPL.
Ben's Own Graphics Library - grafický terminál
"Ben's Own Graphics Library" je malá knihovna obsahující základní objekty (widgety), podporu vícejazyčného textu a obsluhu myši.
Balíček obsahuje bterm, terminál s podporou UTF a framebufferu.
Klient pro systém vzdáleného zálohování BoxBackup
BoxBackup je automatický on-line záložní systém. Klient sleduje změny lokálního systému, připojuje se k serveru BoxBackup a posílá změny přes zabezpečený kanál. Všechna data jsou před odesláním šifrována. Nástroj příkazové řádky je určen pro obnovu záloh včetně smazaných souborů a starších verzí.
Server vzdáleného záložního systému BoxBackup
BoxBackup je automatický záložní systém. Server čeká na připojení od svých klientů, autentizuje je pomocí certifikátů X.509 a ukládá data v šifrované podobě na disk počítače, volitelně na pole RAID. Také podporuje historii verzí a uživatelské kvóty.
Pěkný tisk vícesekvenčních uspořádání
Boxshade je program sloužící k vytváření pěkně vypadajících tiskových sestav z různých uspořádání proteinů a sekvencí DNA. Program neřeší vlastní uspořádání a vyžaduje vstupní soubor, který je vytvořen tímto programem či ručně upraven příslušnými nástroji.
Boxshade čte sekvenční uspořádání ze souborů PILEUP-MSF, CLUSTAL-ALN, MALIGNED-data a ESEE-save (omezených na maximálně 150 sekvencí s maximálně 10000 položkami). Program umí různá stínování na stejné/podobné zbytky. Výstup je možno zobrazovat na obrazovce ve formátech: ANSI/VT100, PS/EPS, RTF, HPGL, ReGIS, LJ250-printer, ASCII, xFIG, PICT a HTML.
přehrávač/nahrávač zvuku (bufferovaný)
bplay je balík zprostředkovávající jednoduchý nástroj pro přehrávání a nahrávání zvuku pro příkazový řádek. Umí formáty raw, VOC a WAV.
K použití potřebujete mít zvukovou kartu a odpovídající ovladač nakonfigurovaný v jádře.
Při běhu program vytvoří dva procesy, které si vzájemně sdílí paměť. Umí číst nebo zapisovat na disk a zvukové zařízení současně, ale počítejte stím, že může vznikonout nějaká prodleva tím, že disk je příliš pomalý nebo zaneprázdněný.
Společné soubory pro knihovnu a aplikaci k vypalování CD Brasero
Brasero je jednoduchá aplikace k vypalování, kopírování a mazání CD a DVD médií.
Tento balíček obsahuje společné soubory a překlady.
Emulátor starých syntezátorů
Bristol je emulátor syntezátoru. Používá generátor PCM na zvukové kartě, ale může být také řízen pomocí MIDI. Kromě toho ho můžete nastavit na použití nízkolatenčních plánovačů jádra pro lepší plynulost přehrávání. Umí používat jakýkoli počet současných syntetizérů (všechny se připojí na stejné jádro). Podporuje rozdělení a vrstevnatost klávesnice s více syntezátory na jednom kanálu midi. V současné době jsou podporovány následující klávesy: Moog Mini, Moog Voyager (Bristol "Explorer"), Sequential Circuits Prophet-5, Roland Juno-6, Yamaha DX-7, Hammond (single manual), Hammond B3 (dual manual).
Soubor klasických textových unixových her
Tento balíček je souborem některých textově orientovaných her a kratochvílí, které na unixových systémech baví lidi už desetiletí.
Obsahuje tyto programy: adventure, arithmetic, atc, backgammon, battlestar, bcd, boggle, caesar, canfield, countmail, cribbage, dab, go-fish, gomoku, hack, hangman, hunt, mille, monop, morse, number, pig, phantasia, pom, ppt, primes, quiz, random, rain, robots, rot13, sail, snake, tetris, trek, wargames, worm, worms, wump, wtf
Generuje/aplikuje opravy mezi dvěma binárními soubory
bsdiff a bspatch jsou nástroje určené k vytváření a aplikaci oprav binárních souborů. Pomocí třídění přípon (zejména Larsson a Sadakane qsufsort) a s ohledem na změny spustitelných souborů, bsdiff rutinně vytváří binární záplaty o 50 až 80% menší než ty vytvořené pomocí Xdelta a o 15% menší než ty, které jsou vytvořené pomocí .RTPatch (komerční nástroj pro tvorbu záplat).
Bayesovský filtr spamu
Bsfilter je filtr spamu, který rozpozná spam od ostatních emailů. Emaily čte těmito způsoby:
přečte normální soubor nebo standardní vstup
získá a uloží je ze serveru IMAP
přečte je ze serveru POP a pošle je klientovi POP. (POP proxy) Bsfilter obsahuje pěknou podporu japonštiny.
Bufferovací/reblokovací program pro páskové zálohy, tisk, atd.
Buffer implementuje dvojité bufferování a používá se pro uchování záložních pásek v procesu streamování a tiskáren v procesu tisknutí. Také se může použít pro konverzi datových streamů na danou velikost výstupního bloku.
Buffer používá sdílenou paměť pro konverzi různé rychlosti vstupu na konstantní výstup. Typicky se používá v rouře mezi záložním programem a páskovým zařízením, může se také použít i pro další aplikace jako je filtrování vstupních dat lpd u tiskárny.
Informativní seznam zásadních balíčků pro sestavování
Pokud nepotřebujete sestavovat balíčky Debianu, nepotřebujete tento balíček. Počínaje dpkg (>=1.14.18) je tento balíček pro sestavování balíčků Debianu vyžadován.
Tento balíček obsahuje informativní seznam balíčků, které jsou považovány za zásadní pro sestavování balíčků Debianu. Tento balíček navíc na všech balíčcích z tohoto seznamu závisí, aby se tím usnadnila jejich instalace.
Pokud máte tento balíček nainstalovaný, pak k sestavení jakéhokoliv balíčku stačí doinstalovat jen to, co má daný balíček uvedeno ve svých sestavovacích závislostech. Naopak, pokud se rozhodujete, co uvést do sestavovacích závislostí svého balíčků, můžete kterýkoliv z balíčků, na kterém závisí tento balíček, vynechat.
Tento balíček ovšem NENÍ definicí toho, které balíčky jsou zásadní pro sestavování („build-essential“); skutečná definice se nachází ve Strategické příručce Debianu. Seznam v tomto balíčku je pouze informativní, což je pro většinu lidí dostačující. Ovšem pokud se balíček od příručky odlišuje, má pravdu příručka.
Závod pro 1 nebo 2 hráče skrz víceúrovňové bludiště
Datové soubory pro bumprace
V BumpRacer, hře určené pro 1 nebo 2 hráče (v týmu nebo v soutěži), si volíte mezi 4 vozidly a závodíte v několika bludištích. Hráči musí získávat bonusy, vyhýbat se pastím a střelám protihráčů a závodit s časem.
Balíček obsahuje zvuky a obrázky pro bumprace
Editor binárních souborů
bvi je editor binárních souborů založený na textovém editoru vi. Pokud umíte pracovat s vi, jednoduše spusťte editor a začněte pracovat! Jestliže vi neznáte, možná pro vás nebude bvi tou nejlepší volbou.
Bywater BASIC Interpreter (bwBASIC) implementuje rozsáhlou množinu standardů ANSI pro Minimal BASIC (X3.60-1978) a významnou podmnožinu standardů ANSI pro Full BASIC (X3.113-1987) v C. Také umožňuje programování pro shell, to je rozšířením BASICu. bwBASIC chce být co nejvíce přenositelný.
Grafické nástroje textového módu
Tento balíček obsahuje nástroje a demonstrační programy pro libcaca, barevnou knihovnu AsCii Art.
cacaview je jednoduchý prohlížeč obrázků pro terminál. Umí otevřít většinu formátů obrázků jako je JPEG, PNG, GIF, atd. Vykresluje je do terminálu pomocí ASCII art. Uživatel přitom může zoomovat i posouvat obrázek, nastavovat metodu vykreslení a povolovat vyhlazování.
cacafire je port aafire AALib, který zobrazuje ASCII umění.
cacademo je nenáročná aplikace, která vykresluje animované míčky ASCII.
Počítačový algebraický systém založený na kvantové teorii polí
Cadabra je počítačový algebraický systém určený speciálně pro řešení problémů týkajících se kvantové teorie polí. Obsahuje rozsáhlé funkce pro polynomické tenzory včetně mnohočlenných symetrií, fermiony a antikomutativní proměnné, Cliffordovu algebru a Fierzovu transformaci, obsahuje souřadnicovou závislost, vícenásobné indexové typy a mnoho dalších. Vstupním formátem je podmnožina příkazů z TeXu.
Klient WebDAV pro příkazovou řádku
cadaver podporuje upload a download souboru, má displej přímo na obrazovce, umožňuje editaci v místě umístění, operace ve jmenném prostoru (přesun/kopírování), vytváření a mazání kolekcí, manipulaci s právy a zamykání zdrojů.
Jeho operace jsou podobné standardnímu klientu ftp(1) BSD a smbclient(1) projektu Samba.
Tento balíček podporuje GnuTLS (HTTPS).
WebDAV (Web-based Distributed Authoring and Versioning) je kolekce rozšíření protokolu HTTP, která uživatelům umožní společnou úpravu a správu souborů na vzdálených webových serverech.
CADUBI je aplikace napsaná v Perlu a umožňující kreslit textové obrázky, které jsou zobrazitelné na běžných konzolích používaných na unixových systémech. Aplikace emulující tyto konzole obvykle podporují také barvy pozadí a popředí, různé textové módy, tučné a inverzní písmo.
Tento umělecký text, obvykle nazývaný "ASCII art", se používá na různých místech, obvykle v emailech, na přihlašovacích obrazovkách, atd.
Analyzátor logu serveru Squid či Oops
Calamaris je skript v Perlu, který generuje pěknou statistiku logu Squid a Oops. Program je spouštěn denně před rotací logu proxy a získanou statistiku odesílá emailem, nebo ji umístí na web.
Program podporuje různé volby; některé vlastnosti navíc požadují doporučované moduly Perlu.
Poskytne superuživatelská privilegia určitým uživatelům
Calife je alternativou Sudo. Umožňuje vybraným uživatelům získat shell s identitou roota nebo jiného uživatele, vše po zadání svého vlastního hesla. To umožňuje systémovým administrátorům udělovat oprávnění bez nutnosti sdílet rootovské heslo.
Z různých zdrojů získá bibliografické reference
cb2bib je program získávající bibliografické reference z neformátovaných a nestandardních zdrojů jako jsou:
webové časopisy a noviny;
většina zajímavých souborů PDF.
Výstup je zapsán do souborů ve formátu BibTeX. Mezi další vlastnosti patří:
soubory článků je možno spojit a přejmenovat přesunutím do okna cb2Bib;
možnost úpravy a procházení souborů BibTeX;
reference citací, vyhledávání citací a kompletní seznam zmíněných dokumentů;
vkládání bibliografických metadat přímo do dokumentu;
psaní krátkých poznámek k různým referencím.
Konvertor obrazu disku CloneCD na standardní formát ISO
Tento nástroj převádí obrazy CD vytvořené nesvobodným programem CloneCD do formátu ISO, kterému rozumí snad všechny svobodné vypalovací programy.
Nenáročný nástroj pro získání videa v příkazové řádce
cclive je nenáročný nástroj pro získání videa z Youtube a dalších podobných vide-stránek. Jedná se o přepis programu clive v jazyce C++ s menším zatížením operační paměti a také méně závislostmi.
cclive je určen primárně „pro stahování videa“, ale můžete ho také používat jako videopřehrávač, podobně jako „mplayer“, pro prohlížení streamovaných videí namísto přehrávače Adobe flash player.
Vytiskne kulaté popisky CD
cd-circleprint je program pro vytvoření kulatých popisků CD. Program byl napsán v perlu a jako grafický frontend byl použit perl-tk. Popisky je možné uspořádat do čtyřech řádků pěkného textu umístěného na křivce a dalších čtyřech polí normálního textu. U každého textového pole je možné nastavit velikost textu, písma a barvu. Barvu pozadí je možné také nastavit. Na pozadí můžete umístit také obrázek Pokud vaše tiskárna nevytváří ty správné kruhy, můžete vytisknout celou stránku a na plochu také můžete umístit dva popisky tak, abyste vyrovnali různé typy krycích štítků.
Vytváří obaly datových CD
cdcover je malý nástroj příkazové řádky, který vytváří uživatelsky definované obaly datových cd.
Vytváří obálky a potisky na CD a DVD
cdlabelgen byl vytvořen za účelem zjednodušení procesu vytváření štítků CD a DVD. Původně vznikl jako program umožňující automatické vytváření obálek a potisků pro CD vypálených pomocí automatického procesu (archivátoru dat), ale až nyní se stal populární pro popisování CD obsahujících mp3 nebo kopií CD. Pamatujte, že cdlabelgen v současné době nic netiskne -- pouze vytvoří postscript, s kterým pak můžete pracovat podle libosti.
Climate Data Operators je sada operátorů příkazové řádky používaných k manipulaci a analýze dat klimatického modelu. Podporuje datové formáty GRIB, netCDF, SERVICE, EXTRA a IEG. K dispozici je víc jak 400 operátorů.
Nástroj pro extrakci hudby z CD
Nástroj pro získání zvuku pro úpravu CD. Oproti klasickým programům jako je cdda2wav, cdparanoia se snaží získat zvuk bez chvění a jiných vad.
Vypaluje CD v režimu Disk-At-Once (DAO)
cdrdao vypaluje zvukové či datové disky CD-R v režimu disk-at-once (DAO) založeném na doslovném předpisu obsahu CD.
Při vypalování CD metodou disk-at-once dojde k zapsání kompletního disku CD, tedy zahajovací stopa, jedna nebo více dalších stop, ukončovací stopa, v jediném kroku. Obvykle používaný režim track-at-once (TAO) naopak zapisuje každou stopu nezávisle, což vyžaduje vytvoření spojovacích bloků mezi každými dvěma stopami. Postup, který se při vypalování používá v tomto nástroji, se běžně využívá při kopírování CD s více stopami, jako jsou zvuková CD.
cdrdao umí pracovat také s formáty bin/cue, které se běžně používají u VCD nebo u disků s subkanálovými daty.
Pokud chcete vypalovat běžná datová CD, pravděpodobně budete chtít místo tohoto balíčku wodim.
Nástroj pro vypalování CD - verze pro konzoli
Ncurses frontend k wodim a genisoimage. Umí vypalovat zvuková a datová CD, vypaluje obrazy CD i přímo soubory.
Akční hra podobná Super Pang
Hra podobná 'Super Pang'. Ve hře jste napadeni malými zelenými míčky, které kolem vás padají a vašim úkolem je zničit je pomocí nože. Váš nůž má samozřejmě omezený dosah a tak se musíte dostat pod balóny, abyste je mohli zničit. Ještě horší je, že pokud se jedná o velký míč, tak tento míč hned nezmizí, ale naopak se rozpadne na dva menší. Jednotlivé úrovně se skládají plošin spojených pomocí žebříků, takže se můžete pohybovat nahoru a dolů a krýt se podle potřeby.
Tento balík obsahuje data ke hře.
Vektorový grafický nástroj pro GNUstep
Cenon je zvláštní grafický nástroj. Cenon, postavený nad modulárním grafickým jádrem, nabízí širokou paletu možností a využití - nejen Desktop Publishing. A nejlepší ze všeho je, že je to svobodný software dostupný s plnými zdrojovými kódy a je doma na mnoha různých platformách.
Převádí, importuje a exportuje DXF, PostScript, Adobe Illustrator, DIN formáty, HPGL, Gerber a PDF.
Copyright finns inte, kniha o kultuře hackerů
Copyright finns inte: kniha o kultuře hackerů, folklóru a historii od Linuse Walleije. Toto je originální švédský text. Ve formátu HTML a DVI.
Nástroje příkazové řádky pro změnu FourCC v Microsoft RIFF AVI
Identifikuje kodek používaný v souborech AVI (*.AVI) a umožní vám změnit popisný kód FourCC (jako fourcc-changer ve Windows). To se hodí především lidem, kteří pracují se soubory AVI od Microsoftu.
Nástroj webového logu, který převede ChangeLog na HTML
chalow (CHAngeLog On the Web) je nástroj weblogu napsaný v Perlu. Umí převádět ChangeLog na HTML a RSS.
chalow podporuje témata šablon systému weblogu tDiary. Pro použití témat tDiary nainstalujte prosím balíček tdiary-theme.
Mapa znaků pro GNUstep
Charmap nabízí volbu řezu písma a umožňuje náhled na všechny znaky, které ten který řez nabízí.
CheckInstall vysleduje soubory vytvořené nebo upravené nějakým instalačním skriptem ("make install", "make install_modules", "setup", atd.), vytvoří standardní binární balíček a nainstaluje ho ve vašem systému tak, aby ho bylo možno odinstalovat pomocí standardních nástrojů správy balíčků.
Archivátor emailů pro různé druhy mailboxu
chewmail je emailový archivátor vytvořený v Perlu. Používá Mail::Box, takže podporuje všechny formáty typu mailbox. Může filtrovat zprávy do mboxu podle data zprávy nebo dalších kritérií.
Mikro-blogovací klient pro KDE
Choqok je rychlý, účinný a jednoduchý mikro-blogovací klient pro KDE. V současné době podporuje služby twitter.com a identi.ca.
Mezi další vlastnosti patří:
Podpora uživatelů + kamarádů.
Podpora pro odpovědi @Reply.
Podpora posílání a přijímání přímých zpráv.
Schopnost používat více účtů současně.
Podpora vyhledávání ve všech službách.
Podpora automatického zkrácení URL, pokud má víc jak 30 znaků.
Podpora pro nastavení aktuálního stavu v seznamu.
Spustí příkazy v omezeném prostředí
Chrootuid snadno spouští síťové služby s nízkými oprávněními a s omezeným přístupem k systému. Daemoni mají přístup pouze k vlastní adresářové struktuře a běží pod uživateli s nízkými privilegii.
Používá se ke spuštění gopheru a sítě www (world-wide web). Může se také použít pro spuštění proxy serveru. Svým uspořádáním snižuje dopad možných děr v síťovém softwaru.
Nástroj pro úpravu rpath v binárkách ELF
chrpath umožňuje změnit rpath (umístění, kde aplikace hledá knihovny) libovolné aplikace. Pokud ještě rpath neexistuje, umožní vám ji přidat.
Nástroje pro Common Internet File System
Protokol SMB/CIFS umožňuje sdílení souborů mezi vícero platformami včetně Microsoft Windows, OS X a ostatními unixovými systémy.
Tento balíček poskytuje nástroje pro správu oddílů se síťovým souborovým systémem CIFS.
Datové soubory pro circuslinux
"Circus Linux!" vychází z hry pro Atari 2600, která se jmenovala "Circus Atari" a kterou vydala firma Atari v roce 1980. Styl hraní je podobný "Breakout" a "Arkanoid" - posouváte se doleva a doprava a snažíte se trefit do objektu ve vzduchu, který ničí zeď.
Balíček obsahuje soubory s obrázky a zvuky pro circuslinux.
Kontrolor a generátor sfv
SFV (Simple File Verification) používá při kontrole souborů součty crc32. cksfv automatizuje proces vytváření a kontroly .sfv. Pro kontrolu integrity jsou pravděpodobně lepší kontrolní součty md5, na druhou stranu se metoda ověření svf běžně používá v diskuzních skupinách souborů USENET a na dalších místech.
Vrstva kompatibility pro Allegro Common Lisp
Jednoduchá vrstva kompatibility, která emuluje knihovní funkce obsažené v Allegro Common Lisp. Používá se pro podporu celé řady balíčků Franz, které závisí právě na těchto knihovnách.
Přenosná verze AllegroServe, což je webový server pro programy v Common Lisp. Také obsahuje funkce klienta HTTP pro přístup na webové stránky a získání dat.
Common Lispová podpora pro zpracování argumentů příkazové řádky
Tento balík poskytuje Common Lispové programy pro zpracování argumentů z příkazové řádky. Algoritmus je založen na GNU modulu getopt_long.
Knihovna pro vytváření HTML z programů Lisp
cl-htmlgen je Frazova knihovna pro vytváření HTML z běžných programů v Lispu. Je omezena HTML jazykem a tak pro vytváření kódu XHTML použijte debianí balíček cl-lml2.
Obecný lispový balíček pro dotazování se v medicínské databázi publikací PubMed
Tato knihovna obsahuje funkce pro dotazování v databázi medicínských publikací PubMed a převod výsledků v XML na objekty Common Lispu. Tento balíček používá pro HTTP dotazy cl-aserve.
Antivirový filtr emailových zpráv pro ClamAV
clamassassin je jednoduchý antivirový filtr ClamAV, který se používá s filtry procmail a podobnými aplikacemi. Rozhraní clamassassin se podobá rozhraní spamassassin, což zjednodušuje implementaci tohoto nástroje. clamassassin je vytvořen s důrazem kladeným na bezpečnost, robustnost a jednoduchost.
Souborový systém chráněný antivirem
ClamFS je FUSE uživatelský souborový systém pro Linux se skenováním souborů při přístupu k nim (on-access) pomocí daemona clamd. Clamd (clamav-daemon) je služba skenování souborů vytvořená v projektu ClamAV.
Nástroje a pomocníci pro emailový klient Claws Mail
Různé skripty v řadě jazyků, které vám pomohou vyřešit běžné problémy nalezené uživateli Claws Mail.
Pro více informací o přiložených skriptech si přečtěte soubory README.
Soubory společné pro všechny CLI balíčky
Tento balíček je třeba nainstalovat, pokud si přejete používat běhové prostředí CLI (Common Language Infrastructure - příkazovou řádku).
Tento balíček zahrnuje užitečnou integraci a informace pro implementace CLI v Debian GNU/Linuxu, včetně:
Pravidel CLI, která popisují, jak se mají CLI balíčky chovat a integrovat.
Často kladených otázek (FAQ) pro správce balíčků CLI/.NET aplikací.
Integrace CLR (Common Language Runtime):
Instalace knihoven do existujicich GAC (Global Assembly Cache)
Zdrojový balíček pro "compressed loopback device module"
Tento balíček obsahuje zdrojový balíček používaný pro vytvoření modulu cloop. Pro sestavení modulu pro dané jádro můžete použít module-assistant nebo make-kpkg.
Nástroje pro obsluhu komprimovaných svazků
Nástroje pro vytvoření a rozbalení komprimovaných souborů typu loopback.
Nahrává/přehrává událostí X - verze pro příkazovou řádku
GNU Xnee je sada programů, které umí zaznamenávat, přehrávat a distribuovat uživatelské akce v prostředí X11. Představte si to jako robota který imituje vše co jste udělali vy.
Xnee lze použít pro
nahrávání a přehrávání maker
Tento balíček obsahuje rozhraní Xnee pro příkazovou řádku.
Coco/R Compiler Generator (Java verze)
Coco/R je generátor kompilátoru, který použije gramatiku zdrojového jazyka a vytvoří skener a analyzátor tohoto jazyka. Skener funguje jako určitý omezený automat. Analyzátor používá rekurzivní postup. Konflikty LL(1) je možno řešit pomocí více-symbolové metody lookahead nebo kontroly významu. Z tohoto důvodu je třídou akceptované gramatiky LL(k) pro libovolné k.
Pro spuštění Coco zavolejte cocoj, skript shellu v /usr/bin.
Nástroj pro barevný výstup 'diff'
ColorDiff je nastavbou programu „diff“. Vytváří stejný výstup jako diff, ale s barevným vylepšením zvyšujícím čitelnost textu. Nastavení barev je možno upravovat.
Výstup je podobný zvýrazňování syntaxe jako při úpravě opravy vytvořené pomocí diffu ve Vimu nebo Emacsu.
Komprimuje/dekomprimuje obrázky do hlavičky emailu
Konvertuje soubory ve formátu .xbm 48x48 (bitmapa) na komprimovaný formát, který může být umístěn do hlavičky emailu (položky X-Face:). Některé prohlížeče emailových zpráv, například exmh, pak zobrazí tento obrázek při čtení vašeho emailu.
Kompozitní OpenGL správce oken
Compiz přináší do vašeho života řadu různých vizuálních efektů, které zjednodušují použití linuxového desktopu a činí ho mnohem intuitivnější, mocnější a přitom dostupnějším pro většinu uživatelů.
Compiz kombinuje správce oken s kompozitním správcem využívajícím k vykreslování OpenGL. „Správce oken“ umožňuje pracovat s více aplikacemi a dialogovými okny zobrazovanými na obrazovce. „Kompozitní správce“ umožňuje oknům a dalším grafickým objektům vytvářet kompozitní obrázky. Compiz provádí obě tyto funkce.
concalc je kalkulačka určená pro linuxovou konzoli. Je založena na integrovaném extcalc jemuž tvoří jen jakousi obálku. Kalkulačku je možno používat podle vašich potřeb v shellu. concalc také umí spouštět skripty napsané v programovacím jazyku typu C.
Čte proměnné z konfiguračních souborů podobných INI
Nástroj confget prohlíží konfigurační soubory INI a získává hodnoty daných proměnných. Používá se ve skriptech shellu, které používají stejný styl konfiguračních souborů jako INI, přitom se vyhýbá duplikaci dat.
Nástroj confget umí získat hodnoty jednoho nebo více proměnných, seznam všech proměnných dané části, seznam pouze těch jmen, které vyhovují určité šabloně (glob nebo regulární výrazy), nebo zkontrolovat je-li určitá proměnná nastavena v souboru. Také umí výstup „uvození shellu“ díky kterému je možné předat hodnoty proměnných snadno dál.
Hlavní konfigurační program pro balíčky používající debconf
configure-debian je program, který předkládá seznam balíčků obsažených v Debconf, což je systém správy konfigurací v Debianu.
Debconf obsahuje průvodce první instalací, která je spuštěna při instalaci balíčku. Balíček můžete nastavit také později a configure-debian vám to usnadní.
configure-debian rozděluje seznam balíčků na podsekce, které jsou tvořeny balíčky Debianu, jako je X11, base, gnome nebo kde.
Základní infrastruktura pro nastavení textové konzole
Tento balíček obsahuje nástroj install-keymap(8), což je doporučený nástroj na určení použité mapy kláves při startu systému, stejně jako pro interní použití balíčky poskytujícími mapy kláves.
Vzdálené ovládání linuxových virtuálních konzol
Conspy umožní (vzdálenému) uživateli sledovat co se děje na virtuálních linuxových konzolích a také na ně zadávat příkazy. Program se podobá VNC, ale oproti VNC nepracuje s grafickým prostředím, ale s virtuální textovou konzolí. Oproti VNC pak conspy nevyžaduje instalace serveru, který by pak ke spojení používalo.
Velmi flexibilní konvertor jednotek
Pomocí ConvertAll budete moci konvertovat libovolné jednotky rozsáhlé databáze jednotek do dalších kompatibilních jednotek. Pokud chcete konvertovat z palců na desítky, není problém. Ani z liber či kubických námořních mil. Některé jednotky jsou jen velmi málo známé.
Upozorňování na email pomocí 3d grafiky
Coolmail se podobá xbiff -- sleduje vaši schránku a upozorní vás jakmile dostanete zprávu. Oproti xbiff umí spustit vašeho oblíbeného emailového klienta jakmile na něj kliknete. Také obsahuje pěknou animovanou grafiku.
Systém filtrování zpráv pro MTA Courier napsaný čistě v Perlu
Courier::Filter podporuje více filtrovacích modulů, které můžete nainstalovat a hierarchicky seskupit v jejich konfiguracích. Můžete obracet polaritu jednotlivých modulů, takže je možné použít jedna pravidla pro příjem zpráv a druhá pro jejich zamítnutí.
Jsou obsažený následující metody filtrování:
BlankBody: hledání prázdného těla (ukazatel hloupého spamu)
DNSBL: hledání IP adresy MTA v black-listu
SPF: autentizace adresy odesílatele v příchozí poště
SPFout: autentizace adresy odesílatele v odchozí poště
Envelope: hledání položek RFC 2821
Header: hledání položek RFC 2822 hlavičky
FakeDate: detekce nepřijatelných a zdeformovaných položek v hlavičce
ClamAVd: detekce virů pomocí scanneru ClamAV
SpamAssassin: detekce spamu pomocí SpamAssassin
Parts: prohledávání částí MIME a obsahu archívu ZIP
SendCopy: posílání kopií zpráv dalším příjemcům
GNU cpio -- program určený pro práci s archívy
GNU cpio je nástroj pro tvorbu a rozbalování archívů, nebo pro kopírování souborů z místa na místo. Umí pracovat s celou řadou formátů cpio a také zvládá čtení a zápis souborů tar.
Plně konfigurovatelný daemon pro úpravu frekvence a napětí
cpufreqd je náhradou appletu speedstep, který naleznete v některých OS, program monitoruje stav systému a nastavuje ty nejlepší hodnoty CPU. Je plně konfigurovatelný a snadno rozšiřitelný díky spoustě dostupných pluginů (a další se brzy objeví). Přes své jméno, program je možno použít i k ovládání napětí regulátoru Nforce2-Atxp1 a taktu jádra a pamětí karet NVidia (podívejte se na soubor README.Debian).
Pro správnou funkci programu je potřeba ovladač CPUFreq a APM, ACPI (novější verze) nebo PMU povolené v jádře, daemon jinak nebude fungovat.
Utility pracující s volbou linuxového jádra - cpufreq
Tento balíček obsahuje dva nástroje pro prohlížení a nastavení frekvence procesoru skrz rozhraní sysfs a procfs CPUFreq.
Standardně také povolí CPUFreq již při zavádění systému (najde-li odpovídající ovladač CPU).
Nástroj pro omezení využití CPU procesy
cpulimit je jednoduchý program, který se snaží snížit využití CPU procesem (vyjádřeno v procentech ne v čase CPU). TO se hodí pro kontrolu dávkových úloh, u kterých nechceme, aby příliš zatížili CPU. Program nepoužívá hodnoty nice, ale skutečné využití CPU. Kromě toho se může sám přizpůsobit zatížení počítače, dynamicky a rychle zároveň.
OpenGL puzzle podobné hře "Tetris Attack"
Crack Attack je OpenGL puzzle, hra podobná hře "Tetris Attack" známe z Super Nintenda. Pomalu stavíte hromadu barevných bloků a snažíte se, aby tato hromada nedosáhla vrcholu, jakmile se to stane, prohráváte. K odstranění bloků z hromady je potřeba spojit alespoň tři bloky stejné barvy, ať už horizontálně nebo vertikálně. Jakmile se vám to podaří, bloky zmizí a odloží tak váš nevyhnutelný konec.
Crack Attack je bez HW akcelerace velmi pomalý. Pro uživatele Xorg to prakticky znamená, že budete potřebovat DRI.
Střílečka a la galaxian
criticalmass, známý také jako critter, je střílečka ve stylu Galaxiana s velmi barevnou a pěknou grafikou (za předpokladu, že máte 3d akceleraci)
Poznámka: jelikož criticalmass používá OpenGL, pravděpodobně nepojede příliš dobře, pokud nemáte 3d akceleraci, která je podporována v X.
Střílečka a la galaxian (datové soubory)
Tento balíček obsahuje datové soubory nezávislé na architektuře.
Automatická aktualizace balíčků pomocí apt-get
Obsahuje nástroje, které jsou v pravidelných intervalech spouštěny pomocí cronu. Ve výchozím nastavení pouze aktualizuje seznam balíčků a stahuje nové balíčky bez vlastní instalace. Program je možno instruovat, aby spustil cokoliv co dokáže spustit apt-get (nebo aptitude).
V případě chyb umí poslat správci systému email.
Pamatujte, že tento nástroj může být bezpečnostním rizikem, takže byste ho neměli nastavovat na to, aby dělal více než je skutečně nezbytné. Automatická aktualizace všech balíčků NENÍ doporučena pokud nemáte plnou kontrolu nad zdrojem balíčků.
Rotace logu pro webové servery
Jednoduchý program, který čte zprávy logu z jejich vstupu a zapisuje je na množinu výstupních souborů, jejich jména jsou vytvářena pomocí šablony a aktuálního data a času. Šablona používá stejný formát, jaký je použit při zobrazení pomocí unixového příkazu date (ten je stejný jako standardní knihovní funkce jazyka C - strftime).
Používá se zejména pro webový server, jako je Apache, pro rozdělení přístupu na denní nebo měsíční záznamy:
Skript cronsplit je také obsažen. Slouží pro konverzi stávajících rotovaných logů do tohoto systému.
Základní obrázky crossfire-client
Pro snížení přenosu, ke kterému dochází při přehrávání zvuku, je doporučeno stáhnout tento obrázkový archiv a nainstalovat ho.
CannonSmash simuluje hru stolního tenisu
CannonSmash je zábavná 3D hra věnovaná stolnímu tenisu. Hra se ovládá pomocí myši a klávesnice a naučit se to bývá dílem okamžiku. Jakmile to zvládnete, budete se cítit jako byste hráli skutečnou hru. Můžete hrát proti počítači nebo po síti.
Protože csmash závisí na vykreslování pomocí OpenGL, je potřeba karta s 3D akcelerátorem, i když softwarové překreslování v módu wireframe může také stačit.
Datové soubory pro hru CannonSmash
Balíček obsahuje datové soubory pro CannonSmash.
Demonstrační nahrávka pro CannonSmash
Toto je demonstrační nahrávka pro CannonSmash. Pokud cmash nadetekuje tuto nahrávku při svém startu, zobrazí vám tuto ukázku hry spolu s pěknou hudbou na pozadí.
Složil Hideaki Tanabe.
Mocný a univerzální systém zvukové syntézy
Csound je zvukový a hudební systém. Umožní vám pracovat s více jak 450 moduly zpracování signálu. Také ho můžete používat pro virtuální modelaci libovolného syntetizačního nebo více-efektového procesoru. Může fungovat v reálném čase ne jako kompilátor.
Csound je určen pro syntézu zvuku, stejně jako C je určeno pro programování.
Utilita pro rekódování a třídění v češtině
Tato utilita vám umožňuje rekódovat soubory do různých kódovaní a třídit data v češtině. Mezi hlavní vlastnosti patří:
Napsán v Perlu, obsahuje odpovídající moduly Perlu.
Podporovaná kódování jsou: ASCII, ISO-8859-1, ISO-8859-2, Microsoft cp1250 a cp1252, Mac, MacCE, PC Latin 2, Koi8-CS a TeX Cork (T1).
Možnost vytváření svých vlastních definicí kódování souborů stejně jako jejich použití při jejich rekódování do jiné znakové sady.
Podpora rekódování znaku na znak, nebo znaku na skupinu znaků.
Důmyslný algoritmus pro třídění v češtině.
Central Test Node, implementace DICOM pro medicínské potřeby
DICOM je standard uchování obrázků, anotací a sítí. Široce se používá pro uchování lékařských obrázků. Tento standard používá např. CTN (Central Test Node software).
Tento balíček obsahuje binární a běhové konfigurační soubory pro CTN.
Simulátor výpočetní tomogafie
CTSim poskytuje interaktivní simulátor výpočetní tomografie. Výpočetní tomografie je technika přibližného popisu vnitřku objektů využívající měření absorbce rentgenových vln při průchodu objektem.
CTSim nabízí jak nástroje pro příkazový řádek, tak grafické uživatelské rozhraní. CTSim má velmi poučné trasovací režimy, jak pro zobrazení simulace sběru dat, tak pro rekonstrukci objektu.
Správce oken Claude's Tab
ctwm rozšíření Claude Lecommandeura pro twm; navíc podporuje více virtuálních obrazovek, souborový formát pixmap, "lepkavé" nabídky a další rozšíření.
Common UNIX Printing System(tm) - klientské programy (SysV)
Common UNIX Printing System (nebo CUPS(tm)) je tiskový systém, který nahrazuje lpd a jemu podobné. Podporuje Internet Printing Protocol (IPP) a má svůj vlastní model ovladačů pro tisk různých druhů dokumentů.
Balíček obsahuje klientské programy tiskového systému podobné System V.
Pomocník PolicyKit pro jemnější nastavní oprávnění v CUPS
Tento balíček poskytuje pomůcku PolicyKit pro jemné nastavení oprávnění v CUPS. Například je možné umožnit uživateli povolit/zakázat tiskárny bez toho, že by bylo vyžadováno heslo, přičemž stále je heslo vyžadováno při úpravách nastavení tiskárny.
Hra podobná tetrisu s velmi impozantními efekty
Cuyo je pojmenováno po španělském vztažném přídavném jménu. Z tetrisu si vzalo věci jako je padání objektů a způsob navigace. Jakmile se "spojí" objekty "stejného typu", explodují. Cílem každé úrovně je zničit speciální "kameny", které se zde objeví. Co ale znamená "stejný typ" a "spojení" objektů, to je definováno v závislosti na každé úrovni.
Posílá potvrzení CVS pomocí emailu
Program cvs-mailcommit je zahrnut v systému CVS skrz soubor loginfo a pomáhá lidem uchovávat informace o zdrojích CVS, změnách distribuce a zdroje pomocí emailu. Tento balíček byl napsán v Perlu.
Nástroj ke generování informací o záplatě CVS
CVSps je program generující informace „o záplatě“ z nějakého repositáře CVS. Množina záplat je přitom definována jako množina změn provedených na sadu souborů, všech potvrzených v jednom okamžiku (pomocí jednoho příkazu „cvs commit“). Tyto informace se hodí pro získání náhledu na průběh vývoje projektu CVS. Protože CVS sleduje informace o revizích, je často obtížné sledovat změny, které byly provedeny v repositáři automaticky.
Rozhraní CGI k vašemu repositáři CVS
cvsweb je WWW CGI skript, který vám umožní vzdáleně přistupovat k vašemu repositáři CVS. Umožní vám procházet stromem a nastavovat přístup do jednotlivých částí. Také zobrazuje adresář s revizemi nějakého souboru, stejně jako vytváří diffy mezi revizemi a navíc umožňuje stažení libovolných revizí souboru.
Klient pro terminálové servery Cyclades
Toto je klient pro emulaci sériového portu přes protokol RFC 2217, který se používá terminálovými servery Cyclades a dalšími produkty. Sestává se z daemona, který spravuje pseudo-tty a sdíleného objektu, který přebírá knihovní volání tcsetattr() a tcsendbreak() a přesměrovává je pře síť.
Střílečka, ve které je důležitá přesnost střelby
dangen je střílečka, ve které je důležitá přesnost střelby. Za pomoci šipek a tlačítka pro střelbu můžete střílet podle libosti. Bonusové body získáte za sestřelení nepřátel aniž byste minuli. Můžete si zvolit úrovně o různé obtížnosti.
Disk ARchive: zálohuje adresáře a soubory
Velmi schopný archivátor s podporou různých záloh, dělení, komprese, podporou ATTR/ACL. DAR také podporuje roury vzdálených operací, včetně ssh.
Balíček obsahuje statické binární soubory, dar_static.
Datové soubory pro dasher
Dasher je účinné vstupní rozhraní pro zadávání textu řízené přirozenými souvislými pohyby. Dasher je alternativní systém zadávání textu používaný v situacích, kdy není možné použít klávesnici plné velikosti.
Tento balíček obsahuje různé na architektuře nezávislé soubory používané v dasher:
abecedu všech jazyků
barevná nastavení písma
zkušební soubory ve všech jazycích
Nástroje příkazové řádky pro zpracování informací v balíčku
Informace obsažené v balíčku Debianu jsou obvykle obsaženy v souborech majících speciální souborový formát - formát dctrl (Debian control file format), to je speciální případ souborového formátu jar. Tyto nástroje fungují s libovolnými soubory, které odpovídají tomuto formátu a tak je můžete použít kdykoliv pracujete se soubory v tomto tvaru.
grep-dctrl - Grep souborů ve formátu dctrl grep-available - Grep databáze DPKG grep-status - Grep stavové databáze DPKG grep-aptavail - Grep dostupné databáze APT grep-debtags - Grep databáze balíčků Debtags
sort-dctrl - Setřídí soubory ve formátu dctrl
tbl-dctrl - Sestaví soubory dctrl do tabulky
sync-available - Synchronizuje databázi dpkg s databází apt
Nástroje pro použití možností DDS jednotek DAT v GNU tar
Tento nástroj obsahuje příkazy rychlého posunu pro zařízení DAT. Soubory z daného umístění pak můžete rozbalit během minutky.
Skript scsi_vendor vám pomůže určit neznámé zařízení SCSI. Používá ho nástroj mt-dds.
Pracuje se zprávami ddts
ddtc je zkratka "Debian Description Translation Client". Jedná se o skript v Perlu, který pomáhá překladatelům a následným kontrolorům při práci s maily ddts. Z emailu vyjme ddts, rozdělí ho na jednotlivé soubory balíčků a pošle překlady, kontroly a opravy chybných překladů.
V současné době podporuje pouze popisy balíčků (pdesc).
Prohlížeč balíčků .deb a jejich obsahu v GNOME
Programu se z příkazové řádky předává umístění balíčku, který pak 'otevře' v různých správcích souborů, jedno okno na každý balíček. Balíček není potřeba při prohlížení instalovat. Otevřete-li soubor se změnami, otevře se i každý balíček jmenovaný v tomto souboru.
Samotné soubory balíčku a balíčky zmiňované v souboru se změnami můžete prohlížet na lokálním i vzdáleném souborovém systému.
Zavede základní systém Debian
debootstrap se používá pro vytvoření základního systému Debian zcela od nuly. Není vyžadována přítomnost nástrojů apt nebo dpkg. debootstrap stáhne příslušné .deb soubory ze zadaného zrcadla a rozbalí je do adresáře, do kterého se pak můžete chrootovat.
Program, který najde nepoužívané balíčky, např. knihovny
deborphan najde "osiřelé" balíčky. Program rozhodne, na kterých balíčkách nic nezávisí a zobrazí jejich seznam. Hodí se především pro hledání knihoven, ale můžete ho použít pro všechny sekce systému balíčků.
Analýza bezpečnosti Debianu
debsecan je nástroj sloužící ke generování seznamu bezpečnostních rizik, které mohou postihnout instalaci Debianu. debscan se spouští na počítačích, kde kontroluje a stahuje informace o bezpečnostních rizikách. Jakmile objeví novou hrozbu, může o tom poslat informační email, to samé dělá také pokud objeví dostupnou aktualizaci řešící bezpečnostní riziko.
Běžné soubory pro desktopové prostředí Debianu
Balíček obsahuje různé soubory, které jsou používány při instalaci desktopového prostředí v Debianu. V současné době se jedná o některá témata a umělecké prvky vztahující se k Debianu, soubory .desktop obsahující odkazy na materiály o Debianu (vhodné pro umístění na plochu) a další soubory běžně používané v prostředích jako je GNOME a KDE.
Nalezne okna a provede na nich zadané akce
Tento nástroj nalezne okna při jejich vytvoření a provede na nich zadané akce jako změnu velikosti, přesun na jinou pracovní plochu, nebo připíchnutí na všechny plochy.
Přesně přečte (nebo přepíše) oblast blokového zařízení
devio je program příkazové řádky, který slouží k přesnému čtení ze znakového zařízení mtd (a dalších blokových zařízení). devio vám umožní přistupovat ke specifickým oblastem zařízení a zapisovat data na daná umístění. Primární rozdíl mezi devio a dalšími nástroji příkazové řádky, jako je dd a cat je, že nepoužívají proudy dat, ale zapisují přímo do dané oblasti.
Debhelper pro podporu balíčků Common Lisp
Tento přídavek debhelper je určen správcům balíčků souvisejících s Common Lisp. V souladu s Common Lisp dle manuálu Debianu automatizuje proces vytváření balíčku.
Přidává závislosti vyžadované implementací Common Lisp v případě, že jsou pro ně v balíčku předkompilované objektové soubory.
Tento malý nástroj umožňuje systémovým administrátorům vysílat požadavky DHCP, což slouží pro nalezení dosud běžícího serveru DHCP.
Pokročilá utilita zobrazující informace o disku podobná df
'di' utilita zobrazující informace o disku, zobrazuje vše (a více) jako dělá příkaz 'df'. Mezi její možnosti patří schopnost zobrazit využití disku v kterémkoliv formátu jakém chcete. Utilita je vytvořená tak, aby byla přenositelná na všechny platformy.
Dia je editor diagramů, grafů, schémat, atd. Obsahuje podporu pro diagramy obsahující statickou strukturu UML (diagramy tříd), Entitně-relační diagramy, síťové diagramy a mnohem více. Diagramy můžete exportovat do postscriptu a spousty dalších formátů.
Segmentové uspořádání násobných sekvencí
DIALIGN-TX je nástroj pro příkazovou řádku umožňující provádět alignmenty několika proteinových nebo DNA sekvencí. Je to úplně přepsaná implementace segmentového přístupu s několika vylepšeními a heuristikou, což výrazně zvyšuje kvalitu výsledných aligmentů v porovnání s DIALIGN 2.2 a DIALIGN T. Pro párové alignmenty používá algoritmus "řetězení fragmentů" (fragment chaining), který upřednostňuje řetězce lokálních alignmentů s nízkým skóre před jednotlivými fragmenty s vysokým skóre. Pro násobné alignmenty DIALIGN-TN používá vylepšený "hladový postup" (greedy procedure), který není tak citlivý na nepodstatné lokální podobnosti.
Zobrazuje uživatelsky příjemná dialogová okna z shell skriptů
Aplikace obsahuje způsob jak zobrazit různé typy dialogových oken z shellových skriptů. To umožňuje vývojářům interakci s uživateli v mnohem příjemnějším kabátě.
Jsou podporovány následující typy dialogových oken: yes/no Typické dotazy s tlačítky "Ano" a "Ne" menu Rozbalovací nabídka s výběrem jedné možnosti input Dotazovací nabídka s možností textového vstupu message Podobají se oknu ano/ne, ale obsahují pouze tlačítko "Ok" text Dialogové okno fungující jako jednoduchý prohlížeč souboru info Okno se zprávou, které umožní asynchronní zpracování skriptu checklist Podobá se oknu s nabídkou, ale umožňuje výběr více možností radiolist Obdoba checlistu, ale s možností výběru pouze jedné položky gauge Typické okno se zobrazením průběhu operací tail Umožňuje prohlížení konce souborů (tail), které se aktualizují background tail Podobá se tail s tím rozdílem, že běží na pozadí editbox Umožňuje upravovat stávající soubor
Přenosný klient DHCPv6
Klient Dibbler podporuje jak stavové (předávání adres IPv6) tak i bezstavové (např. předávání voleb) konfigurační módy protokolu DHCPv6. Kromě základních možností podporuje různá rozšíření DHCPv6, např. obnovu portu. Instalace Dibbler vám umožní získávat adresy IPv6 a volby ze serveru DHCPv6.
Portovatelný DHCPv6 relay
Relay se používá jako proxy mezi servery a klienty. Hlavní předností je podpora různých vzdálených spojů pomocí jednoho serveru. Díky instalaci Dibbler budete moci obsluhovat více různých spojů, které nejsou fyzicky propojeny, pomocí jednoho serveru DHCPv6.
Přenosný server DHCPv6
Klient Dibbler podporuje jak stavové (předávání adres IPv6) tak i bezstavové (např. předávání voleb) konfigurační módy protokolu DHCPv6. Kromě základních možností podporuje různá rozšíření DHCPv6, např. obnovu portu. Instalace Dibbler vám umožní získávat adresy IPv6 a volby ze serveru DHCPv6.
Slovníkový klient kompatibilní s RFC 2229
GNU Dico je implementaci protokolu DICT tak, jak je definován v RFC 2229. Je plně modulární: daemon sám (dicod) zajišťuje pouze funkce serveru a sám neví nic o formátech databáze. V současné době je prohledávání zajištěno funkcemi obsaženými v zaveditelných modulech. Jeden modul může obsluhovat jednu nebo více databází.
Tento balíček obsahuje konzolového klienta dico.
Konvertuje soubory DICOM do formátu NIfTI
Program dinifti konvertuje obrázky MRI uložené ve formátu NIfTI. Formát NIfTI je standardním formátem lékařských obrázků a používá se např. spolu s FSL, AFNI, SPM, Caret nebo Freesurfer.
dinifti konvertuje jednotlivé soubory a také podporuje plně automatické dávkové konverze kompletních adresářů dicom. Navíc jsou soubory NIfTI správně pojmenovány, přičemž používají informace uložené v souborech DICOM.
Modulární slovníkový server kompatibilní s RFC 2229 (webové rozhraní)
Tento balíček obsahuje webové rozhraní pro hledání v databázi.
Tento balíček obsahuje klientskou aplikaci pro dotazování se dictd serveru. Protokol pro komunikaci klient-server je založen na TCP, server tedy může být lokální nebo přístupný prostřednictvím sítě.
DICT Development Group se stará o několik veřejných serverů, které jsou přístupné z libovolného počítače připojeného k internetu. Výchozí nastavení je dotazovat se nejprve jednoho z těchto severů. Toto nastavení můžete změnit v konfiguračním souboru /etc/dictd/dict.conf.
Dotazy mohou být přizpůsobeny mnoha volbami v příkazovém řádku, včetně zadání databáze(í), která má být dotazována a vyhledávací strategie, která má být použita.
Balíček také obsahuje skript dictl, díky kterému je možné použít slovníky s kódováním UTF-8 i na terminálech, které UTF-8 nepodporují.
Klient dict pro emacs
Umožňuje automatické doplňování, které se používá při výběru slovníku a vyhledávací strategii. Navíc, DictEm obsahuje různá vylepšení, které je možné používat pro zpracování bufferu.
Nástroj pro formátování souboru pro server dictd
Tento balíček obsahuje dictfmt. Nástroj pro konverzi vstupního souboru na odpovídající databázi, která je přizpůsobena protokolu DICT. Kromě toho také vytvoří odpovídající indexový soubor.
Tento balíček také obsahuje ditunformat, který umí vytvořit čistou databázi z indexu a databáze slovníku.
Nástroje pro pomoc se slohem a pravopisem (angličtina a němčina)
Toto je svobodná implementace unixových příkazů style a diction, které vám mohou pomoci zlepšit váš pravopis. Zahrnuta jsou pravidla pro angličtinu a němčinu.
Klient Dict pro GNUstep
DictionaryReader je slovníková aplikace, která vyžaduje servery Dict na Internetu, které vám zprostředkují vyhledání slov. Jedná se o nenáročnou a snadno použitelnou aplikaci.
Kompresní nástroje pro slovníkové databáze
Tento balíček obsahuje nástroje sloužící ke kompresi slovníkových databází pomocí algoritmu LZ77 způsobem plně kompatibilním s gzip(1), ale pomocí rozšíření, které umožní náhodný přístup k částem o velikosti 57kB bez nutnosti dekomprese celého souboru.
Tento balíček také obsahuje dictunzip určený k dekompresi souborů vytvořených pomocí dictzip a dictzcat, pro prohlížení souborů dictzip.
Jednoduchá implementace wiki s vestavěným webovým serverem
DidiWiki je určena pro toho, kdo potřebuje rychlou a nenáročnou wiki pro své osobní použití jako jsou poznámky, seznamy "to do", atd. Je napsána v C a má nízké systémové nároky (binární velikost okolo 25k). To ji činí velmi jednoduchou. DidiWiki nevyžaduje instalaci webového serveru ani skriptovacího jazyka či databáze.
Nástroj k porovnání souborů
Balíček diffutils obsahuje programy diff, diff3, sdiff a cmp.
"diff" ukazuje rozdíly mezi dvěma soubory, nebo každého odpovídajícího si souboru ve dvou adresářích. "cmp" ukáže posuny a čísla řádek kde se soubory liší. Také může zobrazit všechny znaky, které jsou rozdílné v obou souborech znak proti znaku. "diff3" ukáže rozdíly mezi třemi soubory. "sdiff" interaktivně prolne dva soubory.
Produkované rozdíly programem "diff" mohou být použity k distribuci oprav, či záplat textových souborů (jako třeba kódu programů). Tato metoda je velmi užitečná, pokud jsou rozdíly malé oproti celým souborům. Takto získaný výstup z "diff" může program "patch" opravit, či "za záplatovat" kopii souboru.
Pište s Debianem vědecké články
Debian GNU/Linux je rozšířen na vysokých školách, kde se často používá při výzkumu a k psaní odborných textů v systému LaTeX. Balíček diploma obsahuje příklady, které ukazují možnosti jak obojí dělat efektivně s pomocí systému Debian GNU/Linux. Každý příklad sestává ze zdrojového adresáře, ve kterém je možno spustit make. To způsobí, že zdrojový kód je přeložen, naměřená data jsou zpracována a výsledky jsou převedeny na hezké obrázky. Potom je zpracován text, zkombinován s obrázky a hotový výsledek stačí jen vytisknout.
Klient VNC používající framebuffer
DirectVNC je klient implementující "remote framebuffer protocol" (rfb), který je používaný servery VNC. Klienta tak můžete použít pro připojení k počítači a zobrazení obsahuje jeho obrazovky na svém stroji. Události klávesnice a myši jsou odesílané na server, takže ho můžete vzdáleně ovládat.
Souborový zálohovací systém používající rsync
Nástroj pro správu více záloh na online úložném zařízení. Každá záloha je dostupná jako adresář obsahující snímky, ve kterém jsou společné soubory sdíleny mezi jednotlivými časovými snímky. Pro samotné kopírování využívá rsync.
Zálohy mohou být prováděny lokálně nebo přes síť (pomocí ssh).
Vytváří obaly zvukových CD
Disc-cover se dotazuje FreeDB a získává informace o daném CD, vytváří obal a výstupem je přitom jeden z dostupných formátů. Tím je PostScript, PDF, Dvi, LaTeX, Plain Text, HTML, CDlabelgen a CDDB.
Systém identifikace hardware
Discover je systém pro identifikaci hardware založený na knihovně libdiscover2. Discover poskytuje pružné rozhraní, které mohou jiné programy používat k zjišťování celé řady informací o hardware dostupném v linuxovém systému. Jako přídavek k reportování nabízí discover podporu pro detekci hardware při startu systému.
Kalkulačka pro výpočet datového toku DivX napsaná v Perlu
Tato kalkulačka je určena pro výpočet datového toku filmů ve formátu DivX. Program vám pomůže vypočítat (v závislosti na dané velikosti filmu, datovém toku zvuku a délce filmu) ten správný datový tok kódování videa příslušného filmu.
Utility pro formát obrázků DjVu
Obsahuje utility pro konverzi mezi DjVu a dalšími formáty.
CGI program pro rozdělení souborů DjVu za chodu
CGI program pro konverzi balíku vícestránkový dokumentů DjVu na nepřímé dokumenty DjVu za chodu. To se dělá pro zvýšení efektivity procházení dokumentů DjVu bez nutnosti přenosu nepotřebných souborů.
Nenáročný emailový transportní agent
DragonFly Mail Agent je malý agent MTA (Mail Transport Agent) vytvořený pro domácí i firemní použití. Program přijímá emaily od MUA (Mail User Agents) a doručuje je do místních schránek nebo na vzdálené servery SMTP. Vzdálené doručování je možné i za použití TLS/SSL a SMTP autentizace.
dma není náhradou pokročilého MTA jako Sendmail, Postfix nebo Exim. Dma totiž nepřijímá na portu 25 příchozí připojení.
Nástroje pro mapování softwarového pole RAID (dmraid)
dmraid nalezne, aktivuje, deaktivuje a zobrazuje vlastnosti SW pole raid (např. ATARAID) a obsažených dosových oblastí.
dmraid používá linuxový způsob mapování zařízení a vytváří zařízení s dotyčným mapováním pro všechny skupiny ATARAID, které nalezne.
Jsou podporovány tyto formáty: Highpoint HPT37X/HPT45X Intel Software RAID LSI Logic MegaRAID NVidia NForce RAID (nvraid) Promise FastTrack Silicon Image(tm) Medley(tm) VIA Software RAID
Před použitím tohoto programu si prosím přečtěte dokumentaci uloženou v /usr/share/doc/dmraid. Nesprávným použitím programu může dojít ke ztrátě dat!
Neutrální a škálovatelné kurzové téma
Tento balíček obsahuje kurzorové téma DMZ, které bylo odvozeno od tématu Industrial vytvořeného pro pracovní plochu GNOME Ximian. Obsahuje černé a bílé kurzory, vše ve škálovatelných formátech.
Překládá a ukládá adresy IP z logovacích souborů
Program uchovává historii změn DNS/Jmen adres IP získaných ze souborů webového logu. Hlavní význam spočívá v tom, že vícenásobné analýzy starších logů nevyžadují nové prohledání IP adres na FQDNs a kromě toho také odrážejí skutečnost jak to bylo dřív a ne jak to bylo nyní.
Rozšíření DocBook XML pro vytváření HTML formulářů
DocBook modul pro HTML formuláře přidává do XML DocBooku šest nových značek pro jednoduché vytváření HTML formulářů přímo ze zdrojových XML dokumentů.
Modul HTML formulářů je úpravou DTD XML DocBooku V4.1.2.
Rozšíření XML DocBooku o značky MathML
DocBook modul MathML přidává podporu pro používání značek MathML ve zdrojových dokumentech XML DocBooku.
Modul MathML je úpravou DTD XML DocBooku V4.1.2. Modul vyžaduje přístup k DTD MathML V2.0, které se nachází v balíku w3-dtd-mathml.
DTD pro XML Slides a příslušné XSL styly
XML DTD odvozené z docbooku pro vytváření prezentací. Balík obsahuje příslušné xsl styly. Tuto verzi můžete upravovat jak pomocí DTD zjednodušeného DocBooku, tak pomocí DTD plné verze XML DocBooku.
Stylové soubory DTD a XSL
DTD XML odvozený od docbook pro vytvoření webových stránek. Tento balíček obsahuje stylové soubory xsl pro toto DTD. Tato verze je upravena pro DocBook XML V4.2 DTD.
Standardní dokumentační systém XML pro software a systémy
DocBook je definice typu dokumentu (DTD). To znamená, že obsahuje strukturu dokumentu "DocBook". Používá se pro psaní dokumentů ve formátu XML DocBook. DocBook byl navržen pro knihy, články a referenční dokumentaci o technických záležitostech softwaru. Vznikl v softwarovém průmyslu jako otevřené standardní DTD a mnoho svobodných projektů si jej zvolilo jako dokumentační systém.
Tento balíček obsahuje XML DTD pro DocBook popisující formální strukturu dokumentů používajících tento formát. Pokud chcete vytvářet dokumenty DocBook raději pomocí SGML než XML, podívejte se na balíček „docbook“. Další balíčky budou potřeba pro úpravu (psgml), ověření (opensp, libxml2-utils) nebo formátování (docbook-xsl, docbook-dsssl) dokumentů DocBook.
Tento balíček přináší poslední verzi DocBook 4.5 XML DTD spolu s vybranou množinou DTD požadovaných staršími dokumenty, včetně verze 4.0, 4.1.2, 4.2, 4.3 a 4.4.
Převádí dokumenty DocBook/XML na manuálové stránky a TeXinfo
Hlavními nástroji jsou:
docbook2x-man: převádí DocBook/XML na manuálové stránky, obsahuje podporu tabulek
docbook2x-texi: převádí DocBook/XML na stránku info, tu často používají uživatelé Emacsu
Porovná dva soubory slovo od slova / znak po znaku
DocDiff porovná dva soubory a zobrazí rozdíl. Umí porovnat soubory po slovech, po znacích nebo po řádcích.
Obsahuje různé výstupní formáty jako je HTML/XHTML, tty, Manued nebo uživatelem definované značky. Podporuje různá kódování a znaky na konci řádků, včetně ASCII, UTF-8, EUC-JP, Shift_JIS, CR, LF a CRLF.
Malá střílečka pro jednoho až dva hráče
Hra patří mezi arkády staré školy s nízkým rozlišením, pohybem shora dolů, herním stylem založeným na energii a různými druhy zbraní s více úrovněmi síly.
kontrola kompatibility názvů souborů s SYSV a DOS
Kontroluje kompatibilitu s omezení délky názvů souborů: 14ti znakové pro SYSV a 8.3 pro DOS.
Konvertor Graphviz do LaTeXu
Cílem dot2tex je dát grafům vytvořeným pomocí nástroje Graphviz přátelštější vzhled LaTeXu. Toho je docíleno díky:
požití nativní příkazů PSTricks a příkazů PGF/TikZ určených pro kreslení šipek, hran a uzlů.
zadávání popisků pomocí LaTeXu, což umožňuje zápis matematiky.
pomocí specifických stylů pro úpravu výstupu.
Program pro nastavení zařízení video4linux
Program dov4l umí nastavit takové vlastnosti jako je frekvence, tuner, vstupní kanál, mód, jas, odstín, barvy, kontrast, bělost, paletu, šířku a výšu vašeho zařízení video4linux. Také umí zjistit aktuální nastavení.
Systém správy balíčků Debianu
Tento balíček poskytuje nízkoúrovňovou infrastrukturu pro řízení instalace a odstraňování softwarových balíčků Debianu.
Hledáte-li nástroje pro vývoj balíčků Debianu, nainstalujte dpkg-dev.
Vývojářské nástroje pro balíčky Debianu
Tento balíček obsahuje vývojářské nástroje (včetně dpkg-source) potřebné pro rozbalování, sestavování a nahrávání zdrojových balíčků Debianu.
Většina zdrojových balíčků Debianu bude potřebovat k sestavení ještě další nástroje; například většina z nich potřebuje make a překladač jazyka C gcc.
3D šachová hra
DreamChess má 3D OpenGL grafiku a disponuje řadou různých šachových sestav, počínaje klasickými dřevěnými šachy a konče jejich plochou variantou.
Obsažen je docela silný šachový stroj: Dreamer. Samozřejmě je možno tento stroj zeslabit, tak aby odpovídal vašim představám. Kromě něj můžete používat i jiné šachové stroje kompatibilní s XBoard, včetně populárního stroje Crafty a GNU Chess.
Mezi další vlastnosti paří zobrazení seznamu tahů na obrazovce za poučití notace SAN, možnost vrácení tahu a ukládaní hry do formátu PGN.
Frontend pro správu balíčků v Debianu
dselect je rozhraní sloužící ke správě, instalaci a odstranění balíčků Debianu.
dselect nahání spoustě uživatelů strach a noví uživatelé často preferují uživatelské rozhraní apt.
Mnohostranný nástroj pro statistiku zdrojů
Dstat je mnohostrannou náhradou vmstat, iostat a ifstat. Dstat překonává některá omezení těchto programů a přidává další schopnosti.
Dstat umožňuje prohlížet zdroje vaší sítě, můžete např. srovnávat využití disku v kombinaci s přerušeními řadiče IDE, nebo srovnávat zatížení sítě přímo s propustností disku (ve stejném okamžiku).
Dstat vám také chytře poskytuje detailní informace ve sloupcích a ve výstupu zřetelně ukazuje veličiny i použité jednotky.
Dstat je také jedinečným nástrojem pro spojení propustnosti blokových zařízení, diskových polí nebo síťové propustnosti skupiny rozhraní. Např. můžete sledovat propustnost všech blokových zařízení, které dohromady vytváří jeden souborový systém.
Výstup programu je v jeho typické formě a není vhodný pro další zpracování dalšími nástroji. Je tvořen tak, aby byl srozumitelný pro uživatele a interpretoval data tak jednoduše jak je jenom možné.
Emuluje připojení/odpojení podobně jako screen
dtach je malý program emulující odpojení obrazovky, to vám umožní spouštět programy v prostředí, které je odloučeno od ovládacího terminálu a připojit se k němu kdykoliv později. dtach nesleduje obsah obrazovky a tak funguje nejlépe s programy, které se umí sami překreslit.
dtach samozřejmě nedisponuje žádnou pokročilou vlastností screen, jako je podpora více terminálů nebo podporu emulace terminálu. Tím se stává dtach oproti programu screen mnohem jednodušší a tak ho je mnohem snadnější odladit na přítomnost chyb a děr zabezpečení programu. Také se mu daří v takových prostředích, které jsou omezeny svým prostorem, např. na záchranných discích.
Šifrovaná záloha efektivně využívající šířku pásma
Duplicity zálohuje adresáře pomocí vytváření šifrovaných svazků ve formátu tar a posílá je na vzdálený nebo místní souborový server. Protože duplicity používá librsync, inkrementální zálohy jsou úsporné na využití místa a pouze zaznamenávají části souborů, které se změnili od poslední zálohy. Duplicity používá GnuPG - pro šifrování a/nebo podepsání těchto archivů, takže je chráněný proti špehovacím programům a/nebo úpravám na serveru.
Vytvoří zprávy o využití disku
durep je perlový skript používaný pro vytváření zpráv o využití disku. Může vytvářet textový výstup s mřížkovými grafy a tak zjednoduší pohled na využití disku jednotlivých adresářů. Také může vytvářet webové stránky, pomocí nichž se můžete pohybovat po adresářové struktuře. To umožňuje snadné vizuální monitorování využití disku.
Jednoduchá aplikace pro ladění signálu na kartách DVB
DVBtune je jednoduchá aplikace, která vám umožní ladit signál na kartách DVB podporovaných ovladačem DVB v Linuxu.
Je stále v experimentální fázi vývoje, zejména její výstup XML.
Nástroj pro ripování DVD z příkazové řádky
dvdbackup rozbalí všechny tituly (nebo volitelně jenom vybrané) nacházející se na dvd. Přeskupí získané soubory do formátu vhodného pro vypálení pomocí nástroje genisoimage a dvdrecord. Výhodou programu je, že je malý, snadno použitelný a rychlý.
Ochrana před ztrátou/poškrábáním/stárnutím médií CD/DVD
dvdisaster vás chrání před ztrátou dat z médií CD a DVD způsobenou poškrábáním a stárnutím médií. Vytváří data, která vám umožní pozdější obnovu nečitelných sektorů způsobených poškozením disku.
Pracuje s hlavičkou svazku na strukturách oblasti sgi
Tento nástroj se používá pro práci s hlavičkami svazku na zařízeních používajících diskové popisky sgi, pro činnosti jako je přesunutí souborů mimo záhlaví svazku.
Rozdělí soubory DVI
dekomprimovat virtuální písma v daných souborech DVI,
změnit jména písma v daných souborech DVI,
rozložit dvou-bajtová písma na jedno-bajtová podpísma Pomocí dvi2dvi můžete konvertovat soubory DVI vytvořené pomocí NTT jTeX na ASCII pTeX a obráceně.
Ovladač DVI TeX pro NTT JTeX, MulTeX a ASCII pTeX
dvi2ps je další převaděč souboru DVI na Postscript. dvi2ps umí pracovat se soubory dvi z NTT JTeX, MulTeX a ASCII pTeX.
Manipulace s .dvi soubory
Umožňuje vybírat, měnit pořadí a/nebo přesouvat stránky v nějakém souboru .dvi.
Tím vám např. umožní tisknout knížku A5 na papír A4 a sešít je do podoby knížečky. Shellový skript, které to provádí je přiložen.
Konvertuje soubory DVI na grafiku PNG
dvipng vytváří z DVI souborů obrázky PNG (DVI je formát používaný v TeXu a příbuzných programech). Je určen pro co nejrychlejší vytváření obrázků (používá anti-aliasing a rozlišení obrazovky). To činí dvipng vhodný pro vytváření ohromného množství obrázků "za chodu".
dvipng nečte patičku souboru, takže ho můžete spustit ještě před koncem zpracování pomocí TeXu. Jednotlivé volby může číst interaktivně ze standardního vstupu. Zpravidla se tak mění vstupní soubor.
dvipng podporuje PK, VF, PostScript Type1, písma TrueType, speciální barvy a jednoduché speciality zahrnuté v PostScriptu.
Průvodce psaním na klávesnici Dvorak
dvorak7min je průvodce, který vám pomůže naučit se rozložení klávesnice Dvorak.
Skládá se z 29 krátkých lekcí, ve kterých okamžitě ověříte své schopnosti rychlého a přesného psaní.
Dynamický správce oken
dwm je minimalistický správce oken. Spravuje okna jak v plovoucím režimu, tak v režimu dlaždic. Oba režimy se mohou aplikovat dynamicky podle typu aplikace a vykonávané činnosti.
V režimu dlaždic jsou okna spravována v hlavním a odkládacím sloupci. Hlavní sloupec obsahuje okno, které vyžaduje v daný okamžik nejvíce pozornosti, ostatní okna se nachází v odkládacím sloupci. Dialogová okna jsou však spravována jako plovoucí.
V plovoucím režimu mohou být okna přesouvána a zvětšována/zmenšována zcela libovolně. Okna jsou seskupena pomocí značek. Všechna okna se stejnou značnou můžete zobrazit najednou. Okna mohou mít více značek, takže mohou být vidět v několika pohledech.
Vemte prosím na vědomí, že v současnosti se dwm konfiguruje úpravou zdrojových textů, takže si nejspíš budete chtít dwm sestavit sami. Tento balík je kompilován s výchozím nastavením a měl by vám spíše představit možnosti, které může dwm přinést na váš desktop.
OpenDX (IBM Visualization Data Explorer) - hlavní balíček
Data Explorer je kolekce nástrojů a uživatelských rozhraní určených pro vizualizaci dat. V obecnosti můžeme rozdělit proces vizualizace dat do 3 kroků:
Popsání a import dat
Zpracování dat vizualizačním programem
Prezentace výsledného obrázku. Toto je hlavní balíček.
Ukázkové programy pro OpenDX Data Explorer
Balíček obsahuje ukázkové příklady skriptů a sítí pro OpenDX Data Explorer. Příklady jsou zmiňovány v tutoriálu OpenDX, ale můžete je také používat samostatně pro prohlížení a zkoumání.
Dekompresor dat komprimovaných pomocí PKWARE
Dynamite je nástroj a knihovna určená pro dekomprimaci dat vytvořených pomocí kompresní knihovny PKWARE a je vytvořen ze specifikací poskytnutých v diskuzní skupině comp.compression.
Univerzální program pro posílání zpráv a upozornění v X11
Dzen byl vytvořen tak, abyste mohli vytvářet skripty v libovolném jazyku a integrovat ho s takovými správci oken jako je dwm, wmii a monad. V principu by program mohl fungovat se zcela libovolným správcem oken.
Vykreslí molekuly a chemické vzorce
EasyChem je program, který vám pomůže s vytvářením vysoce kvalitních diagramů molekul a chemických vzorců (2D), které je možno exportovat do formátu PDF, PS, LaTeX a fig.
EasyChem byl původně vytvořen pro vytváření diagramů do chemických knih a nyní se často používá pro komerční i nekomerční účely vytváření těchto publikací.
Knihovna C pro přístup k elektronickým knihám (nástroje)
Knihovna EB je knihovna C sloužící k přístupu ke knihám na CD-ROM.
Knihovna EB vám umožní přistupovat ke knihám na CD-ROM ve formátu EB, EBG, EBXA, EBXA-C, S-EBXA a EPWING. Knihy na CD-ROM v těchto vormátech jsou velmi populární v Japonsku. Díky tomu, že samotné knihy používají formát ISO 9660, můžete je připojovat stejně jako ostatní disky v tomto formátu.
Tento balíček obsahuje různé příkazy knihovny EB.
Elektronický slovník používající knihovnu EB
eblook je příkaz pro přistupování k elektronickým slovníkům pomocí knihovny EB. Díky tomuto příkazu můžete snadno používat knihy CD-ROM ve formátu EPWING (EPWING je populární především v Japonsku).
Pro emacsen si prosím nainstalujte balíček lookup-el. Funguje jako rozhraní k eblook a emacsen.
Administrace ethernetových pravidel na ethernetovém bridgi
Ebtables se používají pro nastavení, správu a zkoumání ethernetových tabulek linuxového jádra. Tabulky obsahují pravidla pro ethernetové rámce. Ebtables jsou podobné iptables, ovšem místo na IP vrstvě pracují na MAC vrstvě.
Aplikace Debian Edu se vztahem k astronomii
Tento metabalíček závisí na různých aplikacích, které se dají použít při učení astronomie.
Aplikace Debian Edu se vztahem k chemii
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce chemie.
Aplikace Debian Edu pro pracovní plochu GNOME
Tento metabalíček závisí na různých kancelářských aplikacích a aplikacích pro pracovní plochu GNOME užitečných pro učitele a jejich studenty.
Aplikace Debian Edu pro pracovní plochu KDE
Tento metabalíček závisí na různých kancelářských aplikacích a aplikacích pro pracovní plochu KDE užitečných pro učitele a jejich studenty.
Vzdělávací aplikace Debian Edu se vztahem k vývoji software
Tento metabalíček závisí na různých aplikacích, které lze využít při vývoji aplikací ve školách. Hlavní myšlenkou je podpora integrovaných vývojových prostředí, které jsou jednoduché k naučení a umožňují začátečníkům dosahovat rychlých výsledků.
Aplikace Debian Edu se vztahem k elektronice
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce elektroniky.
Aplikace Debian Edu pro zeměpis
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce zeměpisu.
Aplikace Debian Edu se vztahem ke grafice
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce grafiky a výtvarného umění.
Vzdělávací aplikace Debian Edu se vztahem k jazykům
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce (cizích) jazyků. Součástí jsou i některé aplikace pro psaní.
Logické hry Debian Edu
Tento metabalíček závisí na různých logických hrách, které lze využít při učení dětí logice.
Balíčky hlavního serveru Debian Edu
Metabalíček obsahující závislosti pro balíčky potřebné na všech hlavních serverových instalacích Debian Edu Blend.
Matematické aplikace Debian Edu
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce matematiky, geometrie a statistiky.
Hudební a zvukové aplikace Debian Edu
Tento metabalíček závisí na různých aplikacích, které lze využít při výuce hudební nauky.
Balíčky pro samostatnou pracovní stanici Debian Edu
Metabalíček obsahující závislosti na balíčcích potřebných na instalacích samostatných pracovních stanic Debian Edu Blend.
Frontend v GTK+ k programu efax
efax-gtk je frontend v GTK+ k programu efax. Používá se k posílání a příjmu faxů pomocí faxmodemu. Dále také k prohlížení, tisku a spravování doručených faxů.
Také má socketové rozhraní, které vytváří "virtuální tiskárnu" sloužící k odesílání faxů z textových procesorů a podobných programů a umí automaticky posílat emaily a číst faxy daného uživatele. Krom toho také automaticky tiskne doručené faxy.
Skládačka inspirovaná hrou Einstein
Tato skládačka je remakem staré dosovské hry Sherlock, která byla inspirována skládačkou Alberta Einsteina. Cílem hry je obrátit všechny karty na čtverci 6x6. K tomuto účelu slouží řada nápověd, které popisují vztahy mezi pozicemi jednotlivých karet. Použijte je pro správné uspořádání.
Systém CADu pro elektroniku
Electric je důmyslný systém CAD se zaměřením na elektroniku, který obsahuje spoustu obvodů, včetně vlastních rozložení (ASIC), kreslení schémat, jazyka popisujícího specifikace hardwaru a elektro-mechanického hybridního rozložení.
Dokumentace pro Extension Language Kit
Elk je implementací programovacího jazyka Scheme, navrženého speciálně jako zabudovatelné (embeddedable) a znovuvyužitelné rozšíření jazykových subsystémů pro aplikace napsaných v C či C++.
Tento balíček obsahuje dokumentaci pro Elk.
Emacsové rozhraní k příkazům v devscripts
Balík obsahuje: devscripts - zaobaluje příkazy debuild, debc a debi pbuilder-log-view - zaobaluje prohlížení logů pbuilderu pbuilder - zaobaluje pbuilder
Screen pro Emacs
Tento kód v Emacs Lispu vám umožní mít v Emacsu několik obrazovek (konfigurací oken) podobně, jako to umí GNU screen v shellovém prostředí.
Tiny je textový editor kompatibilní s vi
Elvis-tiny je založen na Minixové verzi elvis z roku 1991. Pokud hledáte kompletní editor vi bez chyb, pak raději nainstalujte některý z editorů „vim“, „elvis“ nebo „nvi“.
Lispovské soubory (el.) pro GNU Emacs
Balík obsahuje zdrojové soubory v elispu pro pohodlí uživatelů, šetří jim místo na disku v hlavním balíku na malých systémech.
Společné příslušenství pro všechny emacsy
Tento balík obsahuje kód, který je vyžadován všemi (x)emacs balíky. V případě potřeby bude nainstalován automaticky.
Příkazy EMBOSSu pro zacházení se soubory klasifikací domén (DCF)
Programy DOMAINATRIX vyvinul Jon Ison s kolegy v MRC HGMP pro svůj výzkum proteinových domén. Jsou součástí EMBASSY balíčku a práce na nich stále pokračuje.
Aplikace v současném vydání domainatrix jsou cathparse (vytváří DCF soubory ze surových CATH souborů), domainnr (odstraňuje z DCF souboru nadbytečné domény), domainreso (odstraňuje z DCF souboru domény s nízkým rozlišením), domainseqs (přidává do DCF souboru záznamy se sekvencemi), domainsse (přidává do DCF souboru záznamy se sekundární strukturou), scopparse (vytváří DCF soubory ze surových SCOP souborů) a ssematch (hledá v DCF souboru shody sekundární struktury).
Příkazy EMBOSSu pro porovnávání proteinových domén
Programy DOMALIGN vyvinul Jon Ison s kolegy v MRC HGMP pro svůj výzkum proteinových domén. Jsou součástí EMBASSY balíčku a práce na nich stále pokračuje.
Aplikace v současném vydání domalign jsou allversusall (data podobnosti sekvencí z porovnávání všeho se vším), domainalign (vytváří alignmenty (DAF soubory) pro uzly v DCF souboru), domainrep (přeuspořádává DCF soubory, aby našel reprezentativní struktury) a seqalign (rozšiřuje alignmenty (DAF soubory) o sekvence (DHF soubory)).
Extra EMBOSS příkazy pro hledání proteinových oblastí
Programy DOMSEARCH vytvořil Jon Ison a jeho kolegové z MRC HGMP pro jejich vlastní výzkum proteinových struktur. Nyní jsou obsaženy v balíčku EMBASSY.
Aplikace obsažené v tomto vydání DOMSEARCH jsou seqfraggle (odstraní kousky sekvencí ze souborů DHF), seqnr (odstraní redundanci ze souborů DHF), seqsearch (vygeneruje PSI-BLAST (soubor DHF) z nějakého souboru DAF), seqsort (odstraní nejasné sekvence ze souboru DHF) a seqwords (vytvoří soubory DHF z hledání UniProt).
webové rozhraní pro EMBOSS
EMBOSS explorer je webové grafické uživatelské prostředí pro bioinformatické nástroje ze sady EMBOSS. EMBOSS je napsán v jazyce Perl.
Pokud používáte webový server Apache, před použitím EMBOSS exploreru jej stačí restartovat. U ostatních webových serverů musíte provést nastavení ručně.
Multiplexer protokolu Empire
Balíček umožňuje připojení klientů k serveru Empire pomocí jednoho připojení.
Extrémně naivní analyzátor znaku - binární
Enca je Extrémně Naivní Analyzátor Textu. Detekuje znakové sady a kódování textových souborů a také je umí převádět na jiná kódování pomocí vestavěného konverzního programu nebo externích knihoven a nástrojů jako je libiconv, librecode a cstocs.
V současné době podporuje běloruštinu, bulharštinu, chorvatštinu, češtinu, estonštinu, maďarštinu, lotyštinu, litevštinu, polštinu, ruštinu, slovenštinu, slovinštinu, ukrajinštinu, čínštinu a některá vícebajtová kódování nezávisle na jazyku.
Šifrovaný virtuální souborový systém
EncFS integruje šifrování souborového systému do souborového systému Unixu(TM). Šifrovaná data jsou uložena na nativním souborovém systému, takže není nutno používat šifrovaný obraz disku o pevné velikosti.
EncFS používá ovladač jádra a knihovnu FUSE.
Program pro testování pseudonáhodné sekvence čísel
Program používá různé testy na sekvence bytů uložených v souborech a zobrazuje jejich výsledek. Program je užitečný pro vyhodnocení pseudonáhodných generátorů čísel používaných pro šifrování a statistické aplikace, kompresní algoritmy a další aplikace, kde jsou informace na prvním místě.
Program pro prohlížení grafiky Eye of GNOME
eog (Eye of GNOME) je jednoduchý prohlížeč grafiky pro desktopové prostředí GNOME používající knihovnu gdk-pixbuf. Program si poradí s velkými obrázky, přibližováním a přesunu po fotografii, přitom zabírá stále stejně operační paměti. Důraz je kladen především na jednoduchost a kompatibilitu se standardy.
Vývojářské soubory pro Eye of GNOME
EOG, neboli Eye of GNOME je grafický prohlížeč pro desktopové prostředí GNOME, který používá knihovnu gdk-pixbuf.
Tento balíček obsahuje hlavičkové soubory a informace pro vývojáře potřebné k sestavení zásuvných modulů pro Eye of GNOME.
klon hry Boulder Dash
Epiphany je multiplatformním klonem hry Boulder Dash. V této hře musíte posbírat všechny cenné minerály rozmístěné v každé úrovni. Přitom se musíte vyhýbat padajícím kamenům a - což je horší - bombám.
Boulder Dash je jednou z nejlepších her, které byly kdy vyrobeny pro Commodore 64.
Datové soubory pro hlavní webový prohlížeč prostředí GNOME
Epiphany je jednoduchý prohlížeč určený pro prostředí GNOME a zaměřený především na ne-technické uživatele. Mezi jeho vlastnosti patří jednoduchost a dodržování standardů.
Tento balík obsahuje společné soubory, grafické prvky a překlady pro Epiphany.
Vytváří matematicky přesné křivky, nákresy a filmy
ePiX je systém sloužící k vytváření matematicky přesných křivek, nákresů a filmů pomocí jednoduché syntaxe podobně C++. O vykreslení se přitom stará LaTeX a dvips, ImageMagick se používá pro vytváření bitmapových obrázků a animací.
Upravuje náhledy obrázků a okraje souborů EPS
Soubory EPS (Encapsulated PostScript) mohou obsahovat náhled, který je možné použít v programech, které nedokáží interpretovat kód PostScript. epstool umí vytvářet právě tyto náhledy.
epstool umí také spočítat optimální okraje souboru EPS.
Údržbové nástroje tiskáren Epson Stylus
escputil je nástroj sloužící k čištění a nastavení hlav tiskáren Epson Stylus. Také kontroluje úroveň inkoustu v tiskových kazetách.
Gutenprint je vhodný zejména pro použití s GIMPem, kromě toho můžeme tyto ovladače použít i běžnými UNIXovými tiskovými systémy používajícími GhostScript nebo CUPS. Tyto ovladače poskytují kvalitu, která je v celé řadě případů srovnatelná s proprietárními ovladači a tak je můžeme použít v celé řadě tiskových úloh. Gutenprint byl dříve znám jako Gimp-Print.
Emulátor terminálu Enlightened
Emulátor terminálu v duchu xterm nebo rxvt, eterm používá konfigurační soubor podobný stylu konfigurace Enlightenment, stejně jako témata tohoto prostředí. Pro vykreslení obrázků se používá grafický stroj Imlib2. Tato verze podporuje obrázky na pozadí, obrázkové posuvníky, pseudo-transparenci a vlákna POSIX.
Grafický monitor sítě
EtherApe je grafický monitor sítě inspirovaný ethermanem. Zobrazuje graficky aktivitu sítě. Zobrazuje hostitele jako kruhy různé velikosti a provoz mezi nimi jako čáry různé tloušťky.
Rozumí linkové vrstvě, nabízí režimy IP a TCP, zobrazení protokolů kódování podle barvy, Ethernet, FDDI, Token Ring, ISDN, zařízení PPP a SLIP. Umožňuje filtrovat zobrazený provoz a umí načíst provoz jak ze souboru tak naživo ze sítě.
Editor prstokladu kytary v ASCII
Tento program se používá pro vytvoření prstokladu pro kytaru v typickém formátu AXCII, který se často používá na celém Internetu. Kód vychází z TkTab, který vytvořil Giovanni Chierico. Spousta úprav pak vycházela z příslušného módu EMACSu od Marka. R. Rubin.
Eat The Whistle je fotbalová hra podobná hrám Kick Off či Sensible Soccer, které můžete znát z počítače Amiga. Hra má různé módy, které vám umožní hrát za celý tým i za jediného hráče, a také spravovat týmy hrající v pohárech a ligách. Dokonce je k dispozici i mód s řadou vylepšení a bonusy, podobně jako ve hře SpeedBall 2.
Eat The Whistle nabízí 30 různých hřišť a různé zvukové efekty. Hru je vidět z pohledu ze strany a můžete ji ovládat pomocí joysticku i klávesnice.
Většina herních nastavení je konfigurovatelných, je to např. hřiště, počasí, čas utkání, což má vliv na vlastní hru. K dispozici je také mód pro přehrání, který vám umožní načíst a uložit ty nejlepší okamžiky hry, editor herní taktiky a kromě toho všeho také budete moci přímo importovat týmy ze Sensible World of Soccer.
Interaktivní matematické programovací prostředí
Euler je mocná numerická laboratoř obsahující svůj vlastní programovací jazyk. Systém umí zpracovat reálná, komplexní a intervalová čísla, vektory a matice. Také umí generovat 2D/3D grafy.
Kromě jiného Eulera umí:
reálné, komplexní a intervalové skaláry a matice
programovací jazyk s lokálníma proměnnýma, výchozími hodnotami parametrů, hodnotami proměnných a funkcemi
dvou i tří-dimenzionální grafy
obrysové a měrné grafy
numerická integrace a derivování
statistické funkce a testy
intervalové metody s zaručeným vnořením
minimalizace funkcí (Brent, Nelder-Mean)
interpolace a aproximace
hledání kořenů a polynomů
rychlá fourierova transformace (FFT)
vytváření přesných skalárů pomocí dlouhého registru
exportování postscriptové grafiky
Tento balíček obsahuje hlavní program. Dokumentaci k programu Euler naleznete v balíčku euler-doc.
na architektuře nezávislé soubory pro Evolution
Evolution je balík pro pracovní skupiny obsahující poštovního klienta, kalendář, adresář, plánovač a poznámky.
Tento balíček obsahuje na architektuře nezávislé soubory vyžadované balíčkem evolution.
Databázový server pro Evolution
Datový server, nazývaný "Evolution Data Server" je zodpovědný za správu pošty, kalendáře, adresáře, plánovače a poznámek.
na architektuře nezávislé soubory pro Evolution Data Server
Datový server, nazývaný "Evolution Data Server", má na starosti správu informací z kalendáře a adresáře.
Tento balíček obsahuje na architektuře nezávislé soubory vyžadované balíčkem evolution-data-server.
Generátor textur skrz interaktivní vývoj
Tato interaktivní aplikace vytváří umění - obrázky, textury, vzorky, animace, vše za použití opakovaného procesu náhodných mutací a uživatelem definovaného směřování vývoje obrázku. Tento proces se také často nazývá slovy "evoluční umění" nebo "genetické umění". Pokud se vám líbí Mandelbrotovy množiny a lávové výboje, pak toto bude software právě pro vás.
Rozšiřitelné uživatelské rozhraní pro poštu MH
Exmh používá běžné programy MH pro manipulaci s vašimi schránkami a zprávami. To znamená, že je kompatibilní s programy MH příkazové řádky a pokud s nimi máte zkušenosti, pak pro vás práce s tímto programem nebude problém. Pokud jste noví uživatelé MH, pak vám informace o MH zůstanou skryty v pozadí, za grafickým rozhraním.
C knihovna XML parser - vzorová aplikace
Balíček obsahuje xmlwf, příklad použití knihovny expat, C knihovny pro parsování XML. Argumenty xmlwd je jeden nebo více souborů, z nichž každý skontrolován na správnost XML formátu.
3D závodní hra s Tuxem, linuxovým tučňákem
Extreme Tux Racer, zkráceně etracer, je jednoduchá OpenGL závodní hra s Tuxem, maskotem Linuxu. Cílem této hry je sklouznout se dolů po sněhem a ledem pokrytých horách co nejrychleji je možné. Přitom se musíte vyhýbat stromům a skálám, které vás zpomalí.
Při sjíždění hory sbírejte sledě a jiné dobrůtky, přitom se ale vyhýbejte rybím kostičkám.
Tato hra je založena na GPL verzi slavné hry TuxRacer.
Ke hraní hry je nutná funkční 3D akcelerace, jinak hra nebude fungovat.
Sestaví indexy souboru ze zdrojového kódu definicí
ctags rozloží zdrojový kód a vytvoří krátký indexový soubor mapující jména jednoznačné entity (např. funkce, třídy, proměnné) na umístění, kde jsou definovány. Tento index se pak používá v editorech jako je vi nebo emacsen a umožňuje přesun na definici uživatelem definované entity.
Exuberant Ctags podporují všechny možné konstrukce jazyka C a dalších jazyků jako je assembler, AWK, ASP, BETA, Bourne/Korn/Z shell, C++, COBOL, Eiffel, Fortran, Java, Lisp, Lua, Makefile, Pascal, Perl, PHP, Python, REXX, Ruby, S-Lang, Scheme, Tcl, Verilog, Vim a YACC.
Jednoduchý streamovací klient přes server icecast
Ezstream je zvukový a video-streamovací klient, který odešle na libovolný server icecast zvuková data a metadata ze standardního vstupu bez nutnosti rekódování. Z tohoto důvodu zatěžuje CPU jen velmi málo. Některé seznamy skladeb je možno zasmyčkovat a složit ze souborů MP3, Ogg Vorbis a Ogg Theora. Také podporuje metadata Shoutcast.
Nástroj pro převzetí IP adresy
Fake je utilita, která umožňuje převzetí IP adresy z druhého rozhraní na počítači a použití arp. Je vytvořen pro přepínání na záložních serverech v síti LAN.
Falešný přihlašovací shell
Druh 'shellu', který uživateli neumožní se přihlásit. Před přihlášením o tom uživatele informuje.
Mění velikost souborového systému FAT16/FAT32
Fatresize je nástroj příkazové řádky sloužící k nedestruktivní změně velikostí oblastí FAT16/FAT32.
Program používá knihovnu GNU Parted. Hlavním cílem projektu je být používán spolu s pluginem EVMS FAT.
Schránka a utility paket rádia
Balíček fbb obsahuje programy napsané f6fbb, které slouží pro nastavení schránky paket rádia. Program je určen pro radioamatéry. Obsah některých aplikací:
fbb: Skript pro spuštění daemona.
xfbbd: Daemon, který poslouchá příchozí spojení.
epurmess: Maže zprávy v závislosti na jejich stáří.
epurwp: Správa Bílých stránek.
reqdir: Server FBB, který zajišťuje procházení adresářů.
xfbbC: B/W Ncurses konzole pro xfbbd.
Linuxový frame buffer pro prohlížení obrázků
Toto je prohlížeč obrázků pro linuxová zařízení frame buffer. Má vestavěnou podporu různých běžných obrázkových formátů. Pro neznámé typy souborů používá ImageMagick, který je zkonvertuje do jemu známého formátu.
Program pro správu zařízení framebuffer
Program pro úpravu nastavení v zařízeních framebuffer (/dev/fb[0-9]* nebo /dev/fb/[0-9]*), jako je hloubka, virtuální rozlišení, parametry časování atd.
Identifikuje duplicity souborů v daných adresářích
FDupes používá md5sums a porovnání byte po bytu. Díky tomu hledá duplicity souborů uložených v daných adresářích. Program má řadu užitečných voleb včetně rekurze.
Linuxové disketové nástroje
Tento balíček obsahuje nástroje sloužící k formátování disků extra kapacity, automatické připojování a odpojování disket, atd.
Balíček obsahuje následující nástroje:
superformat: formátuje vysoce kapacitní disky (až 1992k vysoce kapacitní disky nebo až 3984k extra kapacitních disky);
fdmount: automaticky připojí/odpojí disky jakmile je zasunete/vyjmete;
xdfcopy: formátuje, čte a zapisuje disky OS/2 XDF;
MAKEFLOPPIES: vytváří disketová zařízení v /dev;
getfdprm: vytiskne aktuální geometrii disku (počet sektorů, stop a hlav, atd.);
setfdprm: nastaví aktuální geometrii disku;
fdrawcmd: pošle surové příkazy ovladači diskety;
floppycontrol: nastaví ovladač diskety;
obecnou dokumentaci k ovladači diskety.
Pamatujte, že tyto nástroje nefungují s USB disketami, protože ty nevyžadují přímý přístup k řadiči disket.
Obecný vícejazyčný systém syntézy řeči
Festival nabízí kompletní systém syntézy řeči pro různé API, stejně jako prostředí určené k vývoji a výzkumu technik syntézy řeči. Kromě toho obsahuje interpreter příkazové řádky založený na Scheme.
Kromě výzkumu syntézy řeči, festival funguje také jako samostatný program syntetizující řeč. Z textového vstupu je schopen vytvořit čistou a srozumitelnou řeč.
Rozšíření a utility pro Festival
Různé utility pro Festival, umožňující zejména následující: zobecněný koncept vstupních událostí, včetně schopnosti přehrávání zvuku uvnitř syntetizovaného textu a možnost mapovat logické události vstupu na jiné události; nahrazování daných slov v syntetizovaném textu událostmi; hláskování; signalizace velkých písmen; interpunkce a další funkce Festivalu.
Hlavní důraz festival-freebsoft-utils je kladen na kooperaci Festivalu s mluvčím řeči, ale může se používat také s jinými řečovými frontendy nebo pro další cíle.
Syntéza řeči pro hindský jazyk
Tento balíček obsahuje moduly, které jsou nutné pro syntézu řeči v hindštině (hi). K tomu používá syntézu řeči prováděnou pomocí programu Festival. Tex je zapsán v kódování Unicode (UTF-8), k tomu používá syntézu řeči programu festival.
Část jazykových lexikonů a ngramů z angličtiny
Tento balíček je požadován všemi anglickými hlasy (britskými i americkými) a používá se pro systém syntézy řeči v Festivalu.
Mužský mluvčí americké angličtiny pro Festival, vzorkování 16kHz
Toto je databáze diphone pro festival, která používá vzorkování 16k pro vysoce kvalitní výstup. Je to velká databáze (6MB) a Festival s ní bude převádět text na řeč pomaleji, takže pokud máte pomalý počítač nebo málo místa na disku, možná budete chtít používat spíše festvox-kallpc8k.
Hlas obsažený v této databázi patří mluvčímu americké angličtiny. Jiné hlasy americké angličtiny naleznete v balíčku festvox-kdlpc16k, pokud se vám tento nebude líbit.
Mluvčí americké angličtiny pro festival, vzorkování 8khz
Toto je databáze diphone pro festival, která používá vzorkování 8k, takže zabírá jen velmi málo místa. Pomocí této databáze diphone může festival konvertovat text na hlas rychleji než ve verzi 16k. Samozřejmě zvuková kvalita není tak dobrá.
Nástroj pro sběr a přeposlání pošty s podporou SSL
fetchmail je svobodný, komplexní, robustní a dobře dokumentovaný nástroj sloužící k získávání a přesměrování emailových zpráv, který je vytvořen tak, aby ho bylo možno používat podle potřeby pomocí TCP/IP (připojení SLIP nebo PPP). Maily jsou získávány ze vzdálených emailových serverů a přesměrovávány na lokální (klientský) počítač k vlastnímu doručení, takže ho mohou používat normální emailové uživatelské programy jako je mutt, elm, pine, (x)emacs/gnus nebo mailx. Balíček fetchmailconf obsahuje interaktivní (grafický) konfigurátor vhodný pro použití koncovým uživatelem.
Kerberos V a GSSAPI je podporováno.
Podpora Kerberos IV, RPA, OPIE a dalších protokolů bude podporována pouze po rekompilaci tohoto balíčku.
sada LaTeXových maker pro tvorbu Feynmanových diagramů
FeynMF is LaTeXový balík pro snadné vykreslování Feynmanových diagramů v profesionální kvalitě. Jedná se o ilustrace, které zobrazují základní interakce subatomárních částic. Diagramy mohou být vytvořeny použitím programů Metafont a MetaPost. FeynMF vykreslí většinu diagramů ze struktury grafu uspokojivě bez jakékoliv potřeby manuálního zásahu. Přesto je k dispozici veškerá síla Metafontu i MetaPostu pro obskurnější případy.
Poznamenejme, že pro verzi FeynMF založenou na MetaPostu budete potřebovat balíček texlive-metapost.
Server D-Bus FFADO
FFADO je linuxový ovladač zvukových zařízení FireWire (IEEE1394).
Knihovna FFADO vám umožní najít a nastavit tato zařízení a přitom vytváří určité API pro jejich obsluhu.
Tento balíček obsahuje server D-Bus obsahující rozhraní pro mixování a ovládání zařízení prostřednictvím D-Bus.
Velmi malý, výkonný, konzolový getty a login
fgetty je malý, výkonný getty určený pro konzoli v Linuxu. Vznikl z mingetty, ale byl upraven tak, aby mohl používat malou libc, zabíral co nejméně místa v paměti a přitom vytvářel kompletní getty.
fgetty obsahuje přihlašovací program, který podporuje rozhraní pro kontrolu hesla a také program checkpassword, a který používá standardní knihovna C pro přístupu k passwd a shadow.
Konvertuje soubory XFig do formátu OpenOffice.org
Tento program konvertuje soubory ve formátu XFig do souboru .sxd programu OpenOffice.org Draw.
Kontroluje kód kanji
Tento balíček obsahuje příkaz file2. Příkaz File2 testuje klasifikaci textových souborů v japonštině na JIS, UTF-8, EUC-JP, SJIS, ascii a UNKNOWN. Pokud nainstalujete také balíček file, bude namísto výsledku UNKNOWN proveden příkaz file.
Ukáže čím je využíván prostor na disku
Filelight vám umožní graficky porozumět obsazenosti vašeho disku, souborový systém je přitom množinou soustředných dělených kruhů.
Podobá se koláčovému diagramu, ale dělí se na svazky, umožní vám zjistit, které adresáře zabírají vaše místo a které adresáře uvnitř těchto adresářů za to můžou.
Hra, ve které se dva hráči snaží obsadit polovinu hrací desky
Filler je jednoduchá hra, ve které dva hráči snaží obsadit polovinu hracího pole. Hráči v každém tahu vybírají barvy a snaží se obsadit přilehlá políčka stejné barvy.
Vtipný hlavolam, ve kterém zachraňujete rybu
Fish Fillets je hlavolam. Cílem této hry je v každé z sedmdesáti úrovní stejný: nalézt bezpečnou cestu pryč. Ryba poznává své okolí, různé obyvatele podvodního prostředí hádky mezi nimi nebo komentáře vaší vlastní ryby.
Nalezne vizuálně podobné či stejné obrázky
findimagedupes je nástroj příkazové řádky, který provede hrubý "vizuální rozdíl" dvou obrázků. Umožní vám porovnat dva obrázky či celý strom obrázků a určit, které z obrázků jsou si podobné nebo dokonce identické. Pracuje s běžnými typy obrázků a vypadá to, že dosahuje 98% přesnosti.
Nástroje pro hledání souborů -- find, xargs
GNU findutils obsahují nástroje sloužící k hledání souborů podle daných kritérií, s těmito soubory dál provádí různé akce. Tento balíček obsahuje nástroje 'find' a 'xargs'; 'locate' byl umístěn do mimo, do samostatného balíčku.
Program k zobrazování informací o uživatelích systému
Program finger zobrazuje informace o uživatelích systému.
Server zpřístupňující vzdáleně informace o uživatelích
Free Lossless Audio Codec - nástroje příkazové řádky
FLAC je zkratka pro Free Lossless Audio Codec. Zjednodušeně řečeno se jedná kódování hudby, podobně jako MP3, ale beze ztrát informace. Projekt FLAC se skládá z:
definice proudového formátu
knihovny libFLAC, která implementuje základní kodér, dekodér proudů a dekodér souborů
flacu, což je aplikace pro příkazový řádek využívající libFLAC ke kódování a dekódování .flac souborů
vstupních zásuvných modulů pro různé přehrávače (Winamp, XMMS a dalších, které jsou rozpracované)
Tento balík obsahuje příkazové nástroje flac (pro kódování a dekódování souborů) a metaflac (pro manipulaci s metadaty).
Nástroj pro vícenásobnou distribuci souboru
Flamethrower je snadno použitelný distribuční systém. Program přidává schopnost vícenásobné distribuce programu SystemImager, mimo to ale může běžet i samostatně.
Pracuje s kompletní adresářovou strukturou souborů, nejen s jedním souborem.
Používá konfigurační soubory serveru, odkud získává položky podobné těm, které se používají v rsyncd.conf.
Flamethrower funguje na vyžádání. Multicastový modul se nespouští při připojení klienta, ale čeká MIN_WAIT (v konfiguračním souboru) na připojení dalších klientů. Jakmile se pokusí připojit další klienti, vytvoří se otisk klienta a po dokončení předchozího se teprve spouští další.
Balíček udpcast se používá pro vícenásobné přenosy a nabízí řadu ladících parametrů.
Nástroje pro spuštění Linuxu na vestavěných zařízení
flash-kernel je skript, který umístí jádro a initramfs do adresáře boot vestavěných zařízení, které nenačítají jádro a initramfs přímo z /boot. flash-kernel podporuje zařízení, které jsou zaváděny přímo z flash paměti boot (odtud jeho jméno) nebo u zařízení, které vyžadují speciální obraz boot na disku.
Pomalá úprava barvy v hlavním okně X
Subtly mění barvu v hlavním okně, mění jí pomalu, takže si toho ani nevšimnete. Toto je dobrou alternativou namísto umístění obrázku do hlavního okna.
Varianta hry PuyoPuyo
Cílem hry FloboPuyo je vytvořit skupiny čtyř nebo více Puyů (barevné bubliny), které pak explodují a pošlou špatné duchy na vašeho protivníka. Hru vyhráváte jakmile protivník dosáhne hořejšku hrací plochy. Můžete hrát proti počítači nebo dalšímu člověku.
Rychlý a nenáročný Toolkit - ukázkové hry: dáma, sudoku
Tento balíček obsahuje ukázkové hry používající FLTK. Jedná se především o následující 2 programy:
flblocks: čistí skupiny přilehlých políček před vykreslením obrazovky;
flcheckers: klasická stolní hra známá jako dáma;
flsudoku: skládačka puzzle (do hracího pole umísťujete čísla)
FLTK (Fast Light Toolkit) je multiplatformní grafické uživatelské rozhraní původně používající libForms.
Vysoce konfigurovatelný správce oken s nízkými nároky
Je srovnatelný s blackboxem, z něhož vznikl, ale byl rozšířen o schopnosti jako jsou záložky pwm-style, konfigurovatelná rozložení, nástroje a další panely nástrojů. Také obsahuje kosmetické opravy vzhledu blackbox.
Tento balíček obsahuje podporu pro GNOME i KDE.
Klient pro nastavení horkých kláves fnfxd
fnfx je klient fnfxd, který umožňuje nastavit vaše horké klávesy. Také umí určit programy, které se mají spustit při stisku této klávesy.
Daemon pro ACPI a speciální klávesy na laptopech Toshiba
fnfx umožňuje majitelům notebooků Toshiba měnit jas LCD, ovládat integrované větráčky a používat speciální klávesy na klávesnici (kombinace Fn-x, horké klávesy). Interní funkce vám umožní namapovat kombinace Fn-Klávesy na funkce jako je zesílení/zeslabení zvuku, vypnutí zvuku, uložení na disk, do paměti, přepnutí LCD/CRT/TV-out. Tyto funkce velmi závisí na konfiguraci systému a/nebo jádra. K tomu, aby vše fungovalo tak jak má, budete potřebovat jádro (v2.4.x, v2.5.x, v2.6.x) s podporou ACPI a také podporu Toshiba (CONFIG_ACPI a CONFIG_ACPI_TOSHIBA).
Program pro vytváření ukázek písmen
Program slouží k vytváření ukázek písem, které zachytávají podstatu písem Unicode a podobají se svým vzhledem mapám Unicode. Ukázky je možno ukládat v podobě PDF nebo PostScriptových souborů.
Tento balíček také obsahuje skript nazývaný 'pdfoutline', který je možno použít pro přidání náčrtů (záložek) generovaných souborů PDF.
Obecná knihovna pro nastavení písma - konfigurace
Fontconfig je knihovna pro nastavení a úpravy písma, která nezávisí na systému X Window. Je navržena tak, aby našla písma ve vašem systému a vybrala je podle požadavků daných aplikací.
Tento balíček obsahuje konfigurační soubory a skripty pro fontconfig.
Truetypová písma pro jazyk Dzongkha
Balíček obsahuje písma, která jsou vhodná pro zobrazení jazyku Dzongkha (národní jazyk v Bhutanu).
Svobodná truetypová písma (unicode) od George Williamse
Kolekce svobodných truetypových (unicode) písem vytvořených Georgem Williamsem. Tento balíček obsahuje následující písma: Caslon Caliban Cupola
Písmo Unicode KhmerOS pro khmerský jazyk v Kambodži
Svobodné písmo pro khmerský jazyk, používaný v Kambodži, vytvořený "Khmer Software Iniative", která je částí otevřeného fóra v Kambodži.
Tento balíček obsahuje standardní, dekorativní, obrazovkové a další písmo.
Písmo ANSI čitelné počítači z šedesátých let
Toto písmo bylo vytvořen Americkým národním standardizačním institutem (ANSI), aby bylo čitelné na počítačích ze šedesátých let. Písmo OCR-A je stále používáno v komerční sféře při zpracovávání písemných bankovních formulářů, kdy je automaticky rozpoznáváno číslo účtu a částka na platebních příkazech. Toto svobodné písmo bylo vytvořeno, protože místní licence pro písmo OCR-A je velmi drahá.
Ručně psaná písma Juicy
Tento balíček obsahuje ručně psaná písma, která vytvořil Steve Jordi, Delphine a SteveHand. Písma jsou v truetypovém formátu.
Písmo pro linuxovou konzoli s různým kódováním
fonty-rg obsahuje písma pro linuxovou konzoli, včetně písem v kódování ISO-8859-1,2,3,4,5,6,7,8,9,10,11,13,14,15,16, KOI8-R,U,C, CP1250, CP1251, CP1252 a také dvou písem unicode s širokým obsahem záběru a soubor ISO-8859-16 ACM.
Podpora tiskáren OpenPrinting - programy
Foomatic je tiskový systém vytvořený pro snadnější nastavení běžných tiskáren a jejich použití v Debianu (a dalších systémech). Poskytuje "vazbu" mezi manipulačním programem tiskárny (např. CUPS nebo lpr) a vaší tiskárnou - říká počítači jak zpracovat soubory poslané na tiskárnu.
Balíček obsahuje programy závislé na architektuře počítače a potřebné pro nastavení a práci se systémem foomatic. Také budete potřebovat jeden nebo více balíčků s databází. Balíček foomatic-db obsahuje ovladače pro většinu běžných tiskáren používajících pro tisk Ghostscript, stejně tak jako některé další běžné ovladače používané tiskovými systémy.
Datové soubory obsahující různé citáty v bulharštině
Kolekce zhruba 125 bulharských přísloví, 150 jiných přísloví, 150 myšlenek bulharských autorů, 150 ostatních myšlenek, nějaké historické bulharské texty a jiné citáty.
Tento balík můžete použít jako náhradu za balík fortunes, čímž zajistíte, že bude program fortune mluvit bulharsky.
Rady o Debianu pro fortune
Tento balíček obsahuje sadu rad a tipů, které vám pomohou při užívání Debianu. Tyto rady jsou uloženy v databázovém formátu fortune a ocení je především noví uživatelé Debianu (nebo administrátoři), pro zkušené Debianisty se snad stanou takovou třešničkou na dortu.
Kolekce citátů v esperantu
Databáze citátů v esperantu obsahuje výňatky z Proverbaro Esperanta od Ludvíka Lazara Zamenhofa (v kódování UTF-8).
Kolekce citátů v esperantu (v kódování ascii)
Databáze citátů v esperantu obsahuje výňatky z Proverbaro Esperanta od Ludvíka Lazara Zamenhofa (v kódování ASCII (post-x)).
Kolekce citátů v esperantu (v kódování ISO3)
Databáze citátů v esperantu obsahuje výňatky z Proverbaro Esperanta od Ludvíka Lazara Zamenhofa (v kódování ISO-8859-3).
Různé citáty ve španělštině
Databáze citátů ve španělštině posbíraná z různých zdrojů (včetně programu "chorrada" z FIDOnetu a webové stránky "Frases y Proverbios").
Irské (gaelské) datové soubory pro fortune
Kolekce irských přísloví z poštovní konference GAELIC-L a od Damiena Lyonse. Tento balík můžete použít jako náhradu za balík fortunes, čímž zajistíte, že bude program fortune mluvit irsky.
Datové soubory pro fortune od Maria
Databáze citátů pro portugalsky mluvící uživatele posbíraná od Maria Domenecha Goularta. Jedná se o výsledek dlouhodobého sbírání citátů za účelem vytvoření co největší databáze.
DSCM wiki, http rozhraní a server, databáze úkolů
Fossil je snadno použitelný systém DSCM (Distributed Source Control Management system), který podporuje správu přes HTTP CGI nebo skrz vestavěný HTTP server. Disponuje vestavěnou wiki a procházením souborů, vytváření úkolů, atd.
Vykresluje Mandelbrotovy a Juliovy fractaly
Fraqtive je program určený ke kreslení Mandelbrotových a Juliových fraktálů. Používá velmi rychlý algoritmus, který produkuje vysoce kvalitní a přitom příjemné obrázky. Je plně interaktivní čímž umožní navigaci a dynamické vytváření náhledu Juliových fraktálů. Vykreslování 3D pohledu OpenGL fraktálů je podporováno také.
Jednoduchá hra s bloky
FreeAlchemist je hra s bloky napsaná v Pythonu, ve které máte spojovat bloky.
Tři nebo více spojených bloků jednoho tvaru jsou nahrazeny blokem jiného tvaru.
Vytváří a čte konstantní databáze
freecdb je rychlý, spolehlivý a jednoduchý balíček určený k vytváření a čtení konstantních databází. Jeho databázová struktura umožňuje následující:
Rychlé vyhledávání: Úspěšné prohledání rozsáhlé databáze běžně způsobí pouze dva přístupy k disku. V případě neúspěšného hledání to je přístup pouze jeden.
Nízká zátěž: Databáze používá 2048 bytů a k tomu 24 bytů na záznam, zbytek zabírají klíče a data.
Žádná náhodná omezení: cdb umí obsloužit databáze až do 4 GB. Jiná omezení nejsou; záznamy se ani nemusí kompletně vejít do paměti. Databáze jsou uloženy ve formátu nezávislém na počítači.
Rychlé nahrazování databázových atomů: cdbmake umí přepsat celou databázi dvakrát rychleji než další hashovací databáze.
Rychlé databázové výpisy: cdbdump tiskne obsah databáze ve formátu kompatibilním s cdbmake.
Knihovna pro řešení her Freecell
Freecell Solver je knihovna pro automatické řešení her Freecell a dalších variant karetní hry Solitaire. Tento balíček obsahuje hlavičkové soubory a statické knihovny, které jsou nutné pro vývoj programů používajících Freecell Solver.
Tento balíček obsahuje binární soubory, které jsou součástí freecell-solver.
Tahová strategická hra Civilizace (soubory serveru)
Freeciv je klon tahové strategické hry Civilizace. V této hře se stane každý hráč vůdcem civilizace a snaží se dosáhnout jediného cíle: zničit všechny ostatní civilizace.
Toto je herní server Freeciv.
Soubory s příklady pro FreeFEM
FreeFEM je jazyk určený pro řešení parciálních diferenciálních rovnic. FreeFem pro řešení úlohy využívá Metodu Konečných Prvků (FEM - Finite Element Method). Program FreeFEM byl úspěšně použit jak pro výuku, tak i pro výzkum.
Konvertor EB na JIS X 4081
Tento program překládá data z různých formátů "elektrické knihy" (populární v Japonsku) do jednoho formátu JIS X 4081. JIS X 4081 je součást EPWING V1, což je standardizovaný formát pro elektronické publikování. Z tohoto důvodu je možno po konverzi číst data pomocí vašeho oblíbeného prohlížeče EPWING bez obav z toho jaký formát data původně měla.
Freesweep je implementací populární hry Minové pole, kde se snažíte nalézt všechny miny bez toho, aniž byste na některou z nich šlápli. Na rozdíl od ostatních implementací této hry, Freesweep funguje v textové obrazovce linuxové konzole, v xtermu a ve většině textových terminálů, které jsou v současné době k dispozici.
Free Tennis - simulace hry
Free Tennis je svobodná hra simulující hraní tenisu. Hru je možno hrát proti A.I. nebo člověk proti člověku po síti LAN či Internetu.
Čínská vstupní metoda
FreeWnn cserver (cWnn) je integrovaná čínská vstupní metoda běžící na unixových počítačích. Podporuje širokou škálu vstupních metod, uspokojujíce potřeby čínských uživatelů po celém světě, včetně Číny a Taiwanu. FreeWnn cserver umí zpracovávat Hanzi libovolné sekvence Pinyin nebo Zhuyin, dokonce zlepšuje rychlost vstupu Pinyin/Zhuyin.
Japonský systém vstupu
Wnn je síťově rozšiřitelný Kana-to-Kanji překladový systém a byl společně vytvořen a uvolněn Software Research Group of Kyoto University Research Institute for Mathematical Science, OMRON Corporation a Astec, Inc. a nyní je spravován FreeWnn projektem.
Korejský systém vstupu
FreeWnn kserver (kWnn) je integrovaný korejský vstupní systém, který funguje na unixových počítačích. Podporuje širokou škálu vstupních metod a pokrývá požadavky korejských uživatelů po celém světě
Archivátor souborového systému
FSArchiver je systémový nástroj, který vám umožní uložit obsah souborového systému do nějakého komprimovaného souboru. Souborový systém je potom možno obnovit na nějaké oblasti disku s jinou velikostí nebo na jiném souborovém systému. Oproti tar/dar, FSArchiver při rozbalení dat do oblastí také vytváří souborový systém. Vše je kontrolovány pomocí kontrolních součtů a tak jsou data chráněna. Pokud dojde k poškození archívu, přijdete pouze o aktuální soubor, ne o celý archív.
Nástroj pro monitorování aktivity souborového systému
fspy je snadno použitelný nástroj pro sledování aktivity souborového systému. Program je přitom malý, rychlý a nenáročný na systémové zdroje. Umožňuje použití filtrů, rozdílů (diff) i vašeho vlastního výstupního formátu díky němuž docílíte těch nejlepších výsledků.
Textový editor pro programátory - verze pro terminál
FTE je programátorský textový editor. Mezi jeho vlastnosti patří chytré odsazení znaků pro jazyky C, C++, Java, Perl; podpora barevného zvýraznění syntaxe; úprava více oken najednou; označování sloupců; nastavitelné nabídky a klávesové zkratky; podpora myši; zpět/opakovat; vyhledávání a nahrazování pomocí regulární výrazů; sbalení; spuštění kompilátoru na pozadí.
Tato verze je určená pro terminály (např. xterm, vt100).
Textový editor pro programátory - edice X Windows s I18N
Tato edice je určena pro systém X Window, obsahuje podporu lokalizace.
FTP aplikace pro GNUstep
Tato FTP aplikace (RFC 765) vyniká kompaktním a snadno použitelným rozhraním Jako většina aplikací GAP je určena pro GNUstep a MacOS X a přitom se snaží o to, abyste s ní mohli stejně snadno pracovat v obou podporovaných prostředích.
FTP podporuje různé módy: „výchozí“, normu „PORT“ (také známou jako aktivní) a normu „PASV“ (také známou jako pasivní).
Kolekce FTP klientů
ftpcopy je jednoduchý klient FTP napsaný pro (rekurzivní) kopírování souborů a adresářů ze serveru FTP. Byl napsán tak, aby umožnil zrcadlení FTP serverů, které podporují seznam adresářů ve formátu EPLF, mimo to podporuje i tradiční formát zobrazení seznamu (/bin/ls).
ftpls je klient FTP, který generuje seznam adresářů, buď v čistě textové podobě nebo ve formátu HTML.
Nástroje podporují pouze pasivní mód FTP. Podpora aktivního módu se neplánuje, ani v budoucnu.
FUSE (File System in User Space) - moduly pro FAT
Tento modul FUSE umožní uživatelům FUSE připojovat souborové systémy FAT.
Modul byl původně napsán pro UMView, implementaci View-OS. Pokud chcete povolit plnou podporu připojování diskových oddílů (bez podpory jádra/superuživatele), podívejte se na umview-mod-umfusefat a jeho závislosti.
Překladač pravidel Snort na iptables
Fwsnort překládá Snort pravidla na odpovídající pravidla iptables a generuje příkazový skript, který nastavuje výsledná pravidla iptables.
To umožňuje, aby se síťový provoz, který odpovídá popisům ve Snortu, evidoval do deníku a/nebo byl skartován přímo pomocí iptables. Není tak nutné přepínat síťová rozhraní do promiskuitního režimu nebo řadit pakety z jádra do fronty do uživatelského prostoru.
Stažení firmware do zařízení EZ-USB
Tento program je vhodný pro stažení firmware do zařízení uz-usb - FX a FX2. Je volán pomocí skriptů hotplug v okamžiku, kdy připojíte nenaprogramované zařízení ke sběrnici.
Interaktivně vykresluje de Jongovi mapy (chaotických funkcí)
Fyre umožňuje interaktivní vykreslování map Petera de Jonga ve frontendu GTK+ a s rozhraním v příkazové řádce proc snadné a efektivní vykreslení ve vysokém rozlišení a s vysokou kvalitou obrázků.
Získá data ze oskenovaných grafů
g3data se používá k získávání dat z grafů. Pro příklad, grafy jsou běžně vydávány ve vědeckých časopisech bez tabulek obsahujících ona data; g3data za vás tento proces provede a data do tabulek získá.
Rozbalení podmnožin souborů pomocí genetických algoritmů
Gaffitter (Genetic Algorithm File Fitter) je nástroj příkazové řádky napsaný v jazyku C++, který rozbaluje -- díky genetickým algoritmům, podmnožiny seznamu vstupních souborů/adresářů, které odpovídají dané velikosti jednotky (cíli), jako jsou CD, DVD a další.
gaffitter inteligentně (díky genetickým algoritmům) minimalizuje chyby mezi cílovou velikostí a zvolenými kandidáty souborů/adresářů. Výhody Gaffitter jsou:
Používá globální heuristiku (vyhledávání genetického algoritmu)
Rozhraní příkazové řádky umožňuje vysokou integraci (pomocí roury) v kombinaci s dalšími nástroji, např. funguje jako "filtr".
Uživateli umožní zadat pár "identifikátoru velikosti" přímo namísto jmen souborů/adresářů.
Pěkná konfigurovatelnost. gaffitter má řadu vstupních parametrů, které vám umožní ovládat nastavení chování tohoto programu (včetně parametrů GA).
Grafické rozhraní pro balíček nástrojů Aiksaurus (frontend GTK+)
Toto je grafické rozhraní pro programovací balíček nástrojů Aiksaurus (slovník anglického jazyka), který je vytvořen tak, abyste ho mohli zabudovat do dalších aplikací.
V balíčku je obsažen gaiksaurus a samostatný frontend GTK+ pro AiksaurusGTK.
Grafický nástroj pro nastavení 'alternatives' systému
Pomocné GUI, které pomáhá zvolit systémovému administrátorovi, který program bude obsluhovat danou službu.
Toto je grafická frontendová aplikace pro program update-alternatives, který je dodáván spolu s dpkg.
Nástroje pro správu mobilního telefonu
Gammu je pomůcka pro příkazovou řádku a knihovna pro práci s mobilními telefony od spousty výrobců. Podpora pro různé modely se liší, ale základní funkce by měly fungovat s většinou modelů. Program umí pracovat s kontakty, zprávami (SMS, EMS a MMS), kalendáři, úkoly, souborovými systémy, integrovanými rádii, fotoaparáty atd. Rovněž podporuje režim démona pro posílání a příjem SMS zpráv.
V současné době podporované modely zahrnují:
Spoustu modelů Nokia
Alcatel BE5 (501/701), BF5 (715), BH4 (535/735)
AT kompatibilní telefony (Siemens, Nokia, Alcatel, IPAQ)
telefony se schopnostmi OBEX a IrMC (Sony-Ericsson, Motorola)
telefony se systémem Symbian pomocí gnapletu
Tento balíček obsahuje program Gammu a několik příkladů použití.
Daemon pro posílání zpráv SMS
Tento balíček obsahuje SMS daemon Gammu a nástroje pro umístění zpráv SMS do fronty.
Analyzuje a zobrazí Gaussian, GAMESS atd.
GaussSum analyzuje výstup souborů ADF, GAMESS, GAMESS-UK, Gaussian, Jaguar a PC GAMESS a získává z něj užitečné informace.
GaussSum používá GNUPlot a zobrazuje postup optimalizace geometrie, hustotu stavového spektra, spektrum UV-VIS, IR, Raman a elektronovou hustotu rozdílových map. Také zobrazuje všechny řádky obsahující odpovídající fráze atd.
Síťová hra s bitevními loděmi
Batalla Naval je síťová hra s bitevními loděmi. Podporuje hru více hráčů i více robotů.
Editor písma X11
gbdfed vám umožní interaktivně vytvářet soubory bitmapového písma a upravovat stávající. Umožní vám upravovat více písem a znaků, vyřezávat a vkládat písma a symboly a upravovat vlastnosti písma. Editor funguje nativně s písmy BDF.
Tento editor je nástupcem xmbdfed a pro pohodlnější ovládání používá rozhraní GTK+ místo sady Motif.
Frontend slovníku bgoffice (GTK2)
bgoffice je projekt, který si klade za cíl vytvoření komplexního desktopového prostředí přeloženého a lokalizovaného pro bulharské uživatele.
Tento balíček obsahuje gbgoffice - GTK2 program pracující se všemi slovníky obsaženými v bgoffice. Program má jednoduché rozhraní, podporuje integraci do oznamovací oblasti GNOME a monitorování schránky. Všechny vlastnosti je možno dál nastavovat.
Pro Qt/KDE verzi programu se podívejte na balíček kbedic.
Editor 2D chemické struktury pro desktop GNOME2
GChemPaint je editor 2D chemických struktur s rozhraním podporujícím otevření více dokumentů. Hotové molekuly je možno hledat na NIST Webbook a PubChem.
Nenáročný visualizer krystalových struktur
GNOME Crystal je nenáročný visualizer krystalových struktur. Program používá chemické nástroje GNOME a umí zobrazit modely všech druhů krystalických mikroskopických struktur. Program používá OpenGL.
Prohlížeč molekul a krystalových modelů
GTK program pro zobrazení a úpravu izolovaných molekul, periodických systémů a krystalických uspořádání. Program je ve fázi vývoje, ale funguje docela dobře. Má následující vlastnosti:
Podpora různých typů souborů ((CIF, BIOSYM, XYZ, XTL, MARVIN, a GULP)
Jednoduché vytváření a manipulace s molekulami
Dialogové vytváření počátečních konfigurací pro simulace dynamiky molekul
Rozmanité vizualizační nástroje (geometrické informace, zvýraznění určité oblasti, atd.)
Animace souborů BIOSYM (také vykreslení animací, uvidíte dále)
GDIS také umožňuje provádět následující funkce dostupné v jiných balíčcích:
Vykreslení modelu (díky POVRay)
Minimalizace energie (díky GULP)
Výpočet morfologie (díky cdd)
Zpracování prostoru (díky SgInfo)
Pohlížení periodické tabulky (díky GPeriodic)
Načítání dalších typů souborů, jako je PDB (díky Babel)
Program pro generování geekcode
GTK+ prohlížeč obrázků
Geegie je prohlížeč grafických souborů nabízející jednoduché klikací prostředí pro prohlížení grafických souborů. Program umožňuje vytváření náhledů, přibližování, filtrování a podporu externího editoru.
Vertikální střílečka podobná Xenonu
Geki 2 je vertikální střílečka podobná klasické hře jakou je Xenon, Target Renegade nebo Gunhed. Obsahuje šest úrovní a dvě různé zbraně.
Horizontální střílečka podobná R-Type
Geki 3 je horizontální střílečka podobná klasické arkádě jako byl R-Type nebo Zero "All Your Base Are Belong To Us" Wing. Obsahuje šest úrovní a různé zbraně.
Prohlížeč periodické tabulky
gElemental je GTK+ prohlížeč periodické tabulky, který poskytuje detailní informace o jednotlivých chemických prvcích.
Nabízí prohlížení v podobě tabulky s vybarvením prvků podle několika vlastností, v podobě setříditelného seznamu a dialogů s vlastnostmi prvků, zobrazování různých variant informací včetně historických, termodynamických, elektrochemických a krystalografických vlastností.
Tento balíček obsahuje hlavní aplikaci.
Gem Drop X je zajímavá skládačka pro X11
Hra se odehrává dole na obrazovce. Nahoře se pak nacházejí náhodné barevné obrazce ("drahokamy"). Postupem času se nahoře zobrazuje stále více těchto drahokamů a ty tlačí ostatní směrem dolů.
Vašim úkolem je udržet obrazovku nezaplněnou. To uděláte pomocí uchopení drahokamů nahoře a jejich přesunu směrem dolů, čímž vytvoříte určitou skládačku.
Jakmile vytvoříte skupinu 3 nebo více drahokamů v řádku, pak zmizí (pomocí pěkné malé exploze). V tomto okamžiku také zmizí všechny stejné drahokamy v celém řádku! A tak dále. To je vynikající pro řetězové reakce! Více bodů pak získáte za poskládání více drahokamů, než je potřeba. (Např. umístění čtyř drahokamů vedle sebe vám dá více bodů než umístění 3 vedle sebe dvakrát.)
Nástroje pro správu databázového clusteru
Genders je statická databáze obsahující používaná pro správu konfigurace clusteru. Pro správu rozsáhlých clusterů používá různé nástroje a skripty. Databáze gender je obyčejně replikována na každém uzlu clusteru. Popisuje uspořádání a konfiguraci clusteru, z těchto informací pak čerpají nástroje a skripty. Jejich zobecněním do čistě textového souboru pak získáte možnost měnit konfiguraci celého clusteru, jednoduše úpravou jednoho souboru.
Generátor souborového systému ext2 pro vestavěné systémy
genext2fs je určen pro vytvoření souborového systému ext2 pro běžného (ne-roota) uživatele. Nevyžaduje připojení souboru s obrazem pro zkopírování souborů na něj. Dokonce při vytvoření uzlů zařízení ani nevyžaduje abyste byli superuživatelem.
Vytváří obrazy souborového systému CD-ROM ISO-9660
genisoimage je program sloužící k vytváření obrazů souborového systému CR-ROM ISO-9660, který je poté možno zapisovat na CD a DVD pomocí programu woodim. genisoimage obsahuje podporu zaváděcích CD "El Torito", stejně jako podporu CD obsahujících souborový systém HFS používaný na počítačích Macintosh.
Balíček také obsahuje extra nástroje pro práci s ISO obrazy:
mkzftree - vytváří obraz ISO-9660 s komprimovaným obsahem
dirsplit - snadno rozdělí obsah adresáře na disky stanovené velikosti
geteltorito - rozbalí obraz zaváděcího CD El Torito
Pokud chcete nainstalovat většinu dokumentace a souborů README, pak si nainstalujte cdrkit-doc.
Pokročilá kalkulačka (frontend CLI)
Genius je pokročilá univerzální kalkulačka, která se v řadě aspektů podobá BC, Matlab či Maple. Používá se jako obyčejná kalkulačka i jako vzdělávací i výzkumný nástroj. Syntaxe je velmi jednoduchá a je vytvořena tak, aby zpracovávala matematiku v té podobě, v které se běžně zapisuje.
Tento balíček obsahuje rozhraní příkazové řádky pro genius.
Integrační vrstva GeoGebry pro prostředí GNOME
GeoGebra je dynamický geometrický systém. Můžete v něm tvořit konstrukce nejen pomocí bodů, vektorů, úseček, přímek a kuželoseček, ale i funkcí. Tyto prvky je následně možné dynamicky měnit. Rovnice a souřadnice lze zadávat přímo.
GeoGebra podporuje mnoho geometrických konstrukcí spolu se základními nástroji matematické analýzy (derivace, oskulační kružnice, ...).
Pracovní listy GeoGebry je možno uložit do mnoha různých formátů, například jako interaktivní applety pro webové stránky.
Tento balíček obsahuje generátor náhledů pro soubory GeoGebry v prostředí GNOME.
Malý spouštěč příkazů s automatickým doplňováním v GTK+
gexec je malý a jednoduchý spouštěč příkazů používající rozhraní GTK+. Mezi jeho vlastnosti patří automatické doplňování příkazů a jejich historie. Kromě toho gexec může spouštět dané příkazy pod uživatelem root nebo v terminálu.
Ze souborů GFF vytvoří výstup v PostScriptu
Prostředí jazyka GNU Forth
Toto je GNU implementace programovacího prostředí Forth.
Forth je jazyk, který je založen na používání zásobníku a je kompletně rozšiřitelný. Každé prostředí Forth obsahuje jeden nebo více slovníků předdefinovaných slov a programování ve Forthu se pak sestává z definování a vykonávání nových slov, které jsou kombinacemi slov předchozích. Říká se, že naučení se Forthu navždy změní způsob myšlení při psaní programů.
Systém vizualizace vícedimenzionálních dat
GGobi je open-source vizualizační program sloužící k prohlížení více-dimenzionálních dat. Program má vysoce dynamickou a interaktivní grafiku jako je v tours, stejně jako známé grafické prvky jako je rozptýlený graf, sloupcový a paralelní graf. Grafy jsou interaktivní a mají svou výplň a identifikaci.
Hexadecimální ditor souborů pro GNOME
Program GHex umožňuje prohlížet a editovat soubory dvěma způsoby, v šestnáctkové podobě nebo v ascii. To je vhodné pro úpravu uložných souborů her.
Datové soubory pro GIMP
Tento balíček obsahuje na architektuře nezávislé podpůrné datové soubory používané programem GIMP.
Rychlý, škálovatelný, distribuovaný systém pro správu revizí
Git je populární systém pro správu verzí vytvořený pro rychlou a efektivní obsluhu velmi rozsáhlých projektů; používá se v řadě vysoce odborných opensource projektů, za všechny jmenujme projekt jádra Linuxu.
Git spadá do kategorie distribuovaných systémů pro správu zdrojových textů. Každý pracovní adresář Gitu je plnohodnotným repositářem s veškerými schopnostmi sledování revizí, nezávislý na přístupu k síti nebo centrálnímu serveru.
Tento balík poskytuje hlavní komponenty Gitu s minimálními závislostmi. Další funkcionalitu (jako je grafické uživatelské rozhraní, vizualizace stromu revizí, nástroje pro práci s jinými systémy pro správu verzí nebo webové rozhraní) naleznete v samostatných balících.
Rychlý, škálovatelný, distribuovaný systém pro správu revizí (dokumentace)
Git je populární verzí kontrolního systému vytvořeného pro rychlou a efektivní obsluhu velmi rozsáhlých projektů; používá se v řadě vysoce odborných opensource projektech, za všechny jmenujme projekt jádra Linuxu.
Git spadá do kategorie distribuovaných systémů pro správu zdrojových textů. Každý pracovní adresář Gitu je plnohodnotným repositářem s veškerými schopnostmi sledování revizí a nezávislostí na přístupu k síti nebo centrálnímu serveru.
Tento balík poskytuje dokumentaci.
Rychlý, škálovatelný, distribuovaný systém pro správu revizí (vizualizace stromu)
Tento balík poskytuje program gitk, tcl/tk nástroj pro vizualizaci stromu revizí.
Nástroje pro správu balíčků Debianu pomocí git
Tento balíček obsahuje nástroje a automatizace, které pomáhají při správě balíčků Debianu v git.
gitpkg - ze zadané verze vytvoří zdrojový balíček git-debimport - ze stávajících balíčků vytvoří repozitář git
Pro export zdrojů z repozitáře není nutný žádný přesný popis, stávající repozitáře by neměli vyžadovat žádné změny. Pokud je v repozitáři obsažen platný zdrojový strom Debianu, pak umí gitpkg exportovat libovolný balíček libovolné revize za vás. Tyto nástroje slouží ke zjednodušení specifických částí stávajícího procesu vytváření balíčků a snadno se do něj integrují, aniž by nahrazovaly ty postupy, které již používáte. Protože ne každý balíčkovací styl se hodí pro každý balíček, gitpkg pracuje se všemi a postupně je slepuje dohromady až do okamžiku kdy je vše hotovo. Pomocí různých háčků je možné zpracovat i další balíčky a provést uživatelem určené operace přesně tak, jak budete v okamžiku exportu chtít.
Japonský slovník pro GNOME
Pomocník pro rekonfiguraci balíčků pomocí Debconf
Tento program vám pomáhá při použití nástroje "dpkg-reconfigure". Jedná se grafický frontend. Zjednoduší vám tak život díky zobrazení jednoduché nabídky balíčků, které mohou být nastaveny pomocí Debconfu a obsahuje frontend Debconfu, který se používá pro konfiguraci.
Plugin GKrellM, který zobrazuje periodicky aktualizovaný obrázek
GKrellKam je v podstatě wmGrabImage v panelu GKrellM. Mimo to je mnohem pružnější (můžete určit místní nebo vzdálený obrázek, seznam místních či vzdálených obrázků nebo skript, jehož výstupem je obrázek, atd.). Obrázek (libovolného formátu a velikosti) je zmenšen do náhledu a umístěn v panelu GKrellM, pak dochází k periodické aktualizaci a rotaci více obrázků.
Tento plugin se hodí zejména pro prohlížení obrázků z webových kamer, map počasí nebo kteréhokoliv druhu měnících se obrázků.
V jediném procesu spravuje gkrellm několik poskládaných monitorů. Také podporuje témata, aby vzhled monitorů co nejvíce zapadal do vzhledu vašeho správce oken, Gtk, nebo čehokoliv jiného.
Modul pro GKrellM na indikaci rozložení klávesnice
Tento modul pro GKrellM ukazuje aktivní rozložení X klávesnice pomocí vlaječky příslušné země. Vypisuje nastavená rozložení, umožňuje Vám mezi nimi přepínat a také ukazuje stav zámků velkých písmen a číselné klávesnice.
Gkrellmd přijímá připojení od klientů gkrellm. Jakmile se klient gkrellm připojí k serveru gkrellmd, začnou všechny vestavěné monitory sbírat data ze serveru.
Plugin pro gkrellm, který zamyká obrazovku a vytváří její snímky
Tento plugin umožňuje snadno přistupovat k zamknutí obrazovky a možnosti získání snímku. Pro snímání obrazovky používá ImageMagick. Jakmile kliknete na tlačítka 'Zamknout' a 'Snímek' plugin zobrazí animaci (něco jako šetřič obrazovky). pomocí tlačítka 'Snímek' můžete získat snímek okna, zvolené oblasti a celé obrazovky. Je také možné zpozdit snímek o stanovený počet sekund. Další možností je prohlížení získaných snímků ve vašem oblíbeném prohlížeči. Kliknutím na tlačítko 'Zamknout' zamknete obrazovku a spustíte šetřič obrazovky. (Pro správnou funkci této možnosti je nutné také nainstalovat balíček xscreensaver.)
Program pro vytváření štítků, vizitek a potisků médií v GNOME
gLabels je nenáročný program pro vytváření štítků, čárových kódů, obchodních karet a obalů médií v desktopovém prostředí GNOME. Program je vytvořen s ohledem na správnou funkčnost s různými laserovými/inkoustovými obchodními štítky, které se dnes prodávají.
gLabels podporuje sloučení emailu ze zdrojů jako jsou soubory CSV, vCard a datové servery Evolution.
Stavitel uzlů pro hry ala Doom; podporuje OpenGL
glBSP je stavitel uzlů speciálně vytvořených tak, aby je mohli používat OpenGL porty herních strojů hry Doom. Drží se specifikace "GL-Friendly Nodes", což znamená, že přidává některé speciální uzly souboru WAD, což usnadňuje (a urychluje) práci stroje OpenGL DOOM - výpočet mnohoúhelníků potřebných pro vytvoření úrovně.
K dispozici je více portů DOOM, které umí pracovat s uzly GL vytvářenými glBSP, např. EDGE, Doomsday engine (JDOOM), Doom3D, PrBoom a Vavoom.
Program pro příjem a odesílání signálu QRSS/DFCW
Glfer se skládá ze dvou hlavních částí: okno spektrogramu, kde můžete vidět spektrum přijatého signálu oproti času a funkcím odesílání, slouží pro vysílání znaků cw pomalá, ale detailně kontrolovaná rychlost pomocí QRSS (pomalé CW) a DFCW (Dual Frequency CW).
Připraví glosář a seznam akronymů
GlossTeX je nástroj pro automatické vytvoření glosáře a seznamu akronymů do podoby, s kterou pracuje LaTeX a MakeIndex. GlossTeX kombinuje funkce programů acronym, nomencl a GloTeX. Podobně jako GloTeX používá stejný formát definicí souborů významového slovníku. GlossTeX je možno používat také spolu s nomencl.
3D hra jízdy na kole
glTron hra podobná tronu s pěknou perspektivou 3D. Pro hraní se doporučuje akcelerace 3D.
GTK+ frontend k MPD (Music Player Daemon)
glurp je GTK+ frontend k hudebnímu daemonu MPD: Mezi jeho vlastnosti patří:
Podpora seznamů skladeb a zobrazování značek id3.
Ochrana připojení k MPD heslem.
Snadné přepnutí výstupu MPD.
Snadná práce s databází/playlistem/proudem MPD.
Editor manuálových stránek GTK+
Editor manuálových stránek používající rozhraní GTK+.
Gmanedit je aplikace, která vám umožní upravovat manuálové stránky (man) obsažené v linuxovém/unixovém operačním systému.
Chová se podobně jako většina editorů HTML stránek s tím rozdílem, že je jednodušší. Pro práci je nutné znát formát manuálových stránek.
Grafické detailní zobrazení využití paměti každým procesem
Gmemusage je grafický program, vytvořený podle programu stejného jména od Silicon Graphics Inc. Gmemusage zobrazuje okno s posuvníkem. Části na posuvníku odpovídají jednotlivým procesům běžícím v systému a jsou periodicky aktualizovány. Více kopií stejného programu (programu, který má stejné jméno) jsou sloučeny do jedné položky. Velikost plochy odpovídá rezidentní velikosti procesu.
Spouštěč klientských aplikací GTK+ se spoustou voleb
Toto je gmrun; jedná se o malý spouštěč aplikací se spoustou voleb, který se používá v prostředí X11, které používá nástroje GTK+. Mezi jeho schopnosti patří možnost doplňování jmen souborů a programů, historie, snadná emulace spuštění terminálu a obsluha adres URL.
Automatické emailové odpovědi používající LDAP
Gnarwl vytváří automatické odpovědi pomocí emailu. Oproti originálnímu programu vacation, gnarwl používá LDAP, takže není potřeba, aby uživatelé měli unixové účty na emailovém serveru.
Řídí Creative Labs Nomad Jukebox
Gnomad 2 je GUI vytvořené pomocí GTK/GNOME 2, id3lib a libnjb, které umožňuje snadný přesun stop a souborů z/do Creative Nomad Jukebox (všechny verze). Podobá se spíš běžnému grafickému programu FTP.
modrá varianta tématu ikon GNOME-Colors
GNOME-Colors je sada ikonových témat pro GNOME inspirovaná tématy Tango, Elementary, Discovery, Tango Generator a dalšími.
Cílem je umožnit komukoli jednoduše přizpůsobit svoji pracovní plochu svým náladám, tapetám, barvě notebooku a pod.
Ikony byly navrženy tak, aby ladily s GTK+ tématy Shiki-Colors a jejich přídavky.
Tento balíček obsahuje (modrou) variantu GNOME-Brave ikonového tématu GNOME-Colors.
Klon klasické hry Breakout přepsaný pro GNOME
Klon klasické hry "Breakout". Ovládáte destičku na dolním okraji hracího pole a odrážíte míček proti cihlám v horní části s cílem je zasáhnout a zničit.
Datové soubory pro karetní hry v GNOME
Tento balíček obsahuje obrázky a ruby karet používané karetními hrami v GNOME. Nabízí rozličná témata.
Sada ikonových témat pro GNOME
Ikony byly navrženy tak, aby ladily s GTK+ tématy Shiki-Colors a jejich rozšířením.
Tento balíček nabízí sedm variant ikonových témat GNOME-Colors:
GNOME-Brave (modré), GNOME-Dust (čokoládové), GNOME-Human (oranžové), GNOME-Illustrious (růžové), GNOME-Noble (purpurové), GNOME-Wine (rudé), a GNOME-Wise (zelené).
Ikony společné pro všechna ikonová témata GNOME-Colors
Tento balíček poskytuje obecné ikony, které jsou využívány ve všech variantách ikonových témat GNOME-Colors.
Pěkný a rychlý správce souborů pro desktop GNOME
GNOME commander je rychlý a užitečný grafický správce souborů pro prostředí GNOME. Má dvoupanelové rozhraní ve stylu Norton nebo Midnight commanderu.
Obecné skripty a makra pro vývoj s GNOME
Gnome-common je rozšíření k autoconf, automake a libtool pro prostředí GNOME a aplikace používající GNOME. Obsahuje gnome-autogen.sh a několik maker, která pomáhají se stromovou strukturou zdrojových kódů GNOME.
Nástroje ke konfiguraci desktopu GNOME
Tento balíček obsahuje konfigurační applety desktopového prostředí GNOME, které vám umožní nakonfigurovat nastavení, písma desktopu, klávesnici i vlastnosti myši, nastavení zvuku, téma desktopu a pozadí, vlastnosti uživatelského rozhraní, rozlišení obrazovky a další parametry nastavení GNOME.
Také obsahuje frontend těchto appletů, který je možno spustit z panelu GNOME nebo ze správce souborů Nautilus.
Konfigurační applety pro GNOME - datové soubory
Tento balíček obsahuje datové soubory (ikony, obrazové mapy, soubory locales), které vyžadují konfigurační applety v balíčku gnome-control-center.
Tento balíček obsahuje soubor vyžadovaný pro určení umístění klíčových adresářů.
čokoládová variace tématu GNOME-Colors
Tento balíček poskytuje GNOME-Dust (Chocolate) variaci tématu ikon GNOME-Colors.
Oranžová variace ikonového tématu GNOME-Colors
Tento balíček poskytuje variaci GNOME-Human (Oranžová) ikonového tématu GNOME-Colors.
YASIS (další sada ikon se změnitelnou velikostí)
Sada ikon se změnitelnou velikostí - SVG (Scalable Vector Graphic) pro plochu GNOME.
růžová varianta ikonového motivu GNOME-Colors
Tento balíček nabízí motiv GNOME-Illustrious (růžová) jako varianci na původní motiv GNOME-Colors.
Ovládání myši pomocí pohybů hlavy
MouseTrap usnadňuje lidem se zhoršenou hybností přístup k počítači. Používá zpracování obrazu pro překlad pohybů hlavy v pohyby myši (pohyby a kliknutí), to umožňuje uživatelům práci v různých aplikacích a desktopových prostředích.
Síťový informační nástroj pro GNOME
GNOME Nettool je síťový informační nástroj, který obsahuje uživatelské rozhraní pro většinu běžných síťových nástrojů příkazové řádky včetně:
Purpurová variace ikonového tématu GNOME-Colors
Tento balíček poskytuje GNOME-Noble (purpur), což je variace ikonového tématu GNOME-Colors.
Zvuky událostí přihlášení a odhlášení ke GNOME sezení
Přehraje zvuk při přihlášení do a odhlášení od GNOME sezení.
Tento balíček používá canberra-gtk-play z libcanberra.
Prohlížeč spuštěných procesů a systémových zdrojů pro GNOME
Tento balíček vám umožňuje v grafickém prostředí sledovat a manipulovat s běžícími procesy na vašem systému. Také poskytuje přehled o dostupnosti zdrojů, jako jsou procesory nebo paměť.
Motiv vzhledu openSUSE Gilouche
Tento motiv vzhledu je použit jako výchozí v openSUSE. Balíček poskytuje úplný motiv, včetně ikon a motivů pro Metacity a GTK+.
Ikonový motiv byl dříve označován jako openSUSE Industrial, nyní byl ale ve shodě s hlavním motivem přejmenován na Gilouche.
Červená varianta ikonového tématu GNOME-Colors
Tento balíček poskytuje GNOME-Wine (červenou) variantu ikonového tématu GNOME-Colors.
Zelená varianta tématu vzhledu ikon GNOME-Colors
Tento balíček poskytuje GNOME-Wise (zelenou) variantu ikon k tématu vzhledu GNOME-Colors.
Grafický i konzolový program backgammon s analýzou
GNU Backagammon je silný program backgammon (světové třídy s nainstalovanou databází bearoff) používaný buď jako stroj jinými programy nebo jako samostatná hra backgammon. Kromě podpory běžného hraní má také nástroje určenou pro analýzu, učící mód, nastavitelnou úroveň obtížnosti a podporu exportu hry spolu s poznámkami. Hru můžete hrát buď skrz rozhraní GTK+, volitelně na 3D ploše, nebo z obyčejné textové konzole.
Kniha zahájení pro gnuchess
Toto je kniha zahájení pro gnuchess. Původně byla dodávána přímo jako součást gnuchess, v současné době je ale součástí vlastního balíčku (z důvodu velikosti a nezávislosti na platformě). Pokud chcete používat gnuchess, pak doporučujeme nainstalovat i tento balíček.
GNU Go je svobodná verze hry Go. Má pouze textové rozhraní, pokud hledáte grafickou verzi hry, pak raději zkuste balíček cgoban nebo qgo.
Go je starobylá hra, která pochází z Číny. Vznik této hry sahá do historie staré více jak 3000 let, i tak někteří historici tvrdí, že je hra stará více jak 4000 let. Číňani nazývají hru Weigi, další názvy pro hru jsou Baduk (korejsky), Igo (japonsky) a Goe (Taiwan).
V této hře se každý hráč snaží získat větší vliv na hrací oblast, než jeho protihráč. K tomu používá možností ztracení, dobytí nebo izolací. Hra symbolizuje vztahy mezi národy. Go se stalo velmi populární hrou na celém světě, zejména v Asii, Evropě a Americe. Po celém světě se pořádá řada soutěží.
Hra se hraje na desce. Sada Go se pak sestává z desky, 181 černých a 180 bílých kamínků. Standardní deska má 19 řad na 19 řad, ale běžné jsou také desky 13x13 a 9x9. Samozřejmě desky 9x9 a 13x13 jsou obvykle pro začátečníky; pokročilí uživatelé budou preferovat tradiční rozložení 19x19.
Srovnáme-li to s mezinárodními šachy a čínskými šachy. Go má méně pravidel. Protože jich je méně, můžeme tak hrát více tahů a tak je Go psychicky náročnější hrou než předchozí dva druhy šachů. I tak není obtížené naučit se hrát Go, takže si hru pěkně užijte.
Tabulkový program pro GNOME - hlavní program
Gnumeric je tabulkový program, který dobře spolupracuje s jinými tabulkovými programy. Program disponuje pluginy, které mu umožní pracovat s jinými běžně používaným souborovými formáty.
Umožní vám importovat a exportovat tyto formáty:
Navíc budete moci importovat následující formáty:
Gnumeric umí exportovat do formátu LaTeX 2e (.tex), TROFF (.me) a HTML.
Gnumeric by si měli oblíbit především uživatelé znalí Excelu, protože jim přechod na tento program nebude činit žádné potíže.
Gnumeric je aplikací GNOME, GNOME (GNU Network Object Model Environment) je přívětivé uživatelské prostředí obsahující kolekci aplikací a nástrojů používaných uvnitř správce oken systému X Window.
Nástroje příkazové řádky pro hudební přehrávače rodiny iPod
GNUpod se skládá z jednotlivých skriptů, které vám umožní spravovat kolekci písem a seznamů na Apple iPod. Je podporován původní iPod, iPod Mini a iPod Shuffle.
Logická hra portovaná z ATARI XE/XL
GNU Robbo je velmi návyková logická hra. Ve hře se snažíte pomoci malému robotovi dostat se z nepřátelské planety, přitom sbíráte části záchranného modulu.
Hra byla původně vytvořena pro Atari XE/XL a napsal jí Janusz Pelc z "LK. Avalon".
Několik svobodných ikon pro použití v GNUstep a dalších
Všechny mají základní "vzhled a cítění" NeXTSTEPu. Ikony se umístí tam, kde je ve výchozím nastavení WindowMaker očekává.
Hudební editor C64
Toto je multiplatformní hudební editor C64. Podporuje emulovaný výstup přes stroj Dag Lem's reSID, zvukovou kartu HardSID a CatWeasel MK3.
Podporuje emulovaný výstup přes stroj reSID, zvukovou kartu HardSID nebo řadič Catweasel (MK3/MK4) a přitom vytváří zvuk ve svém vlastním formátu (*.SNG). Program také exportuje melodie do formátu SID, BIN a formátu Commodore PRG pro umístění na nějakou disketu určenou pro mechaniky 1541/1571/1581.
Jako většina programů typu „tracker“, i tento je schopen importovat soubory s nástroji, vytvářet a upravovat vzorové stopy, nastavovat pořadí přehrávání vzorů a měnit detaily skladeb jako je titul a autor. Pokud umíte pracovat s ostatními programy typu „tracker“, pak jistě pochopíte, že je GoatTracker jejich jednodušší verzí. Noví uživateleů by se měli podívat na další informace týkající se skládání na C64.
Interaktivní mixér zvuku OSS založený na ncurses
gom je mixovací nástroj příkazové řádky s volitelným vestavěným interaktivním rozhraním ncurses.
Mezi jeho hlavní vlastnosti patří kompletní rozhraní pro příkazovou řádku, které ho činí ideálním pro skriptování (např. nahrávání zvuku, spouštění v uživatelském a/nebo systémovém přihlašovacím čase, ukládání a obnova nastavení, atd).
Podporuje pouze OSS, pokud chcete používat ALSA, musíte také nainstalovat moduly kompatibilní s OSS. Pokud chcete používat všechny možné volby ALSA, pak byste měli zvolit program, který umí s ALSA pracovat.
Rozšířená verze piškvorek pro GNUstep
Gomoku je rozšířená verze hry piškvorky pro GNUstep. Hru vyhráváte v okamžiku kdy umístíte 5 značek do řady, sloupce, nebo diagonály. Pokud to udělá počítač ještě před vámi, pak prohrajete. Hru je možné hrát na deskách různých velikostí. Hra má 6 různých úrovní obtížnosti.
Editor oblastí disku pro GNOME
GParted používá libparted pro detekci a manipulaci se zařízeními a tabulkou oblastí přestože některé (volitelné) nástroje souborového systému podporují souborové systémy nezahrnuté v libparted.
Periodická tabulka prvků
Gperiodic je malý program založený na X/GTK+, umožňující procházení periodickou tabulkou prvků a prohlížení některých detailních informací o každém prvku. V současnosti zahrnuje 118 prvků.
Souborový systém pro připojení digitálních fotoaparátů
GPhotoFS je souborový systém založený na libgphoto2, který zobrazí podporované fotoaparáty jako by se jednalo o souborový systém; zatímco spousta kamer sama obsahuje implementaci USB Mass Storage a sama o sobě se chová jako souborový systém (v tomto případě je tento program zbytečný), stále existuje spousta fotoaparátů používající protokol PTP (Picture Bridge Protocol) nebo nějaký svůj vlastní. Pokud bude ale fotoaparát podporován libgphoto2, bude možno připojit fotoaparát jako běžný souborový systém právě pomocí tohoto programu.
Tento balíček je založený na infrastruktuře FUSE (filesystem in user space) linuxového jádra a z toho důvodu není nutné nijak upravovat jádro.
Rozhraní GPM (General Purpose Mouse interface)
V balíku je démon, který poslouchá událostem z myši pokud konzola aktivní a předává je aplikacím prostřednictvím knihovních funkcí.
Ve výchozím nastavení běží daemon ve „výběrovém“ módu, takže je možné provádět operace vyjmout-a-vložit pomocí myši stejně dobře v X jako v konzoli.
Grafický klient pro pommed
pommed obsluhuje horké klávesy počítačů Apple MacBook Pro, MacBook Air, MacBook, PowerBook a iBook a nastavuje podsvícení LCD, hlasitost zvuku, podsvícení klávesnice nebo vysunutí CD-ROM mechaniky.
gpomme je grafický klient pro pommed. Program zpracovává signály odeslané pomocí pommed a D-Bus a zobrazuje provedené akce.
GUI pro lpr: tiskne soubory a nastavuje volby specifické pro tiskárnu
gpr je grafické rozhraní pro lpr, které slouží pro snadnou konfiguraci voleb typických pro tiskárnu. Rozhraní gpr vytváří uživatelské rozhraní pracující s konfiguračním souborem PPD tiskárny. Na základě uživatelské volby je při tisku poslán na zařízení také specifický kód. Ten říká tiskárně zda se jedná o oboustranný nebo jednostranný tisk, nebo jí říká z kterého podavače má vzít papír. PAMATUJTE: gpr detekuje zda je soubor tisknut na tiskárnu v PostScriptu a pokud není, zavolá preprocesor a2ps, který ho zpracuje ještě před posláním a pošle ho na ppdfilt a lpr.
Generátor třírozměrných hesel
Tento balíček vytváří vyslovitelná hesla. Používá statistiku kombinací třech písmen ("třírozměrná"), která získává ze slovníků, které mu poskytnete.
Z tohoto důvodu se vyslovitelnost může lišit v závislosti na jazyku. Používá myšlenku generování hesel pro Multics od Morrie Gassera a generátoru pro CTSS od Dan Edwarda. Standard FIPS 181 popisuje podobný generátor, odvozený od Gassera.
GRAMophone II je algoritmický generátor hudby
GRAMophone je částečně založen na myšlence Jona McCormacka, který vymyslel myšlenku virtuálního přehrávače (virtuální hudebník). Přehrávač o nějž jde je asociován se stopou MIDI a interpretuje instrukce, které mu říkají co máte dělat. Obecně můžeme říci, že přehrává poznámky (posílá zprávy MIDI). Přehrávače GRAMophone dohromady tvoří nějaký orchestr, který přehrává nějakou kompozici. Přehrávačů, kteří umí přehrávat kompozice je celá řada, ve skutečnosti však může být hardware využit na maximální hodnotu. Jinak řečeno, každý přehrávač přehrává nástroje a přitom má každý jinou skladbu gramatických pravidel. Každý přehrávač je charakteristický množinou pravidel, které jsou sdílené celým orchestrem a/nebo osobní množinou parametrů.
Program pro zadávání grafů
Toto je grap, implementace jazyka pro zadávání grafů, který vymyslel Kernighan a Bentley. Preprocesor grap pracuje s pic a troff (nebo groff).
Grap je jazyk sloužící pro popis grafického zobrazení dat. Provádí takové služby jako je automatické nastavení velikosti grafu a popis jednotlivých os, dále zprávy a makra pro zjednodušení uživatelova programování. Grap je primárně určen pro grafy a dokumenty vytvořené pomocí groff či TeX a hodí se především pro základní úkony analýzy dat.
Kolekce nástrojů pro zpracování obrázku
GraphicsMagick obsahuje kolekci nástrojů příkazové řádky pro manipulaci se soubory obrázků. Jedná se o odnož projektu ImageMagick a z tohoto důvodu nabízí podobnou kolekci voleb, navíc však klade větší důraz na stabilitu.
Nástroje podporují rozsáhlou kolekci formátů obrázků, od široce používaných souborů jpeg, tiff, bmp nebo xpm až na speciální formáty jako je fits nebo formáty obrázků, které naleznete na některých CD s fotografiemi. Umí konvertovat obrázky mezi různými formáty, spojovat různé obrázky do jednoho, popisovat a deformovat je, vytvářet náhledy či upravovat mapu barev. i když jsou všechny volby dostupné přímo z příkazové řádky, balíček také obsahuje prohlížeč obrázků, který umožňuje interaktivní manipulaci s obrázky.
Pamatujte, že oproti ImageMagick jsou nástroje GraphicsMagick přístupné z jednoho spustitelného souboru nazývaného 'gm'. Z tohoto důvodu je GraphicsMagick a ImageMagick možno používat paralelně. Chcete-li získat kolekci různých nástrojů, které jsou kompatibilní s rozhraním ImageMagick, nainstalujte si balíček graphicsmagic-imagemagick-compat.
Grafický kalkulátor používající GTK#
GraphMonkey je grafický kalkulátor používající GTK#. Používá jednoduché rozhraní a vykresluje různé křivky.
Klon Gravity Force
Gravity Wars je inspirován Gravity Force, jednou z těch nejlepších her na počítačích Amiga. Tato verze se však lehce liší, má mnohem větší rozlišení a také lepší grafiku.
Cílem hry je provést svoji vesmírnou loď až k východu (pouze pomocí tlaku a orientace v prostoru), v tom se vám pokusí zabránit gravitace a setrvačnost. Hra obsahuje některé nové vlastnosti jako je voda, explodující dveře, bonusové objekty, vějíře (např. vítr) a další speciální efekty jako jsou explodující kuličky a spršky vody.
Gravity Wars není více spravován a tento balíček Debianu by tedy měl být zcela aktuální.
Obecný obarvovač pro cokoliv
"generic colouriser" se používá pro obarvení souborů logu, výstupu příkazů, libovolného textu.... Konfiguruje se pomocí regulárních výrazů.
Frontend pro klienta rdesktop v GNOME
grdesktop je frontend pro vzdáleného klienta desktopu (rdesktop) v GNOME.
Umí uložit různá připojení (včetně jejich voleb) a hledat v síti dostupné terminálové servery.
GNU grep, egrep a fgrep
"grep" je nástroj k prohledávání textových souborů. Může být použit z příkazového řádku nebo ve skriptech. I když nevíte jak jej použít, jiné balíky a programy vašeho systému to opravdu vědět budou.
Rodina GNU grep nástrojů "nejrychlejší na západě". GNU grep pracuje algoritmem "fast lazy-state deterministic matcher" (asi dvakrát rychlejší než běžný Unixový egrep) kombinované s Boyer-Moore-Gosper vyhledávacím algoritmem řetězců pevné délky, jež eliminuje nežádoucí text hned zpočátku a tím se vyhne prohledávání regulárního výrazu ve všech znacích. Ve výsledku je typicky mnohokrát rychlejší než Unixový grep nebo egrep. (Regulární výrazy, které obsahují zpětné reference avšak poběží podstatně pomaleji)
Prohledá emailové schránky a nalezne email odpovídající výrazu
Grepmail prohledá emailové zprávy a nalezne tu, která odpovídá předpisu a vytiskne výslednou zprávu. Použití je velmi podobné grep. Umí procházet komprimované soubory mailboxu a také umí hledat v hlavičkách nebo tělu zpráv. Navíc podporuje prohledávání podle data a velikosti.
Greylist používaný s Exim 4
Tento daemon obsahuje jednoduchou implementaci "greylistu", kterou je možné použít v MTA Exim, verze 4.
Po jeho instalaci je potřeba nastavit MTA, aby spolupracoval s greylistem. Tento balíček obsahuje skript pro automatické nastavení Exim 4. greylistd můžete využít i spolu s jinými MTA. Uživatelé Postfixu by měli raději zkusit balíček „postgrey“.
grhino či rhino (jeho dřívější jméno) je další hra Othello/Reversi. Co odlišuje grhino od většiny ostatních her Othello je to, že grhino se zaměřuje na pokročilé hráče Othello. Hlavním cílem vývojářů bylo vytvořit silnou umělou inteligenci. Z jeho umělé inteligence je možno těžit.
Hlavní mód Emacsu pro gri, jazyk pro vědeckou grafiku
Gri je jazyk s otevřeným zdrojovým kódem určený pro programování vědecké grafiky.
Toto je hlavní mód Emacsu pro gri.
Bezpečný správce hesel a dat
Gringotts je malý nástroj, který vám umožní ukládat a organizovat citlivá data (hesla, čísla kreditních karet, PINy, atd.) ve snadno čitelné, snadno použitelné a chráněné podobě.
Systém pro formátování textu GNU troff (základní systémové součásti)
Tento balíček obsahuje tradiční UN*Xové nástroje pro formátování textu: troff, nroff, tbl,eqn a pic. Tyto nástroje spolu s balíčkem man jsou nezbytné pro zobrazování on-line manuálových stránek.
groff-base je ořezaný balíček obsahující nejnutnější součásti potřebné ke čtení manuálových stránek v ASCII, Latin-1 a UTF-8. Uživatelé, kteří chtějí úplnou instalaci groff se stanadrdní sadou speciálních příslušenství, písem, makry a dokumentací musí naistalovat balíček groff.
Nástroj založený na GTK pro vytváření poznámek na obrazovce
Gromit umožní umísťovat na vaší obrazovku poznámky.
To se hodí především při prezentacích, pro zvýraznění věcí, které jsou středem zájmu.
Gromit umí pracovat s XInput, takže pokud máte grafický tablet, můžete kreslit čáry o různé síle, barvě, mazat věci, atd.
Hra zaváděná bez systému
GRUB Invaders je hra, která běží přímo na počítači bez nutnosti spuštění nějakého operačního systému. Jinými slovy se spouští přímo z prostředí zavaděče GRUB.
GRand Unified Bootloader (zděděná verze)
GRUB je zavaděč systému vydaný s licencí GPL, který sjednocuje zavádění operačních systémů řady x86. Kromě zavádění Linuxového jádra implementuje standard Multiboot, který umožňuje flexibilní načítání více zaváděcích obrazů (to je potřeba u modulárních jader jako je GNU Hurd).
Berte prosím na vědomí, že zděděná verze GRUBu je pouze udržována a nové vlastnosti jsou přidávány pouze do GRUBu 2 (balíček grub-pc).
Dokumentace pro GRUB Legacy
Zásuvný modul GStreameru pro ALSA
GStreamer je rámcový systém proudových médií, založený na grafech filtrů aplikovaných na data daného média. Aplikace používající tuto knihovnu může dělat cokoliv od zpracování zvuku v reálném čase přes přehrávání videa po cokoliv jiného, co s daným médiem souvisí. Architektura programu založená na zásuvných modulech znamená, že můžete přidávat nové schopnosti jednoduše instalací nových zásuvných modulů.
Tento balíček obsahuje zásuvný modul GSteameru pro knihovnu ALSA. ALSA je Advanced Linux Sound Architecture (pokročilá Linuxová zvuková architektura).
Zásuvné moduly GStreameru ze sady "bad"
Zásuvné modulu GStreameru ze sady "bad" nejsou plně srovnatelné z ostatními. Mohou mít dobrou kvalitu, ale ještě jim něco schází. Může to být revize kódu, dokumentace, provedení testů, přidělený správce nebo něco jiného bránícího širšímu nasazení.
Zásuvné moduly GStreameru ze sady "base"
Tento balíček obsahuje zásuvné moduly GStreameru ze sady "base", hlavní ukázkové sady.
Pomocné programy GStreameru ze sady "base"
Tento balíček obsahuje pomocné programy GStreameru ze sady "base", hlavní ukázkové sady.
Zásuvné moduly GStreameru ze sady "good"
Tento balíček obsahuje zásuvné moduly GStreameru ze sady "good", sady zásuvných modulů s dobrou kvalitou a pod licencí LGPL.
Nástroje pro použití s GStreamerem
Tento balíček obsahuje univerzální nástroje příkazového řádku pro GStreamer.
Zásuvné moduly GStreameru pro X11 a Pango
Tento balíček obsahuje zásuvné moduly GStreameru pro video výstup X11, jak pro standardní Xlib podporu, tak pro Xv rozšíření, a zásuvný modul pro překrývání a vykreslování textu založený na Pango knihovnách.
Hra Tangram (puzzle) používající GTK+
Tangram je čínská skládačka, ve které se hráč snaží uspořádat sadu kousků na odpovídající tvar. Všechny kousky musí být použity a nesmí být položeny navzájem na sobě. K dispozici máme pět trojúhelníků, čtverec a rovnoběžník. gtans obsahuje více jak 380 obrazců. Pro přesun kousků se používá myš, ale rozhraní je široce konfigurovatelné.
Hra podobná tetrisu určená pro více hráčů
GTetrinet je klon Tetrinetu, varianty tetrisu pro více hráčů známé z Windows. Je kompatibilní s originálním tetrinetem, třebaže pro vytváření svých vlastních her potřebujete samostatný program, jako je tetrinetx.
Nástroj pro změnu témat pro GTK+ 2.0
Nástroj 'Gtk Theme Switch' usnadňuje prohlížení náhledů a jejich výběr. Instalovaná témata je možno prohlížet a vybírat přímo za chodu.
Tento nástroj byl vytvořen tak, aby fungoval s tématy GTK+ řady 2.x. Pro témata GTK+ řady 1.x použijte balíček 'gtk-theme-switch'.
Nástroje pro přepínání GTK+ témat
Balíček obsahuje nástroje umožňující snadno přepínat témata GTK+. Tyto nástroje je možno spouštět z příkazové řádky a mají také volitelný náhled pro GUI. Mohou instalovat témata stažená z gtk.themes.org nebo přímo z .tar archivu.
enginy s tématy pro GTK+ 2.x
Tento balíček obsahuje „enginy“, které jsou skryté za tématy vzhledu pro GTK+ a GNOME aplikace. Mění způsob, kterým jsou ovládací prvky GTK+ vykreslovány. V tomto balíčku jsou zahrnuté následující:
Clearlook, výchozí téma GNOME, založené na Bluecurve
Crux, formálně známý jako Eazel
High contrast, který je využíván některými tématy zaměřenými na usnadnění
Industrial, známý výtvor Novellu (dříve Ximian)
LighthouseBlue, další modifikace Bluecurve
Metal, který vytváří kovový vzhled
Mist, přímý a výkonný
Redmond95, poskytuje podobný vzhled, jako mají Windows
Rovněž je přiloženo pár jednoduchých témat využívajících těchto enginů.
Témata CleanIce pro GTK+ 2.x
Tento balíček obsahuje tři témata a jejich podporu, což umožňuje uživateli nastavit vzhled aplikací založených na GTK+ 2.x. Programy není třeba pro použití témat nijak upravovat; podpora je zapracována do GTK+ 2.x.
Tento balíček Debianu obsahuje tato témata: CleanIce, CleanIce-Dark, CleanIce-Debian, CleanIce-Marble.
Mnoho deskových her v jednom programu
Gtkboard se snaží poskytnout obecnou platformu pro všechny deskové hry. Všechny hry mají společné rozhraní. Jako první si po spuštění programu zvolíte z menu hru. Nyní je implementováno 18 her, z nich Antichess, Ataxx, Patnáctka, Hiq, Memory, Othello, Pentaline, Plot4, Rgb a Samegame jsou plně hratelné. Piškvorky, Infiltrate, Hypermaze, Mastermind, Maze a Tetris jsou implementovány částečně, ale hratelné. Šachy a Pacman jsou implementovány částečně a momentálně nehratelné. Některé hry jsou pro jednoho a některé pro dva hráče.
Ladička kytary a dalších nástrojů
gtkGuitune je linuxový program pro ladění kytar a dalších instrumentů pomocí Schmittovy spouštěcí metody, např. výpočtem počtu spuštění mezi dvěma úrovněmi spuštění v určitém časovém úseku.
Tiskový nástroj pro CUPS na desktopu GNOME
GtkLP vám umožní tisknout soubory přes CUPS (Common Unix Printing System). Napsán je pomocí GTK+ 2.0 a určen pro desktopové prostředí GNOME. Podporuje řadu nastavení u každé tiskárny, kterou zná spolu se všemi dostupnými standardními volbami CUPS.
Mezi další vlastnosti patří lokalizace dialogů do různých jazyků, stejně jako různá rozhraní; při troše fantazie budete moci GtkLP používat jako náhradu `lp'.
Digitální borcení a změna obrazu, příklady
gtkmorph načte, uloží, zkroutí a rozpustí obrázky. Také načítá, ukládá, vytváří a pracuje s řídícími sítěmi, které určují jejich změnu. Podporuje automatické vytváření filmů (vyžaduje extra balíčky). Tato technika byla poprvé průmyslově využita v "Light and Magic" a běžně se nazývá "morphing".
Balíček obsahuje ukázkové příklady, které se mohou také používat v xmorph.
Jednoduchý kulečník napsaný v GTK+
GtkPool přináší klasickou a oblíbenou hru. Má jednoduché herní rozhraní, podporuje skutečné falše a obsahuje upravitelný fyzikální model.
Vybírá a prochází písmo Unicode
Program umožňuje procházet dostupné znaky Unicode a jednotlivé kategorie instalovaných písem. Také zobrazuje detailní informace o zvoleném písmu. Pomocí programu snadno naleznete znak, který znáte pouze pomocí jeho názvu nebo kódovacího označení.
Forenzní nástroj pro obrazy disku používající Qt
Forenzní nástroj pro práci s obrazy disku obsažený v tomto balíčku, guymager, byl navržen tak, aby podporoval různé formáty obrazů disku, byl co nejvíce uživatelsky přívětivý a běžel opravdu rychle. Má vícevláknový engine používající paralelní kompresi pro dosažení maximálního výkonu na počítačích s vícevláknovými/jádrovými procesory.
Rychlá a snadná změna rozlišení videa v X
Spuštění gvidm zobrazí seznam dostupných módů, které může uživatel zvolit. To ho činí perfektním pro spuštění z menu aplikací nebo pomocí zkratkové klávesy, takže ho nemáte stále spuštěn v paměti, v podobě nějakého stále běžícího appletu. Pokud používáte duální obraz nebo dokonce více hlavních displejů, zobrazí vám seznam dostupných obrazovek, takže si můžete zvolit tu správnou.
Pomocná aplikace pro knihovnu Gwenhywfar
Tento balíček obsahuje některé pomocné nástroje poskytované Gwenhywfar a užitečné pro aplikace, které Gwenhywfar používají: mklistdoc, gct-tool, xmlmerge a typemaker.
Gwenhywfar vám umožní portování vašeho softwaru na různé operační systémy jako je Linux, *BSD, Windows, atd. Také obsahuje některé často používané moduly jako jsou nástroje pro zpracování konfiguračních souborů, jednoduchou analýzu souboru XML, IPC, atd.
Správce pracovní plochy GNUstep
GWorkspace je oficiální správce plochy GNUstep. Je to klon správce plochy NeXT. GWorkspace je pravděpodobně jeden z neužitečnějších a nejsnadnějších správců pracovní plochy, který je k dispozici na všech platformách. To je zajištěno díky dobře vytvořenému rozhraní, chování, konzistentnímu vzhledu a vlastností zděděných ze systému GNUstep.
Nástroj pro obnovu gzip
gziprecover se pokusí přeskočit poškozená data v archívu gzip, čímž vám umožní obnovit zbývající data.
Pro obnovu poškozených souborů gzip si nainstalujte cpio.
Další systém pro tvorbu dokumentu
Toto je další systém formátování textu. Je určen primárně pro psaní dokumentace programů. Akceptuje jednoduchý zdrojový formát a výstupem je text, HTML, nápověda Windows, manuálové stránky, GNU info, PostScript a PDF. Obsahuje úplnou podporu indexování a křížových referencí a uvnitř dokumentů vytváří odkazy všude, kde to je jenom možné. Podporuje Unicode, přitom ale umožňuje alternativní zobrazení, pokud není Unicode k dispozici.
Čte a ukládá fráze
Tento program čte ze standardního vstupu a na standardní výstup posílá binární data (netisknutelná). Jeho výstup je vhodný pro použití s šifrovacími klíči.
Nástroj pro duplikaci a zálohování souborového systému
hdup je zálohovací nástroj s těmito vlastnostmi:
vzdálené zálohování (přesunutí zálohy na jiný stroj); šifrované zálohování; pro zálohy se nepoužívá žádný obskurní formát; komprese (gzip, bzip nebo žádná); jednoduché používání
Balíček také obsahuje dvě manuálové stránky, jedna je pro hdup jako takový a druhá pro jeho konfigurační soubor. Mělo by být poměrně zřejmé, jak hdup používat.
Vyměňuje bones soubory Nethacku s ostatními hráči
Nethack občas uloží úroveň, na které jste zemřeli (včetně vašich věcí, toho, co vás zabilo a také vašeho ducha) do souboru "bones" (kosti). Tyto soubory se stávají součástí pozdějších her Nethacku. Jestliže jste na svém počítači jediný hráč Nethacku, dostanete se pouze ke svým vlastním bones souborům.
Důležitá poznámka: Používáním Hearse získáte více bones souborů, než byste měli k dispozici při samostatném hraní, což změní vyváženost hry a je mnohými hráči považováno za mírnou formu podvádění. To můžete potlačit volbou --delete-uploaded, ale pak zase nikdy nepotkáte své vlastní bones soubory.
Sbírejte vylepšení a vyhněte se stopě protihráčů
Heroes je hra podobná "Tron" a "Nibbles", ale navíc obsahuje spoustu grafických vylepšení a nové možnosti hry. Ve hře jezdíte malým vozítkem po světě a sbíráte různá vylepšení, přičemž se snažíte vyhnout překážkám, stopám protihráčů a dokonce i své vlastní stopě.
K dispozici jsou různé styly hraní hry, včetně "získej všechny bonusy", poslední vyhrává a "poraz chodce". Všechny styly hry mohou být hrány jak v režimu pro jednoho hráče, tak i pro hráče dva (rozdělená obrazovka).
Chcete-li slyšet zvukové efekty, měli byste si nainstalovat také balíček heroes-sound-effects, pro hudbu je potřeba balíček heroes-sound-tracks.
Volitelné zvukové soubory pro hru heroes
Tento balíček obsahuje volitelné zvukové efekty pro hru heroes. Nainstalujte jej, pokud chcete ve hře slyšet prima zvuky.
Tento balíček obsahuje volitelnou hudbu, která hraje při hře Heroes na pozadí. Nainstalujte jej, pokud chcete při hraní hry slyšet hudbu, nebo pokud se vám prostě tato hudba líbí. Pozor, tento balíček je dosti velký a po modemu nebo jiném pomalém připojení jej budete stahovat docela dlouho!
Šestiúhelníková obdoba Ataxx
Cílem této hry je obsadit tolik políček co je jenom možné. Toho se docílí pomocí zajmutí políček protihráče nebo pomocí klonování svých vlastních. Hrací deska obsahuje šestiúhelníky složené z mnoha menších šestiúhelníků.
Hexxagon se podobá hře Ataxx; liší se pouze v tom, že Ataxx používá čtverečky, zatímco Hexxagon používá šestiúhelníky.
Nástroje pro přístup k jednotkám naformátovaným HFS+
HFS+ je moderní verze souborového systému HFS od firmy Apple Computers. V současnosti se široce používá ve starších verzích MacOS. hfsplus se skládá z knihovny a kolekce nástrojů, které umožňují přistupovat k jednotkám HFS+.
Tento balíček obsahuje vlastní nástroje.
Výchozí nouzové téma ikon pro FreeDesktop.org
Toto je výchozí nouzové téma používané v implementacích Freedesktop.org.
Logická skládačka podobná sudoku
Skládačka Hitori obsahuje plochu vyplněnou pomocí čísel. Cílem je odstranit čísla tak, aby žádný sloupek ani řádek neobsahoval žádné duplikáty.
Tato verze má podporu zpět/opakovat, umí radit a generovat skládačky až do velikosti 10x10 buněk.
Vloží URL adresy do dokumentů HTML
Hlins je nástroj pro vkládání hypertextových odkazů do dokumentů HTML pomocí položek databáze ve formě "jméno = url". Je vytvořen pro vkládání adres URL skutečných lidí: zná zkratky prvního a prostředního jména a toleruje odebrání druhé části složeného příjmení.
Markovy modely pro analýzu proteinových sekvencí
HMMER je implementací Markovy metody pro hledání biologických sekvencí pomocí vícenásobných sekvenčních uspořádání.
Na základě vstupu, HMMER vytvoří statistický model nazývaný "skrytý Markovův model", který je možno použití pro vytvoření dotazů do databáze sekvencí a pro nalezení (a/nebo uspořádání) dodatečných souhlasných rodin.
Šachový stroj kompatibilní s xboard
Šachový stroj kompatibilní s xboard, ale je ho možné používat také samostatně přes terminál. Hoichess je napsán v C++ pro systém GNU/Linux, ale měl by fungovat také na řadě dalších unixových systémů. Také obsahuje herní program xiangqi („Čínské šachy“).
Plošinová hra s notnou dávkou tajemna
Za zdmi hradu Holotz je ukryto obrovské tajemství. Dokážete pomoci Ybelle a Ludarovi utéct ze zámku? Otestujte svou zručnost v této děsivě vzrušující plošinové hře!
Utilita ke zobrazení/nastavení jména hostitele či domény
Tento balíček obsahuje příkazy, které se používají ke zobrazení DNS jména systému a zobrazení nebo nastavení jeho jméno a domény NIS.
Rozdělovač souborů, který používá souborový formát hacha
HOZ rozděluje soubory a používá stejný souborový formát jako populární program „Hacha“.
Soubory PPD (Postscript Printer Definition) pro HP
Protože jazyk PostScript popisuje pouze stránky, je zde potřeba mechanizmu, který by upravil postscriptovou úlohu pro konkrétní tiskové zařízení.
PPD (PostScript Printer Definition) definuje PostScriptové příkazy specifické pro zařízení, což umožňuje využít různé schopnosti tiskárny (například různou tiskovou kvalitu, zásobníky papíru, oboustranný tisk)
Tento balíček obsahuje některé PPD pro tiskárny HP, které nejsou v balíčku linuxprinting.org-ppds
Nalezne MAC adresu na switchi od HP
Tento balíček obsahuje malý nástroj, který se umí dotázat switche od firmy HP na jejich tabulku připojení. Tímto způsobem vám dovolí nalézt hledanou MAC adresu a říct vám do kterého portu je fyzicky připojena.
Svojí funkcí připomíná utilitu traceroute, ale pracuje pouze na síťové úrovni a pouze se switchem od firmy HP.
HP Linux Printing and Imaging - soubory HPIJS PPD
Balíček obsahuje soubory PPD (definice tiskárny) pro tiskárny podporované systémem "HP Linux Printing and Imaging" pomocí ovladačů HPIJS.
Prohledávání webu a indexační systém - binárky
vyhledávání v intranetu, na více lokálních webových serverech;
vyhledávání podle booleovských výrazů;
nastavení výsledků vyhledávání;
vyhledávání fuzzy (podporuje různé algoritmy);
indexace HTML a textových souborů;
klíčová slova HTML dokumentů;
upozornění emailem na zaniklé dokumenty;
indexace chráněných serverů;
vyhledávání podčástí databáze;
omezení hloubky prohledávání;
podpora znaků ISO-Latin-1.
Pokročilý konvertor HTML na text
html2text je konvertor HTML do čistě textové podoby.
html2text čte HTML dokumenty předané prostřednictvím příkazové řádky (nebo standardním vstupem), převádí je do nějakého čistě textového proudu a vypisuje výstup do souboru nebo na terminál.
Verze obsažená v Debianu umí také rozpoznat kódování dokumentů a provést překódování vstupu a výstupu přímo za běhu programu.
html2text byl napsán, protože autor nebyl spokojen s výstupem "lynx -dump" a tak napsal něco lepšího.
Převádí stránky HTML na WML (WAP) a stránky i-mode
html2wml převádí stránky HTML na WML a i-mode(tm), které jsou vhodné pro prohlížení na zařízení podporujících WAP nebo i-mode, např. mobilní telefony. Konverzi je možné provést z příkazového řádku a vytvořit tak statické stránky nebo za běhu pomocí zavolání tohoto programu v podobě CGI.
Pro prohlížení výsledku jsou k dispozici různé prohlížeče WAPových stránek, např. wmlbrowser nebo iceweasel (ala firefox) a wapua.
Procesor HTML, který vytváří indexované HTML, PS a PDF
HTMLDOC je program pro psaní dokumentace v HTML a vytváření indexovaných stránek HTML, PostScriptu nebo výstupu PDF (s obsahem). Podporuje syntaxi HTML 3.2 a částečně i HTML 4.0, stejně jako obrázky GIF, JPEG a PNG.
Německý zdravotnický slovník pro hunspell
Tento balíček obsahuje německý zdravotnický slovník k použití s korektorem překlepů hunspell, který je v současnosti využíván v OpenOffice.org2 a jako klon ispellu.
Systém pro identifikaci hardware
hwinfo je nástroj pro detekci hardwaru, který se běžně používá v Linuxu.
V Debien Edu (Skolelinux) hwinfo ukázalo nejlepší výsledky než discover při detekování myši, klávesnice a monitoru.
hwinfo sbírá informace o hardwaru nainstalovaném na počítači. Kromě jiných, libhd obsahuje informace o mechanikách cdrom, zip, disketových mechanikách, discích a diskových oblastech, síťových a grafických kartách, monitorech, kamerách, myších, zvukových zařízeních, pppoe, isdn, modemech, tiskárnách, skenerech, biosu, procesorech, usb, paměti a smp.
Zobrazí rozdělení v souborech DVI
hyphen_show skenuje soubor DVI a pokouší se nalézt všechny rozdělení a zapsat je na standardní výstup. To se hodí především při kontrole rozdělení provedených pomocí TeXu.
Zapíná/vypíná video výstup na monitor/LCD na grafice i810
i810switch zapíná/vypíná výstup na CRT monitor a LCD na grafickém hardwaru i810. Ten můžeme najít na některých noteboocích (např. Sony Vaio, některé modely Dell, atd.) Další podporované chipsety jsou i855, i830, i845.
Tento balíček obsahuje skript i810rotate, který přepíná výstup mezi třemi stavy: jen LCD, LCD i monitor, jen monitor.
Slovník portugalské brazilštiny pro ispell
Současný stav je docela dobrý a slovník se tak dá běžně používat. Slovník byl vytvořen složením. Slovesa jsou oddělena stranou specifickým programem. Jména jsou rozdělena do tříd dle významu a tak je vytvořen slovník, jehož dokončení a revize je mnohem snadnější.
Katalánský slovník por ispell
Tento katalánský slovník pro ispell sestavil Joan Moratinos a využil přitom data z různých zdrojů.
Takže, banda tučňáků se nachází na nějakém ledovci v Antarktidě. Byl jste vybrán, abyste je chytil a tučňáci mohli být bezpečně přesunuti do Finska, kde jich je potřeba pro tajný plán ovládnutí světa.
Abyste je mohli chytit, musíte rozbít ledovec na malé části. (Bojí se vody, z ne zcela zřejmého důvodu.) Rozbití ledovce provedete roztavením čar v ledu pomocí speciálních High-Tech GNU nástrojů.
Jakmile takhle rozbijete více jak 80% ledovce, zbývající část už bude dostatečně malá, aby jí bylo možno převézt dál. Samozřejmě, pokud zvládnete víc než je tato hranice, pak ušetříte na poštovném, takže se zvýší vaše získané skóre.
Ze zvukových CD vytvoří soubory WAV
icedax vám umožní vytvářet digitální kopii ("rip") zvukových stop obsažených na CD a přitom se vyhnout zkreslení, ke kterému dochází při nahrávání přes zvukovou kartu. Data je možno ukládat do formátu raw (cdr), wav nebo formátu sun. Pomocí voleb pak nastavíte výstupní formát (stereo/mono; 8/16 bitů; vzorkovací frekvenci, atd).
Streamovací zdroj Ogg Vorbis pro Icecast 2
IceS 2.x se použivá pro vytvoření zdroje streamovaného zvuku Icecast 2 pomocí zvukového proudu Ogg Vorbis. Podporuje jak přímý vstup ze zvukové karty, tak i reenkódování souborů Ogg Vorbis z nějakého seznamu skladeb.
Znamenitý správce oken podobný Win95-OS/2-Motif
IceWm je správce oken pro systém X Window. Je rychlý a efektivně využívá paměť. Také obsahuje různé vzhledy včetně Windows'95, OS/2 Warp 3,4, Motif. Pokouší se převzít ty nejlepší vlastnosti výše uvedených systémů. K tomu obsahuje další schopnosti, více ploch, neprůhledný přesun/změnu velikosti, pruh úloh, seznam oken, stav mailboxu, digitální hodiny.
IceWm je správce oken pro systém X Window. Umí emulovat vzhled Windows'95, OS/2 Warp 3,4, Motif. Z těchto systémů převzal pak převzal to nejlepší co nabízí. Mezi jeho vlastnosti patří podpora více ploch, neprůhledný přesun/změnu velikost, pruh úloh, seznam oken, stav mailboxu, digitální hodiny. Je rychlý a malý.
Tento balíček obsahuje běžné soubory pro balíčky icewm, icewm-experimental a icewm-lite.
Tento balíček obsahuje speciální verzi IceWm s povoleným experimentálními volbami. Pokud se neliší konfigurace balíčků, jednoduše aktualizuje stávající balíček icewm.
Vytvoří a rozbalí ikony MS Windows a kursory
Icoutils je množinou programů, které pracují s ikonami a kurzory MS Windows. Zdroje jako jsou ikony a kurzory mohou být získány ze spustitelných souborů Windows a souborů knihovny pomocí "wrestool". Konverze těchto souborů do a z obrázků PNG se provádí pomocí "icotool". "extresso" automatizuje tyto úlohy s pomocí speciálních skriptů.
Tento balíček se může použít pro vytvoření souborů "favicon.ico" webových stránek.
Český slovník pro ispell
Přidává a přejmenovává značky id3
Nástroj slouží pro dávkové přejmenování souborů mpeg3 přečtením značky ID3 na konci souboru obsahující jméno souboru, umělce, album, rok a komentář.
Další funkcí id3ren je značkování, které vám umožní vytvářet, upravovat a odstraňovat značky ID3. Položky id3 je možno nastavovat z příkazové řádky, interaktivně zadávat, nebo odhadovat z umístění na disku a jména souboru.
Editor značek ID3 pro příkazovou řádku
Jednoduchý a kompletní editor značek ID3 souborů MP3. Značky ID3 vám umožní identifikovat hudební soubory mp3 - můžete v nich ukládat takové informace jako je jméno umělce, alba, titul, stopa, rok a žánr, stejně jako komentář složený z 28 znaků.
Doporučuje se především pro skriptování a rozsáhlé úpravy, ve kterých potřebujete měnit značky id3 přímo ze skriptů.
Také ho můžete použít pro čtení značek id3.
Vyčerpávající dánský slovník (DSDO) - ispell
Tento dánský slovník se používá spolu s ispellem pro kontrolu správnosti pravopisu v dánsky psaných textech.
Zvýraznění písma v OMG IDL pro Emacs
Tento modul umožňuje zvýraznění písma v módu IDL Emacsu. To se hodí především pro uživatele, kteří pracují s CORBA, ale neumí příliš pracovat s IDL (Interactive Data Language).
Vytváří čárové kódy 2d ISO/IEC 16022
Program vytváří 2d datové/semikódové čárové kódy z nějakého parametru nebo ze souboru a výstup generuje v různých formátech (png, eps, ascii-art).
Litevský slovník pro ispell (LT)
Toto je litevský slovník, který používá ispell při kontrole správnosti pravopisu.
Záloha IMAP, kopírovací a migrační nástroj
IMAPCopy je malý nástroj pro příkazovou řádku sloužící ke kopírování zpráv různých uživatelů z jednoho serveru imap na druhý. Program je možno použít s libovolnou implementací IMAP, např. vám umožní migrovat z Cyrus na MS Exchange nebo z MS Exchange na Courier IMAP.
Filtruje zprávy ve vašem účtu IMAP
Imapfilter je klientský program, který vám umožní filtrovat zprávy vašeho účtu IMAP. Jakmile ho použijete v kombinaci s programem mutt, pro předzpracování, tak vám umožní vytřídit zprávy do jednotlivých adresářů IMAP.
Přidá atributy ŠÍŘKA a VÝŠKA do značek IMG v souborech HTML
Skript imgsizer automatizuje nudnou činnost vytváření a aktualizaci parametrů ŠÍŘKA a VÝŠKA značky IMG v HTML. Tyto parametry pomohou prohlížečům při vícevlákenném načítání obrázků, oproti načtení obrázků v pořadí tak jak jsou umístěny. Tím obvykle urychlíte načtení obrázku na zbytku stránky.
Tento balíček potřebuje buď balíček imagemagick nebo balíčky file a libjpeg-progs.
Nástroj ke konverzi obrázků PalmPilot/III
Tento program umí konvertovat, komprimovat a dekomprimovat až 4-b černobílé obrázky zobrazované na zařízeních PalmPilot. Program umí zpracovat libovolný soubor pbm, pnm, pgm vytvořený v balíčku netpbm a převést ho na obrázek vhodný pro Pilot.
Díky netpbm program zvládne převést do formátu PDB řadu formátů obrázků včetně JPEG, PNG, GIF, TIFF a BMP. Ty je možno zobrazovat v prohlížečích PalmPilot/III jako je "ImageViewer", "TinyViewer" nebo "Spec".
Utility postscriptu pro dvoustránkový tisk, bbox, atd.
Řada nástrojů pro manipulaci s postscriptem kompatibilním s DSC. Jsou obsaženy tyto programy:
impose: Preprocesor k pstops pro tisk dvou stránek na jednu. Snaží se odstranit prázdný prostor rozložení pomocí rozmístění originálního textu do tisknutelné oblasti. To umožní vytváření hezčích rozložení než v originálním dokumentu.
bboxx: Rozbalí ohraničující rámy souboru postscript, s možností zadání dané oblasti do souboru. Tento program používá zařízení ghostscript hbox.
fixtd: Množina voleb postscriptového souboru, která na tiskárně zajistí přímý nebo duplexový tisk.
psbl: Přeskupí stránky v souboru tak, aby vytvořil knížky.
Aplikace pro prohlížení obrázků a jejich analýzu
Imview je aplikace která
Zobrazuje velký počet formátů obrázků
Zobrazuje 2D a 3D obrázky s velmi dobrými možnostmi zoomování a nastavení záběru.
Funguje s multispektrálními, časovými sériemi, vícestránkovými dokumenty (např. satelitní snímky, zásobníky TIFF, animovanými GIFy a heterogenními více-komponentovými soubory).
Zobrazuje všechny typy pixelů (od 1b až po 64b data, celá čísla i čísla s desetinnou čárkou).
Může zobrazit libovolný 1-D profil 2-D obrázků (či 2-D částí 3-D obrázků).
Podporuje libovolné barevné mapy všech typů pixelů (např.: falešné barvy obrazovky).
Obsahuje standardní funkce pro práci s obrázky (jasnost/kontrast, gamma, zoom, ořez, rotace, atd).
Můžete jí ovládat vzdáleně pomocí socketů a textových příkazů (pro snadnou integraci s různými systémy analýzy obrázků).
Obrázky je možno nahrávat do Imview pomocí socketů či sdílené paměti.
A mnohem více!
Samostatný prohlížeč GNU Info dokumentace
Formát souborů Info je snadno zpracovatelná podoba online dokumentace. Tento program umožňuje prohlížení Info dokumentů, jako těch uložených v /usr/share/info.
Velké množství software v debianu poskytuje svou on-line dokumentaci ve formátu info souborů, také ji většinou budete chtít instalovat.
Konvertuje soubory info na POD nebo manuálové stránky
Tento balíček obsahuje nástroj info2pod pro konverzi dokumentů info na soubory ve formátu POD (Plain Old Documentation). Pomocí něj je můžete převést do formátu manuálových stránek, který je možné prohlížet pomocí běžných stránkovacích prohlížečů, oproti standardním prohlížečům info nebo Emacs.
Nástroj info2man používá info2pod a pod2man pro konverzi pomocí jednoho kroku.
Čte soubory info pomocí prohlížeče WWW
info2www vám umožní číst soubory info pomocí nějakého prohlížeče. Program vyžaduje HTTP server s podporou CGI.
Nový německý pravopisný slovník pro ispell
Toto je slovník pro kontrolu pravopisu programem ispell. Slovník podporuje nový německý pravopis (de-DE-1996), který byl zaveden 1. 8. 1998 a je závazný od 1. 8. 2005.
Slovník je založen na základě slavného slovníku hkgerman (starý německý pravopis de-DE-1901, který je k dispozici jako balíček iogerman) s mnoha opravami a dodatky.
Norský slovník pro ispell
Tento balíček obsahuje norský slovník pro použití s ispellem ke kontrole správného hláskování v norských textech.
Nástroje vstupní vrstvy linuxového jádra
Toto je kolekce nástrojů, které se hodí pro práci se vstupní vrstvou linuxového jádra (verze 2.6 a vyšší). Obsaženy jsou nástroje, které zobrazí seznam vstupních zařízeních rozpoznaných pomocí jádra, zobrazí události, které tyto zařízení produkují a získají či upraví klávesové mapy.
Spravuje instalovanou dokumentaci ve formátu info
Nástroj install-info vytváří index všech nainstalovaných dokumentací ve formátu info a zpřístupňuje je tak čtenářům.
Zpráva o instalaci systému
Odstraněním tohoto balíčku také smažete záznamy o instalaci systému.
Program pro ověření integrity souboru
Integrit vám pomáhá zjistit, zda útočník upravil váš systém. Bez tohoto programu se vám nepodaří zjistit, zda programy použité pro zkoumání vašeho systému jsou trojské koně nebo ne. Integrit funguje tak, že vytvoří databázi a obraz těch nejzákladnějších částí vašeho systému. Tuto databázi pak někam bezpečně uložíte a později ji můžete použít pro kontrolu, zda někdo neprovedl nezákonné úpravy vašeho systému souborů.
Mezi hlavní vlastnosti Integritu patří malé využití paměti, mechanismus, který má na paměti okamžité použití, intuitivní množina pravidel pro seznam adresářů konfiguračních souborů, možnost výstupu v podobě XML či uživatelsky čitelného výstupu, průběžné kontroly a aktualizace.
Klientské programy Open Inventor
Tento balíček obsahuje prohlížeče souborů Open Invertor a konverzní utility.
Open Inventor je objektově orientovaný 3D nástroj nabízející obsáhlé řešení pro problémy programování interaktivní grafiky. Obsahuje programovací model založený na databázi 3D scén, která zjednodušuje programování grafiky. Také obsahuje rozsáhlou množinu objektů jako jsou krychle, mnohoúhelníky, texty, materiály, kamery, světla, krabice, prohlížeče 3D a editory, které dokáží zrychlit vaše programování a rozšířit schopnosti vašeho programu o 3D.
Ukázkové datové soubory pro Open Inventor
Tento balíček obsahuje ukázkové 3D modely a scény ve formátu inventor.
Ukázkové programy Inventoru včetně zdrojových kódů
Tento balíček obsahuje různá dema Inventoru: prohlížeč scény (SceneViewer), prohlížeč a editor grafu (gview), hru s bludištěm (maze), editor (noodle), nástroj pro přeměnu 3D objektu (qmorf), revoluční editor (revo) a mnohem více.
Balíček také obsahuje ukázkové kódy včetně příkladů z knih "The Inventor Mentor" a "The Inventor Toolmaker".
GTK+ konfigurační frontend ke správci iODBC
Správce ovladače iODBC (intrinsic Open Database Connectivity) je kompatibilní se specifikací ODBC 2.x a 3.x a umí provádět všechny úkoly správce ovladače ODBC (např. načtení ovladače, kontrolu parametrů a funkcí, vyvolávat funkce ovladače, atd.). Libovolný ovladač ODBC, který funguje s ODBC 2.0 a 3.x bude také fungovat s ovladačem iODBC a naopak.
Aplikace (používající volání funkcí ODBC) linkované vůči ovladači iODBC budou moci současně přistupovat k různým datovým strukturám skrz jeden proces a pomocí vhodných ovladačů iODBC.
Tento balíček obsahuje konfigurační binárky.
Překládá IP a jména počítačů v logu webového serveru
Tento skript je náhradou vestavěného skriptu logresolve.pl, který byl dodáván jako součást webového serveru Apache.
ip2host používá stejný mechanizmus potomků, kteří zajišťují určení DNS najednou (paralelně). Komunikaci řídí podle potřeby tak, aby nedocházelo k velkým prodlevám. Výsledkem je opravdu rychlý nástroj (zhruba 10x rychlejší). Jeho rychlost však klesá spolu se zvyšováním odezvy DNS.
Portugalský (Evropa) slovník pro ispell
Portugalský slovník pro ispell. V současnosti je vyvíjen oddělením informatiků na univerzitě Minho v Portugalsku.
Nástroj pro testování dosažitelnosti počítače na síti
Příkaz ping posílá ICMP ECHO_REQUEST pakety na udaný počítač, s cílem zjistit je-li dostupný po síti.
Tento balík obsahuje utilitu ping6, která podporuje protokol IPv6
Umístí značky na místa daná souřadnicemi
IrcMarkers vezme mapu ve formátu .png nebo .jpg a seznam souřadnic s jmenovkami ve formátu xplanet a umístí značky na mapu. Je napsán tak, aby vytvářel mapy uživatelů kanálů IRC. Klíč GnuPG/PGP je možné asociovat s každou značkou a vytvořit tak "mapy důvěryhodnosti".
terminálový IRC klient
Irssi je terminálový IRC klient pro UNIXové systémy. Prostřednictvím modulů podporuje také protokoly SILC a ICB.
Formáty a témata
Ruský slovník pro ispell
Slovník obsahuje ruský slovník pro kontrolu pravopisu pomocí ispell.
Tento slovník obsahuje přes 122 200 základních slov a přes 1 168 000 slov odvozených, včetně podpory pro písmeno :E (yo).
Interaktivní graf monitorující aktivitu systému pro sysstat
Tento balíček obsahuje příkaz isag, který graficky zobrazuje aktivitu systému uloženou v binárním logu vytvořeném pomocí sar (balíček sysstat).
Nástroje pro kontrolní součty ISO9660
isomd5sum je kolekce nástrojů provádějících kontrolní součty ISO (nebo jiného blokového zařízení). isomd5sum nekontroluje jednoduše MDP5 celého obrazu ISO; kontroluje data uvnitř standardu ISO9660 a zapisuje blokové kontrolní součty do hlavičky souboru ISO9660, tyto informace nebudou zapsány na CD.
Tento balíček obsahuje nástroje implantisomd5 a checkisomd5.
Program pro analýzu logu MTA
Isolog je program pro analýzu logu MTA napsaný v C. Je vytvořen tak, aby skenoval soubory logu qmail, postfix a sendmail a generoval statistiku ve formátu HTML, kterou je pak možné prohlížet v libovolném prohlížeči. Výstup vytváří podle odesílatele, adresáta, celkového počtu emailů a bytů; statistiku vytváří pro ty nejaktivnější uživatele pro jednotlivé dny, měsíce a roky.
Španělský slovník pro ispell
Toto je španělský slovník pro použití ke kontrole pravopisu pomocí kontroly pravopisu Ispell. Sestavili jej Santiago Rodriguez a Jesus Carretero.
Islámský kalendář hirji a modlitební čas
itools je sada nástrojů příkazové řádky, které kopírují vývoj základní knihovny ITL (libitl) a slouží ke zjednodušení přístupu k těmto funkcím. Dostupné nástroje jsou:
ical: Zobrazuje kalendář Hijri
idate: Víceúčelový převaděč kalendáře Hijri/Gregorian
ipraytime: Modlitební časy, kalkulátor Qibla, generátor tabulky s plánem
ireminder: Perlový skript pro připomenutí modlitebního času
Balíček je součástí projektu islámských nástrojů a knihoven.
JACK Audio Connection Kit (server a ukázky klientů)
JACK je zvukový server s nízkou latencí, který umožní připojení více aplikací k jednomu zvukovému zařízení a sdílení zvuku mezi nimi.
Tento balíček obsahuje daemon jackd stejně jako některé ukázkové klienty.
Zvýrazní zdrojový kód v C++ a Javě ve WWW prezentaci
Základní podpora pro balíčky s knihovnami JavaScriptu
Webové aplikace používající JavaScript jej potřebují šířit pomocí HTTP. Použitím společné cesty pro všechny skripty odstraňuje nutnost povolovat cestu v HTTP serveru pro každý balíček zvlášť.
Toto je pomocný balíček, který vytváří /usr/share/javascript a povoluje jej ve webových serverech Apache a Lighttpd.
Vytvoří bibliografii pro ASCII p(La)TeX / NTT j(La)TeX
Toto je JBibTeX, japonská verze BibTeX založená na původním BibTeX 0.99c. JBibTeX umí pracovat se znaky Kanji (EUC-JP).
Tento balíček obsahuje knihovní soubory pro JBibTeX. Pro použití JBibTeX potřebujete nainstalovat balíček jbibtex-bin.
Tento balíček je součástí distribuce ASCII pTeX, ale tento program lze používat nejen s ASCII p(La)TeX, ale také s NTT j(La)TeX.
Stroj servlet a webserver v Javě
Jetty je Open Source HTTP Serverlet server napsaný kompletně v Javě. Je vytvořen tak, aby byl nenáročný, výkonný, vestavitelný, rozšiřitelný a pružný, takže se jedná o ideální platformu pro obsluhu dynamických požadavků HTTP z libovolné aplikace napsané v Javě.
GUI Java klient pro FTP, SMB, SFTP a NFS
JFtp je grafický síťový a FTP klient. Podpora FTP je zajištěna pomocí svého vlastního FTP API a různých protokolů jako je SMB, SFTP, NFS, HTTP a I/O souborů pomocí API třetích stran. Obsahuje řadu pokročilých možností jako je rekurzivní nahrávání/stahování, prohlížení obsahu FTP serveru při probíhajícím přenosu, pokračování v přenosu FTP a vytváření front, procházení sdílení LAN a Windows a mnohem víc. Také je možno pracovat s více připojeními najednou, používají se k tomu karty podobné těm, které znáte z prostředí prohlížeče Mozilla.
Program pro vytváření PostScriptových grafů od Jima Planka
Jgraph popisuje graf nebo grafy a na standardním výstupu vytváří postscriptový soubor.
Jgraph se hodí pro vykreslování a míchání rozptýlených bodových, spojnicových a mřížkových grafů. Přitom vytváří výstup do LaTeXu nebo jiného systému pro zpracování textu, který umí číst PostScript.
Popisný jazyk grafu je jednoduchý a přesto dává pěkně vypadající grafy s vynaložením minimální námahy. Můžete si dostatečně pružně přizpůsobit vzhled grafů svým individuálním preferencím. To zahrnuje kreslení více grafů a umísťování je odděleně na stránce (nebo stránkách).
Pracuje s neobrazovou částí Exif souborů JPEG
jhead je nástroj příkazové řádky určený pro získání nastavení digitální kamery ze souborů obsahujících Exif informace. Zobrazení těchto údajů umožňuje celou řadou způsobů. Také umožňuje snížení velikosti obrázků JPEG bez ztráty informací a to díky smazání integrovaných náhledů, které digitální kamery ukládají do hlavičky Exif.
Základní soubory maker NTT JLaTeX 2.09
NTT JLaTeX 2.09 je japonská verze LaTeX 2.09. Toto je zastaralá verze a byla nahrazena JLaTeX 2e, který je obsažen v balíčku jtex-bin.
Archivátor lzh pro příkazovou řádku napsaný v Javě
lzh je formát archívu generovaný nástrojem lha. jlha-utils je program příkazové řádky sloužící ke kompresi a dekompresi souborů lzh. Rozhraní tohoto programu je kompatibilní s programem lha.
Poznámka: Některé funkce v současné době chybí, pro více informací si přečtěte soubor README.Debian.
Uživatelsky přívětivý celoobrazovkový textový editor
Joe znamená "Joe's Own Editor", vypadá jako většina textových editorů: posloupnosti operací připomínají editory WordStar a Turbo C, ale jejich možnosti jsou mnohem pokročilejší. Joe obsahuje všechny možnosti, které může uživatel Unixu požadovat: plná podpora termcap/terminfo, kompletní integrace s Unixem VI, široké možnosti v konfiguračním souboru a systém vyhledávání pomocí regulárních výrazů. Také obsahuje šest referenčních záložek s nápovědou, které jsou stále k dispozici a intuitivní, jednoduché a příjemné uživatelské rozhraní.
Joe obsahuje výborný algoritmus optimalizace aktualizace obrazovky, více oken (mezi nimiž se můžete přepínat) a také chybí zavádějící pojem pojmenovaných bufferů. Obsahuje historii příkazů, rozšíření pomocí tabelátoru v nabídce souborů, funkce zpět a opakovat, (ne)odsazení a formátování odstavce, filtrování zvýrazněných bloků pomocí externího příkazu Unixu, úpravu roury uvnitř nebo mimo příkazu a také přesun bloků, kopírování, mazání nebo filtrování.
Díky jednoduchému konfiguračnímu souboru, je možné nastavit emulaci takových editorů jako je Pico a Emacs, spolu s kompletní imitací WordStar a omezeným módem (umožňuje úpravu pouze souborů určených z příkazové řádky). Joe také obsahuje obrazovku s aktualizací, která zajišťuje, že tato aktualizace nebude ovlivněna bufferem konzole. Dá se používat dokonce i na 2400 baudech a bude fungovat s libovolným typem terminálu.
Jonathanova vlastní verze Emacs - kompaktní a mocný editor
Jove je kompaktní užitečný textový editor podobný Emacs. Obsahuje běžné přiřazení kláves jako v emacsu, spolu s rozumnou zásobou těch nejoblíbenějších pokročilých voleb (např. okna interaktivního shellu, compile-it, módy specifické pro jednotlivé jazyky) a přitom zůstává s náročností na procesor, paměť a disk na úrovni srovnatelné s vi(1).
Odstraní drobné skvrny z obrázků JPEG aniž sníží kvalitu
jpegpixi je zkrácenina "JPEG pixel interpolator". Jedná se o nástroj příkazové řádky, který interpoluje pixely obrázků JFIF (běžně označovaných jako "obrázky JPEG"). Program se hodí především pro opravu obrázků digitálních fotoaparátů s nějaký defektem CCD.
jpegpixi se snaží uchovat kvalitu obrázku JFIF jak je jenom možné. Většina grafických programů dekóduje obrázky JFIF při jejich načtení a rekóduje je opět při uložení, výsledkem toho je ztráta jejich kvality. jpegpixi oproti nim neprovádí dekódování ani rekódování obrázky, ale přímo manipuluje se zakódovanými daty obrázku. Díky tomu mj. zachovává metadata EXIF.
Rovnice TeXu v dokumentech HTML
Program se postará o to, aby bylo možno vkládat matematiku i do webových stránek HTML, které fungují ve Windows, Macintosh OS X, Linuxu a Unixu. Překonává řadu nedokonalostí vyplývajících z použití obrázků při reprezentaci matematiky: jsMath má svá nativní písma, takže že zvětší při zvětšení textu v prohlížeči, tisknou se v plném rozlišení vaší tiskárny a přitom pro zobrazení kompletní stránky není potřeba čekat na stažení tuctů obrázků nutných pro zobrazení matematiky.
Soubory základní knihovny NTT JTeX
NTT JTeX je lokalizovaná implementace TeXu pro zpracování textu v japonštině.
Systém morfologické analýzy v japonštině
Juman je systém morfologické analýzy. Čte japonské věty ze standardního vstupu, rozděluje je na jednotlivé části a vypisuje je na standardní výstup s celou řadou dalších informací (výslovností, informacemi o významu, atd.).
Slovník Juman v textovém formátu
Tento balíček obsahuje slovník Juman uložený v textovém formátu.
Roztomilá plošinovka pro více hráčů s králíčky
V této hře se stanete králíčkem a vaším úkolem je skočit na vaše nepřátele a tím je donutit explodovat. Hra je určena pro více hráčů a nelze ji hrát pouze v jednom. Obsahuje podporu pro síť.
Tento program je unixovým portem staré dosové hry od brainchilddesign.
Debian Jr. - karetní hry
Sbírka karetních her, v současné době pouze solitaire, které jsou spíše pro starší děti než pro mladší, přesto hry tohoto typu se mohou líbit dětem vstupujícím na základní školu.
Debian Jr. 3D hry (je potřeba akcelerovaný hardware)
Tyto hry používají knihovnu Open GL. Nebudou fungovat bez 3D grafické karty s hardwarovou kacelerací OpenGL.
Zatím co armagetron a gltron jsou odlišná provedení hry zobrazované klasickými 3D animacemi, Tux Racer je 3D hra vytvořené pro Linux. Narozdíl od stříleček, jsou tyto hry vhodné pro děti.
Debian Jr. textové hry.
Hlavní předností těchto her, je jejich jednoduchost. Můžete je hrát na jakkoliv slabém počítači. Některé z nich jsou tak jednoduché k ovládnutí, že jsou vhodné pro velmi malé děti.
Debian Jr. - internetové nástroje
Aby děti mohly začít s Internetem, nepotřebují širokou škálu nástrojů. Většina uživatelů zjistí, že webový prohlížeč Iceweasel pokrývá jejich potřeby. Jak se u dětí rozvíjí sblížení a porozumnění Internetu, pravděpodobně jim budete chtít do počítače přidat další internetové klienty.
Automatický testovací systém pro Javu
JUnit je jednoduchý systém určený ke psaní a spouštění automatických testů. Sláva budiž programátorům, kteří testují svůj program.
Python integrovaný s Javou
Jython je implementací jazyka vyšší úrovně, který je dynamický, objektově orientovaný a vychází z Pythonu kombinovaného s platformou Java. Předchůdce Jython, JPython, je certifikován jako 100% čistá Java.
Jython je doplňkem Javy a umožňuje volné míchání dvou jazyků. Je tak vhodný především pro vložené skriptování, interaktivní experimentování a rychlý vývoj aplikací, neboť může pracovat s balíčky Javy a běžícími aplikacemi napsanými v Javě.
Adresář a správce kontaktních údajů
KAddressBook vám umožní spravovat své kontakty efektivně a pohodlně. Je možné načíst a uložit kontakty na mnoha různých místech, včetně lokálního souborového systému, serverů LDAP a SQL databáze.
Jednoduchý převodník KAnji KAna
KAKASI je filtr pro zpracování jazyka, který konvertuje znaky Kanji na Hiragana, Katakana nebo Romaji(1) a může být tak užitečný zejména při čtení japonských dokumentů.
Zkratka "KAKASI" znamená "kanji kana simple inverter" a jeho inverzí je SKK "simple kana kanji converter", který vytvořil Masahiko Sato na univerzitě v Tohoku. Většina položek slovníku kakasi vychází ze slovníků SKK. Pokud vás více zajímá pojmenování "KAKASI", podívejte se prosím do japonsko-anglického slovníku. :-)
(1) "Romaji" je abecední popis japonské výslovnosti.
KAKASI soubory slovníku
Tento balíček obsahuje soubory slovníku KAKASI. Pokud chcete používat KAKASI, měli byste si tento balíček nainstalovat.
KAKASI je jazyk pro konverzi znaků Kanji na Hiragana, Katakana nebo Romaji(1) a je užitečný zejména pro čtení japonských dokumentů.
Kreslí obklady, řady šablon atd.
Kali se používá pro kreslení Escherovských dláždění, nekonečných uzlů, frízových vzorů a dalších šikovných věcí. Umožní vám nakreslit vzory v libovolné ze 17 rovinných (tapetových) nebo 7 frízových skupin symetrie. Kreslení je interaktivní v X a je také podporován výstup v PostScriptu.
Podpora digitálních fotoaparátů pro KDE aplikace
Tento balíček umožňuje každé KDE aplikaci přístup a manipulaci s obrázky na digitálních fotoaparátech.
Balíček je součástí grafického modulu KDE.
Hra pro začátečníky, která vám pomůže naučit se znaky kana
Kanatest je jednoduchá hra pro cvičení hiragana a katakana. Prověřuje vaše znalosti japonských znaků kana.
K dispozici jsou tři módy učení: mód hiragana (pouze znaková sada hiragana), mód katakana (pouze znaková sada katakana) a smíšený mód obsahující obě dvě znakové sady. Zkoušející vám zobrazí náhodné znaky a čeká dokud nezadáte příslušný ekvivalent. Nakonec se zobrazí statistika.
Pseudo-modul AI Shiori pro vytváření duchů v Ukagaka
Kawari je konverzní skriptovací jazyk. Obvykle se používá pro vytváření duchů pro platformu Ukagaka.
Ukagaka, též známá jako Nanika, je platforma, která zajistí zobrazení znaku v uživatelském desktopu. Znaky mohou říkat něco co je generováno programem. Konverze je možno vytvářet programy, které se drží standardu Shiori. Generované konverzní skripty se nazývají "duch", což znamená duch znaku.
Tento balíček nainstaluje plugin kawari8 pro ninix-aya, to umožní vytvoření duchu pomocí kawari8.
Hra dovedností a reflexů pro celou rodinu
Hra, která cvičí dovednost a reflexy, je nenásilná a vhodná pro každý věk. Cílem hry je přesunout míč po mapě aniž by spadl, dříve než vyprší čas, a přitom získat ceny a tím dosáhnout východu. Hlavní předností hry je vestavěný editor map, takže je možné vytvářet vlastní mapy.
Hra vyžadující dovednost a reflexy pro všechny členy rodiny - datové soubory
balíčky z KDE pro usnadnění obsluhy
KDE je tvořeno mezinárodním týmem lidí, kteří vytváří svobodný a otevřený desktopový a přenosný software. Výsledkem této práce je moderní desktopový systém pro Linux a UNIX, obsáhlý kancelářský software a také groupwarové nástroje spolu se stovkami programů řady kategorií včetně internetových a webových aplikací, multimédií, hrami, vzdělávacím SW, grafickými nástroji i programy určenými pro další vývoj.
Tento metabalíček obsahuje kolekci programů pro KDE, které jsou součástí oficiálního vydání KDE a jsou určené pro usnadnění obsluhy PC.
administrační nástroje systému pro oficiální vydání KDE
Tento metabalíček obsahuje kolekci administračních nástrojů systému, které jsou součástí oficiálního vydání KDE.
Hry z oficiálního vydání KDE
Tento metabalíček zahrnuje soubor her vydávaných jako součást oficiálního KDE.
Balíčky karet pro hry KDE
Tento balíček obsahuje soubory hracích karet pro karetní hry KDE.
Tento balíček je součástí modulu KDE games (hry KDE).
Vývojový balíček z oficiálního vydání KDE
Tento metabalíček obsahuje vývojové aplikace oficiálního vydání KDE.
Sdílené knihovny pro platformu KDevelop
Tento balíček obsahuje sdílené knihovny potřebné pro spouštění integrovaných vývojářských prostředí založených na platformě KDevelop.
Tento balíček je součástí platformy KDevelop.
Skripty a nástroje pro automatizaci kdump (obrazy systému při pádu Linuxu)
kdump-tools poskutuje konfigurační a init skript pro automatizaci použití kdump. Používá nástroj makedumpfile, aby na základě nastavení uživatele zmenšil velikost souboru /proc/vmcore.
Po instalaci si prosím přečtěte informace o používání a nastavování kdump v souboru /usr/share/doc/kdump-tools/README.Debian.
celosystémové nastavení klávesnice
Tento balíček spravuje nastavení klávesnice v /etc/default/keyboard. Jiné balíčky mohou informace odtud použít k nastavení klávesnice v konzoli nebo v systému X Window.
Nástroje pro správu klíčů Linuxu
Keyutils je sada nástrojů sloužících ke správě klíčů, které se uchovávají v jádře, a které mohou používat souborové systémy, bloková zařízení a další k získání a uchování ověřovacích a šifrovacích klíčů potřebných k provádění zabezpečených operací.
Program pro archivaci souborů .kgb
Jedná se o archivační nástroj (kompresor/dekompresor) souborů ve formátu KGB, které dosahují vysokých kompresních poměrů za cenu dostatečné paměti a času procesoru.
Tento balíček obsahuje archivační program KGB odvozený od archivačního programu PAQ6 od Matta Mahoneyho.
pomocník pro výuku zeměpisu pro KDE
KGeography je pomocník pro studium světového zeměpisu. Můžete jej použít pro prohlížení map, zobrazení informací o regionech a rysech krajiny a řešit kvízy prověřující vaši znalost zeměpisu.
Elektronická schémata a design PCB
Kicad je kolekce programů sloužících pro tisk elektronických obvodů. Obsahuje editor schémat, nástroj pro uspořádání PCB, podpůrné nástroje a 3D prohlížeče pro zobrazení vytvořeného & kompletně osazeného PCB.
Kicad se skládá z 5 hlavních komponent:
kicad - správce projektu
eeschema - editor schémat
pcbnew - editor PCB
gerbview - prohlížeč GERBER
cvpcb - výběr otisku komponenty
Jak eeschema tak i pcbnew mají správce knihovny a editory svých komponent a nákresů
Můžete snadno vytvářet, upravovat, mazat a vyměňovat položky knihovny
Soubory dokumentace je možno asociovat s komponentami, nákresy a klíčovými slovy, to vám umožní rychlé vyhledávání funkcí
Pro vytváření schémat a nákresů máte k dispozici velmi rozsáhlé knihovny
Většina komponent má odpovídající 3D modely.
Integrované prostředí LaTeXu v KDE
Kile je uživatelský přívětivý editor zdrojového kódu v LaTeXu a shell TeXu určený pro KDE.
Jedná se o editor více souborů vytvořený pro úpravu souborů .tex a .bib. Obsahuje nabídky, průvodce, automatické doplnění kódu a tak vám pomáhá při generování a vkládání vlastního kódu. Strukturální pohled na dokument vám pomůže při navigaci uvnitř zdrojových souborů.
TeXový shell integruje různé nástroje vyžadované pro zpracování TeXu. Pomáhá při kompilaci LaTeXu, při prohlížení dokumentů DVI a PostScript, generování bibliografických informací a provádí další běžné úlohy.
Kile podporuje rozsáhlé projekty sestávající se ze spousty menších souborů.
Soubory sdílené balíčky kinput2
Tento balíček obsahuje soubory, které jsou potřeba pro balíčky kinput2 (kinput2-canna, kinput2-wnn a kinput2-canna-wnn).
Výuka cizí abecedy pro KDE
KLettres je pomůcka pro učení, jak číst a vyslovovat abecedu cizího jazyka.
V současné době je k dispozici sedm jazyků: čeština, dánština, holandština, angličtina, francouzština, italština a slovenština.
malé nástoje sestavené s klibc začínající zavádění
Tento balíček obsahuje sbírku programů, které jsou linkovány vůči klibc. Ty duplikují funkcionalitu obvyklých sad Linuxových nástrojů, ale jsou vzhledem ke svým plnohodnotným protějškům typicky daleko menší. Jsou navrženy pro zahrnutí do obrazů initramfs a do vestavěných systémů.
Kreslení matematických funkcí pro KDE
KmPlot je matematický ploter pro KDE schopný současného vykreslení několika funkcí a jejich kombinace do nových funkcí.
Jsou podporovány kartézské, parametrické a diferenciální funkce, stejně jako funkce používající polární souřadnice. Vzniklé výkresy je možné s vysokou přesností a v tom správném poměru také kreslit.
KmPlot také podporuje výpočetní a vizuální funkce jako je vyplnění a výpočtu oblasti mezi grafem a první osou, nalezení maxima a minima, dynamickou změnu parametrů a derivační a integrační funkce.
Grafická čtečka novinek
Knews je grafická (více vlákenná) čtečka novinek. Umí zobrazovat vlákna v grafické stromové struktuře, citace zvýrazňovat pomocí jiných barev a mnohem více.
Balíček také obsahuje knewsd, nenáročný daemon NNTP, který umí číst novinky z adresáře spool nebo dokonce z adresářové hierarchie pošty, to se používá v situaci kdy nemáte k dispozici skutečný server. Nikde není garantováno, že to bude fungovat s jiným klientem než knews, takže klient není obsažen v samostatném balíčku.
Hra vesmírná bitva
Kobo Deluxe je 2D posouvací střílečka z pohledu třetí osoby s jednoduchým a citlivým ovládacím systémem - který je třeba pro vypořádání se s tunami cizích lodí, které na vás střílí, honí vás, lítají kolem nebo jenom na vás vypouští další lodě, zatímco se snažíte zničit jejich základny. K dispozici je 50 různých úrovní s plynule se zvyšující obtížností a různými kombinacemi nepřátel, což vyžaduje různou taktiku boje. Jedná se o klasickou arkádu.
Uživatelsky přívětivý IRC klient pro KDE
Konversation je klient protokolu IRC (Internet Relay Chat). Program se snadno používá a hodí se tak i pro začínající uživatele IRC. Nováčci, ale i pokročilí uživatelé pak především ocení následující možnosti programu:
Standardní možnosti IRC
Snadno použitelné grafické rozhraní
Podpora připojení k více serverům v jednom okně pomocí karet
Podpora barev IRC
Zvýraznění zpráva podle šablony a zobrazení OSD
Podpora různých identit na více serverech
Podpora skriptování v různých jazycích (pomocí DCOP)
Nastavitelné aliasy příkazů
Přihlášení NickServ (pro registrované přezdívky)
Tradiční i pokročilé doplňování přezdívek
Podpora přenosu souborů DCC s pokračováním po přerušení přenosu
Konverze znakových sad pro soubory a terminálový V/V.
`konwert' je další konvertor znakových sad. Některé speciální funkce:
aproximace znaků, které nejsou k dispozici
(z toho vyplývající) schopnost transkripce, např. ruské azbuky do fonetického přepisu v polštině
`filtrem' používá filtrovou konverzi na terminálový V/V pro zajištění konverze znakových sad v reálném čase a přizpůsobené vstupní metody.
Filtry používané programem konwert pro konverzi znakové sady
Tyto soubory jsou potřeba programem konwert.
Bez aplikace konwert je pravděpodobně k ničemu.
Abstraktní akční vesmírná hra
Koules je rychlá akční arkádová hra. Tato verze je přeložena pro X window system. Má skvělou 256 barevnou grafiku, multiplayer mód až 5 hráčů, kompletní zvuk, a samozřejmě, podporu síťové hry. Koules je původní nápad. První verze Koules byla od začátku vyvinuta Janem Hubičkou v červenci 1995.
Podporuje hru více hráčů ve verzích deathmatch a kooperativní hra.
Šikovné dávkové přejmenování pro KDE
KRename umožňuje velmi šikovné dávkové přejmenování souborů pro KDE. Program umí přejmenovat nějaký seznam souborů podle zadaných výrazů. Také umí provádět kopírování/přesouvání souborů do jiného adresáře nebo zjednodušit přejmenování vstupních souborů.
Dvoupanelový správce souborů
Krusader je jednoduchý, mocný, snadno použitelný, dvoupanelový správce souborů podobný Midnight Commander (C) nebo Total Commander (C).
Nabízí všechny možnosti pro správu souborů, které byste si mohli přát.
Plus: rozšiřitelná obsluhu archivů, podpora připojených souborových systémů, FTP, pokročilý modul vyhledávání souborů, prohlížeč/editor, synchronizace adresářů, porovnání souborů, užitečné dávkové přejmenování souborů a mnohem víc.
Podporované formáty archivů: ace, arj, bzip2, deb, iso, lha, rar. rpm, tar, zip a 7-zip.
Krusader je téměř kompletně přizpůsobitelný, rychlý a vypadá velmi dobře.
Nástroj pro ověření čísel účtů a kódů bank
ktoblzcheck je nástroj příkazové řádky určený k ověření čísel bankovních účtů (BLZ) německých bank. K tomu používá specifikace „Deutsche Bundesbank“. Také podporuje ověření mezinárodních bankovních čísel (IBAN) a identifikačních kódu bank (BIC).
Výukový program psaní na počítači pro KDE
KTouch je pomůcka pro výuku rychlého a přesného psaní. Zobrazuje vzorový text pro psaní a ukazuje, jakými prsty by se měla každá klávesa stisknout.
Obsahuje sadu lekcí pro mnoho různých jazyků a rozvržení klávesnice, statistiky psaní se používají pro dynamické přizpůsobení úrovně obtížnosti.
KTuberling je zábavné kreslení pro malé děti s několika předlohami a možnostmi.
Udělat bramboře legrační obličej, oblečení a další doplňky
Postavit malé město, doplnit školu, zoo a hasičskou zbrojnici
Vytvořit smyšlenou měsíční krajinu s vesmírnými loděmi a mimozemšťany
KTuberling umí řečí pojmenovat každý předmět v několika jazycích a tím může pomoci při učení základních slovíček.
Přenáší samply mezi PC a samplerem AKAI
Lakai je malá sada nástrojů (+ knihovna) určená k přenosu samplerových dat (programy, samply) mezi PC se SCSI řadičem a samplerem AKAI (S1000, S2000, ...).
V současné době umožňuje jednoduše vytvořit zálohu paměti sampleru na PC a úplnou obnovu těchto dat zpět z PC.
Budoucí verze by měly umožňovat jemnější kontrolu nad přenášenými daty, nicméně je to zatím jen v plánu.
Nástroje pro šetření energií v závislosti na stavu baterie/AC
Laptop mode je vlastnost linuxové jádra, která vám umožní snížit spotřebu energie vypnutím pevného disku. Tento balíček obsahuje uživatelské skripty, které vám umožní zapnout tento mód.
Obsahuje podporu pro automatické povolené módu laptop při běhu počítače na baterie. Také podporuje různé možnosti řízení energie jako je spuštění a zastavení daemonů v závislosti na připojení do elektrické sítě, automatickou hibernaci při nízkém stavu nabití baterie a nastavení spotřeby LCD displeje.
laptop-mode-tools používá vlastnost linuxového jádra Laptop Mode a tak se pro snížení spotřeby elektrické energie používá také na desktopech i serverech.
Makro LaTeXu pro CJK (čínština/japonština/korejština)
CJK je balíček maker pro LaTeX, který umožní psát čínsky, japonsky, korejsky a thajsky a pomocí makra "vntex" podporuje také vietnamštinu. V tom samém dokumentu můžete dále používat ruštinu, řečtinu a další jazyky. Podporuje různá kódování CJK, jako je UTF-8, Big5, GB, JIS, KS, CNS (skrz CEF) a MULE Emacsu.
Tento balíček nainstaluje společné soubory, stejně jako několik souborů GNU/Emacs Lisp a podporu pro furigana ("text ruby") a PinYin s i bez zvukových značek.
Japonský modul pro LaTeX CJK
CJK je balíček maker pro LaTeX. Tento balíček vám umožní vkládat japonský text do vašich dokumentů v (La)TeXu. Pro pěkný tisk si nainstalujte také latex-cjk-japanese-wadalab.
Pro více informací se podívejte na latex-cjk-common.
Soubory maker verze LaTeX 2.09 25-mar-1992
LaTeX 2.09 je zastaralý. Použijte LaTeX 2e. Tento balíček je pro ty, kteří chtějí používat starší verzi programu.
Příkaz latex209 pro verzi LaTeX 2.09 25-mar-1992
Zdrojové soubory maker verze LaTeX 2.09 25-mar-1992
LaTeX 2.09 je zastaralý. Použijte LaTeX 2e. Tento balíček je pro ty, kteří chtějí používat starší verzi programu. Pokud chcete používat latex209, nemusíte tento balíček instalovat.
Nástroj pro zvýraznění důležitých změn mezi soubory LaTeX
latexdiff porovnává dva soubory LaTeX a zobrazí důležité změny mezi nimi (je to takový diff pro soubory LaTeX). Program generuje nový soubor v LaTeXu obsahující jednotlivé rozdíly.
Pro vizuální rozlišení pomocí standardních balíčků LaTeX (jako je „color.sty“) jsou k dispozici různé volby. Změny přímo neovlivňují viditelný text, např. formátovací značky jsou stále označené ve zdroji LaTeX.
O počáteční revizi se stará jiný skript napsaný v Perlu, "latexrevise“, který potvrzuje a zamítá všechny změny. Ruční úpravou souboru s rozdíly je možno změnit výchozí chování a přijmout nebo odmítnou pouze vybrané změny.
Vektorový grafický program pro LaTeX používající PSTricks
LaTeXDraw je svobodný generátor a editor kódu PSTricks pro LaTeX. Obsahuje obvyklé kreslící nástroje (čáry, obdélníky, kruhy, Beziérovy křivky) a umí s nimi provádět změnu velikosti, rotaci, přesun nebo spojení objektů pomocí transformací vektorů. LaTeXDraw používá formát SVG a výsledky je možno exportovat do kódu PSTricks, pdf, eps, jpg, bmp, png a ppm.
PSTricks je rozšířením LaTeX, které vám umožní kreslit, vytvářet diagramy a grafy ve 2D i 3D.
Generátor statické galerie
Lazygal je další generátor statické galerie napsaný v Pythonu. Je určen pro příkazovou řádku a je líný - regeneruje pouze ty části, které byly změněny.
K dispozici je také podpora zajímavých vole jako jsou podgalerie, informace EXIF, témata a vlastní adresářová metadata. Obsažená témata používají pouze XHTML a CSS.
Převádí LTL formule na Büchovy automaty
Tento software převádí formule lineární temporální logiky (ltl) na zobecněné Büchovy automaty. Výsledné automaty se dají použít například pro kontrolu modelu, kde automat reprezentuje ověřovanou vlastnost modelu (např. petriho síť).
Posbírá informace a zobrazí je na externím lcd
Malý program, který posbírá informace o jádru a některých podsystémech a zobrazí je na externím LCD.
Ze stromu LDAP získá zóny DNS
Tento nástroj čte informace o zóně z LDAP serveru a vytváří standardní čistě textový zónový soubor. Informace LDAP se mohou uložit pomocí schématu dnszone.
Prohledá LDAP a aktualizuje výsledky pomocí textového editoru
Na první pohled ldapvi vypadá jako ldapsearch: vyhledá položky v databázi LDAP. Nalezené výsledky se ale zobrazí ve vašem oblíbeném editoru a vy tak můžete změnit, přidat nebo smazat položky v něm umístěné. Jakmile provedete změny a ukončíte editor, ldapvi zobrazí několik voleb: Zobrazit změny ve formě LDIF, potvrdit změny a zrušit změny.
Stylové soubory DSSSL linuxového dokumentačního projektu
Toto jsou upravené soubory se styly vytvořené autory linuxového dokumentačního projektu. Importují standardní styly DocBook a přenastavují některé hlavní komponenty.
Tento balíček obsahuje styly DSSSL; verze XSL naleznete v ldp-docbook-xsl.
Stylové soubory XSL linuxového dokumentačního projektu
Toto jsou upravené soubory se styly vytvořené autory linuxového dokumentačního projektu. Importují standardní styly DocBook a přenastavují některé hlavní komponenty.
Tento balíček obsahuje styly XSL; verze DSSSL naleznete v ldp-docbook-dsssl.
Textový editor s blokovými a binárními operacemi
LE umí provádět blokové operace s proudem a obdélníkovým blokem, umí upravovat unixové i DOSové soubory (LR/CRLF), je čistě binární, umí šestnáctkový mód, umí upravovat velké soubory a mmap-ovatelné zařízení, má nastavitelné zvýraznění syntaxe i mapu klávesových zkratek a konečně také barevné schéma (s výchozím barevným schématem).
Připomene vám kdy máte odejít
Leave počká stanovený čas a připomene vám kdy máte odejít. Připomenutí můžete nastavit 5 nebo 1 minutu předem, přesně v daný čas a každou minutu od stanoveného času. Jakmile se odhlásíte, leave se ukončí ještě před odhlášením tak, aby mohlo vytisknout další zprávu.
Zdroj ovladače LED desek PCEngines ALIX 2/3
Tento balíček obsahuje zdrojový kód jaderného modulu leds-alix.
Desky PCEngines ALIX (verze 2/3) mají vpředu tři LED diody.
Tento ovladač vám umožní je zapínat/vypínat.
Ze zdrojů Haskell vygeneruje kód v LaTeXu
lhs2TeX obsahuje tyto volby:
Různé styly pro zpracování zdrojového souboru: např. styl "tt" používá písmo monospace ke správnému zobrazení kódu a přitom vám umožní zvýraznit klíčová slova atd., zatímco styl "poly" používá proporcionální písmo pro identifikátory, obsluhuje odsazení a je schopen nahradit binární operátory pomocí matematických symbolů, přitom bere v potaz horizontální uspořádání celého textu.
Formátovací direktivy vám umožní upravovat hlavní symboliku zdrojového kóde a tak ovlivňovat výsledný výstup.
Osvícený analyzátor, který umí zpracovat většinu rozšíření jazyka; nemusíte se omezovat pouze na Haskell 98.
Program vám umožní generovat různé verze dokumentu z jednoho zdrojového souboru (např. verzi určenou pro tisk a pro prezentaci).
Aktivní dokumenty: Haskell je možno používat ke generování částí dokumentu (to se hodí při psaní textu o Haskell).
Je přiložen manuál vysvětlující všechny důležité aspekty lhs2TeX.
Podpůrná knihovna GCC (32 bitová verze)
Sdílená verze podpůrné knihovny, knihovny vnitřních podprogramů, které GCC používá k překonání chyb konkrétních strojů nebo pro speciality některých programovacích jazyků.
kompresní knihovna - 32bitová běhová
zlib je knihovna implementující kompresní metodu deflate používanou programy gzip a PKZIP. Tento balíček obsahuje 32bitovou verzi sdílené knihovny.
Knihovna pro dekódování ATSC A/52 proudů
liba52 je volně dostupná knihovna pro dekódování ATSC A/52 proudů. Standard A/52 se používá v rozličných aplikacích, včetně digitální televize a DVD. Je známý i pod označením AC-3.
Modul používaný k nalezení rozdílů mezi soubory
Algorithm::Diff je modul Perlu, který uživateli umožní analyzovat text pomocí algoritmu LCS (Longest Common Subsequence). Ten umí porovnávat dva soubory a najít rozdíly mezi nimi, díky tomu vytváří stejný výstup jako běžný unixový nástroj „diff“.
K dispozici je také XS-optimalizovaná implementace, která má rychlejší některé druhy výstupu (podívejte se na balíček libalgorithm-diff-xs-perl).
Modul používaný k nalezení rozdílů mezi soubory (akcelerace XS)
Algorithm::Diff::XS je modul Perlu podobný diff založený na excelentním, ale ne obecně příliš známém algoritmu Joe Shaefera algorith::LCS, ten disponuje rozhraním stejným jako Algorithm::Diff.
Poznamenejme, že je v této chvíli v XS optimalizována pouze funkce LCSidx, což znamená, že je pro velké datové soubory výrazně rychlejší pouze compact_diff, zatímco diff a sdiff dosahují stejných rychlostí jako Algorithm::Diff.
Modul Perlu pro spojení textových dat třemi různými způsoby
Algorithm::Merge obsahuje funkce diff a merge provedené třemi různými způsoby, tyto funkce doplňují funkce modulu Algorithm::Diff (libalgorithm-diff-perl). K dispozici jsou tři možnosti označované jako originální, levé a pravé. Rozdíl vytváří pole, které se podobá Algorithm::Diff. Také je možné implementovat vlastní řešení konfliktů pomocí volání CONFLICT.
Sada nástrojů OpenAL
freealut je svobodnou implementací standardu OpenAL ALUT. ALUT je sadou přenositelných funkcí, které před vámi skryjí otravné podrobnosti při spouštění zvukové aplikace. Jedná se o protějšek GLUT pro OpenGL.
Podpora Zeroconf pro Apache 2 prostřednictvím Avahi
mod_dnssd je modul pro Apache HTTPD, který přidává podporu Zeroconf prostřednictvím DNS-SD pomocí Avahi. To umožňuje Apachi oznamovat sebe a dostupné weby klientům kompatibilním s tímto protokolem.
Integrace Perlu v serveru Apache2
mod_perl umožňuje použití Perlu v prostředí Apache, včetně sekcí <Perl> vložených do konfiguračních souborů a známý modul Apache::Registry pro kešování zkompilovaných skriptů.
Perlové rozhraní k libapt-pkg
Perlové rozhraní k libapt-pkg, které poskytuje moduly pro analýzu konfiguračních soubor/příkazové řádky, porovnávání verzí, kontrolu keše binárních balíčků a detaily zdrojových balíčků.
Běhová knihovna kontroly pravopisu GNU Aspell
Toto je běhová část sady nástrojů pro kontrolu pravopisu Aspell a pspell. Potřebují ji aplikace, které používají za běhu tuto sadu nástrojů.
Pro samotnou kontrolu pravopisu nainstalujte také aspell.
Knihovna pro čtení a analýzu ATA S.M.A.R.T.
Nenáročná a jednoduchá knihovna pro analýzu stavu pevného disku ATA přes S.M.A.R.T.
Tento balíček obsahuje sdílenou knihovnu.
Vývojářské soubory k sadě nástrojů pro přístupnost ATK
ATK je sada nástrojů poskytující rozhraní pro přístupnost aplikacím nebo dalším sadám nástrojů. Implementací tohoto rozhraní mohou aplikace nebo sady nástrojů používat takové věci, jako jsou čtečky obrazovky, obrazovkové lupy a alternativní vstupní zařízení.
Toto jsou vývojářské soubory pro ATK potřebné pro překlad programů, které je je používají.
Soubory s dokumentací k sadě nástrojů pro přístupnost ATK
Obsahuje HTML dokumentace pro ATK knihovnu v /usr/share/doc/libatk1.0-doc/
Síťový hudební systém - sdílené knihovny
Network Audio System (NAS) byl vytvořen NCD k přehrávání, záznamu a práci se zvukovými daty přes síť. Podobně jako systém X Window, program používá model klient/server a odděluje aplikace od specifických ovladačů kontrolujících zvukový vstup a výstup.
Tento balíček obsahuje knihovnu NAS (libaudio), potřebnou pro vzdálené i místní přehrávání.
Open Source verze SGI knihovny audiofile
Knihovna audiofile umožňuje zpracování audio dat do a z audio souboru v mnoha běžných formátech (v současnosti AIFF, AIFF-C, WAVE, NeXT/Sun, BICS, a surová data).
Tento balíček obsahuje knihovnu potřebnou pro běh programů používajících libaudiofile.
Klientská knihovna Avahi
Tento balíček obsahuje knihovnu s C API pro Avahi, která Vám umožní integrovat mDNS/DNS-SD funkcionalitu do Vašich aplikací.
Společné datové soubory pro Avahi
Tento balíček obsahuje společné datové soubory pro avahi.
Společná knihovna Avahi
Tento balíček obsahuje společnou knihovnu Avahi, která má sady společných funkcí použitých mnoha Avahi komponentami a klientskými aplikacemi.
Vestavitelná knihovana Avahi mDNS/DNS-SD
Tento balíček obsahuje knihovnu pro vestavitelný mDNS/DNS-SD zásobník Avahi. Ten může být využíván vestavěnými aplikacemi k začlenění funkcionality mDNS/DNS-SD.
Pro nevestavěné aplikace byste nicméně neměli používat tuto knihovnu, ale libavahi-client, který spolupracuje s démonem Avahi.
Knihovana GObject pro Avahi
Tato knihovna obsahuje obálku GObject pro Avahi.
Ovládání audio/video zařízení na IEEE 1394
libavc1394 je programové rozhraní pro 1394 Trade Association AV/C (Audio/Video Control) Digital Interface Command Set (sadu příkazů pro datové rozhraní na ovládání audia/videa od obchodního sdružení 1394). Umožní Vám dálkově ovládat kamery a podobná zařízení připojená k počítači přes IEEE 1394 (známé jako FireWire).
Tento balíček zahrnuje knihovny potřebné pro běh programů používajících libavc1394.
Dynamická knihovna pro převod formátů pixelů
Babl je dynamická knihovna pro převod formátů pixelů. Nabízí převod mezi mnoha typy bufferů, do kterých obrázky ukládat. Babl nepomáhá jen s existujícími formáty pixelů, ale usnadňuje také tvorbu nových a neobvyklých.
Implementace Basic Linear Algebra Reference, sdílená knihovna
BLAS (Basic Linear Algebra Subroutines) je sadou efektivních funkcí pro základní vektorové a maticové operace. Ty často používají jiné vysoce kvalitní algebraické programy, např. lapack nebo linpack. Zde se jedná o implementaci Fortran 77 z netlib.
Tento balíček obsahuje sdílené knihovny.
Knihovna používaná linuxovou sadou pro Bluetooth BlueZ
CD/DVD vypalovací knihovna pro GNOME - běhová
Libbrasero je jednoduchá knihovna určená pro vypalování, kopírování a mazání CD a DVD.
Knihovna GNU C: Sdílené knihovny
Obsahuje standardní knihovny používané téměř všemi programy v systému. Tento balíček zahrnuje sdílené verze standardní knihovny jazyka C, standardní knihovnu math a rovněž mnoho dalších.
Knihovna GNU C: 64 bitové sdílené knihovny pro AMD64
Balíček obsahuje sdílené verze standardní knihovny C a standardní matematické knihovny a také spoustu dalších. Toto je 64 bitová verze knihovny určená pro systémy AMD64.
Knihovna GNU C, vývojové knihovny a hlavičky
Obsahuje hlavičkové a objektové soubory potřebné pro překlad a linkování programů používajících standardní C knihovnu.
Knihovna pro kresby barevnými ASCII znaky
Libcaca je knihovna pro kreslení barevnými ASCII znaky. Poskytuje vysoko-úrovňové funkce pro textově-barevné kreslení, pro kreslení čar, mnohoúhelníků a elips, a výkonné funkce pro konverze obrázků do ASCII.
Tento balíček obsahuje sdílené knihovny pro libcaca.
Perlové rozhraní ke grafické knihovně Cairo
libcairo-perl poskytuje přístup ke knihovně Cairo.
Cairo je 2D grafická knihovna s podporou více výstupních zařízení. Je navržená tak, aby vytvářela shodný výstup na všech médiích a používala k tomu, pokud je dostupné, hardwarové urychlení (např. přes X Render Extension).
Cairo API poskytuje operace podobné kreslícím operacím v PostScriptu nebo PDF. Operace v Cairo zahrnují obrysy a vyplňování kubických Beziérových splajnů, transformace a skládání průhledných obrázků a vyhlazování vykreslovaného textu. Na všechny kreslící operace lze uplatnit afinitní transformace (změna velikosti, otáčení, zkosení atd.)
C++ obálky pro Cairo (sdílené knihovny)
Cairomm poskytuje C++ vazby pro grafickou knihovnu Cairo, multiplatformní knihovnu poskytující vektorové „anti-aliased” vykreslování pro více cílových backendů.
Tento balíček obsahuje sdílené knihovny.
Knihovna pro ovládání CD-ROM při přehrávání zvukových CD
Tato knihovna nabízí funkce pro ovládání zvukových CD: spouštění, zastavování, vysouvání atd. Poskytuje také rozhraní k CDDB a k serverům s obsahy CD.
Knihovna pro čtení a ovládání digitálních audio CD
Tato knihovna je vytvořena k přehrávání a ovládání digitálních audio CD. Neumí taková CD přehrát, umí je jen digitálně přečíst. Jelikož v pozadí používá libcdio, podporuje stejné typy CDROM mechanik (a obrazů), jako libcdio.
Knihovna ke čtení digitálních audio CD s opravou chyb
Tato knihovna je určena ke čtení digitálních audio CD s opravou chyb. Dělá, co umí, aby opravila chyby a výpadky, které se vyskytnou při čtení takových disků. Jelikož na pozadí používá libcdio, podporuje stejné typy CDROM mechanik (a obrazů) jako libcdio.
Knihovna pro čtení a ovládání CD-ROM
Tato knihovna zahrnuje čtení a ovládání CD-ROM. Je vhodná pro aplikace, které nechtějí brát v úvahu vlastnosti závislé na OS a jednotlivých zařízeních.
Dostupná je též podpora některých formátů diskových obrazů, jako je BIN/CUE a NRG, takže aplikace, které tuto knihovnu používají, jsou schopny číst tyto obrazy, jako by to byla běžná CD.
Knihovna C poskytující ClutterActor pro zobrazení map
Libchamplain je knihovna C poskytující ClutterActor pro zobrazení map.
Podporuje řadu zdrojů svobodných map jako je OpenStreetMap, OpenArialMpa a další mapy zdarma.
Knihovna s interaktivním plátnem založená na OpenGL
Clutter je knihovna s interaktivním plátnem založená na OpenGL, navržena k vytváření rychlých, převážně 2D jedno-okenních aplikací jako jsou UI hudebních přehrávačů, prezentace, aplikace typu kiosk a podobně.
Widget GTK+ pro knihovnu s interaktivním plátnem založenou na OpenGL
Clutter je knihovna s plátnem založeným na OpenGL. Je určena k vytváření rychlých, převážně 2D jedno-okenních aplikací jako jsou UI hudebních přehrávačů, prezentace, aplikace typu kiosk a podobně.
Obecná knihovna chybových hlášení
libcomerr je pokus vytvořit jednotný mechanizmus zpracování chyb tak, aby se nejběžnější formy chybových kódů zpracovávaly způsobem, který nemá problémy známé z běžně používaných mechanizmů.
sdílená knihovna pro zacházení s vlastností cpufreq linuxového jádra
Tato knihovna poskytuje jednotnou metodu pro přístup k jadernému rozhraní CPUFreq.
Common UNIX Printing System(tm) - základní knihovny
Tento balíček poskytuje základní sdílené knihovny pro CUPS.
Common UNIX Printing System(tm) - knihovna pro rastrové obrázky
Tento balíček obsahuje obrázkové knihovny pro práci s rastrovým formátem CUPS.
Knihovna C++ vyšší úrovně pro terminál (běhové soubory)
libcwidget je knihovna obsahující moderní uživatelské rozhraní vytvořené dle GTK+ a Qt, ale přitom pro zobrazení vrstev používá curses a jeho komponent, které jsou přizpůsobeny prostředí terminálu.
Tento balíček obsahuje soubory, které jsou vyžadovány pro spuštění programů kompilovaných proti libcwidget.
Knihovna pro trie ve dvou polích
Tento balíček obsahuje sdílené knihovny potřebné k běhu programů využívajících knihovnu datrie. Obvykle je instalován automaticky.
dekódovací knihovna pro proudy DTS Coherent Acoustics
libdca poskytuje nízkoúrovňové rozhraní k dekódování zvukových rámců kódovaných pomocí DTS Coherent Acoustics. DTS Coherent Acoustics se obvykle používá na DVD, DTS zvukových CD a v některých rádiových vysíláních. libdca také nabízí směšování kanálů a kompresi dynamiky pro různé výstupní konfigurace.
Jazykovědné podpůrné soubory pro libdvjulibre
Běhové jazykovědné podpůrné soubory pro knihovnu libdjvulibre.
Běhová podpora formátu obrázku DjVu
Běhová knihovna DjVu.
Softwarová knihovna pro DV formát digitálního videa (běhová knihovna)
Quasar DV Codec (libdv) je softwarový dekodér pro DV formát videa, tak jak ho definuje standard IEC 61834 a SMPTE 314M. DV je formát kódování použitý v běžných digitálních kamerách.
Tento balíček obsahuje knihovnu potřebnou pro běh programů, které používají libdv.
Knihovna s nástroji pro datové servery Evolution
Tento balíček je knihovnou s nástroji pro evolution-data-servers, která poskytuje funkce pro přístup k datům.
Evolution je integrovaný poštovní klient, kalendář, plánovač a adresář pocházející od firmy Novell, Inc.
Klientská knihovna pro adresáře Evolution
Tento balíček je klientskou knihovnou pro adresáře Evolution.
Klientská knihovna pro kalendáře Evolution
Tento balíček je klientskou knihovnou pro kalendář Evolution.
Podpůrná knihovna pro adresáře Evolution
Tento balíček je podpůrnou knihovnou pro adresář Evolution.
Podpůrná knihovna pro kalendáře Evolution
Tento balíček je podpůrnou knihovnou pro kalendář Evolution.
Pomocná knihovna pro datový server Evolution
Tento balíček je pomocná knihovna pro evolution-data-server.
Extremely Naive Charset Analyser - soubory sdílené knihovny
Enca znamená Extremely Naive Charset Analyser. Program umí rozpoznat znakové sady a kódování textových souborů a také je umí převádět mezi různými kódováními.
Tento balíček obsahuje sdílené knihovny potřebné pro správný běh aplikací kompilovaných s pomocí libenca.
Knihovna Easy Publish and Consume - sdílené knihovny
Knihovna Easy Publish and Consume poskytuje snadný způsob jak publikovat data přes ohlášení HTTPS získaná z DNS-SD, umí tyto informace nalézt a zpracovat.
Tato knihovna se používá jako úložiště klíčů/hodnot předávaných přes síť, k tomu používá šifrování, ověřování a vyhledání služby.
Knihovna Easy Publish and Consume - datové soubory
Tento balíček obsahuje datové soubory sdílených knihoven
Knihovna Easy Publish and Consume - sdílené knihovny s widgety
Tento balíček obsahuje sdílené knihovny s widgety.
Edinburgh Speech Tools Library je sbírka C++ tříd, funkcí a příbuzných programů pro práci s objekty používanými při zpracování řeči.
Knihovna pro syntaktický rozbor XMP metadat (knihovna)
Exempi je knihovna pro syntaktický rozbor XMP metadat podle definice ve specifikaci.
XMP (Extensible Metadata Platform - platforma rozšiřitelných metadat) usnadňuje vkládání metadat do souborů používajících podmnožinu z RDF (Resource Description Framework - systém popisu zdrojů). Obvykle XMP podporuje vložená metadata v PDF a mnoha formátech obrázků, nicméně je navržené pro podporu libovolného typu souboru.
Knihovna pro zpracování souborů EXIF
Většina digitálních fotoaparátů vytváří soubory EXIF, což jsou soubory JPEG se speciálními značkami, které obsahují informace o obrázku. Knihovna EXIF umožňuje zpracovávat soubory EXIF a číst data obsažená v těchto značkách.
Knihovna C pro zpracovávání XML - běhová knihovna
Balíček obsahuje běhovou, sdílenou knihovnu Expat, knihovnu C pro zpracovávání XML. Expat slouží k proudovému zpracování XML dokumentů. Aplikace v něm může registrovat reakce(handlers) na informace, které lze najít v XML dokumentech (např. start tagy).
Knihovny souborového systému ext2/ext3/ext4
Souborové systémy ext2/ext3/ext4 jsou nástupci původního souborového systému ext ("extended"). Jedná se o hlavní souborové systémy používané v systému Debian a dalších linuxových systémech.
Tento balíček obsahuje knihovny ext2fs a e2p pro uživatelský software, který přistupuje přímo k souborovým systémům. Programy používající libext2fs včetně e2fsck, mke2fs a tune2fs. Programy používající libe2p včetně dumpe2fs, chattr a lsattr.
Rozšíření Perlu pro rekurzivní kopírování souborů a adresářů
Modul File::Copy::Recursive umí rekurzivně kopírovat a přesouvat adresáře (i jednotlivé soubory..) až do volitelné hloubky a přitom zachovává jejich nastavení.
Free Lossless Audio Codec - vývojová knihovna C++
Tento balík obsahuje vývojovou knihovnu libFLAC++.
Free Lossless Audio Codec - běhová knihovna v C++
Tento balík obsahuje běhovou hnihovnu libFLAC++.
Free Lossless Audio Codec - vývojová knihovna C
Tento balík obsahuje vývojovou knihovnu libFLAC.
Free Lossless Audio Codec - dokumentace ke knihovně
Tento balík obsahuje dokumentaci k API všech FLACových knihoven.
Free Lossless Audio Codec - běhová knihovna C
Tento balík obsahuje běhovou knihovnu libFLAC.
Všeobecná knihovna pro nastavení písma - běhová část
Fontconfig slouží ke nastavení písem a jejich úpravám, které nezávisí na systému X Window. Je navržen tak, aby našel písma ve Vašem systému a vybral je podle požadavků daných aplikací.
Tento balíček obsahuje běhovou knihovnu potřebnou pro spuštění aplikací, které používají fontconfig.
Knihovna X11 pro kódování písma
libfontenc je knihovna, která pomáhá knihovnám s písmy určovat a nakládat s různými kódováními písma v různých systémech.
Svobodná implementace algoritmu BiDi unicode
FriBiDi je implementace BiDi algoritmu pro Hebrejštinu a/nebo arabské jazyky. Tento balíček obsahuje sdílené knihovny.
Knihovna X11 Font Services
libFS, knihovna Font Services, poskytuje různé funkce užitečné pro X11 servery a klienty písma, kteří se k nim připojují. Mimo tyto implementace se nepoužívá.
Knihovna protokolu Gadu-Gadu - běhové soubory
Gadu-Gadu je instant messaging program velmi oblíbený v Polsku. Libgadu je knihovna implementující protokol Gadu-Gadu.
Knihovna pro překladač GCC
knihovna pro datovou abstrakci založená na GLib
libgda je (poměrně malá) knihovna pro abstrakci/přístup k databázi založená na objektovém modelu GLib. Může být používána pro extrakci metadat, pro získání informací o všech objektech databáze obecnou cestou a jako rozhraní typu ODBC pro přístup k datům v různých systémech přes jednodušší API.
knihovna pro datovou abstrakci založená na GLib -- společné soubory
Tento balíček obsahuje společné soubory pro libgda.
Knihovna pro přístup k webovým službám GData - společné datové soubory
libgdata je knihovna založená na GLib pro přístup k API online služeb pomocí protokolu GData - zejména služby Google. Poskytuje API pro přístup k běžným službám Google a má plnou asynchronní podporu.
Tento balíček obsahuje společná data pro libgdata.
Knihovna pro přístup k webovým službám GData - sdílené knihovny
Knihovna s rozhraním pro System.Drawing v Mono
Tento balíček obsahuje implementaci kompatibilní s API GDI+, kterou vyžaduje knihovna System.Drawing v Mono.
Knihovny GNOME DevTool
Poskytuje podpůrnou knihovnu pro vývojové nástroje z prostředí GNOME, včetně prohlížeče symbolů, doku a editoru komponentů.
Knihovny GNOME DevTool - společné soubory
Tento balíček obsahuje společné soubory.
Rozšíření Haskell X11 pro GHC
Vazba Haskell X11 pro GHC; dokumentace
CLI vazby pro knihovny Glade 2.6
Tento balíček poskytuje svazek glade-sharp umožňující programům CLI (.NET) využít knihovny Glade 2.6
GTK# 2.10 je CLI (.NET) rozhraní pro sadu nástrojů GTK+ 2.10.
Tento balíček obsahuje svazek glade-sharp.
Rozhraní ke knihovnám GLib a GObject
CLI vazby pro knihovnu nástrojů GLib 2.12
Tento balíček poskytuje glib-sharp assembly, které umožňuje CLI (.NET) programům používat knihovnu nástrojů Glib 2.12. To je užitečné především pro vazby GTK+ a GNOME.
Tento balíček obsahuje glib-sharp assembly.
Obecné soubory pro knihovnu GLib
GLib je knihovna obsahující mnoho užitečných C rutin pro takové věci, jako jsou stromy, heše, seznamy a řetězce. Je to užitečná všeobecně použitelná C knihovna, kterou využívají takové projekty jako GTK+, GIMP a GNOME.
Tento balíček je potřeba pro běhové knihovny k zobrazování zpráv v jiných jazycích, než v angličtině.
Sada nástrojů pro OpenGL
GLUT je na okenním systému nezávislá sada nástrojů pro tvorbu OpenGL programů, která realizuje jednoduché okenní API, jež usnadňuje seznamování se s programováním OpenGL.
Aritmetická knihovna s libovolnou přesností
GNU MP je programátorská knihovna pro libovolnou přesnost aritmetiky (tj. balíček bignum). Umí pracovat se celými čísly, racionálními čísly a čísly s plovoucí desetinnou čárkou.
Má bohatou sadu funkcí a funkce mají obvyklé rozhraní.
Nástroje GNOME Bluetooth - podpůrná knihovna
Tento balíček obsahuje nástroje sloužící ke správě a manipulaci se zařízeními Bluetooth pomocí pracovní plochy GNOME.
Obsažené knihovny poskytují podporu pro gnome-bluetooth.
Knihovna GNOME pro správu nastavení klávesnice - společné soubory
libgnomekbd nabízí API pro správu klávesnice v aplikacích GNOME.
libgnomekbdui nabízí API pro zobrazování grafického uživatelského rozhraní pro operace libgnomekbd.
Tento balíček obsahuje soubory společné pro různé balíčky libgnomekbd.
gphoto2 knihovna pro digitální fotoaparáty
Knihovnu gphoto2 mohou aplikace využívat pro přístup k různým typům digitálních fotoaparátů pomocí standardních protokolů jako USB Mass Storage a PTP, nebo pomocí zvláštních protokolů výrobců.
Tento balíček obsahuje knihovnu.
Ovládací rozhraní pro příkazovou řádku gphoto2 je dodáváno odděleně v balíčku gphoto2.
gphoto2 portová knihovna pro digitalní fotoaparáty
Tento balíček obsahuje běhový kód pro přístup k portům.
General Purpose Mouse - sdílená knihovna
Balíček obsahuje knihovnu, která zpracovává požadavky myši a předává je dalším aplikacím. Pro více informací se podívejte na popis pro balíček 'gpm'.
Knihovna pro strukturované soubory - běhová verze
Cílem GNOME Structured File Library je poskytnout efektivní rozšiřitelnou vstupně/výstupní abstrakci pro práci s různými strukturovanými formáty souborů.
Structured File Library - společné soubory
Toto jsou na architektuře nezávislé soubory, které jsou součástí libgsf, jako jsou překlady zpráv.
běhové knihovny MIT Kerberos - mechanismus krb5 GSS-API
Kerberos je systém sloužící pro ověřování uživatelů a síťových služeb. Kerberos je důvěryhodná služba třetí strany. To znamená, že zde máme třetí subjekt (server Kerberos), který je důvěryhodný pro všechny objekty sítě (uživatele a služby, obvykle nazývané "principal").
Toto je referenční implementace Kerberos V5 od MIT.
Tento balíček obsahuje běhovou knihovnu pro implemetaci GSS-API MIT Kerberosu používanou aplikacemi a klienty Kerberosu.
knihovna pro SSDP postavená na GObject
API pro transparentní SSDP (Simple Service Discovery Protocol - Jednoduchý protokol vyhledávání služeb) založené na GObjectu.
Knihovna přepínaní mechanizmu gssapi
Knihovna libgssglue poskytuje rozhraní gssapi, ale sama o sobě neimplementuje žádný mechanizmus gssapi. Namísto toho volá ostatní funkce gssapi (např. ty, které poskytuje Kerberos MIT), aby odvedly práci, v závislosti na požadovaném mechanismu.
Knihovna GStreameru ze sady "base"
Tento balíček obsahuje knihovny ze sady "base", hlavní ukázkové sady.
Vývojářské soubory GStreameru pro knihovny ze sady "base"
Tento balíček obsahuje vývojářské soubory pro knihovnu GStreameru ze sady "base", hlavní ukázkové sady.
Knihovny jádra GStreameru a základní elementy
Tento balíček obsahuje knihovny jádra a základní elementy.
Vývojářské soubory jádra GStreameru
Tento balíček obsahuje vývojářské soubory pro knihovnu jádra a základní prvky.
CLI vazby pro sadu nástrojů GTK+ 2.12
Tento balíček obsahuje sestavy atk-sharp, gdk-sharp, gtk-dotnet, gtk-sharp a pango-sharp, které umožní programům CLI (.NET) používat uživatelské rozhraní GTK+ 2.12, ATK, Pango, GTK.NET a GDK.
Tento balíček obsahuje sestavy GTK#.
Rozšíření OpenGL pro GTK+ (sdílené knihovny)
GtkGLExt obsahuje objekty GDK podporující vykreslování OpenGL v GTK+, a rozšíření API GtkWidget umožňující vytváření GTK+ widgetů schopných používat OpenGL.
Knihovna pro sledování systému gtop (sdílená)
Knihovna gtop čte údaje o procesech a stavu systému. Používá ji prostředí pracovní plochy GNOME.
Knihovna pro sledování systému gtop (obecná)
Tento balíček obsahuje překlady.
Knihovna pro widget s prohlížečem Unicode (sdílená knihovna)
Knihovna libgucharmap obsahuje widget s prohlížečem Unicode. Používá jej především programem "gucharmap". Pro více informací se podívejte na balíček téhož názvu.
Knihovna s vrstvou pro libudev založená na GObject
Tato knihovna zjednodušuje používání libudev v programech používajících GObject. Díky podpoře introspekce umožňuje používaní libudev i z jiných programovacích jazyků, jako je Javascript.
Knihovna pro UPnP založená na GObject
API založené na GObject pro transparentní využívání UPnP.
Sdílená knihovna pro GWeather
libgweather je knihovna pro přístup k online službám s informacemi o počasí pro různé oblasti.
GWeather společné soubory
libgweather je knihvna pro přístup k informacím o počasí pro různé oblasti dostupných pomocí online služeb.
Tento balíček obsahuje oblasti pro počasí.
Sada modulů pro analýzu textových HTML dokumentů
HTML::Parser je sadou modulů pro zpracování HTML dokumentů. Tyto moduly bývaly součástí distribuce libwww-perl, ale nyní jsou součástí samostatného balíčku, čímž se ulehčil jejich vlastní vývojový cyklus.
Cílem třídy HTML::Parser je rozpoznání značek a jejich oddělení od vlastního obsahu. V případě rozpoznání různých značek je možné spustit odpovídající obsluhy těchto událostí. Analyzovaný dokument je přitom možné posílat po libovolných částech, což umožňuje analýzu síťových dokumentů přímo za běhu.
Modul perlu pro reprezentaci a vytváření syntaktických stromů HTML
HTML::Tree je sadou modulů, které reprezentují, vytváří a získávají informace ze syntaktických stromů HTML. Tyto moduly byly součástí distribuce libwww-perl, ale nyní se staly součástí samostatného balíčku, čímž se ulehčil jejich vlastní vývojový cyklus.
Knihovna pro dělení slov ALTLinux - sdílená knihovna
ALTLinux je upravená verze libhnj, což je velmi dobrá knihovna pro dělení slov a zarovnávání řádků založená na dělicím algoritmu TeXu. Dělicí vzory TeXu mohou být použity po přípravném kroku.
Používá se v OpenOffice.org
Knihovna iCalendar implementovaná v C (běhová)
libical je svobodná implementace kalendářového a plánovacího protokolu iCalendar od IETF (RFC 2445, 2446 a 2447). Analyzuje komponenty iCal a poskytuje C API pro zacházení s jejich vlastnostmi, parametry a podkomponentami.
Tento balíček obsahuje soubory potřebné pro běh aplikací používajících knihovnu libical.
Knihovna X11 Inter-Client Exchange
Tento balíček poskytuje hlavní rozhraní ke knihovně X11 Inter-Client Exchange, která umožňuje datovou komunikaci mezi dvěma X klienty.
Knihovna pro čtení ID3 tagů z projektu MAD
Knihovna pro práci s ID3 tagy s plnou podporou čtení ID3v1, ID3v1.1, ID3v2.2, ID3v2.3 a ID3v2.4 a zápisu ID3v1, ID3v1.1 a ID3v2.4.
Knihovna pro zpracovávání souborů CORBA IDL
libIDL je malá knihovna pro tvorbu a zpracování souborů definičního jazyka rozhraní (Interface Definition Language - IDL) odpovídajících CORBA v2.2, což je specifikace pro definici rozhraní přenositelné mezi různými implementacemi CORBA. libIDL používá kompilátor ORBit2 IDL a nejrůznější jazykové vazby (Perl, Python atd.) pro ORBit2.
Knihovna GNU Libidn, implementace specifikace IETF IDN
GNU Libidn je plně dokumentovanou implementací Stringrep, Punycode a specifikací IDNA. Program se používá ke kódování a dekódování lokalizovaných doménových jmen. Profily Nameprep, XMPP, SALprep a iSCSI jsou také podporovány.
Knhovna pro více platforem pro přístup k paralelnímu portu
Tato knihovna byla vytvořena pro usnadnění používání paralelního portu. Automaticky zjistí, jaké způsoby přístupu jsou k dispozici v závislosti na běžícím jádru a právech procesu.
Zpracovává jednotlivé dotazy pro zařízení, jako je například vyžádání Device ID zařízení.
Knihovna pro analýzu metadat IPTC
libiptcdata je knihovna používaná pro práci s metadaty IPTC (International Press Telecommunications Council) uloženými uvnitř multimediálních souborů, např. obrázků. Tato knihovna obsahuje nástroje pro analýzu, prohlížení, úpravu a ukládání těchto metadat.
JACK Audio Connection Kit (knihovny)
Dekódovací knihovna JBIG2 - sdílené knihovny
jbig2dec je dekódovací knihovna a ukázkový nástroj implementující JBIG2 dvojúrovňovou kompresi obrázků. Ta se nazývá také ITU T.88 a ISO IEC 14492 a je také používána v PDF od firmy Adobe ve verzi 1.4 a novější.
Tento balíček obsahuje sdílenou knihovnu libjbig2dec.
manipulační knihovna GLib JSON
JSON-GLib je knihovna pro zpracování, generování a upravování datových proudů JSON (JavaScript Object Notation) pomocí typového systému GLib. Umožňuje upravovat datové proudy JSON pomocí API Document Object Model. Také umožňuje serializaci a deserializaci jednoduchých i složených GObjectů do a z datových typů JSON.
Java implementace kodeku Speex
JSpeex je kodek pro mluvené slovo Speex přenesený do Javy (komprimovaný zvukový formát pro mluvené slovo, svobodný a nezatížený patenty, s otevřeným zdrojovým kódem). Poskytuje jak kodér, tak dekodér v čisté Javě a rovněž JavaSound SPI.
Běhové knihovny MIT Kerberos - knihovna Crypto
Tento balíček obsahuje běhové kryptografické knihovny používané aplikacemi a klienty Kerberos.
Běhové knihovny MIT Kerberos - KDC a Admin Server
Tento balíček obsahuje běhové knihovny používané správcovskými servery Kerberos.
Knihovny pro Heimdal Kerberos
Heimdal je svobodná implementace Kerbera 5, která se snaží o kompatibilitu s Kerberem od MIT.
Tento balík obsahuje serverovou knihovnu pro kadmin.
Nástroje pro správu klíčů Linuxu (knihovna)
Tento balíček poskytuje knihovnu, která zastřešuje systémová volání služeb správy klíčů.
Malá podmnožina libc pro použití s initramfs
klibc by měla být co nejmenší částí libc pro použití s initramfs. Je psána tak, aby byla co nejmenší, měla co nejméně závislostí a byla přenositelná, ne proto, aby byla rychlá. Stále se na ní pracuje a mnoho částí stále chybí.
Běhové knihovny MIT Kerberos
Tento balíček obsahuje běhové knihovny pro hlavní API Kerberos v5 používané aplikacemi a klienty Kerberos.
Běhové knihovny MIT Kerberos - Podpůrná knihovna
Tento balíček obsahuje vnitřní běhovou podpůrnou knihovnu používanou ostatními knihovnami Kerberos.
Toto jsou runtime knihovny pro OpenLDAP (Lightweight Directory Access Protocol) server i pro klienty.
Podpora infračerveného dálkového ovládání - klientská knihovna
LIRC znamená 'infračervené dálkové ovládání pro Linux' (Linux Infra-red Remote Control).
Tento balíček poskytuje knihovnu s funkcemi pro podporu dálkového ovládání prostřednictvím LIRC v programech, jako je xawtv.
Knihovna pro překlad Braillova písma - data
Liblouis je překladač do a z Braillova písma. Podporuje počítačové a literární Braillovo písmo, redukované i neredukované překlady mnoha jazyků a podporu pro rozdělování slov. Liblouis také podporuje matematické Braillovo písmo (Nemeth a Marburg). Nové jazyky lze snadno přidávat pomocí tabulky, která podporuje slovníkový nebo linkovaný přístup. Také obsahuje nástroje pro testování a ladicí tabulky.
Tento balíček obsahuje běhová data.
Knihovna pro překlad Braillova písma - sdílené knihovny
Liblouis je překladač do a ze Braillova písma. Podporuje počítačové a literární Braillova písmo, redukované i neredukované překlady mnoha jazyků a podporu pro rozdělování slov. Liblouis také podporuje matematické Braillovo písmo (Nemeth a Marburg).
Kompresní knihovna formátu XZ
XZ je nástupcem kompresního algoritmu Lempel-Ziv/Markov, který dosahuje mnohem lepších výsledků než např. bzip2 a přitom je dostatečně rychlý a má snadnou dekompresi.
Přirozeným formátem liblzma je XZ; také podporuje surové (bezhlavičkové) proudy a další formáty LZMA používané lzma. (Pro formát 7-Zip se podívejte raději na balíček p7zip.)
LZO je portabilní knihovna pro bezztrátovou kompresi. Umí slušně komprimovat a velmi rychle dekomprimovat. K dekompresi prakticky nepotřebuje paměť. Na druhou stranu můžete použít i pomalejší kompresní metody, které vám zajistí lepší kompresní poměr a přitom stále rychlou dekompresi.
knihovna pro dekódování MPEG zvuku
MAD je dekodér zvuku pro MPEG. V současnosti podporuje pouze standard MPEG 1, ale implementuje všechny tři zvukové vrstvy (vrstvu I, vrstvu II, a vrstvu III, přičemž poslední se běžně označuje MP3.)
MAD má následující zvláštní rysy:
100% výpočtů v pevné řádové čárce (celočíselné)
zcela nová implementace založená na standardu ISO/IEC 11172/3
distribuován pod licencí GNU General Public License (GPL)
Otevřená implementace protokolu Lotus Sametime Community Client
Tato knihovna poskytuje základní relační funkce Lotus Sametime Community Client spolu se základními službami: Presence, Messaging a Conferencing.
Knihovna protokolu MMS proudu - sdílená knihovna
V tomto balíčku je sdílená knihovna.
Knihovna Multiple-image Network Graphics
Knihovna libmng podporuje dekódování, zobrazování, kódování a různé další manipulace s obrázky ve formátu Multiple-image Network Graphics (MNG). Používá kompresní knihovnu zlib, volitelně pak i knihovnu JPEG od Independent JPEG Group (IJG) a lcms (little cms) - knihovnu správy barev od Marti Maria Saguara.
Dekodér MusePack - knihovna
Musepack je zvukový kompresní formát, který klade důraz především na vysokou kvalitu. Jedná se o bezztrátový transparentní formát, u kterého je rozdíl kvality mezi původním souborem wave a mnohem menším souborem MPC prakticky neslyšitelný.
Vychází z MPEG-1 Layer-2 / MP2, ale díky rapidnímu vývoji počínaje rokem 1997 je nyní v takové fázi vývoje, že obsahuje pouze svobodný a vysoce optimalizovaný kód.
Výpočty s plovoucí desetinnou čárkou a různou přesností
MPFR je knihovna používaná pro provedení různě přesných výpočtů s plovoucí desetinnou čárkou a správným zaokrouhlováním. Výpočty jsou efektivní a mají velmi dobře definovanou sémantiku. Drží se dobrých myšlenek standardu ANSI/IEEE-754 pro aritmetiku s plovoucí desetinnou čárkou a dvojnásobnou přesností (53-bitová mantissa).
knihovna jednoduchého tezauru
MyThes je jednoduchý tezaurus používající strukturovaný soubor s textovými daty a rejstříkový soubor s binárním vyhledáváním k nalezení slov a frází a vracení informací o části řeči, významech a synonymech.
knihovny pro komponenty nautilu - běhová verze
Nautilus je oficiální správce souborů a grafický shell pro pracovní plochu GNOME.
Tento balíček obsahuje několik běhových knihoven, které potřebují rozšíření nautilu.
Knihovna pro vytváření a obsluhu síťových paketů
libnet je systém vytváření a obsluhy síťových paketů na té nejnižší úrovni.
Mezi vlastnosti libnet patří přenositelné rozhraní pro vytváření paketů na úrovni IP vrstvy a linkové vrstvy, stejně jako obsluha potřebných dodatkových funkcí.
Pomocí libnet můžete snadno a rychle vytvářet potřebné aplikace. Pokud tomu věnujete trochu více času, budete moci navíc vytvářet mnohem komplexnější programy (traceroute a ping je možno snadno přepsat právě pomocí libnet a libpcap).
Sdílené knihovny konverzních nástrojů pro úpravu grafiky
Netpbm je nástroj pro manipulaci s grafickými obrázky, umí je převádět mezi různými formáty. Obsahuje více jak 220 samostatných nástrojů, které umožní konverzi z více jak 80 grafických formátů.
Tento balíček obsahuje sdílené knihovny používané netpbm.
Not Eriksův okení přípravek - okna pro textový režim s použitím slang.
Newt je okení přípravek pro textový režim založený na knihvně slang. Umožňuje aplikacím požívajících barevný text snadno použít okna, tlačítka, zašktávátka, přepínače, seznamy, vstupní pole, popisky a zobrazit text, posouvací lišty, formuláře k dosažení zvláštních funkcí mohou být zahnízděny do sebe. V balíku je sdílená knihovna pro programy vytvořené s pomocí newt.
Knihovna Netfilter netlink
libnfnetlink je nízkoúrovňová knihovna pro netfilter používaná pro komunikaci s jádrem/uživatelským prostorem. Obsahuje obecnou strukturu zpráv subsystému netfilter (jako je nfnetlink_log, nfnetlink_queue, nfnetlink_conntrack) a jejich odpovídající uživatele a/nebo nástroje pro správu v uživatelském prostoru (userspace).
Knihovna ICE (sdílená knihovna)
Nice je implementací standardu ICE (Interactive Connectivity Establishment standard od IETF). ICE se používá v aplikacích, které chtějí vytvářet datová spojení (proudy) UDP. Knihovna automatizuje proces překladu NAT a disponuje bezpečnostními opatřeními proti některým druhům útoků.
ICE obsahuje standardy SIP (Session Initiation Protocol) a rozšíření Jingle XMPP pro audio/video hovory.
Nice obsahuje integraci s GStreamer.
Tento balíček obsahuje knihovnu nice.
Přenositelná běhová knihovna Netscape
Tato knihovna poskytuje negrafické schopnosti operačního systému nezávisle na architektuře, například:
soborový a síťový vstup/výstup,
intervalové časování a kalendářový čas,
základní správu paměti (malloc a free),
linkování sdílených knihoven.
Modul NSS pro rozpoznání jména Multicast DNS
nss-mdns je zásuvný modul funkce NSS (GNU Name Service Switch) knihovny C (glibc) starající se o zjištění jména počítače přes Multicast DNS (pomocí Zeroconf, obdoby Apple Bonjour / Apple Rendezvous ), umožňuje rozlišení jména běžnými unixovými/linuxovými programy v doméně .local mDNS.
Knihovny Network Security Service
Toto je sada knihoven navržených pro podporu multiplatformního vývoje bezpečných aplikací typu klient-server. Podporuje certifikáty SSLv2 a v4, TLS, PKCS #5, #7, #11, #12, S/MIME, X.509 v3 a další bezpečnostní standardy.
knihovna pro bitové proudy formátu Ogg
Libogg je knihovna pro manipulaci s bitovými proudy Ogg. Zvládá jak vytváření bitových proudů Ogg, tak získávání paketů z těchto proudů.
Rozhraní k system-tools-backends založené na GObject - sdílená knihovna
Liboobs je odlehčená knihovna, která poskytuje na GObjectu založené rozhraní k system-tools-backends. Je oproštěna od komunikačních a ověřovacích detailů, takže je pomocí ní snadné integrovat aplikaci se systémovými podrobnostmi.
Knihovna protokolu OBEX
Výměnný protokol OBEX (Object Exchange) lze nejlépe přiblížit jako binární HTTP. OBEX je optimalizován pro bezdrátové sítě a je ho možno používat pro výměnu všech možných objektů jako jsou soubory, obrázky, kalendáře (vCal) a obchodní vizitky (vCard).
OBEX je také vestavěný na takových zařízeních jako je PDA (např. Palm Pilot) a na mobilních telefonech jako je Ericsson R320, Siemens S25, Siemens S45, Siemens ME45, Nokia NM207 a Nokia 9110 Communicator.
Svobodná implementace pro dekódování RAW
libopenraw je projekt kladoucí si za cíl implementaci svobodného softwaru určeného pro dekódování souborů RAW z fotoaparátů. Jeden z hlavních důvodů vzniku této knihovny spočívá v tom, že dcraw se nehodí pro integraci do aplikací a přitom potřeba snadno použitelného API, které by bylo možno integrovat do nově vznikajících aplikací určených pro zpracování digitálních obrázků, je veliká.
Dalšími cíli je také implementace chybějících funkcí dcraw jako je např. dekódování informací uložených v meta-datech souborů a snadné získání náhledu obrázku přímo ze souboru.
Knihovna ORC (Optimized Inner Loops Runtime Compiler)
Orc je knihovna a sada nástrojů určených ke kompilaci a spuštění velmi jednoduchých programů, které pracují s datovými poli. „Jazyk“ používá řadu charakteristik architektur SIMD včetně sčítání a odčítání v určitém rozsahu (tzv. „saturated addition and subtraction“) a řadu dalších aritmetických operací.
Tento balíček obsahuje sdílené knihovny orc. Obvykle je instalován automaticky, když jej nějaká aplikace či knihovna vyžaduje.
Rozšíření Mesa pro vykreslování do paměti
OSmesa je rozšíření Mesa, které umožňuje programům vykreslovat do paměti mimo obrazovku s použitím OpenGL API bez nutnosti vytvářet vykreslovací kontext na X Serveru. Využívá se čistě softwarové vykreslování.
Tento balíček poskytuje jak 16-bitovou tak 32-bitovou verzi vykreslování do paměti, které nevyžaduje k práci žádnou externí knihovnu.
Rozšíření Mesa pro vykreslování do paměti -- vývojářské soubory
Tento balíček poskytuje prostředí požadované pro vývoj programů, které používají rozšíření Mesa pro vykreslování do paměti.
Více informací o OSmesa najdete v balíčku libosmesa6.
Běhová podpora PAM knihovny.
Obsahuje konfigurační soubory a složky potřebné, aby fungovalo ověřování v systému Debian. Balík je vyžadován takřka v každé instalaci systému.
Formátování a vykreslování mezinárodního textu
Pango je knihovna pro formátování a vykreslování textu s důrazem na národní specifika. Pango lze použít kdekoliv, kde je potřeba naformátovat text. Většina práce na Pango-1.0 byla udělána s použitím GTK+ jako testovací platformy. Pango formuje jádro pro práci s textem a fonty v GTK+-2.0.
Pango je navržené jako modulární. Formátovací jádro Pango může využít různé podpory pro práci s fonty:
Systémové fonty jádra X Window
Klientské fonty v X s použitím knihovny Xft
Přímé vykreslování škálovatelných fontů s použitím knihovny FreeType
Nativní fonty systému od firmy Microsoft
Knihovna pro práci s vlastnostmi papíru
libpaper je knihovna pro práci s papíry. Automatizuje rozpoznávání mnoha různých druhů a velikostí papíru pro programy, které pracují s tiskovým výstupem.
Implementace standardu DICOM obsahující prohlížeč obrázků a EKG
Toto je samostatná aplikace, která implementuje kód pro čtení a pořizování DICOM dat, podporu DICOM sítě a souborů, databázi DICOM objektů, podporu zobrazení adresářů, obrázků, reportů a spekter a validaci DICOM objektů.
Knihovna pro analýzu příkazových parametrů.
Popt je značně ovlivněn funkcemi getopt() a getopt_long(), ale dokáže víc. Dokáže rozpoznat jakákoliv pole ve stylu argv[] a automaticky naplnit proměnné podle argumentů příkazové řádky, zvládne aliasy argumentů v konfiguračních souborech, zvládne libovolné řetězce pomocí pravidel jako v shellu.
Balík obsahuje runtime knihovnu a locale.
Přenositelný vstup/výstup zvuku - sdílená knihovna
PortAudio je přenositelná vstupně/výstupní knihovna navržená pro podporu zvuku napříč platformami. Při požadavcích na zpracování zvuku používá mechanismus zpětných volání. Zvuk může být generován v různých formátech, včetně 32 bitového s plovoucí čárkou, a interně převáděn do formátu nativního.
Parma Polyhedra Library (rozhraní pro C)
Parma Polyhedra Library (PPL) je C++ knihovna pro práci s (ne nutně uzavřenými) konvexními mnohostěny. Mezi oblasti aplikace konvexních mnohostěnů patří analýza programů, optimalizační překládání, celočíselná a kombinatorická optimalizace a statické datové úpravy. Parma Polyhedra Library je uživatelsky přívětivá (napíšete `x + 2*y + 5*z <= 7' když si myslíte, že tomu tak je), plně dynamická (jediným omezením rozměrů čehokoliv je dostupné množství virtuální paměti), napsaná v standardním C++, s ošetřením výjimek, dosti efektivní a důkladně dokumentovaná.
Tento balíček poskytuje céčkové rozhraní.
Parma Polyhedra Library (běhová knihovna)
Parma Polyhedra Library (PPL) je C++ knihovna pro práci s (nejen uzavřenými) konvexními mnohostěny a jinými numerickými abstrakcemi. Toho se využívá při analýze programů, optimalizaci kompilací, celočíselných a kombinatorických optimalizacích a při úpravě statistických dat. Knihovna PPL je uživatelsky přívětivá (jednoduše stačí napsat `x + 2*y + 5*z <= 7'), plně dynamická (jediným omezením je množství virtuální paměti), je napsaná ve standardním jazyce C++, s ošetřenými výjimkami, s ohledem na výkon a bohatou dokumentací.
Knihovna C klienta pro PostgreSQL
libpq je C knihovna, která umožní uživatelským programům komunikovat s databázovým serverem PostgreSQL. Server může být na jiném počítači a přístup na něj přes TCP/IP. Tato verze libpq je kompatibilní se serverem PostgreSQL 8.2 nebo novějším.
Tento balíček obsahuje běhovou knihovnu vyžadovanou balíčky, které používají libpq.
PostgreSQL je objektově-relační SQL databázový systém.
Knihovna pro automatické nastavení proxy (sdílená)
libproxy je nenáročná knihovna usnadňující vývoj aplikací používajících proxy s jednoduchým a stabilním API.
Klientské knihovny PulseAudio (podpora glib)
PulseAudio, dříve známé jako Polypaudio, je zvukový server pro systémy POSIX a WIN32. Jedná se o náhradu zvukového serveru ESD s mnohem lepší latencí, lepší kvalitou mixování/převzorkování a celkovou architekturou.
Klientské knihovny používané aplikacemi přistupujícími ke zvukovému serveru PulseAudio přes nativní rozhraní PulseAudio.
Tento balíček přidává těmto aplikacím podporu glib2.
Matematická knihovna GCC s čtyřnásobnou přesností
Knihovna, která poskytuje matematické funkce s čtyřnásobnou přesností na koncových systémech podporujících datový typ __float128. Na takových systémech poskytuje tato knihovna v GNU překladači Fortranu datový typ REAL(16).
Knihovna pro dotazy na RDF Rasqal
Rasqal je knihovna jazyka C obsahující podporu pro dotazování se RDF (Resource Description Framework) včetně analýzy dotazu, vytváření dotazů, jejich vykonávání, vracení výsledků a jejich formátování. Podporuje jazyk SPARQL RDF, RDF Data Query Language (RDQL) a LAQRS (experimentální dotazovací jazyk rozšiřující SPARQL).
Rasqal je vytvořeno s ohledem na výkon, přizpůsobivost, vkládání (bez děr v paměti) a sledování prováděných dotazů RDF.
Knihovna pro přístup ke sběrnici IEEE 1394 (také známé jako FireWire)
libraw1394 je jediným podporovaným rozhraním raw1394 oproti linuxovému jádru a subsystému IEEE-1394. Toto rozhraní přitom umožňuje přistupovat k zařízením připojeným ke sběrnici 1394. Díky libraw1394/raw1394 mohou aplikace posílat a přijímat informace ze zařízení bez nutnosti instalace příslušného modulu jádra.
Knihovna regulárních výrazů pro Javu
Regexp je 100% čistě javovský balíček regulárních výrazů. Regulární výrazy popisují určité předlohy, které je možné použít pro hledání odpovídajících řetězců. Kromě toho vám umožní porovnávat určité řetězce vzhledem k těmto předlohám nebo jednoduše získávat určité části, které jim odpovídají. To se hodí především k analýze textu!
Knihovna pro vykreslování SVG souborů založená na SAX (běhová)
Knihovna rsvg je výkonný vykreslovač pro Scalable Vector Graphic (SVG) obrázky.
Tento balíček obsahuje běhovou knihovnu, potřebnou ke spuštění aplikací využívajících librsvg.
Běhové sdílené knihovny SELinux
Tento balíček obsahuje sdílené knihovny pro bezpečnostní rozšíření Linuxu (např. funkce knihoven pro API jádra SELinux jako getcon(), další podpůrné funkce jako getseuserbyname()) SELinux používané aplikacemi, které jsou toho schopny. Bezpečnostní rozšíření (SELinux) je kolekce záplat linuxového jádra a sady nástrojů rozšiřujících zabezpečení tradičního linuxového systému. Tato bezpečnostní opatření obsahují nové komponenty původně vyvinuté pro zvýšení bezpečnosti operačního systému Flask. Tradiční komponenty pak obsahují podporu pro posílení závazných politik přístupu včetně těch, které jsou založeny na konceptech tzv. „Type Enforcement“, „Role-based Access Control“ a víceúrovňového zabezpečení ("Multi-level Security“).
libselinux1 obsahuje API k aplikacím SELinux sloužících pro zajištění zabezpečení procesů a souborů a také bezpečnostních politik. Je vyžadován řadou aplikací, které používají API SELinux. libselinux může používat sdílenou knihovnu libsepol a manipulovat s binární politikou (je-li to nutné, např. při downgradu formátu politiky na dřívější verzi, které je podporovaná jádrem) při načtení oné politiky.
Vývojové soubory SELinuxu
Tento balík poskytuje statické knihovny a hlavičkové soubory nutné pro vývoj aplikací využívajících SELinux. Security-Enhanced Linux je záplata do linuxového jádra a množství uživatelských nástrojů, která do Linuxu přidává povinné řízení přístupu (mandatory access control). Linuxové jádro obohacené o SE obsahuje nové architekturní komponenty původně navržené pro zlepšení bezpečnosti operačního systému Flask. Tyto architekturní komponenty poskytují obecnou podporu pro vynucení mnoha typů politik povinného řízení přístupu, včetně politik založených na konceptech vynucení typů, kontrole přístupu podle rolí a víceúrovňové bezpečnosti.
Knihovna SELinux pro manipulaci s binárními bezpečnostními politikami
Security-Enhanced Linux je záplata do linuxového jádra a množství uživatelských nástrojů, která do Linuxu přidává povinné řízení přístupu (mandatory access control). Linuxové jádro obohacené o SE obsahuje nové architekturní komponenty původně navržené pro zlepšení bezpečnosti operačního systému Flask. Tyto architekturní komponenty poskytují obecnou podporu pro vynucení mnoha typů politik povinného řízení přístupu, včetně politik založených na konceptech vynucení typů (Type Enforcement®), kontrole přístupu podle rolí a víceúrovňové bezpečnosti.
libsepol poskytuje API pro manipulaci binárních politik SELinuxu. Knihovna je používána programem checkpolicy (kompilátor politik) a podobnými nástroji typu load_policy, které musí na binárních politikách provádět specifické transformace.
Velmi výkonná knihovna asynchronního HTTP klienta
Knihovna serf je klientská HTTP knihovna napsaná v C, postavená nad knihovnou Apache Portable Runtime (APR). Vytváří multiplexní spojení tím, že provozuje čtení a zápis asynchronně. Kopie a transformace paměti jsou prováděny co nejméně, aby se dosáhlo vysokého výkonu.
Nástroje pro zařízení používající sadu příkazů SCSI (sdílené knihovny)
Sdílená knihovna používanými nástroji z balíčku sg3-utils.
Knihovna pro vysílání streamovaných MP3/Ogg Vorbis
Knihovna pro posílaní dat a komunikaci se streamovacími audio servery Icecast a Icecast 2. Stará se o socketové spojení a časování datových přenosů a brání špatným datům v přístupu na server.
Správa sezení X11 - knihovna
Tento balíček obsahuje hlavní rozhraní knihovny X11 pro správu sezení (Session Management library), která umožňuje aplikacím spravovat sezení a ukládat/obnovovat svůj stav pro jejich pozdější použití.
Knihovna pro čtení/zápis zvukových souborů
libsndfile je knihovna C používaná pro čtení a zápis souborů obsahujících vzorkovaná zvuková data.
Různé verze WAV (celočíselné, s pohyblivou desetinnou čárkou, GSM a komprimované formáty), Microsoft PCM, formáty A-law a u-law; AIFF, AIFC a RIFX; různé formáty AU/SND (Sun/NeXT, Dec AU, G721 a G723 ADPCM); bez-hlavičkové soubory RAW PCM; soubory Amiga IFF/8SVX/16SV PCM; Ensoniq PARIS (.PAF); Apple's Core Audio Format (CAF) a další.
Knihovna pro vykreslení PostScriptových dokumentů
libspectre je malá knihovna používaná k vykreslování PostScriptových dokumentů. Má snadno použitelné API pro práci a vykreslování PostScriptových dokumentů.
Vývojářské soubory ke knihovně kodeku Speex
Speex je zvukový kodek speciálně vytvořený pro kompresi zvuku na nízký datový tok. Toho využívají např. VoIP telefony. V určitém ohledu se jedná o doplněk kodeku Vorbis, u kterého se klade větší důraz na vysokou kvalitu hudební reprodukce.
Tento balíček poskytuje hlavičkové a vývojářské soubory ke knihovně speex.
Běhová knihovna kodeku Speex
Tento balíček poskytuje běhovou knihovnu speex.
Sdílená knihovna SQLite 3
SQLite je knihovna jazyka C, která implementuje databázový stroj SQL. Programy, které jsou linkovány s knihovnou SQLite, mohou pracovat s databází SQL bez nutnosti spuštění svých vlastních procesů RDBMS.
Hierarchický, na poolech založený alokátor paměťi
Hierarchický, na poolech založený alokátor paměti s destruktory. Aby zjistil, kdy může být paměť uvolněna, používá počítání referencí.
Spravuje struktury ASN.1 (běhová)
Spravuje struktury ASN.1 - Abstract Syntax Notation One. Hlavní schopnosti knihovny jsou:
přímé řízení struktury ASN1, které nevyžaduje vytvoření souboru s kódem v C
nepřímé řízení struktury ASN1 se souborem v kódu C obsahujícím pole.
kódování DER (Distinquish Encoding Rules)
celá čísla INTEGER a výčtové hodnoty (ENUMERATED) nejsou omezeny
Balíček obsahuje běhové knihovny.
Pracuje se strukturami ASN.1 (binárními)
nepřímé řízení struktury ASN1 se souborem v kódu C obsahujícím nějaké pole.
CELÁ čísla a VYPOČÍTANÉ hodnoty nejsou omezeny
Balíček obsahuje programy nutné pro zakódování, dekódování a analyzování datových struktur asn1.
Trivial Database - sdílená knihovna
Balíček obsahuje jednoduché databázové API. Je modelováno podle struktury GDBM. Mezi vlastnosti TDB, oproti GDBM, patří podpora zápisů s odpovídajícím zámkem a transakcemi.
Tento balíček obsahuje soubor se sdílenou knihovnou.
Knihovna pro podporu thajštiny
LibThai je sada rutin pro podporu thajštiny zaměřená na zjednodušení začlenění podpory thajštiny do aplikací. Zahrnuje důležité funkce specifické pro thajštinu, jako je zalamování slov, metody vstupu a výstupu a základní podpora znaků a řetězců.
Tento balíček zahrnuje sdílené knihovny potřebné pro běh programů používajících knihovnu LibThai.
Knihovna pro formát TIFF (Tag Image File Format)
libtiff je knihovna poskytující podporu pro Tag Image File Format (TIFF), široce používaný formát pro ukládání obrázků. Balíček obsahuje sdílenou knihovnu.
Kolekce modulů pro práci s informacemi o čase/datu
TimeData je kolekce perlovských modulů užitečná pro práci s informacemi o datu a čase. Date::Parse umí zpracovat úplné specifikace data ve spoustě rozmanitých vstupních formátech a jazycích (pomocí Date::Language).
Tento balíček také zahrnuje Date::Format, který může formátovat data do řetězců, a také Time::Zone, který obsahuje různé funkce pro práci s časovými pásmy.
Kódovací knihovna MPEG Audio Layer 2
TwoLAME je optimalizovaný enkodér zvuku ve formátu MPEG Audio Layer 2. Je založen na tooLAME od Mike Chenga, který je naopak založen na kódu dist10 ISO a částech kódu LAME.
TwoLAME NEpodporuje kódování MPEG Audio Layer 3 (MP3) s ohledem na související patenty kolem MP3.
Ovšem s ohledem na to, že většina MPEG audiopřehrávačů je schopna přehrát soubory MP2, představuje TwoLAME velmi dobrou a bezproblémovou náhradu pro LAME a jiné MP3 enkodéry.
C knihovna řetězců v Unicode
Knihovna 'libunistring' implementuje řetězce Unicode (v kódování UTF-8, UTF-16 a UTF-32) spolu s funkcemi pro Unicode znaky (názvy znaků, klasifikace, vlastnosti) a funkcemi pro práci s řetězci (formátovaný výstup, šířka, zlomy slov a řádků, normalizace, velikosti znaků, regulární výrazy).
Abstrakce pro správu napájení - sdílená knihovna
Upower poskytuje rozhraní k výčtu zdrojů napájení systému a kontrole systémové správy napájení. Jakákoli aplikace může přistupovat ke službě org.freedesktop.UPower na sběrnici systémových zpráv. Některé operace (jako uspávání systému) jsou omezeny pomocí PolicyKit.
Tento balíček obsahuje sdílenou knihovnu používanou aplikacemi.
Modul pro manipulaci a přistup k URI řetězcům
URI je souborem Perlových modulů, které zastupují a zpracovávají Uniform Resource Identifier (URI) odkazy, jak určuje RFC 2396.
URI objekty se dají využít k přístupu a manipulaci s různými částmi, které tvoří tyto řetězce. Existují také metody ke spojování URI různými způsoby.
Třída URI nahrazuje třídu URI::URL, která bývala distribuována s libwww-perl. Tento balíček také zahrnuje emulaci starého rozhraní URI::URL, která implementuje jak staré, tak nové rozhraní.
Multiplexní USB daemon pro zařízení iPhone a iPod Touch - knihovna
usbmuxd je USB multiplexní daemon starající se o přístup ke službám iPhone a iPod Touch přes USB. Aplikace pro správu a synchronizaci s iPhone a iPod Touch tohoto daemona zároveň potřebují ke komunikaci s těmito zařízeními.
Knihovna Micro string: sdílená knihovna
Kolekce podpůrných knihoven pro video4linux
libv4l je kolekce knihoven, které nad zařízeními video4linux vytváří abstraktní vrstvu. Účelem této (tenké) vrstvy je zpřístupnit celou řadu různých zařízení vývojářům bez nutnosti psaní vlastního kódu pro tyto různé přístroje. libv4l se skládá ze 4 různých knihoven: libv4lconvert, libv4l1 a libv4l2.
libv4l1 obsahuje (zastaralé) API v4l1 pro zařízení v4l2, nezávisle na ovladačích těchto zařízeních zajišťuje kompatibilitu s v4l1 (což řada ovladačů v4l2 nedělá).
libv4l2 obsahuje API v4l2 nad zařízeními v4l2, tam kde to je potřeba navíc přidává transparentní konverzi libv4lconvert.
API akcelerace videa (VA API) pro Linux - běhové prostředí
Video Acceleration API (VA API) je knihovna („libVA“) a specifikace API, která povoluje a zpřístupňuje akceleraci grafického hardwaru (GPU) pro zpracování videa na linuxových a unixových operačních systémech. Akcelerované zpracování zahrnuje dekódování a zakódování videa, míchání podobrázků a jejich vykreslování. Specifikace byly původně vytvořeny pro grafické karty Intel a jeho GMA (Graphics Media Accelerator), jeho API ovšem není limitováno pouze na grafické karty od Intelu a tak ho mohou používat také ostatní výrobci grafických karet.
Tento balíček obsahuje hlavní knihovnu libva.
Knihovna vyhledávacího stroje
Tento balíček obsahuje běhovou knihovnu Xapian.
Vyhledávací knihovna Xapian je vysoce adaptabilní sada, která umožní vývojářům snadno přidávat pokročilé indexační a vyhledávací schopnosti svým aplikacím. Implementuje pravděpodobnostní model získávání informací a obsahuje funkce pro provedení klasifikovaných hledání textu, zpětnou vazbu důležitosti, vyhledávání frází, stemming a současné prohledávání i aktualizaci. Tento nástroj dokáže pracovat s kolekcemi obsahujícími tisíce a milióny dokumentů.
Klientská knihovna pro nastavení rozhraní Xfce4
Tento balíček obsahuje knihovnu, kterou používají programy provádějící nastavení Xfce4.
Pokud chcete používat Xfce4, pak budete tento balíček jistě potřebovat.
X knihovna na kreslení fontů založená na FreeType
Xft poskytuje klientskou část API fontů pro X aplikace, tím že zpřístupňuje vykreslovač fontů FreeType pro X klienty. Pro zadání rozlišení fontů se používá fontconfig. Pro kreslení znaků se používá rozšíření RENDER, pokud je dostupné, jinak základní X protokol.
Textový program pro zpracování rodokmenu
LifeLines je program pro zpracování rodokmenu, který běží na systémech UNIX a používá textový mód. Sdružuje záznamy rodokmenu (osoby, rodiny, zdroje, události a další) do databáze a vytváří z těchto záznamů zprávy.
Neobsahuje prakticky žádná omezení v počtu záznamů, která můžete uložit do databáze, ani množství dat, které je možné uchovat v záznamu.
LifeLines neobsahuje vestavěné zprávy. Místo toho obsahuje programovací podsystém, který vám umožní vytvářet vaše vlastní zprávy a grafy. Některé standardní zprávy jsou k dispozici v balíčku lifelines-reports.
Programovací podsystém také umožňuje pracovat s databází a zpracovávat tak data podle libosti. LifeLines používá volby nezávislé na terminálu a obsahuje obrazovku s nabídkou.
Tento program je schopný číst a zapisovat soubory GEDCOM, což je de fakto standard pro výměnu rodokmenů.
Dokumentace pro lifelines ve švédštině, software pro rodokmeny
Tento balíček obsahuje kompletní dokumentaci k programu lifelines (ve formátu text, HTML, XML a PDF).
Soubory v tomto balíčku používají švédský jazyk.
Zprávy pro lifelines - systém rodokmenů
Lifelines obsahují velmi mocný jazyk pro vytváření zpráv. Tento balíček obsahuje "standardní" zprávy, které jsou součástí oficiální distribuce Lifelines.
Osobní digitální diář
Lifeograph je off-line soukromý deník a poznámkový blok v jednom určený pro hodnocení sebe sama.
Vybudujte & starejte se o své město/kraj
Vaším úkolem je vybudovat a starat se o vaše město. Musíte dodávat potraviny a zboží, stavět domy a vytvářet pracovní místa. Můžete tak vybudovat ekonomiku opřenou o obnovitelné zdroje energie a recyklaci, nebo se můžete hnát za svou zkázou a stavět rakety, které vám pomohou utéci z vámi zdevastované planety, celé to je na vás. Protože jsou zdroje na každém místě pouze omezené, není možné nechat hru dlouhou dobu běžet jen tak. Tato hra se podobá komerčním simulacím podobného jména i zaměření.
Vytváří pěkně uspořádané verze souboru Linux CREDITS
Tento malý balíček vám umožní vytvářet pěkné soubory Linux CREDITS jak v čistě textové podobě, tak i LaTeXu a HTML.
Přesná a snadno použitelná ladička hudebních nástrojů
Lingot slouží k ladění hudebních nástrojů. Je přesná, snadno použitelná a vysoce konfigurovatelná. Původně byla vytvořena k ladění elektrických kytar, ale je jí možno použít i s jinými nástroji.
Vypadá jako analogový tuner s mírkou indikující relativní posun od určité noty spolu s jejím názvem a frekvencí.
Nástroj pro kontrolu odkazů a údržbu webových stránek
Linklint je program napsaný v Perlu a určený pro kontrolu odkazů v HTML:
kontrola místních i vzdálených stránek
tvorba zpráv s příslušnými odkazy
schopnost kontrolovat heslem chráněné oblasti
podpora pro všechny standardní obrazové mapy na straně serveru
vyhledání osiřelých a špatně pojmenovaných souborů
informace o poslední kontrole dané adresy URL
podpora serverů proxy pro vzdálenou kontrolu URL
obsahuje kompletní dokumentaci
Webový prohlížeč běžící v grafickém i textovém módu
Links je grafický i textový WWW prohlížeč zároveň, podobně jako Lynx. Zobrazuje tabulky, framy, podporuje stahování na pozadí, používá HTTP/1.1. V grafickém módu umí zobrazit soubory PNG, JPEG, GIF, TIFF a XBM, dál umí spouštět externí programy podle typu souboru. Také má vyhlazené písmo, plynulé přibližování obrázku, 48b dithering, opravu gamma a poměru stran.
Linux pro počítače MIPS Malta (metabalíček)
Tento balíček závisí na poslední verzi linuxového jádra a modulech používaných na počítačích MIPS Malta.
Zobrazuje pokročilé informace o systému
Zobrazuje informace o systému, jako je verze jádra, verze glibc, typ procesoru a velikost paměti, tyto informace získává např. z /proc/cpuinfo.
Jazyk pro streamování zvuku
Liquidsoap je šikovný nástroj sloužící k vytváření komplexních streamovacích systémů, typicky internetových rádií (např. streamů icecast).
Obsahuje jednoduchý skriptovací jazyk, který vám umožní vytvářet, kombinovat a přetvářet zdroje zvuku. Design liquidsoap je pružný a snadno rozšiřitelný.
Mezi typické využití patří:
dynamicky generovaný seznam skladeb v závislosti na času a dalších faktorech
plynulé přechody mezi skladbami
pravidelné přidávání zvonku
použití zvukových efektů jako je normalizace hlasitosti
rekódování proudu do požadované kvality
vzdálené ovládání proudu dat
Generátor online galerie pro příkazovou řádku
llgal je generátor online galerie obsahující obrázky, videa, ... Program používá igal a přidává tyto vlastnosti:
různé typy snímků (videa, text, odkazy, stažení a podadresáře);
možnost přidání hlavičky, patičky, odkazů a oddělovačů do vytvořených souborů HTML;
automatické generování nadpisů ze značek JFIF, GIF a EXIF;
vysoce konfigurovatelné uspořádání. Rozhraní llgal je určeno pro příkazovou řádku. Důraz je kladen na rychlost vytváření webových stránek, program používá velmi jednoduchý kód XHTML/CSS, který neobsahuje PHP ani Javascript.
LMMS si klade za cíl stát se alternativou populárních (ale komerčních a uzavřených) programů jako jsou FruityLoops, Cubase a Logic. Program vám umožní vytvářet na vašem počítači muziku tvořenou šikovnými smyčkami, syntézou a mixováním zvuku, uspořádávat ukázky, zjednodušovat práci s klávesnicí MIDI a mnohem více...
LMMS kombinuje možnosti sekvenceru/trackovacícho programu (disponuje správou předloh/ukázek/písní/efektů) a mocných syntetizérů a vzorkovačů, vše v uživatelsky přívětivém a snadno použitelném grafickém uživatelském rozhraní.
Spravuje a dotazuje se rejstříku adresářového stromu
updatedb generuje index souborů a adresářů. GNU locate je možno používat pro rychlé dotazování vytvořeného rejstříku.
Nástroj, jenž rotuje deníky (logy).
Nástroj logrotate slouží k zjednodušení správy systému, který vytváří velké množství deníků (logů). Umožňuje automatickou rotaci a komprimaci souborů deníků, odstraňování a odesílání deníků elektronickou poštou. Může být nastaven aby zpracovával deníky denně, týdně, měsíčně nebo když deník dosáhne udané velikosti. Zpravidla je logrotate spouštěn jednou denně jako úloha "cron".
Analyzátor logu se spoustou výstupních voleb (podobný Syslog)
logtool slouží k analýze a generování výstupních sestav logu. Mezi jeho vlastnosti patří schopnost vytváření ANSI, ASCII, CSV (tabulky), HTML a také surového výstupu.
Je velmi praktický při vytváření nočních zpráv a online monitorování obsahu logu.
Russellovy nástroje pro správu souborů logu
clfmerge - srovná běžný webový log bez třídění (to se hodí pokud máte soubory logu řádově o velikosti několika giga).
logprn - se chová podobně jako "tail -f", ale po určité době neaktivity programu spustí program (jako je lpr) a zpracuje jeho nová data.
funnel - zřetězí jeden proud dat do různých souborů nebo procesů
clfsplit - rozdělí webové logy podle IP adresy klienta.
clfdomainsplit - rozdělí logy CLF podle domény.
Analýza MCMC rodokmenu
Provádí Markovovu analýzu Monte Carlo na dlouhých a složitých rodokmenech. Aktuální balíček podporuje analýzu pouze kvantitativních zvláštností, přestože je možné očekávat zrušení tohoto omezení v některé z dalších verzí. Spojuje odhad čísla QTL, pozice a efektů používajících reverzní skoky MCMC. Také je možné provádět pouze analýzy IBD.
Řeší (mixované celočíselné) problémy lineárního programování
Problém lineárního programování (LP) je možné formulovat takto: Řešte A.x >= V1, s V2.x maximálně. A je matice, x je nějaký vektor z (kladných) čísel, V1 je vektor umístěný na druhé straně a V2 je vektor určující cílovou funkci.
Problém celočíselného lineárního programování (ILP) je LP s omezením, že jsou všechny proměnné celá čísla. V mixovaném celočíselném lineárním programování (MILP) jsou některé proměnné celá čísla a některé jsou čísly reálnými.
Program lp_solve řeší problémy LP, ILP a MILP. To je nepatrně obecnější než výše uvedené, v každém řádku A (určující jednu konstantu) může mít svou vlastní (ne)rovnost, <=, >= or =. Výsledek daných hodnot pro všechny proměnné.
lp_solve používá algoritmus 'Simplex' a metody zjednodušení matice pro řešení problémů LP. V jedné nebo více proměnných je deklarováno celé číslo, algoritmus Simplex se opakuje s nějakým rozvětveným a mezním algoritmem, dokud není nalezeno odpovídající optimální řešení. lp_solve umí číst vstupní soubory ve formátu MPS.
BSD lpr/lpd řádkový správce tiskových front.
Zde je BSD správce tisku a příslušné nástroje. Můžete jej pužít pro lokální i vzdálené tiskárny.
Pokud nainstalujete magicfilter nebo apsfilter (společně s ghostscriptem), lpr bude schopno automaticky zpracovávat různé typy souborů (jako třeba Postscript a PDF).
Kompresní program s velmi vysokým poměrem komprese
Kompresní program, který dosahuje velmi vysokých kompresních poměrů a vysoké rychlosti zejména při použití na velmi velkých souborech. Používá kombinaci kompresních algoritmů zpaq a lzma čímž dosahuje maximální komprese, rychlosti lzo a redukce vzdálené redundance rzip. Je vytvořen tak, aby rostl spolu s nárůstem paměti RAM, což zvyšuje je schopnosti do budoucna. Možnost optimalizace na velikost nebo rychlost vám umožní dosáhnout lepší komprese než kterou disponuje lzma a vyšší rychlosti než gzip, ale přitom s kompresní kvalitou srovnatelnou s bzip2.
Nástroje pro přenos souboru pro zmodem/xmodem/ymodem
Lrzsz je kosmeticky upravený balíček zmodem/ymodem/xmodem sestavený z balíčku rzsz Chucka Forsberga vydaného pod licencí "public domain".
Tyto programy používají protokoly opravy chyb ({z,x,y}modem) pro posílání (sz, sx, sb) a příjem (rz, rx, rb) souborů přes vytáčené připojení sériového portu z různých programů běžících pod různými operačními systémy.
Přečte obsah info DVD
Aplikace pro čtení obsahu DVD a jeho zobrazení na terminálu nebo v jiných čitelných formátech.
Informace o konfiguraci hardwaru
malý nástroj, který obsahuje detailní informace o konfiguraci hardwaru počítače. Umí zobrazit přesné informace o nastavení paměti, verzi firmwaru, konfiguraci základní desky, verzi a rychlosti CPU, konfiguraci cache, rychlosti sběrnice, atd. na systémech, které umí pracovat s DMI, na některých počítačích PowerPC (na PowerMac 64 to funguje) a AMD64.
Informace je možno zobrazit v čistě textovém formátu, HTML nebo XML.
Zobrazí seznam všech zařízeních SCSI v počítači
Zpracovává informace uložené v sysfs (linuxového jádra 2.6.0 a novějšího) a zobrazuje seznam scsi zařízení připojených do počítače. Volitelně ho můžete použít také pro zobrazení určitého množství informací právě o těchto zařízeních.
Runtime trasování volání knihovní funkcí v dynamicky sestavených programech
ltrace je debugovací program, který pod sebou spustí debugovaný program. ltrace pak sleduje a zaznamenává volání funkcí z dynamický připojených knihoven a signály přijaté debugovaným programem. ltrace dokáže taktéž sledovat a zaznamenávat systémová volání vykonána debugovaným programem.
Trasovaný program nemusí být znovu přeložen pro takovéto trsování. ltrace můžete používat i na programy, k nimž nemáte zdrojový kód.
ltrace byste měli nainstalovat v případě že potřebujete jako správce systému zjistit, co který program skutečně dělá.
Vylepšený klon Tetrisu s počítačovými oponenty
LTris je vylepšený klon tetrisu, který nabízí tři herní módy. Klasickou hru, obrazovcový mód, kde se v každé úrovni zobrazují různé obrazce a hra pro více hráčů. LTris je vysoce konfigurovatelný skrz svůj systém nabídek.
Nástroje a moduly pro zpracování slovníkového Apertia
lttoolbox obsahuje převodník písmen do přirozeného jazyka používaného Apertiem, platformou určenou k vytváření pravidel a hybridních překladačů. Tento software se také hodí k vytváření morfologických analýz a generátorů pro aplikace zpracovávající přirozený jazyk.
Generátor dokumentaci pro lua
LuaDoc je generátor dokumentace ve zdrojovém kódu Lua. Program analyzuje deklarace a komentáře dokumentace ve zdrojových souborech Lua a vytváří z nich kolekci stránek XHTML popisujících komentované deklarace a funkce.
Tento balíček obsahuje také dokumentaci luadoc popisující podporovanou syntaxi a vlastní vstupní (taglets) i výstupní (doclets) nástroje.
Jednoduchý, rozšiřitelný programovací jazyk umožňující vkládání
Lua je mocný, ale lehkotonážní programovací jazyk navržený pro rozšiřování aplikací. Výkonné jádro jazyka je dostupné jako knihovna, jejíž programátorské rozhraní v C umožňuje aplikacím výměnu dat s programy napsanými v Lua a také obráceně rozšiřovat Lua funkcemi v C. Skrze jednoduchý příkazový interpretr se dá Lua používat jako samostatný jazyk pro obecné použití
Tento balík obsahuje příkazový interpretr Lua a kompilátor bytekódu.
Systém správy a šíření modulů Lua
Tento balíček obsahuje LuaRocks - nástroj pro správu modulů. Lua rock je balík obsahující nějaký modul a metadata jako instrukce kompilace a copyright. Nástroj luarocks umí stáhnout, sestavit, nainstalovat i odstranit tyto balíky, obsloužit jejich závislosti a také vám umožní koexistenci více verzí stejného balíku.
Nástroj umí instalovat systémové balíky do /usr/local což se hodí především pro superuživatele, ale kromě toho umí instalovat také do domovského adresáře každého uživatele.
Tento balíček také obsahuje nástroj luarocks-admin, který je třeba k vytvoření repozitáře balíků a dokumentaci k luarocks popisující nástroje příkazové řádky stejně jako knihovny pracující s balíky.
Konverzní nástroj pro Čínský lunární kalendář
Program umí provádět převody mezi Gregoriánským slunečním kalendářem (SC) a Čínským lunárním kalendářem (LC). Po zadání data jednoho nebo druhého kalendáře se vám mj. zobrazí také odpovídající zvíře „shengxiao“ roku a znaky „ganzhi“. Rozsah kalendáře je v současné době 1900 až 2049 našeho letopočtu.
Výkonný vícejazykový prohlížeč souborů
lv je výkonný prohlížeč souborů podobně jako less. lv umí převádět z a do vícejazykových textů pro mnoho způsobů kódování: ISO-8859, ISO-2022, EUC, SJIS, Big5, HZ, Unicode.
Umí rozpoznat vícebajtové předlohy jako regulární výrazy, lv také nabízí vícejazykový grep. Navíc lv rozpozná ANSI sekvence pro formátování textů.
Rychlý komprimační program
lzop je komprimační program podobný gzip. Jeho hlavní výhodou oproti gzip je mnohem vyšší rychlost komprese a dekomprese. lzop byl vytvořen s těmito cíli:
rychlost (komprese i dekomprese)
přiměřená kompatibilita s gzip
Kolekce nástrojů pro práci se soubory Macintosh
macutils je balíček, který obsahuje množství nástrojů sloužících k práci se soubory Macintosh na unixovém systému. To se hodí především pro konverzi souborů v kódování BinHex na menší formát MacBinary vhodnější pro jejich přenos do počítače Mac.
Datové soubory madbomber
"Mad Bomber" je klonem konsolové hry "Kabbom!" od Activision, se kterou jste se mohli setkat na klasickém Atari 2600. Hru vytvořil Larry Kaplan a je vybavena pěknou grafikou, zvukovými efekty a hudbou.
Šílený bombarďák je ztracen ve městě a všude po sobě zanechává bomby! Vaším úkolem je tyto bomby zneškodnit dřív než explodují. Naštěstí k tomu máte kyblíček, který tyto bomby spolehlivě zneškodní.
Tento balíček obsahuje soubory zvuků a obrázků pro madbomber.
Zobrazí verze balíčků Debianu v archívu
Tento program prohlédne místní balíčky Debianu a zobrazí verzi daných balíčků nalezených v každém souboru (např, stabilní, testovací a nestabilní) v krátké, ale přitom čitelné podobě. Tento nástroj je náhradou utility madison z archívu sady da-katie, která běží na centrálních systémech archivů Debianu, ale přitom je jediný, který dokáže běžet bez nutnosti přistupovat k databázi archivů uložené v SQL.
Přehrávač MPEG audio v celočíselné aritmetice
MAD je dekodér MPEG audia. Momentálně podporuje standard MPEG 1, avšak plně implementuje všechny tři audio vrstvy (Layer I, Layer II a Layer III, kde ta poslední je spíše známá jako MP3). Také nabízí plnou podporu ID3 značek.
Veškerá práce probíhá v celočíselné aritmetice, takže pracuje i na počítačích bez FPU.
Program pro uspořádání aminokyselin a sekvencí nukleotidů
MAFFT je program pro vícenásobné sekvenční uspořádání, který provádí tři metody:
L-INS-i (pravděpodobně nejpřesnější; vhodná pro < 200 sekvencí; iterativní propracovaná metoda začlenění informací o místním uspořádání párů),
G-INS-i (vhodná pro sekvence podobných délek; vhodná pro < 200 sekvencí; iterativní propracovaná metoda začlenění informací o globálním uspořádání párů),
E-INS-i (vhodná pro uspořádání obsahující rozsáhlé neuspořadatelné oblasti; doporučuje se pro < 200 sekvencí), a pět rychlostně-orientovaných metod:
FFT-NS-i (iterativní metoda; pouze dva cykly),
FFT-NS-i (iterativní metoda; maximálně 1000 cyklů),
FFT-NS-2 (rychlá; progresivní metoda),
FFT-NS-1 (velmi rychlá; doporučeno pro > 2000 sekvencí; progresivní metody s hrubým průchodem stromu),
NW-NS-PartTree-1 (doporučena pro ~50 000 sekvencí; progresivní metoda s algoritmem PartTree).
Automatický tiskový filtr
Magicfilter je nastavitelný a rozšiřitelný automatický tiskový filtr.
Program překládá soubory posílané na tiskárnu do „jazyka“, které vaše tiskárna „rozumí“. Aby toho bylo dosaženo, program určuje typ tištěného souboru a k tomu používá svoji „databázi“ znalostí. Na základě toho pak soubor převede to tisknutelné verze.
To se provádí použitím vlastní kouzelné databáze magicfilteru (podobá se file(1))).
Jednoduchý program pro filtrování zpráv v adresářích Maildir
Tento program byl vytvořen k filtrování zpráv. To je založeno na použití regulárních výrazů se syntaxí podobnou perlu a provádění akcí s těmito zprávami (doručení do adresáře Maildir, zahození zprávy nebo jejímu přeposlání).
Jednoduchý a efektivní nástroj k synchronizaci Maildir
maildirsync je nástroj sloužící k synchronizaci adresářů Maildir mezi počítači. Pro ještě efektivnější komunikaci používá svůj vlastní protokol a pro přenos používá ssh.
WWW formuláře pro emailovou bránu
Tento balíček obsahuje program CGI, který konvertuje data odeslaná pomocí webových formulářů (<forms>) na jednoduchý email, který se pošle na danou adresu.
Vytváří soubory zařízení v /dev
Příkaz MAKEDEV se používá pro vytváření souborů zařízení, často v /dev.
Soubory zařízení jsou speciální soubory, skrze které mohou aplikace komunikovat s hardwarem.
Tento balíček není ve většině moderních linuxových systémů vůbec nutný, místo něj se nyní používá mnohem dynamičtější mechanismus správy souborů zařízení jménem udev.
Generuje/aplikuje záplaty s většími možnostmi než diff
Tento balíček obsahuje dva programy, makepatch a applypatch, které vám pomohou s generováním a aplikací záplat používaných při synchronizaci zdrojových stromů.
makepatch ovládá běžné konvence obvyklých nástrojů (generuje řádky Index: a Prereq:, záplatuje nejprve patchlevel.h a umí používat soubory manifest), také vytváří určitý kód shellu, který při svém spuštění dává pozor na přidávání souborů, odstranění souborů, nastavení bitu spuštění, atd.
applypatch používá extra data dodávaná makepatch, která mu umožní ověřit záplatu i zdrojový adresář ještě před aplikací záplaty. Kromě toho vyčistí adresářový strom a opraví oprávnění a časové značky záplatovaných souborů.
Aktualizuje náhledy .xvpics přímo z příkazové řádky
Tento balíček obsahuje shellový skript, pomocný program napsaný v jazyku C, který aktualizuje náhledy XV/zgv/xzgv vše přímo z příkazové řádky.
Pamatujte, že náhledy používané v GNOME a KDE se liší, jedná se o nekompatibilní formát; pro vytvoření těchto náhledů budete potřebovat odpovídající nástroje vytvořené pro Nautilus či Konqueror.
Implementace jednoduché deskové hry nazývané Mancala
Čínské manuálové stránky
Balíček obsahuje čínské manuálové stránky přeložené skupinou okolo Chinese Man Pages Project (CMPP). Jsou obsaženy obě verze: zh_CN a zh_TW (zjednodušená a tradiční čínština).
Analyzátor dosažitelnosti pro algebraický systém Nets
Maria je mocný nástroj vytvořený pro pomoc inženýrům v modelování a řešení souběžných problémů v paralelních a distribuovaných počítačových systémech.
Maria nalezne mrtvá místa a porušení bezpečnosti nebo životnosti. Toho docílí analýzou všech možných stavů, které mohou nastat od počátečního stavu. Nástroj pracuje s desítkami či stovkami miliónů možných stavů a na jejich základě vykonává určité akce.
Důležitou vlastností Maria je blízkost programovacím jazykům vyšší úrovně. Obsahuje totiž bohatý systém datových typů a užitečných algebraických operací.
Nástroj pro převod textu do HTML
Markdown je nástroj pro převod textu do HTML určený pro webové pisálky. Umožňuje psát ve velice snadném a čitelném textovém formátu, který pak převádí na validní XHTML (nebo HTML).
Desktopový spouštěč aplikací pro na zdroje omezené systémy
matchbox-desktop používá desktopové prostředí a zobrazuje v něm spouštěč aplikací. Čte standardní specifikace desktopových souborů používaných v GNOME a KDE a tím vyhledává aplikace dostupné na vašem počítači.
matchbox-desktop umožňuje načítání přídavných modulů. Tento balíček obsahuje moduly umožňující přepínání úloh a jednoduchý prohlížeč souborů.
Matchbox je základní prostředí pro systém X Window běžící na ne-desktopových platformách jako jsou handheldy, set-top boxy, kiosky a cokoliv dalšího s nějakou obrazovkou, vstupním mechanismem a omezenými zdroji.
Matchbox-keyboard je 'virtuální' nebo-li 'softwarová' klávesnice na obrazovce, která byla vytvořena pro zařízení s dotykovými obrazovkami, na kterých běží X.
Panel desktopu pro systémy s omezenými zdroji
Tento balíček obsahuje panel desktopu Matchbox.
Panelový manažer pro matchbox
Tento program obsahuje nástroj sloužící ke správě panelu Matchbox.
Přepíná výstupní módy včetně výstupu na TV karet Matrox
Tento nástroj se používá pro nastavení výstupu, změnu výstupu na monitor, TV nebo digitální panel, zobrazení informací o horizontálním a vertikálním prokládání a prohlížení či úpravu nastavení grafické karty Matrox.
Správa projektu a jeho plánování
Maven je správce projektu a nástroj pro plánování. K tomu používá koncept POM (project object model) a přitom umí spravovat sestavování projektu, hlášení chyb i dokumentaci na jednom místě.
Hlavním úkolem Maven je obsáhnout vývojářské nadšení v co nejkratším čas. Aby toho bylo dosaženo, Maven vám pomůže především v těchto oblastech:
Zjednodušení procesu sestavování
Vytvoření jednotného systému
Vytvoření kvalitních informací o projektu
Vytvoření návodů pro ten nejlepší vývoj
Umožnění transparentní migrace na nové vlastnosti.
Hardwarový monitor bez závislostí na jádře (textový klient)
(x)mbmon vám umožní monitorovat stav HW pomocí vašich sensorů na základní desce počítače. Mezi tyto informace patří teplota, napětí a/nebo rychlost otáček větráčků.
Tento balíček obsahuje konzolového klienta.
Grep skrz mailboxy
mboxgrep je malý nástroj, který skenuje standardní unixové schránky, GNU nnml nebo nnmh, shránky MH či Maildir a zobrazuje zprávy obsahující hledaný výraz. K tomu používá regulární výrazy obsažené v Perlu.
Nástroj pro automatickou detekci myši
mdetect je nástroj pro automatickou konfiguraci myši; běžně se používá jako backend v nějakém druhu uživatelsky přívětivého kódu. mdtect vypíše automaticky detekovanou myš a protokol (jako je ten používaný gpm) na standardní výstup. Také ho můžete použít k vytvoření odpovídajícího souboru s konfigurací XFree86.
Webový systém pro spolupráci
MediaWiki je stroj wiki (program pro vytváření a spolupráci na tvorbě webových stránek). Je vytvořen tak, aby dokázal spravovat obsáhlé webové projekty obsahující kolekce dokumentů, podporuje nahrávání obrázků a zvuků, vícejazyčný obsah, automatické generování obsahu, odkazů ISBN, atd.
Kromě toho systém sleduje změny, uživatelé mohou dostávat upozornění, prohlížet rozdíly a vracet úpravy zpět. Tento systém toho umí ještě mnohem víc a další funkce se přidávají velmi snadno.
Rychlý, paralelní, modulární útočník na přihlášení v síti
Meduse je rychlý, paralelní, modulární útočník na přihlášení. Cílem je podporovat všechny služby, které umožňují vzdálenou autentizaci. Autor se zaměřil na tyto klíčové položky:
Paralelní testování pomocí vláken. Toto testování je možno provádět proti více počítačům, uživatelům nebo heslům současně.
Pružný uživatelský výstup. Cílové informace (uživatel/počítač/heslo) je možno určit několika způsoby. Např. je možno každou položku udat v samostatném souboru nebo všechny položky v jednom. Navíc, kombinace souborových formátů uživateli umožní vylepšit jejich obsah.
Modulární koncepce. Každý modul je uložen v nezávislém souboru .mod. To znamená, že není potřeba upravovat vlastní aplikaci, ale stačí upravit konkrétní modul.
Zobrazí členy skupiny; výchozí je zobrazit všechny členy
members doplňuje příkaz groups: zatímco groups zobrazuje skupiny a jejich uživatele, members zobrazuje uživatele patřící do určité skupiny.
Na základě daného jména skupiny, members zobrazí na standardním výstupu seznam členů oddělený mezerami, kteří k nim patří.
Do této verze byla přidána kompletní podpora analýzy vstupu. Můžete se tak dotazovat na primární členy, sekundární členy, oboje na jednom nebo samostatném řádku. Pokud není určena žádná volba, vytiskne seznam všech členů na jednom řádku.
Daemon pro zamknutí souborů do RAM
Jakmile systém začne příliš stránkovat, může tím zamezit přihlášení správce systému a tak mu znemožnit zabití spuštěných procesů (občas se stane, že program login je příliš pomalý). Memlockd umístí důležité systémové programy (jako je /bin/login, /bin/getty a shell správce systému) do paměti počítače a tak zde v případě potřeby není žádná prodleva. V mých testech tím je možno snížit čas potřebný na přihlášení administrátora na "rozbitém" systému více jak třikrát.
Určí co využívá virtuální paměť
Zobrazí seznam všech procesů, spustitelných souborů a sdílených knihoven, které jsou obsaženy ve virtuální paměti. Hodí se pro zobrazení využití sdílené paměti a ukáže vám, které „staré“ knihovny zůstaly načteny.
Skripty pro vytvoření menu kompatibilního s freedesktop.org
menu-xdg obsahují utility umožňující konverzi struktury menu používané v Debianu na strukturu kompatibilní s xdg freedesktop.org.
Základní specifikace adresáře, verze 0.6
Specifikace menu, verze 0.8
Specifikace položek desktopu, verze 0.9.4
Vývojářská dokumentace k Mesa
Tento balíček obsahuje specifikace pro rozšíření OpenGL specifická pro Mesa, kompletní sadu poznámek k vydání a vývojářské hlavičkové soubory společné pro všechny Mesa balíčky.
Generátor mozaiky fotografií
Metapixel je program sloužící ke generování mozaiky fotografií. Program umí generovat klasické mozaiky fotografií, ve kterých se zdrojová fotografie zobrazí ve formě matice odpovídajících si obdélníků a každý obdélník přitom obsahuje odpovídající obrázek, nebo mozaiku s koláží fotografií, ve kterých jsou na odpovídajících pozicích (např. neuspořádané do matice) obdélníkové obrázky.
Nástroje pro stažení/dekódování zpráv METAR
Metar je malý nástroj, který stahuje meteorologické zprávy tolik důležité pro letectví z HTTP serveru NOAA weather.noaa.gov a volitelně je také dekóduje do čitelné podoby.
Tento balíček je užitečný pokud chcete rychle zjistit jaké počasí je kde na světě a přitom nevyžadujete zženštilé GUI.
Čtečka emailů pro Emacs podporující PGP/MIME
Mew (Messaging in the Emacs World) je uživatelské rozhraní pro textové zprávy, multimediální zprávy (MIME) a novinky. Disponuje bezpečnostními funkcemi PGP, S/MIME, SSH a SSL.
Mezi vlastnosti Mew patří:
Podpora POP, SMTP, NNTP a IMAP.
Snadné zobrazení velmi komplikovaných strukturovaných zpráv.
Zprávy je možno začít číst ještě před tím, než se všechny zobrazí.
Pro nové naplnění jsou navrhovány výchozí adresáře.
Můžete doplňovat jména položek, emailových adres, příjemců, domén a adresářů.
Snadno můžete prohledávat zprávy pomocí klíčových slov, atd.
Podporuje vlákna, mechanismus zobrazení navazujících zpráv.
mgdiff je modelován podle xdiff a vytváří pěkné grafické rozhraní, které vám umožní porovnávat dva textové soubory. rmgdiff prochází dva adresáře a shromažďuje rozdíly mezi nimi a jakmile se liší dva textové soubory, tak spustí mgdiff.
Náhrada chytrého modemu getty
Mgetty je mnohostranný program, který umí obsloužit všechny stránky modemu pod Linuxem.
Program 'mgetty' vám umožní používat modem pro obsluhu externích přihlášení, přijímání faxů a používat ho také jako ohlašovací počítač bez omezení odchozích volání.
Tento balíček obsahuje základní datové schopnosti modemu. Instalací mgetty-fax získáte přídavné funkce pro fax. Instalací mgetty-voice získáte funkce pro práci s hlasovými modemy.
Mgetty je možno také nastavit pro výběr jiných programů než je zrovna login, např. pro speciální připojení (uucico, fido a další programy) v závislosti na přihlašovacím uživatelském id (userid). Také podporuje id volajícího (caller-id), pokud to modem a telefonní linka umožňují a umí zakázat připojení z určitých telefonních čísel.
Opravdu malý HTTP server
Velmi malý HTTP server vytvořený celý na 150 řádkách kódu. Program umí pracovat s HTTPS díky stunnel. Mezi jeho základní vlastnosti patří všechny standardní funkce HTTP serveru, včetně:
Zabezpečení proti snoopingu „..“
Běžné typy MIME
Konzolový sekvencer/filtr MIDI
midish je sekvencer/filtr MIDI implementovaný jako interpretr shellu. Program je nenáročný, rychlý a schopný realtimového výkonu. Mezi důležité vlastnosti patří: obsluha více zařízeních MIDI, synchronizace s externími zařízeními MIDI, real-timové filtrování/routování MIDI (pomocí mapování, rozdělení kláves, ....), nahrávání stopy a její úprava (vkládání, kopírování, mazání, dávkování...), importování standardních souborů MIDI, obsluha systémových událostí.
Přenositelný přehrávač záznamové hudby
Mikmod je velmi přenositelný přehrávač záznamové hudby podporující celou řadu modulových formátů včetně zkomprimovaných ukázkových modulů formátu Impulse Tracker. Podporuje také mnoho archivních formátů i dekomprimaci během přehrávání.
Konvertor matematických výrazů LaTeXu na obrázky GIF
mimeTex přeloží výrazy LaTeXu a vytvoří z nich obrázky GIF bez nutnosti konverze dvi na gif.
mimeTex je samostatný program, který nepoužívá TeX, jedná se o nenáročnou alternativu MathML.
Mingetty je malé, efektivní, konzolové getty pro Linux.
"getty otevře port tty, zeptá se vás na vaše přihlašovací jméno a zavolá příkaz /bin/login. Ten je běžně volán z init(8).
mingetty je minimální getty, který se používá na virtuálních konzolích. Oproti getty, který se nachází v balíčcích util-linux a mgetty, mingetty se nehodí pro sériové linky, protože je menší.
Nástroje pro uložení dat PCR
MIPE pracuje se standardním formátem sloužícím k výměně a/nebo uložení všech informací asociovaných s experimenty PCR pomocí jednotného textového souboru. To je:
umožňuje výměnu dat PCR mezi výzkumníky/laboratořemi
umožňuje sledování dat
předchází problémům při odesílání dat do dbSTS nebo dbSNP
povoluje tvorbu standardních skriptů sloužících k rozbalení dat (např. seznamu slabik, pozic SNP nebo haplotypů různých zvířat)
Přestože se tento dat používá především pro uložení dat, je jeho primárním cílem výměna dat. Své uplatnění nalezne v rozsáhlejších repositářích, relačních databázích a především pro uložení těchto dat. Formát MIPE se pak používá jako standardní formát určený k importu do a/nebo exportu z těchto databází.
Monitoruje stav zrcadel
Mirmon pomáhá správcům sledovat stav zrcadel. Ve zhuštěném grafickém formátu pak zobrazuje historii každého zrcadla za poslední dva týdny. Pomocí něj snadno najdete stará nebo mrtvá zrcadla.
Zničte okolní překážky a sbírejte energii pro váš paprsek
Hra podobná "Deflektor" (C 64) nebo "Mindbender" (Amiga). Vašim úkolem je zničit okolní překážky a zničit kontejnery s energií pomocí paprsku vaší zbraně, tím se vám uvolní cesta do další úrovně. Hra obsahuje řadu úrovní, které jsou známé z her "Deflektor" a "Mindbender".
stereo zvukové efekty a hudba
podpora hudby pro SDL (Unix/Win32)
podpora celé obrazovky pro SDL (Unix/Win32)
kompletní zdrojový kód vydaný pod licencí GNU GPL
Vývojové prostředí pro MIT/GNU Scheme
MIT/GNU Scheme je implementace programovacího jazyka Scheme. Nabízí interpretr, kompilátor, debugger zdrojového kódu, integrovaný editor podobný Emacsu a rozsáhlou běhovou knihovnu. MIT/GNU Scheme se nejlépe hodí pro programování rozsáhlých aplikací s rapidním vývojovým cyklem.
Tento balík obsahuje vývojové prostředí.
Ladicí soubory pro MIT/GNU Scheme
Tento balík obsahuje ladicí soubory pro vývojové prostředí. Soubory poskytují podporu ladění systému MIT/GNU Scheme a jsou užitečné jen v případě, že potřebujete během ladění vidět vnitřnosti samotného systému.
Různé hlavní módy pro Emacs
MMM Mode je minoritní mód pro Emacs, který umožní různým MMM (Multiple Major Modes) koexistovat v jednom bufferu. Konkrétně to je natolik dobře přizpůsobeno úpravě vestavěného kódu, stejně jako Mason na serverové straně Perlu, či výstupu HTML ve skriptech CGI.
Sledování počítačů/služeb/čehokoliv a hlášení problémů
„mon“ je nástroj ke sledování dostupnosti služeb. Služby se mohou týkat sítě, podmínek prostředí nebo prostě čehokoliv, co lze softwarově testovat. Když je služba nedostupná, umí to mon sdělit do souboru syslog, e-mailem, na váš pager nebo skriptem, který si zvolíte. Můžete určit, kdo obdrží které hlášení v závislosti na čase a dni v týdnu a můžete určit, jak často se má na existující problém hlášení opakovat.
Skládačka pro jednoho hráče
Monsterz se podobá hrám Bejeweled, Zookeeper a Zooo. Cílem hry je vyměnit odpovídající dlaždice a vytvořit uspořádání, to způsobí řetězovou reakci díky které získáte více bodů.
Jízda autem po měsíci
Moon-buggy je jednoduchá znaková hra, ve které řídíte něco jako auto po měsíčním povrchu. Špatná zpráva je, že tam jsou nebezpečné krátery. Dobrá zpráva je, že vaše auto je dokáže přeskočit!
Jednoduchý textový editor určený pro Xfce
Mousepad je grafický textový editor pro Xfce založený na Leafpad.
Prvotním důvodem vzniku programu byla nutnost přidání podpory tisku, která nebyla v Leafpadu možná z řady různých důvodů.
I když jsou některé možnosti ještě ve stádiu vývoje, v současné době Mousepad umožňuje následující možnosti.
Kompletní podpora UTF-8
Vyjmutí/kopírování/vkládání a vybrání celého textu
Vyhledání a nahrazení
Výběr kódování znaku
Automatická detekce kódování (UTF-8 a některé další)
Manuální nastavení kódování
Neomezené možnosti předchozí/další po slovech
Zobrazení čísel řádků
Táhni a pusť
Celoobrazovkový konzolový přehrávač mp3 a Ogg Vorbis
mp3blaster je interaktivní textový přehrávač mp3 a Ogg Vorbis obsahující spoustu jedinečných voleb. Podporuje zobrazení více seznamů skladeb což výrazně zvyšuje pružnost při přehrávání skladeb a jejich uspořádání.
Také je obsažen nmixer, jednoduchý nástroj založený na tom samém kódu jako mixer použitý v mp3blaster a mp3tag, což je nějaký nástroj pro manipulaci se značkami id3.
Bezztrátový normalizer mp3 souborů se statistickou analýzou
MP3Gain analyzuje a nastavuje soubory mp3 tak, aby měli stejnou hlasitost. MP3Gain neprovádí jen normalizaci, jak to dělají ostatní programy tohoto typu. Také provádí statistickou analýzu (k tomu používá algoritmus zpětného přehrání hlasitosti) a tak určuje jak bude zvukový soubor připadat lidskému uchu.
MP3Gain umí nastavit hlasitost bezztrátově přímou úpravou souboru mp3 a bez nutnosti dekódovat nebo enkódovat soubor. Výsledek je pak možno přehrávat ve všech přehrávačích mp3, není potřeba žádné další speciální podpory ze strany přehrávače.
MP3Gain umí také přidávat APE (zesílení přehrávání) nebo značky zesílení ID3v2 do souboru mp3.
Přejmenuje soubory mp3 v závislosti na značkách id3
Mp3rename je malý nástroj, který slouží pro přejmenování všech špatně pojmenovaných souborů mp3.
Vytvořená jména vychází ze značek id3; titulu, alba, roku, stopy a/nebo interpretra.
Nástroj pro wrappování souborů MP3 (spojení více souborů MP3)
Nástroj příkazové řádky, který spojí více souborů MP3 do jednoho přehratelného souboru bez ztráty jmen souborů nebo informací ID3 a také bez nutnosti opětovného rekódování. Také podporuje taková ne-zvuková data jako jsou seznamy skladeb, soubory info a obrázky z obalů uvnitř souborů MP3. Tyto soubory je možno později rozbalit (např. pomocí mp3splt); běžné přehrávače MP3 přehrávají tento soubor jako jednu velkou zvukovou stopu.
Nástroje pro kódování/dekódování MIME zpráv
"mpack" a "munpack" jsou nástroje k zakódování a rozkódování binárních souborů do MIME (Multipurpose Internet Mail Extensions) formátu mailových zpráv. Z důvodu kompatibility se staršími formami přenosu binárních souborů umí program "munpack" též rozkódovat "split-uuencoded" zprávy.
Balíček obsahující MIT Photonic-Bands je svobodný program pro výpočet struktury rádiového pásma (disperzních vztahů) a elektromagnetických módů periodických dielektrických struktur, jak pro sériové, tak i paralelní počítače. Program vytvořil Steven G. Johnson v MIT v rámci "Joannopoulos Ab Initio Physics group" a používá se ke studiu krystalových struktur fotonů.
MIT Photonic-Bands, paralelní (mpich) verze
Tento balíček obsahuje paralelní verzi MPB používající mpich, implementaci protokolu MPI. Ten umožňuje výpočty na clusterech počítačů.
Nástroj pro práci se soubory MPEG (video, systém a audio)
mpgtx je nástroj pro práci se soubory MPEG. Mezi jeho vlastnosti patří následující:
mpgtx umí v současné době rozdělovat a spojovat video-soubory MPEG 1 a převážnou většinu zvukových souborů MPEG.
mpgtx umí získávat detailní informace o MPEG 1 a MPEG 2.
mpgtx umí demultiplexovat soubory MPEG 1 a MPEG 2 (systémovou, programovou a transportní vrstvu).
mpgtx umí přidávat, odstraňovat a editovat značky ID3 ze souborů mp3 a také přejmenovávat soubory mp3 podle obsažených značek ID3. Program čte a zapisuje ID3v1, ale pouze čte ID3v2.
Nástroj ke komplexnímu třídění záznamů
TCL/TK GUI k nástroji msort
msort-gui je frontend k nástroji msort. Hodí se nejen těm, kteří shledávají příkazovou řádku příliš složitou, ale i těm, kteří neznají všechny libůstky, které je možno při třídění použít.
Kreslící program por vytváření pixelové grafiky a úpravu digitálních fotografií
mtPaint je svobodný grafický editor s otevřeným zdrojovým kódem, který používá nástroje GTK+. Je určen pro tvorbu obrázků v indexované paletě a pixelové grafiky.
Díky svému efektivnímu designu, program poběží i na starších strojích (např. 200MHz CPU a 32MB RAM). Program umí upravovat indexovanou paletu i 24 bitové obrázky RGB a nabízí základní nástroje pro kreslení a práci s paletou.
Je zaměřen na snadné používání. Umí pracovat se soubory JPEG, GIF, TIFF, BMP, XPM a XBM.
Offline čtečka Blue Wave, OWK, OMEN a SOUP
MultiMail je offline čtečka emailových packetů pro Unix a další systémy. V současné době podporuje formáty Blue Wave, OWK, OMEN a SOUP. Je na celou obrazovku, má barevné uživatelské rozhraní a je sestavena s podporou knihovny curses.
Linuxový dekodér rádiového vysílání
Program multimon umí dekódovat různé režimy digitálního vysílání UHF. K získání signálu z přijímače se používá běžná zvuková karta. Dekódování je kompletně softwarové. V současné době jsou podporovány tyto módy: AX.25 1200 Baud AFSK 2400 Baud AFSK (2 varianty) 4800 Baud HAPN 9600 Baud FSK (G3RUH) POCSAG 512 Baud 1200 Baud 2400 Baud Různá DTMF ZVEI Libovolné množiny výše uvedených módů je možno spustit současně na stejném vstupním signálu (výkon běžných CPU je dostatečný), takže ani nepotřebujete vědět, který režim se vlastně používá. Samozřejmě nezapomeňte provést požadované úpravy rádia (zejména 9600 baud FSK a POCSAG), jinak to nebude fungovat.
Prohlíží soubory logu v oknech konzole
multitail vám umožní prohlížet jeden nebo více souborů podobně jako program tail.
Rozdíl je především ten, že program ve vaší konzoli otevře několik oken (k tomu používá ncurses). Při zobrazení souborů logu podporuje barvy, což usnadňuje rychlejší nalezení důležitých řádků.
Tato verze je optimalizovaná pro terminálová sezení přes pomalé linky.
Posílá vícenásobné vstupy na vícenásobné výstupy
multitee posílá vstup z deskriptoru souboru fdin na každý deskriptor fdout. Jedná se o vylepšenou verzi programu multitee od Dana Bernsteina pro systém BSD.
Efektivní uspořádání sekvencí kompletních genomů
MUMmer je systém rychlého vytváření celých genomů, ať už kompletně nebo v náčrtu. Např. MUMmer 3.0 umí najít všech 20-základních párů nebo větších shod mezi páry 5-mega základních genomů během 13,7 s, přitom využije 78 MB paměti na linuxovém počítači s 2,4 GHz CPU. MUMmer umí také uspořádat částečné genomy; umí zpracovat stovky či tisíce částí projektu s nevídanou lehkostí a uspořádat je do jiné množiny či genomu pomocí programu NUCmer obsaženého v tomto systému. Pokud jsou druhy příliš odlišné, pak může program PROmer generovat uspořádání podle překladu obou vstupních sekvencí.
Pěkný tisk emailů
Muttprint formátuje tisky z Muttu a dalších poštovních klientů, aby byly stejně pěkné jako ty z Mozilly nebo Kmailu.
Na první stránku umí vytisknout malého tučňáka nebo logo Debianu (vhodné obrázky se nachází v balíku ospics), na každou stránku umí vytisknout titulek. Dále netiskne všechny hlavičky, ale jen ty nejdůležitější. Také zvládá tisk dvou stránek na jednu ležatou.
Návod k muttprint
Tento balík obsahuje návod.
Český slovník pro myspell
Toto je český slovník pro použití s korektorem překlepů myspell, jenž se momentálně používá v OpenOffice.org a produktech Mozilly.
Slovník esperanta pro myspell
Slovník obsahuje esperanto a používá se při kontrole pomocí myspell. Myspell je v současné době používán v OpenOffice.org a mozille. Je založen na slovech od Plena Ilustrita Vortaro, jsou přidána jména zemí/jazyků. Umí pracovat s tvary Latin-3.
Španělský slovník pro myspell
Španělský slovník, který se používá při kontrole pomocí myspell. Myspell je v současné době používán v OpenOffice.org a mozille. Je založen na slovníku vytvořeném pro ispell, který sestavil Santiago Rodriguez a Jesus Carretero.
Slovník skotské keltštiny pro myspell
Tento slovník skotské keltštiny se používá při kontrole pravopisu pomocí myspell, který s v současné době používá uvnitř OpenOffice.org a mozilly.
Manxův keltský slovník pro myspell
Toto je Manxův keltský slovník, který se používá při kontrole pravopisu pomocí myspell. Ten se v současné době používá uvnitř OpenOffice.org a mozilly.
Korejská vstupní metoda se stavovým monitorem imhangul
Nabi je vstupní metoda pro server X Window sloužící pro korejský textový vstup.
Kromě toho, ukazuje v podobě systémové ikony (umístěné zpravidla v upozorňovací oblasti) stav imhangula (tj vstupní modul GTK+ 2).
Fulltextový vyhledávací stroj - binárky a CGI skript
Namazu je fulltextový vyhledávací nástroj, který se používá skrz CGI. Mezi jeho vlastnosti patří snadné nastavení, program byl napsán v C a Perlu. Namazu používá textové nástroje nkf, kakasi a chasen.
Tento balíček obsahuje pouze binární soubory pro indexové vyhledávání.
Fulltextový vyhledávací stroj - nástroje pro obsluhu indexů
Tento balíček obsahuje pouze nástroje pro obsluhu indexu (ex, create). Souborový formát indexu v namazu2 je kompatibilní s one v namazu1. V současné době se používají pro vyhledávání balíčky namazu2.
Malý a přátelský textový editor inspirovaný Pico -odlehčená verze
GNU nano je snadno použitelný textový editor původně vytvořený jako náhrada Pico, editoru používajícího ncurses, který je součástí nesvobodného emailového programu Pine (sám o sobě je nyní k dispozici pod licencí Apache - Alpine).
Tento balíček obsahuje GNU nano s některými vypnutými volbami, hodí se pro prostředí jako jsou záchranné disky, kde jsou systémové zdroje značně omezené.
Network Audio System - lokální server
Network Audio System (NAS) byl vytvořen NCD a určen k přehrávání, nahrávání a manipulaci se zvukovými daty přes síť. Podobně jako systém X Window, program používá model klient/server a odděluje aplikace od specifických ovladačů kontrolujících zvukový vstup a výstup.
Tento balíček obsahuje daemon NAS (nasd), který je potřeba pro lokální výstup NAS.
datové soubory pro nautilus
Nautilus je oficiální správce souborů a grafické uživatelské rozhraní pro GNOME desktop.
Tento balíček obsahuje obrázky, lokalizační soubory a další data potřebná pro nautilus.
Rozšíření nautilus pro sdílení adresářů pomocí Samby
Nautilus Share vám umožní rychle sdílet adresář přímo z prostředí správce souborů GNOME Nautilus bez nutnosti oprávnění uživatele root.
Network Block Device protocol - klient
Network Block Device (NBD) je klient/server protokol, který emuluje blokové zařízení (jako je pevný disk, disketa nebo CD-ROM) přes síť a umožňuje systému swapovat přes síť nebo používat surový diskový prostor přes síť k jiným účelům.
Samozřejmě, zápis na zařízení NBD z různých klientů se nedoporučuje a může vést ke ztrátě dat. Pokud chcete sdílet nějaký zdroj s více klienty použijte souborový systém NFS nebo Coda.
Tento balíček obsahuje klientskou binárku pro NBD.
Zobrazuje stromovou strukturu adresářů
NcdT zobrazuje stromovou strukturu adresářů, podobně jako program tree(1), ale s několika vylepšeními:
zobrazuje souhrnné informace místo velikosti souborů u každého adresáře
zobrazuje informace o souboru MP3 Hodí se obzvlášť pro indexaci CD.
Hudební přehrávač používající ncurses
Tento balíček obsahuje textový klient k MPD (Music Player Daemon). Cílem programu je umožnit ovládání MPD pouze pomocí klávesnice a bez zatížení dalších zdrojů počítače.
plná podpora Unicode a dalších znakových sad
prohlížení hudební databáze, její prohledávání, knihovna médií
nastavení zvukového výstupu
přizpůsobitelné klávesové zkratky a barvy
nenáročný na paměť, mnohem menší než ostatní interaktivní klienti MPD
Edituje soubory/disky ve formátu hex, ASCII a EBCDIC
Hexedit je souborový editor umožňující úpravu a prohlížení souborů v šestnáctkové soustavě a také v textovém formátu ASCII a EBCDIC. Mezi standardní schopnosti programu patří vkládání, mazání, hledání (textové i bytové), zvýraznění změn, vrácení zpět, dva různé formáty pohledu a kompletní snímky textové obrazovky. Umožňuje také úpravu pevných disků. Obsahuje binární/osmičkový/desítkový/šestnáctkový konvertor.
Nenáročný virtuální počítač - kompilátor a nástroje
Neko obsahuje běhové prostředí pro různé jazyky včetně JavaScriptu a haXe.
Kompilátor převádí zdrojový soubor (.neko) do bytekódu (soubor .n), který je možno vykonat pomocí virtuálního počítače. Kompilátor přitom můžete použít také samostatně nebo jako Neko knihovnu provádějící kompilaci a spuštění interaktivních jazyků.
Neko napsal Nicolas Cannasse.
Programy pro čtení a zapisování souborů NetCDF
Obsahuje programy ncdump a ncgen, které konvertují soubory NetCDF do formátu ASCII a zpět. NetCDF (network Common Data Form) je rozhraní pro přístup k vědeckým datům a svobodně distribuované knihovně softwaru, která poskytuje implementaci rozhraní. Knihovna netCDF také definuje na počítači nezávislý formát reprezentující vědecká data. Dohromady, rozhraní, knihovna a formát podporují vytváření, přístup a sdílení vědeckých dat.
Automatický generátor spojnic čtyřstěnu ve 3D
NETGEN Je automatický generátor spojnic čtyřstěnu ve 3D. Vstup je možný ve formátu CSG ("constructive solid geometry") nebo ve formě (BRep) souborového formátu stl. NETGEN obsahuje moduly pro optimalizaci spojů a hierarchické propracování spojnic.
3-D bojová hra pro více hráčů
Toto je 3-D hra pro více hráčů v X. Můžete hrát sami, proti počítačovým hráčům ("robotům"), nebo můžete hrát po síti proti dalším lidem.
Ujistěte se, že jste si přečetli dokumentaci, která se nainstaluje do /usr/share/doc/netmaze/README.Debian
Grafické nástroje pro konverzi mezi formáty obrázků
Svobodná síťová verze T*trisu
Netris je svobodná, síťová varianta Tetrisu.
Hra jednoho hráče je nudná v okamžiku kdy nedochází ke zrychlení a neexistuje žádné skórování. Tuto vlastnost jednou nahradíme.
Dva hráči mohou hrát proti sobě. Jakmile vyplníte dva nebo tři řádky v jednom tahu, váš oponent získá jednu nebo dvě nevyplněné řady dole na své obrazovce. Jakmile vyplníte čtyři řady najednou, váš oponent dostane čtyři nevyplněné řady.
Tato verze částečně podporuje roboty. Popis použitého protokolu naleznete v dokumentaci a ukázkovou verzi robota v příkladech.
Síťová verze hry Tic Tac Toe (pole 3x3) pro konzoli
NetToe je konzolová verze klasické hry "Tic Tac Toe" (piškvorky). Hru můžete hrát proti počítači, protihráči na jednom počítači nebo přes síť. Hra má hrací plochu o velikosti 3x3.
3D hra s nakláněním podlahy
Hra pokračuje v tradici her Marble Madness nebo Super Monkey Ball, ve hře Neverball je vaším úkolem provést míč skrz nepřátelské území. Přitom balancujete na hraně mostů, pohybujete se bludišti, překračujete pohybující se platformy a vyhýbáte se různým nástrahám a sprškám až nakonec dosáhnete svého cíle. Přitom závodíte s časem a sbíráte body, za které získáte extra míče.
3D miniaturní golf
Neverputt je miniaturní golf určený pro více hráčů (1 až 4). V 18 jamkovém kurzu se naučíte všechny vychytávky, které mohou používat hráči Neverball, včetně překonávání různých překážek, teleportace, ramp a odpadišť. Hra má také jednoduché rozhraní pro sledování získaného skóre.
Nástroj příkazové řádky pro přístup k síťovým skupinám
Obsahuje nástroje pro vyhledání a zobrazení počítačů, uživatelů a domén z databází síťových skupin. Nástroj netgroup se používá pro zobrazení seznamu všech členů síťové skupiny, zatímco nástroj innetgr se používá pro kontrolu zda je daný uživatel/počítač v seznamu určité skupiny.
Jazyk stolní kalkulačky
Nickle je jazyk s šikovnými programovacími a skriptovacími schopnostmi. Nickle podporuje různé datové typy, zejména celá čísla s libovolnou přesností, racionální a reální čísla. Vstupní jazyk se trochu podobá C. některé věci z C, které se nesnadno překládají jsou jiné, některé volby byly udělány jinak a také několik málo možností zcela chybí.
Nástroje dodávané spolu s knihovnou NIfTI
Niftilib je množinou v/v knihoven pro čtení a zápis souborů v datovém formátu NIfTI-1. NIfTI-1 je binární datový formát pro ukládání lékařského datového obrazu, např. obrazu magnetické rezonance a funkčních obrazů MRI (fMRI).
Tento balíček obsahuje nástroje, které jsou dodávány spolu s knihovnou (nifti_tool, nifti_stats and nifti1_test).
Plošinovka, ve které sbíráte sladkosti
Ve hře se stanete devíti-ročním chlapcem v jeho vlastním snu: světu vytvořeném ze sladkostí! Guide Nikwi se snaží sníst vše co se nachází ve všech 30 úrovních, v tom mu brání různé příšery a snaží přeměnit jeho sen ve zlou noční můru.
Hra vám nabízí hodiny hraní ve 30 pěkných úrovních vytvořených z pěti sladkých témat, více jak 10 různých monster a překážek - každá se svým vlastním jedinečným chováním a nové herní položky pro každé téma.
Hra podobná vesmírným vetřelcům používající ncurses
Hra je podobná hře "Space invaders" (Vesmírní vetřelci) a má pouze textovou grafiku. Jak byste chtěli hrát vesmírné vetřelce bez GUI? Nyní máte příležitost.
Síťový překódovávací Kanji filter
Nkf je dalším překódovávacím programem mezi sítěmi, počítači a terminály. Konvertuje vstupní Kanji kód do jiného kódování. Pracuje se 7-mibitovým JIS, MS-kanji (shifted-JIS) nebo EUC.
Nmap je nástroj pro zkoumání sítě nebo pro bezpečnostní audity. Podporuje scanování pingem (zjistí, které počítače jsou vzhůru), mnoho technik scanování portů, rozpoznávání verzí protokolů a služeb poslouchajících za porty a zkoumání zvláštností TCP/IP, díky čemuž umí odhadnout operační systém nebo identifikovat zkoumané zařízení. Nmap také nabízí flexibilní zadávání cílů a portů, tajné scanování, scanování s návnadou, scanování sunRPC a ještě něco navíc. Nmap běží na většině Unixů a Windows, podporovány jsou dokonce i populární zařízení do dlaně včetně Sharp Zaurus a iPAQ.
Monitorování výkonu pro Linux
nmon je nástroj pro správce systému, jeho ladění a testování výkonu. Umí zobrazovat zatížení CPU, paměti, sítě, disků (mini-graf nebo čísla), souborových systémů, NFS, náročných procesů, zdrojů (linuxová verze & procesory) a při zapnutí informace micro-partition.
Data jsou zobrazována na obrazovce a aktualizována každé dvě sekundy. Tento interval je možné snadno změnit a zvolit tak delší nebo kratší čas změn.
Nástroj nmon umí také snímat data do nějakého textového souboru pro pozdější analýzu a tvorbu grafů. Výstup se ukládá do formátu .csv.
Indexuje a hledá emaily v adresářích maildir
nmzmail je nástroj, který je primárně určen pro použití s mutt, pro indexaci a prohledávání adresářů maildir. Používá výsledky vyhledávacích dotazů stroje namazu2 a vytváří adresář maildir obsahující symbolické odkazy na odpovídající zprávy ve frontě. Jednoduché makro muttu zpřístupňuje používání nmzmail přímo z prostředí muttu. nmzmail s podobá mairix (to je další program pro vyhledávání/indexaci eamilů), ale je jednodušší, protože používá dotazovací syntaxi namazu2.
rychlé vyhledávání i ve velmi velkém množství zpráv
inkrementální vytváření indexu
velmi pěkná integrace do mutt
bohatý a přitom jednoduchý dotazovací jazyk včetně regulárních výrazů
Klasická vertikální střílečka s abstraktním tématem a odpovídající elektronickou hudbou.
střelec abstraktu, datové soubory
Tento balíček obsahuje zvuky a další datové soubory pro noiz2sa, střelce abstraktu.
Programy pro práci s čísly z příkazové řádky
'num-utils' je kolekce programů, které slouží pro práci s čísly přímo z prostředí unixové příkazové řádky. Víc se podobají ostatním nástrojům unixové příkazové řádky jako je grep, awk, sort, cut, atd. Tyto nástroje pracují s daty, která získávají ze standardního vstupu i z datových souborů.
Obsahuje tyto programy:
numaverage: Program pro výpočet průměru čísel.
numbound: Nalezne meze čísel (minimum a maximum).
numinterval: Zobrazí intervaly mezi každým číslem v sekvenci čísel.
numnormalize: Normalizuje množinu čísel mezi 0 a 1 (ve výchozím stavu).
numgrep: Funguje stejně jako grep, ale je určen pro číselné množiny.
numprocess: S čísly provádí matematické operace.
numsum: Sečte všechna čísla.
numrandom: Z daného výrazu vygeneruje náhodné číslo.
numrange: Vygeneruje množinu čísel z daného intervalu.
numround: Zaokrouhlí každé číslo podle jeho hodnoty.
Verze wall, která používá GNU readline
nwall je systém lokálního komunikačního programu založeného na BSD wall. Loguje komunikaci, stejně jako obsahuje zamykatelné soubory uživatelů, kteří chtějí používat wall.
Připojuje souborový systém ObexFTP zařízení
ObexFS je souborový systém FUSE určený pro zařízení disponující ObexFTP. Umí pracovat se všemi zařízeními, se kterými je možno pracovat přes balíček obexftp, zařízeními, která jsou připojena přes kabel, IrDA, bluetooth i USB.
Nástroje pro správu souborových systémů clusteru OCFS2
OCFS2 je souborový systém obecného účelu. Oproti počátečnímu vydání OCFS, které podporovalo pouze databázi Oracle, OCFS2 obsahuje kompletní podporu souborového systému obecného účelu. OCFS2 je kompletně přepsaná předchozí verze vytvořená tak, aby fungovala jako doplněk linuxového jádra.
Tento balíček nainstaluje nástroj nutné pro správu souborového systému OCFS2, včetně mkfs, tunefs, fsck, debugfs a nástrojů pro ovládání zásobníku O2CB.
Nástroje pro komolení proudů Ogg
Oggz obsahují jednoduché programovací rozhraní pro čtení a zápis souborů a proudů Ogg.
Tento balíček obsahuje nástroje, které se hodí pro ladění a dělení proudů Ogg pomocí liboggz.
Náhledy pro dokumenty OpenOffice.org
ooo-thumbnailer je nenáročný program používaný pro vytváření náhledů dokumentů OpenOffice.org v souborovém správci Nautilus.
Daemon OpenHPI podporující získávání ovládacích informací
Tento balíček obsahuje daemon OpenHPI. Tento proces získává informace ze spravovaného hardwaru a zpřístupňuje ho aplikacím používajícím OpenHPI.
Inteligentní rozhraní správy platformy (pro servery)
IPMI umožňuje vzdálené monitorování a vzdálenou správu zařízení.
Tento balíček obsahuje některá rozhraní příkazové řádky i grafického prostředí, která pracují s zařízeními IPMI.
Implementace jazyka DSSSL
OpenJade je implementace jazyka DSSSL standardu ISO/IEC 10179:1996. Je založen na programu Jade Jamese Clarka.
Procesor OpenJade je v konjunkci se stylovými soubory DSSSL schopen převádět dokumenty SGML do dalších formátů. V současné době je možno provádět výstup do těchto formátů: RTF, HTML, MIF, JadeTeX nebo reprezentaci XML plovoucích objektů. K tomu používá svůj vlastní nestandardní systém, který mu také umožňuje převod SGML nebo XML DTD do dalších formátů.
Grafické ladění openMSX
Ladění openMSX je samostatným nástrojem, který pracuje s openMSX a má svůj vlastní ladící nástroj spolu s grafickým uživatelským rozhraním.
Aplikace pro OpenOBEX
Výměnný protokol OBEX (Object Exchange) lze nejlépe přiblížit jako binární HTTP. OBEX je optimalizován pro bezdrátové sítě a je ho možno používat pro výměnu všech možných objektů jako jsou soubory, obrázky, kalendáře (vCal) a obchodní karty (vCard).
OBEX je také vestavěný na takových zařízeních jako je PDA (např. Palm Pilot) a na mobilních telefonech Ericsson R320, Siemens S25, Siemens S45, Siemens ME45, Nokia NM207 a Nokia 9110 Communicator.
Tento balíček obsahuje některé nástroje sloužící k ovládání těchto zařízení.
Nástroje pro analýzu SGML OpenJade
Tento balíček obsahuje kolekci nástrojů SGML/XML nazvaných OpenSP. Jedná se o větev balíčku SP Jamese Clarka.
Tyto nástroje se používají pro rozbor, validaci a normalizaci souborů SGML a XML. Centrální program obsažený v tomto balíčku je 'onsgmls', který nahrazuje sgmls, 'ospam', 'ospent', 'osgmlnorm' a 'osx'.
Klient SSH, pro bezpečný přístup ke vzdáleným počítačům
Toto je přenositelná varianta OpenSSH, svobodné provedení Secure Shell protokolu, jak je specifikováno v pracovní skupině IETF secsh.
SSH (Secure Shell) je program, pro přihlášení na vzdálený počítač a vykonání příkazů na tomto počítači. Zajišťuje bezpečnou šifrovanou komunikaci mezi dvěma nedůvěryhodnými počítači přeš prostředí nezabezpečené sítě. Umí také přesměrovat připojení X11 a libovolné TCP/IP porty a tak zajistit aplikaci přes síť skrz bezpečný kanál.
Tento balík obsahuje klienty ssh, scp a sftp, programy pro zpříjemnění autentizace veřejnými klíči ssh-agent a ssh-add a nástroje ssh-keygen, ssh-keyscan, ssh-copy-id a ssh-argv0.
V některých zemích může být nelegální používat libovolné šifrování bez speciálního povolení.
ssh nahrazuje nezabezpečené programy rsh, rcp a rlogin, které jsou pro většinu úkolů zastaralé.
Společné soubory pro projekt open wince
Umožní programování zařízení jtag, jako jsou CPU nebo FPGA
Balíček openwince-jtag obsahuje nástroj jtak, který vám umožní pracovat se zařízeními, která obsahují JTAG a deskami, které používají adaptér JTAG. Díky tomu je možné naprogramovat nový firmware flashovatelných čipů nebo stáhnout bitové streamy do FPGA.
Kalendář pro prostředí Xfce Desktop
Balíček obsahuje kalendář pro desktopové prostředí Xfce4. Kalendář se integruje přímo do prostředí, je velmi konfigurovatelný a podporuje připomínání událostí. Pokud hledáte dobrý grafický kalendář, pak budete zřejmě chtít zkusit orage. Data ukládá ve formátu iCal.
Nástroj pro schématické snímání elektronických obvodů
Oregano je aplikace GNOME určená pro schématické snímání a tisk elektronických obvodů. Program umí simulovat obvody za pomoci Gnucap, ng-spice nebo Berkeley spice.
Původní verze awk jak je popsána v "The AWK Programming Language"
Toto je verze awk tak jak je popsána v "The AWK Programming Language" těmito autory: Al Aho, Brian Kernighan a Peter Weinberger (Addison-Wesley, 1988, ISBN 0-201-07981-X).
Kalkulátor RPN pro terminál
Orpie je celoobrazovkový kalkulátor RPN určený pro konzoli. Jeho funkce jsou podobné moderním kalkulačkám HP, ale byly optimalizovány klávesnici (pro zvýšení efektivity). Mezi jeho vlastnosti patří:
reálná a komplexní čísla a matice
doplňování jmen funkcí v příkazech
obsluha jednotek a konverzního činitele
přesná celočíselná aritmetika s neomezenou velikostí čísla
viditelný zásobník s možností procházení/úprav
uživatelem definované zkratky skrz soubor rc podobný Muttu
Hodiny používající knihovnu XOSD
Hodiny, které pro své zobrazení používají knihovnu X On-Screen Display.
Podporují formát strftime(3) a můžete je nastavit tak, aby se zobrazovaly pouze v daných intervalech.
Osobní organizer pro GTK+
Osmo je osobní organizer obsahující kalendář, správce úkolů a adresář. Program chce být především snadno použitelný a přitom vysoce konfigurovatelný podle přání každého uživatele.
Některé obrázky loga/maskota operačního systému
Tento balíček obsahuje některá loga maskota operačního systému.
"Malého Tuxe" (černobíle i barevně)
Logo Debianu (černobíle i barevně)
Program pro ukládání/obnovu nastavení směšovače OSS
Tento balíček uloží nastavení směšovače OSS (Open Sound System) při vypnutí počítače a opět ho obnoví při startu. Volitelně může obnovovat pouze určitá nastavení.
Programy OTPW pro vytváření seznamů OTPW
OTPW je „one-time password system“, systém, který odolá ukradenému seznamu hesel a snaze odhalit poslední číslice.
Tento balíček obsahuje programy používaný k základnímu nastavení OTPW a vytvoření seznamů hesel.
Pasivní nástroj pro zjišťování OS
p0f pasivně rozpoznává operační systémy podle SYN paketů. Na rozdíl od programů nmap nebo queso je p0f schopný pracovat, aniž by vysílal nějaká data. Dále umí určit vzdálenost zkoumaného počítače a dá se použít pro zjištění topologie cizí nebo místní sítě. Při spuštění na síťové bráně umí posbírat obrovské množství dat a poskytnout užitečné statistiky. Na koncovém počítači může sloužit jako mocný doplněk IDS. p0f podporuje kompletní filtrovací výrazy podobné těm z nástroje tcpdump a má rozsáhlou a podrobnou databázi známých systémů.
Pronásledován příšerami v labyrintu
Jste Pacman, vašim úkolem je sníst všechny malé tečky a dostat se tak do další úrovně. Přitom byste se měli vyhýbat duchům, protože pokud vás chytí, ztratíte tím život. Výjimkou je situace, kdy sníte velkou tečku, která vám na určitou dobu umožní lovit a pojídat duchy. K dispozici jsou také další bonusy, ale jsou omezeny dobou trvání. X vám dává body a malý pacman vám přidá další život.
Obecný vizualizační nástroj (graf Gannt a více)
Paje je grafický nástroj, který zobrazuje cesty vytvořené během vykonávání vícevlákenných programů. Trasy vhodné pro tento nástroj je možné vytvářet i pomocí jiných nástrojů.
Podpora vícevlákenných programů
každé vlákno analyzovaného programu může být zobrazeno samostatně nebo zkombinováno s více vlákny a tak snížit požadavky na místo na obrazovce.
z každé entity zobrazované na obrazovce mohou být získány další informace,
příbuzné entity jsou zvýrazněny, když přes ně přesunete kurzor
Nástroj příkazové řádky, který sleduje události
pal je kalendář pro Unix/Linux, který sleduje nadcházející události. Podobá se programu cal, pokročilejšímu programu GNU gcal a kalendářům distribuovaným spolu s BSD.
Některé hlavní vlastnosti programu pal:
Kalendář podobný cal se zvýrazněním dnů a událostí.
Přiřazení různých barev různým typům událostí.
Hledání událostí pomocí regulárních výrazů (-s).
Obsahuje kalendáře pro prázdniny v USA, vánoce, mezinárodní dny volna, historické události a mnohem víc.
Jednorázové události a různé opakující se události (denní, týdenní, měsíční, roční). Opakující se události mohou mít nastaven začátek a konec.
Snadno použitelné uživatelské rozhraní umožňující přidávání, úpravu a mazání událostí (-m).
Automatické smazání starých událostí (-x).
Možnost vytvoření HTML kalendáře (--html).
Možnost vytvoření kalendáře ve formátu LaTeX vhodném k tisku (--latex).
Způsoby efektivního využití kalendáře pal:
Vytváření vlastních souborů kalendáře a připomenutí nadcházejících schůzek, termínů a událostí.
Připomenutí denních úkolů „To Do“ použitím speciální události typu TODO.
Spuštěním pal již při inicializaci shellu (např. v souboru ~/.bash_profile) budete moci hned po jeho spuštění sledovat váš kalendář.
Nastavení úlohy cron vám umožní odeslat každodenní přehled na libovolnou emailovou adresu (--mail).
Prohlížení kalendáře ostatních uživatelů pal téhož systému je také možné.
Získá tajné informace z tajných klíčů OpenPGP
Rozumný způsob jak získat zálohu klíčů OpenPGP (GnuPG, PGP, atd.) je vytisknout je na papír. Důvodem jsou především kvality této zálohy, zejména její trvanlivost, které je oproti magnetickým a optickým zálohám na počítači mnohem delší.
Díky metadatům a redundanci jsou tajné klíče OpenPGP výrazně delší než vlastní "tajné bity". Z tohoto důvodu tajný klíč obsahuje kompletní kopii veřejného klíče. Protože pak veřejný klíč není potřeba obecně uchovávat (většina lidí má jeho kopie na různých serverech klíčů, webových stránkách, atd), je důležité především získání tajných částí.
Papírový klíč obsahuje právě tyto tajné části v tištěné podobě. Pro rekonstrukci klíče pak stačí zadat tyto bajty (ručně nebo pomocí OCR) a paperkey je použije k převodu vašeho stávajícího veřejného klíče na váš tajný klíč.
PulseAudio bylo dříve známo též jako Polypaudio. Jedná se o zvukový server pro systémy POSIX a WIN32. Jedná se o náhradu zvukového serveru ESD s mnohem lepší reakční dobou, lepší kvalitou mixování/vzorkování a celkovou architekturou.
Nastavení PulseAudio (paprefs je jednoduchý konfigurační dialog používající GTK+ určený pro zvukový server PulseAudio.
Používá soubory PAR při rekonstrukci chybějících částí archívů
Tato utilita aplikuje koncept obnovy dat jako se to děje na systémech vybavených RAIDem při posílání a stahování archívů obsažených ve více souborech na USENETu pomocí schopnosti vytvářet a používat redundantní záznamy. Podporuje implementaci kódu 'Reed-Soloman', která umožňuje obnovu libovolných 'X' svazků při paritě 'X' dostupných svazků. Je populární především při posílání přes USENET, ale jeho možnosti využití jsou větší.
Balíček parchive, který se nachází v Debianu, podporuje soubory PAR 1.0. Balíček par2 podporuje soubory PAR 2.0.
Binární programy počítačového algebraického systému PARI/GP
PARI/GP je široce používaný systém počítačové algebry používaného pro rychlé výpočty (faktoriály, teorie čísel, eliptické křivky...), také obsahuje velké množství užitečných funkcí sloužících pro výpočet matematických výrazů jako jsou matice, polynomy, mocniny, algebraická čísla, atd., a spoustu transcendentních funkcí. PARI je také k dispozici jako knihovna C umožňující vám rychlejší výpočty.
Původně to vytvořil Henri Cohen a jeho spolupracovníci (Univerzita v Bordeaux I, Francie), PARI byl však nyní vydán pod licencí GPL a je dále spravován Karimem Belabasem za pomoci mnoha dalších přispěvatelů.
Tento balíček obsahuje kalkulačku GP.
Kompilátor PARI/GP na C
PARI/GP je obecně používaný počítačový algebraický systém vytvořený k provádění rychlých výpočtů teorie čísel (rozložení v činitele, teorie algebraických čísel, eliptických křivek...), mimo to také obsahuje spoustu užitečných funkcí sloužících pro výpočet matematických objektů jako jsou matice, polynomy, mocniny, algebraická čísla, atd., a spousty intuitivních funkcí. PARI je také k dispozici v podobě knihovny C, která vám umožní provádět rychlé výpočty.
Tento balíček obsahuje kompilátor G2PC, který převádí skripty GP na moduly libpari C a pomocné skripty gp2c-run a gpc2c-dbg.
Dokumentační systém založení na textu ASCII
Skript v Perlu, který je možné použít pro vytváření stránek HTML, XHTML, Latex nebo DocBook/XML z jednoduchého čistě textového dokumentu, spolu s minimální nároční na syntaxi.
Textové značky jsou opravdu jednoduché a umožňují vytváření dokumentů snadno a rychle.
Nástroj není vhodný pro komplexní dokumenty, ale je ho možné použít pro vytváření počátečních verzí, na kterých je možné dále pracovat a vytvářet soubory v LaTeXu nebo DocBook.
Zálohuje části disku do komprimovaného souboru
Partition Image je nástroj pracující s oblastmi disku. Podporuje tyto souborové systémy:
Ext2/3, standardní v Linuxu
ReiserFS, mocný žurnálovací souborový systém
FAT16/32, souborový systém DOS a Windows
HPFS, souborový systém IBM OS/2
JFS, žurnálovací souborový systém IBM, používaný na AIX
XFS, další žurnálovací a efektivní souborový systém, od SGI, pro Irix
UFS (beta), unixový souborový systém
HFS (beta), souborový systém MacOS
NTFS (experimentální), Windows NT, 2000 a XP Do souboru obsahujícího obraz se kopírují pouze ty bloky, které jsou opravdu použité. Soubor s obrazem je možno komprimovat pomocí formátů GZIP/BZIP2 a šetřit tak prostor na disku, rozdělovat soubory do více souborů a kopírovat je na přenosná zařízení (např. ZIP), vypalovat na CD-R, atd.
Tento program vám umožní uložit celý systém Linux/Windows pomocí jedné operace. V případě problémů (virů, chyby počítače, selhání, atd.), je možno tento obraz použít k obnově počítače, která nezabere víc než několik minut a poté získáte opět plně funkční operační systém.
To se hodí především v takových situacích, kdy instalujete stejný SW na více počítačů: stačí nainstalovat jen jeden z nich a obraz pak obnovit na zbytku instalovaných počítačů.
Aplikuje záplatu vytvořenou programem diff na originál.
Patch vezme záplatový soubor vytvořený programem diff (zvládá čtyři formy jeho výpisu rozdílů) a aplikuje tyto rozdíly na původní soubor. Výsledkem zazáplatovaná verze souboru.
Hlavolam ve kterém hledáte odpovídající struktury 3D modelů
Pathogen Warrior je hlavolam, ve kterém máte 3D struktury modelů s 2D mapou. Hra byla jedním z projektů k 4. soutěži Ludum Dare v programování her trvající 48 hodin. Tématem soutěže byla "Infekce". Ve hře Pathogen Warrior je úkolem hráče označit odpovídající rotující 3D struktury a 2D model v šestiúhelníkové mapě. Čas ke splnění úkolu je omezený a po úspěšném dokončení jednoho patogenu se hráč dostává do další úrovně, která obsahuje náročnější model.
Ovládání hlasitosti PulseAudio
PulseAudio Volume Control (pavucontrol) má jednoduché rozhraní GTK+ určené k nastavení hlasitosti (mixéru) zvukového serveru PulseAudio. Oproti klasickým nástrojům tohoto typu vám umožní samostatně ovládat hlasitost hardwarových zařízení a každého přehrávaného proudu. Také vám umožní přesměrovat přehrávaný proud na jiné výstupní zařízení bez nutnosti přerušit přehrávání.
Paralelní implementace bzip2
pbzip2 je paralelní implementací kompresního programu bzip2, které používá pthreads a urychluje tak kompresi souborů na počítačích s podporou SMP. Výstup je přitom plně kompatibilní s bzip2 verze 1.0.2 (např.: cokoliv co zabalíte pomocí pbzip2 je možno dekomprimovat pomocí bzip2).
Generuje postscriptové kalendáře bez X
"Pcal" je program pro vytváření kalendářů v PostScriptu pro každý měsíc roku. Ve výchozím nastavení hledá v domovském adresáři adresář pojmenovaný "calendar" a v něm pak položky uvozené daty odpovídající dnům v kalendáři. Pod odpovídajícím dnem pak vytiskne libovolný text.
Obdoba grepu s regulárními výrazy kompatibilními s perl 5
Regulární výrazy ve stylu Perlu jsou ještě užitečnější než standardní výrazy POSIX; tento program se v podstatě chová stejně jako grep, ale má jinou syntaxi regulárních výrazů.
Dalším důvodem vzniku pcregrep je, že je jeho zdrojový k dobrým příkladem programování s libpcre.
Roura/koproces backend pro PowerDNS
PowerDNS je všestranný jmenný server, který podporuje velké množství různých backendů v rozsahu od jednoduchých zónových souborů až po relační databáze a algoritmy pro vyvažování zátěže a selhávání. PowerDNS se snaží klást důraz na rychlost a bezpečnost.
Tento balíček obsahuje backend roury pro jmenný server PowerDNS. To PowerDNS umožňuje přijímat doménové informace z procesů, které přijímají dotazy na stdin a vrací odpovědi na stdout.
Knihovna umožňující přístup k LDAP v perdition
Perdition umožňuje libovolným uživatelům používat sdílené knihovny stejně jako NSS v glibc. Tento balíček umožňuje uložení uživatelské databáze v LDAP.
Knihovna umožňující přístup k MySQL v perdition
Perdition umožňuje libovolným uživatelům používat sdílené knihovny stejně jako NSS v glibc. Tento balíček umožňuje uložení uživatelské databáze v MySQL.
Knihovna umožňující přístup k ODBC v perdition
Perdition umožňuje libovolným uživatelům používat sdílené knihovny stejně jako NSS v glibc. Tento balíček umožňuje uložení uživatelské databáze přes ODBC.
Knihovna umožňující přístup k PostgreSQL v perdition
Perdition umožňuje libovolným uživatelům používat sdílené knihovny stejně jako NSS v glibc. Tento balíček umožní uložení uživatelské databáze do databáze PostgreSQL.
Nástroje pro ušetření diskového prostoru
GNU cp kdysi detekoval soubory, které obsahují vynulovaná místa a šetřil místo na disku tím, že tyto díry přeskočil voláním lseek() a tedy nealokováním jejich diskových bloků. Bohužel, už to nedělá. Takže tu máte k dispozici program, který vytváří díry ve stávajících souborech.
Také jsou přiloženy některé skripty, které pomáhají čistit diskový prostor (naleznou duplikované soubory a/nebo soubory neořezané o ladicí informace).
Grafická tvorba základů PCR
PerlPrimer je svobodná opensource GUI aplikace napsaná v Perlu, která vytváří uspořádání PCR (Polymerase Chain Reaction), bisulfitu PCR, PCR (QPCR) v reálném čase a sekvencování. Program se snaží zautomatizovat a zjednodušit proces vytváření základu.
Pokud jste připojeni k Internetu, nástroj může komunikovat s projektem Ensembl a získávat tak hlubší pohled na strukturu genu, tak vám např. umožní přebírat umístění exonů a intronů. Samotné sekvence můžete získat také.
Peterův Tetris - klon Tetris(TM)
Petris podporuje barvy a dokonce možnost zobrazení seznamu nejvyššího skóre.
Převádí pfb na lépe komprimovatelný formát a zpět
Tento balíček obsahuje dva malé nástroje: pfb2t1c a t1c2pfb. Soubor pfb (PostScript Type1) je možno konvertovat na t1c a zpět bez ztráty informací. Soubory t1c mají stejnou velikost, ale jsou lépe komprimovatelné.
To se hodí především při vytváření PostScriptových písem typu 1.
Grafický klient PostgreSQL používající Tcl/Tk
Postgres Forms (pfm) je klientská aplikace s grafickým uživatelským rozhraním k databázovému serveru PostgreSQL. Uživateli umožní vytvářet formuláře pro přidávání, úpravu a mazání záznamů z databázových tabulek;
pro vytvoření vazeb (1:N) z jednoho formuláře na jiný, pro navigaci v bázi dat;
pro vytváření zpráv obsahujících data v tabulkovém pohledu;
pro úpravy a vykonání příkazů SQL.
Postgres Forms používá rozhraní Tcl/Tk, pro uživatele z toho však nevyplývají žádné další nároky. Jediné co používá je jazyk SQL sloužící k vytvoření tabulek, pohledů i vlastních formulářů, vztahů a zpráv.
Postgres Forms se nesnaží skrýt vlastní SQL. Naopak, ve většině případů, zobrazuje nejen SQL příkaz, který posílá serveru, ale i výsledek, který se vrátí zpět.
Server PostgreSQL může být vzdálený i lokální.
Interaktivní nástroj pro ovládání front MTA
pfqueue je správce fronty různých MTA (v současné době postfix a exim), který vám umožňuje mazat, podržet, uvolnit nebo znovu zařadit zprávy.
Programy pro manipulaci s HDR (prohlížeč OpenGL/GLUT)
PFS je obrazový formát s vysokým dynamickým rozsahem (HDR). Jedná se o pokus integrovat stávající souborové formáty vytvořením jednoduchého datového formátu, který je možno použít pro výměnu dat mezi aplikacemi.
Tento balíček obsahuje prohlížeč vytvořený v OpenGL/GLUT.
Rozbalovač souborů PGN (Portable Game Notation)
Pgn-extract je program pro rozbalení zvolených her z kolekce šachových her ve formátu PGN. K dispozici jsou různé způsoby jak určit kritéria rozbalení souboru: textové sekvence tahů, pozice dosažená po několika tazích, informace ve značkách, bilance materiálu ke konci hry.
Vizualizer paketů PGP
pgpdump zobrazuje sekvence OpenPGP a PGP verze 2 obsažené v nějakém souboru.
Výstup tohoto příkazu se podobá výstupu příkazu GnuPG `list packets', pgpdump oproti němu však vytváří detailnější a lépe pochopitelný výstup.
Phalanx je jednoduchý šachový program s konvenčním vzhledem. Je kompatibilní s xboard. Hlavním cílem programu bylo vytvořit pomalu myslící stroj se spoustou informací o strategii šachu. Současná verze hraje poměrně riskantně, aktivní šachy s docela dobrou taktickou strategií.
Vypočítá Archimédovu konstantu Pi s libovolnou přesností
Tento program vypočítá Archimédovu konstantu Pi s libovolnou přesností. Je extrémně rychlý a jeho přesnost je limitována pouze pamětí vašeho počítače.
Tento hlavolam je určen pro knihovnu CLN, které jsou aktuální výpočty postoupeny. Tato čísla lze pak využít jako náhodná čísla nebo v nich můžete hledat tajné zprávy. :-)
Klon hry Lemmings(TM)
Pingus je svobodná obdoba populární hry Lemmings.
Vašim cílem je ovládat dav tučňáků ve světě plném nástrah a odvést je tak do bezpečí. Ačkoliv jsou tučňáci (oproti lemmingům) chytřejší, je nutné nad nim držet ochranou ruku, neboť se spoléhají na to, že je zachráníte.
Tento balíček obsahuje hlavní program hry.
Datové soubory pro pingus, klon hry Lemmings(TM)
Tento balíček obsahuje datové soubory.
Propojujte roury tak, aby mohla protéct voda
Pokud znáte starou arkádu "Pipe Dreams", jistě budete chtít poznat i tuto hru. Cílem je spojit různé roury tak, aby se voda dostala ze vstupu na svůj výstup a to za pomoci tolika rour jak bude jenom možné, až nakonec dosáhne výlevky. To vyžaduje kombinaci rychlosti, zkušeností a obezřetnosti.
Nelineární audio/video editor používající GStreamer
GStreamer je streamovací systém založený na obrazech filtrů zpracovávajících různá média. Aplikace používající tuto knihovnu může dělat snad cokoliv od zpracování zvuku přes přehrávání videa, stejně jako další operace vztahující se k médiím. Architektura programu podporuje pluginy, což znamená, že můžete jednoduše přidávat nové schopnosti programu pomocí instalace těchto pluginů.
PiTiVi vám umožní snadno upravovat audio/video projekty založené na systému GStreamer. PiTiVi vám umožní různé úpravy časové osy. Program má jednoduché přehledové prostředí (podobné iMovie), ale můžete ho změnit až na pokročilé rozhraní (Komplexní pohled), které vám umožní kompletní kontrolu nad prováděnými úpravami.
Vytvoří obrázek skládající se ze spousty malých obrázků
Pixelize je program, který použije spoustu zmenšených obrázků k vytvoření co nejpřesnější kopie jiného obrázku.
Pixelize funguje tak, že rozděluje obrázek, který chcete vykreslit (nebo duplikovat) na spoustu malých obdélníkových částí. Každá z těchto částí je dál analyzována a nahrazena obrázkem z rozsáhlé databáze obrázků. Pixelize se přitom snaží vybrat ty obrázky, které co nejlépe odpovídají dané oblasti.
Automatická synchronizace seznamu balíčků
pkgsync je nástroj pro uchování více počítačů přiměřeně podobných a aktualizovaných. Balíčky mohou být v seznamu `musíte mít', `měli byste mít' nebo `není třeba instalovat' (ten je distribuován samostatně pomocí takových nástrojů jako je rdist nebo cfengine). pkgsync se postará o zbytek, odstraní vše co se nenachází v seznamu `musíte' nebo `měli byste' mít a není nutné pro pro funkci počítače (tak jak je určeno pomocí aptitude).
Aplikace pro správu projektu
Planner je aplikace pro správu projektu, která podporuje Ganttové grafy, rozvržení zdrojů a je jí možno integrovat v dalších aplikacích prostředí GNOME.
Planner byl dříve znám pod názvem Mr.Project.
Kreslí plasmidy a vektorové mapy, s exportem do PostScriptu
Plasmidomics slouží ke snadnému kreslení plasmidů a vektorových map, které se používají v tezích, prezentacích a dalších publikacích. Nativně podporuje export do formátu PostScript.
Osobní přístrojová deska pro GNUstep
Skriptovací grafický balíček
Ploticus je skriptovací grafický balíček, který se hodí při automatizaci činností, nebo v aplikacích, které je potřeba spustit znovu a znovu. Obecně, ploticus se hodí při vytváření grafů, které byste rádi viděli v novinkách, obchodních sděleních, časopisech nebo lékařských či vědeckých magazínech.
Ploticus není matematický balíček podobně jako gnuplot, ani není vhodný pro aplikace, kde je potřeba vykreslovat matematické formulace a vědecké poznámky. Ploticus se také nesnaží být grafickým programem určeným pro potřeby obchodu. Jeho cílem je zobrazovat data jednoduše, bez nějakých dalších dekorací a rozptylujících bublin, které mohou překrýt obrázek.
Ploticus podporuje různé výstupní formáty, včetně jpeg (Joint Photographics Experts Group format), png (Portable Network Graphics format), svg (Simple Vector Graphics), bmp (Microsoft BitMaP), ps (PostScript), swf (Flash) a X11.
Připojí vyměnitelná zařízení pro běžného uživatele
pmount zapouzdřuje standardní program mount, který nemohou spouštět běžní uživatelé a umožní jim tak připojovat vyměnitelná zařízení bez nutnosti mít odpovídající záznam v /etc/fstab. To se hodí v aplikacích vyžadujících automatické připojování zařízení jako je projekt Utopia GNOME a snižuje tak množství kódu, který je potřeba spustit jako root opravdu na minimum.
Pokud nainstalujete balíček cryptsetup s LUKS, pmount bude také schopen transparentně připojovat šifrované oddíly.
Nástroje modulu perl
Tyto nástroje perlu obsahují malé nástroje, které vám umožní spravovat a procházet moduly perlu, soubory staré textové dokumentace a programy perlu.
Nástroje umožňují provádět mimo jiné tyto akce:
zobrazit plnou cestu k modulu
zobrazit verzi a popis modulu
projít všechny nainstalované moduly s jejich popisky
zobrazit, které soubory daný program používá v okamžiku kompilace
zobrazit, které symboly modul exportuje
zobrazit metody třídy
zobrazit zdrojový kód funkcí modulu
Zobrazí metainformace o obrázcích PNG
Tento malý filtrovací program získá metadata z obrázků PNG a zobrazí je ve formátu HTML, SOIF, RDF/XML nebo jednoduchých položek a hodnot.
Nástroj pro optimalizaci obrázků PNG
Optimalizační programy (jako v případě pngcrush a optipng) zpravidla provádí kompresi, obvykle bezztrátovou. pngnq snižuje počet barev na 256 (nebo méně) přesně podle RGBA kombinací, které jsou trochu ztrátové. Optimalizované PNG Jsou obvykle dva až čtyřikrát menší než jejich 32b verze.
Vytváří soubor png s aktuální fází měsíce
Tento program je nástupcem program xphoon (X PHase of mOON). xphoon je program, který zobrazuje aktuální fázi měsíce v kořenovém okně X11. V současné době umí řada desktopových systémů jako je např. KDE překrývat kořenové okno X11 svým vlastním pozadím, takže není výstup xphoon vidět. pngphoon vám oproti tomu vytvoří obrázek PNG zobrazující aktuální fázi měsíce, takže jí mohou použít správci oken, které podporují spuštění příkazu pro zobrazení obrázku na pozadí.
Kolekce nástrojů pro práci s obrázky PNG
pngtools je kolekce nástrojů, které slouží k práci s obrázky PNG (Portable Network Graphics). Naleznete zde nástroje ekvivalentní s nástroji libtiff jako je tiffinfo a tiffcp. Obsažené programy se nazývají pnginfo a pngcp. tiffdump byl nahrazen pngchunks a pngchunkdesc.
pokerth je svobodnou implementací texaského pokeru, který se hraje převáženě v kasinech a získává na své celosvětové popularitě. Tato verze se snadno učí, ale přitom vyžaduje strategickou hru a velkou dávku štěstí. Tento balíček vám pomůže při tréningu i hraní hry.
Adaptér protokolu šachového stroje, propojí UCI a xboard
Běžné šachové frontendy používají vstupní rozhraní winboard/xboard zatímco moderní šachové stroje komunikují pomocí protokolu UCI "universal chess interface". Tento dataptér protokolu šachového stroje vám umožní použít standardní šachové frontendy jako je xboard nebo scid spolu s šachovými stroji používajícím protokol UCI.
Obsluha speciálních kláves laptopů Apple
pommed umí také umí monitorovat sensory osvětlení a automaticky osvětlit klávesnici na počítačích, které to podporují.
Remake starší klasické arkády v OpenGL
Pong2 je hra inspirovaná klasickou hrou "Pong" z Amigy nyní už pro dva hráče (po síti), která hře dává nové rozměry. Využívá vlastností moderních 3d grafických karet, je potřeba dobrý hardware.
Multiplayer je také podporován, takže dvojice hráčů mohou mezi sebou navzájem hrát po síti.
Změna hesla pro Eudora a NUPOP
Tento balíček obsahuje daemona pro změnu hesla účtů POP, určeného pro Eudoru a další emailové uživatelské klienty MacOS/Win32. Tato schopnost se také běžně používá pro zpětnovazebnou změnu hesla přes TCP pomocí webového skriptovacího jazyka jako je PHP nebo Perl, takže není nutné spouštět tento proces pod uživatelem root (nebo ho umístit do skupiny shadow).
Tato verze poppassd mění hesla pomocí PAM (oproti jiné verzi tohoto daemona, která pro změnu hesla používala aplikaci newusers(8)), tím se zvyšuje pružnost tohoto programu.
Test výkonnosti SMTP - šílený pošťák
Tento program spustí daný počet procesů sloužících pro odesílání náhodných dat náhodným uživatelům co je jenom možné.
Ke hlavičce emailu, který posílá přidá značku X-Postal, takže je možné tyto zprávy snadno filtrovat pomocí procmail.
Z postscriptových stránek vytvoří velké plakáty
Poster zpracuje postscriptový soubor a zvětší ho na stanovenou velikost. Výsledný obrázek umí rozdělit do více menších stránek a ty je pak možné složit dohromady, čímž vznikne jeden velký plakát. Poster preferuje jako vstup EPS, ale jsou podporovány také obyčejnější formy postscriptu.
Vysoce výkonný agent pro přenos pošty (MTA)
Postfix je poštovní server MTA (Mail Transfer Agent) od Wietse Venema. Začal jako alternativa k nejrozšířenějšímu programu Sendmail. Postfix se snažil být rychlejší, jednodušeji spravovatelný a bezpečnější a zároveň kompatibilní se Sendmailem natolik, aby se to nedělalo problémy stávajícím uživatelům. Takže navenek je jako odrůda Sendmailu, ale uvnitř je zcela rozdílný.
Daemon GreyList pro postfix, napsaný v C, používá MySQL
Plošinová střílečka s barevnou grafikou 3D
Powermanga je střílečka, která obsahuje více jak 60 různých nepřátel, 40 meteorů, bezpočet zbraní, spoustu nepřátel na konci každé úrovně, vylepšení vesmírné lodi a další překvapení.
Soubory obsahující grafiku a zvuky hry powermanga
Tento balíček obsahuje datové soubory hry powermanga nezávislé na architektuře. Pro více informací se podívejte na balíček powermanga.
Ovladač pro PPPoE, PPP prostřednictvím Ethernete.
PPP prostřednictvím Ethernetu (PPPoE) je protokol používaný mnoha ADSL providery internetu. Tento balík umožňuje připojení k těmto (PPPoE) providerům internetu.
Program pro analýzu a syntézu řeči
Podle autorů programu, praat „dělá hlas počítačem“. Skrz grafické rozhraní můžete přistupovat k různým funkcím analýzy řeči, dostupné jsou: spektogramy, cochleogramy, extrahovat můžete intenzitu a formát. Syntéza artikulace, stejně tak je k dispozici syntéza intenzity, formátu a intonace. Mezi další vlastnosti patří segmentace, označování pomocí hlasové abecedy a výpočet statistiky. Praat je možno nastavovat a rozšiřovat skrz jeho vlastní skriptovací jazyk a také je schopen komunikovat i s ostatními programy.
Filtrování obrázku a manipulace s ním za pomoci GNUstep
PRICE umí otvírat různé formáty obrázků a aplikovat na nich vysoce kvalitní filtry a další rozšíření.
Ovladače tiskáren pro CUPS
Balíček obsahuje ovladače CUPS založené na Gutenprint.
Ovladače CUPSu obsahují vše potřebné pro zajištění fotografické kvality tisku všech tiskáren podporovaných Gutenprintem. Více informací o Common UNIX Printing System ("CUPS") a tiskovém systému založeném na IPP naleznete na adrese:
Extra programy pro balíček probcons
Obsahuje programy convert, project a makgnuplot z balíčku probcons, které byly z důvodu kolize s názvy jiných programů přejmenovány na pc-compare, pc-project a pc-makegnuplot. Tyto programy se hodí především pro testovací účely a při běžném použití programu Probcons nejsou vyžadovány.
Probcons je nástroj sloužící k generování různých uspořádání proteinových sekvencí.
Všestranný e-mailový procesor
Používá se pro vytvoření poštovního serveru, diskuzních skupin, setřídění příchozí pošty do oddělených složek/souborů (to je velmi vhodné, při zpracování pošty z více diskuzních skupin nebo seřazení zpráv podle priority), předzpracování pošty, spuštění dalšího programu při příchodu zprávy (např. pro spuštění různých zvuků dle typu zprávy) nebo pro automatické přesměrování určitého zprávy někomu jinému.
Víceúčelová proxy SMTP
ProxSMTP je pružný nástroj, který vám umožní odmítnout, změnit nebo logovat email podle libovolných kritérií. Program přijímá připojení SMTP, přeposílá příkazy SMTP a odpovídá dalšímu serveru SMTP. 'Datové' tělo zprávy je zadrženo a filtrováno ještě před přesměrováním.
Je potřeba, abyste byli schopni psát filtrovací skripty, které vám umožní integrovat program podle vašich potřeb. Pokud hledáte něco co provede filtrování virů, pak se podívejte raději na ClamSMTP, který se chová podobně a používá podobný základ.
Detektor skenování portů
PSAD je sada nenáročných systémových daemonů (napsaných v Perlu a C) vytvořených tak, aby pomocí iptables detekovali skenování portů. Mezi jejich vlastnosti patří:
množina vysoce konfigurovatelných nebezpečných hodnot (s vhodně volenými výchozími hodnotami);
podrobné upozornění obsahující zdroj, cíl, rozsah skenovaných portů, začátek a konec skenování, značky FCP a odpovídající možnosti Nmap;
reverzní informace DNS;
automatické blokování IP adresy útočníka skrz dynamický firewall.
V kombinaci s rozšířením fwsnort a iptables, PSAD dokáže detekovat většinu útoků popsaných v množině pravidel Snort.
Bezpečnostní kontrola formátu řetězce v souborech C
pscan je program, který skenuje zdrojové soubory jazyka C na běžné chyby funkcí, které často vedou k bezpečnostním problémům.
Program označí ty funkce, které obsahují uživatelem kontrolovaný vstup.
Nástroj se hodí pro ty, kteří upřednostňují kontrolu zdrojového kódu.
Rozbalí obrázky ze souborů PostScriptu
Skript skenuje postscriptový soubor a uloží jeho řádky mezi '%%BeginDocument: name' a '%%EndDocument'. Soubor je pojmenován adresář/jméno.
Konvertor PostScript a PDF souborů do jiného vektorového formátu
pstoedit převádí PostScript a PDF soubory do množství editovatelných vektorových formátů jako: tgif, xfig, PDF graphics, gnuplot formát, idraw, MetaPost, GNU Metafile, PIC, Kontour and flattened PostScript.
Paralelní nosič URL
puf je stahovací nástroj pro unixové systémy. Pomocí něj můžete stahovat jeden soubor nebo kompletní mirror. Podobá se GNU wget (a má částečně kompatibilní příkazy), ale umí stáhnout více souborů najednou (paralelně). To se hodí, především pokud máte připojení k Internetu o velmi vysoké rychlosti.
Zvukový server PulseAudio
Některé vlastnosti PulseAudio:
Vysoce kvalitní SW pro mixování více zvukových proudů s podporou více jak jednoho zdroje/kanálu. Používá se pro kombinaci více zvukových karet do jedné (s přizpůsobením vzorkovací frekvence).
Široká škála podporovaných klientských knihoven. Podporováno je ESD, ALSA, oss, libao a GStreamer. Nativní pluginy PulseAudio jsou k dispozici pro xmms a mplayer.
Dobré chování při nízké odezvě a velmi rychlý reakční čas při nahrávání a přehrávání. Schopnost kompletní synchronizace více přehrávaných proudů.
Síťová transparentnost umožňující přehrávání a nahrávání zvuku z různých počítačů a nejen z toho, na kterém to běží.
Rozšiřitelná architektura se zásuvnými moduly pro jackd, vícekanálové rtp, lirc a avahi.
Tento balíček obsahuje daemon a základní moduly.
Vytváří soubory EPS vhodné pro TeX a pdfTeX
pdfLaTeX má řadu šikovných vlastností, jeho hlavním nedostatkem oproti standardnímu LaTeX+dvips je, že neumí číst běžné soubory EPS (Encapsulated PostScript), což je běžný grafický formát ve světě LaTeXu. Program purifyeps umí převádět soubory EPS do "rafinovanější" podoby, kterou je možno používat jak v LaTeX+dvips, tak i v pdfLaTeX.
Konzolový element pro měření dat, která projdou skrz
pv (Pipe Viewer) je možno vložit do libovolné roury mezi dva procesy kde vám umožní sledovat propustnost dat, dobu trvání a zbývající data včetně odhadu jak dlouho to ještě bude trvat.
Program se používá tak, že ho vložíte mezi dva procesy spolu s odpovídajícími volbami. Standardní vstup se přesměrovává na standardní výstup, průběh operace se vypisuje na standardní chybový výstup.
automatická tvorba hesel
pwgen tvoří náhodná, bezpečná hesla. Tato hesla obsahují jen malá písmena, malá i velká písmena nebo ještě číslice. Velká písmena a čísla jsou umisťována tak, aby se dala zapamatovat.
pydf je zpívající, tančící a plně barevný klon df(1) napsaný v Pythonu.
2D závodní hra pro více hráčů
Vyznačuje se hrou pro více hráčů (na jednom počítači), turnaji, nejvyšším skóre, přehráním záznamu, 6 drahami (ve skutečnosti 12, protože každou z nich je možno hrát i opačným směrem), 9 auty, základním počítačovým hráčem, 3 různými úrovněmi obtížnosti a hudebním přehrávačem, který umí přehrávat soubory .ogg z libovolného adresáře.
Moduly Pythonu pro interakci se systémem hlášení chyb Debianu
reportbug je speciální nástroj vytvořený pro bezbolestné hlášení chyb v Debianu a podobných distribucích.
Tento balíček obsahuje moduly Pythonu, které je možné použít i v ostatních nástrojích, které chtějí pracovat se systémem hlášení chyb v Debianu (Debian Bug Tracking System).
Pokud chcete pouze nahlásit nějakou chybu, nainstalujte si balíček reportbug.
Mocná a snadno použitelná kalkulačka pro příkazovou řádku
Qalculate je malý a snadno použitelný nástroj. Mezi jeho vlastnosti patří možnost upravovat funkce, jednotky, používat libovolnou přesnost a položky odolné vůči chybám.
Tento balíček obsahuje verzi Qalculate určenou pro příkazovou řádku.
Uživatelské rozhraní pro ovládání zvukového serveru JACK
Qjackctl má uživatelské rozhraní, které vám umožní ovládat daemona zvukového serveru JACK. Stejně tak ho je možno použít jako nástroj pro monitorování a záplatování JACK.
Tento nástroj optimalizuje booleovské výrazy pomocí procesu Quine McClusky.
Malá budovací a dobyvatelská strategie s jednoduchými pravidly
Hra je situována do solárního systému planet. Vašim úkolem je obsadit všechny planety - posláním lodí. Planety, které jsou pod vaši nadvládou budují nové lodě. Proti vám pak stojí hráči řízení jednoduchou umělou inteligencí. Jak postupně získáte další a další zkušenosti, bude se postupně zvyšovat i počet hráčů ovládaných umělou inteligencí a zvětšovat solární systém.
Kodér a dekodér pro kódování quoted-printable
Qprint je program příkazové řádky, který umí zakódovat i dekódovat soubory z/do kódování quoted-printable (RFC1521). Umí pracovat s textovými i binárními daty.
Příjem pomalu-snímkované televize a faxu v Qt
Qsstv je program pro příjem pomalu-snímkované televize a faxu. Tyto módy používají operátory hamradio. Qsstv používá k přijímání a odesílání snímků zvukovou kartu.
Nástroj příkazové řádky pro servery quake (a další)
Qstat obsahuje jednoduché rozhraní sloužící k dotazovaní herních serverů, včetně (nejen) quake, quakeworld, quake2, quake3arena, unreal tournament nebo half-life.
Klient BBS pro systém X Window napsaný v Qt
QTerm je BBS klient pro systém X Window. Program podporuje protokoly telnet, ssh1 a ssh2. Také podporuje zmodem, detekuje URL a akce myši.
Rychlý interaktivní 2D plotter a prohlížeč dat
2-D plotter má nekonečné zoomování, výběr hodnot, zřetězený vstup a neomezený počet zobrazených nákresů. Quickplot je určen pro ty, kteří chtějí rychle zobrazit svá data a až druhotným úkolem je jejich vykreslení. Jedná se o prohlížeč dat a ne editor nákresů. Program umí číst textové soubory ASCII i zvukové soubory. Příkazová řádka podporuje řadu voleb a tak usnadňuje vytváření skriptů.
Nástroj pro práci se záplatami
Quilt spravuje sady záplat, k tomu používá sledování změn, které záplata provádí. Logicky jsou záplaty uspořádány do zásobníku a vy je můžete snadno aplikovat, odvolávat a aktualizovat, což se jednoduše provádí jejich přesunutím v zásobníku (push/pop).
Quilt se hodí pro správu dodatečných záplat aplikovaných na balíček v podobě archívu tar nebo jiného systému, který podporuje kontrolu verzí. Organizace zásobníku se ukazuje efektivní pro správu velmi rozsáhlých množin záplat obsahujících stovky záplat. Ve skutečnosti byl program vytvořen pro práci hackerů linuxového jádra (původním autorem je Andrew Morton z větve -mm) a jeho hlavním úkolem je pomoci správcům jádra spravovat stovky záplat jádra vytvořeného pro distribuci SUSE.
Tento balíček je možno hladce integrovat do Debhelper nebo CDBS. Správcům balíčků to umožní snadno pracovat se správcem záplat quilt ve svých balíčkách. Balíček také obsahuje základní podporu pro ty, kteří tyto nástroje běžně nepoužívají. Pro více informací se podívejte na soubor README.Debian.
Multidimenzionální funkce pole GNU R abind
Tento balíček obsahuje funkce abind, zevšeobecněné funkce cbind a rbind základního balíčku R. Funkce abind pracují se sekvencemi vektorů, matic, polí a vytvářejí jedno pole stejné nebo vyšší dimenze.
Balíček GNU R pro bayesovské rozhraní
Balíček bayesm obsahuje spoustu důležitých modelů používaných v aplikacích zabývajících se marketingem a mikroekonomií. Balíček obsahuje:
Pro další informace se podívejte na knížku, _Bayesian Statistics and Marketing_ , kterou napsal Allenby, McCulloch a Rossi.
Protějšek GNU R k aplikované regresi od Johna Foxe
Tento balíček obsahuje protějšek k aplikované regresi od J. Foxe k R a S-PLUS, 2002. Balíček obsahuje většinou funkce pro aplikovanou regresi, lineární modelování a zobecněné lineární modely s důrazem kladeným na diagnostiku regrese a částečně i grafické diagnostické metody. Obsahuje také některé užitečné funkce.
Výstupní analýza a diagnostika simulací MCMC v R
Tento balíček obsahuje výstupní analýzu a diagnostiku simulací Markovova řetězce a metody Monte Carlo a odhady uvnitř R. Také obsahuje některé grafické nástroje pro analýzu a import výstupu z BUGS (Bayes Using Gibbs Sampling), populárního nástroje pro spouštění simulací MCMC.
Příbuzný balíček r-cran-mcmcpack obsahuje kalkulátor MCMC pro některé běžné modely sociálních věd.
Balíček GNU R pro obsluhu data
Tento balíček CRAN obsahuje funkce pro práci s daty, včetně příkladů a dokumentace.
Pamatujte, že se jedná o běžný balíček, který umožňuje to co bylo odstraněno z R. Samozřejmě předchozí verze R mají funkce pro práci s datem obsaženy v základním balíčku, např. r-base-core, který je součástí Debianu.
Epidemiologická kalkulačka GNU R
Funkce usnadňující epidemiologické výpočty R.
Umí zpracovávat formáty Dbase (.dbf), Stata (.dta), SPSS(.sav), EpiInfo(.rec), mezerami oddělené soubory (.csv) i datové snímky R.
Balíček GNU R pro finanční inženýrství -- fPortfolio
Tento balíček funkcí pro finanční inženýrství a výpočetní finančnictví je součástí Rmetrics, kolekce balíčků napsaných a zkompilovaných Diethelmem Wuertzem.
fPortfolio obsahuje funkce pro portfolio a aktivní modelování cen, míru riskování a konstrukci Markowitzova portfolia.
Balíček GNU R pro vylepšení jádra a výpočet hustoty
Tento balíček obsahuje funkce pro vylepšení jádra a výpočet hustoty odpovídající dle M.P. Wand a M.C. Jones, "Kernel Smoothing", 1995.
Balíček GNU R obsahující neparametrické srovnávací metody
MatchIt implementuje návrhy Ho, Imai, King a Stuarta (2004) na vylepšení parametrických statistických modelů díky předzpracování dat pomocí neparametrických srovnávacích metod.
MatchIt implementuje širokou škálu důmyslných srovnávacích metod, které umožňují snížit závislosti příčinných interferencí, které jsou těžko srovnatelné a přitom se na jejich základě běžně provádí statistické závěry. Program je také možné snadno začlenit do již probíhajících statistických výzkumů, protože po zpracování pomocí MatchIt je možné použít libovolný parametrický model, který jste použili bez MatchIt a přitom ale vytvořit mnohem robustnější a méně náchylný model k případným chybám. MatchIt je program pro R a bez problémů funguje uvnitř systému Zelig.
Balíček GNU R pro odhady vícenásobných parametrů
Tento balíček obsahuje funkce pro zobecněné doplňkové modely (GAM) a další zobecněné regresní problémy vícenásobných parametrů vybraných pomocí GCV nebo UBRE. Obsahuje implementaci (ne klon) gam().
Kolekce GNU R 3d funkcí grafu a iso-povrchů rgl
Tento balíček CRAN obsahuje kolekci různých 3d grafů, včetně iso-povrchů rgl:
contour3d Pro vykreslení iso-povrchů používá rgl či tří-dimenzionální kontury vypočítané pomocí krychlových algoritmů.
image3d Crude 3d analogie image() používající rgl pro vykreslení bodů na tří-dimenzionálním povrchu s hodnotami reprezentovanými v tří-dimenzionálním poli. Uvnitř předpokládá vysoké hodnoty a používá mísení alfa čímž zprůhlední okolní body.
lines3d Vykreslí spojené části v okně rgl.
parametric3d Graf dvou-parametrického povrchu v tří-dimenzionálním rgl. Založeno na Param3D programu Mathematica.
slices3d Pro vytvoření interaktivního pohledu na tří nebo čtyř-dimenzionální rozsah dat používá tkrplot, těmito daty je např. MRI.
Balíček GNU R pro procedury porovnání
Tento balíček obsahuje funkce, které umožňují vícenásobné porovnávající testy a simulace v jistých intervalech jednorozměrného testovacího nastavení.
Balíček GNU R paralelní k finanční knihovně QuantLib
Tento balíček CRAN obsahuje rozhraní pro GNU R zpřístupňující knihovnu QuantLib, která slouží k modelování, nakupování a řízení rizika finančních aktiv.
Nástroj pro ovládání podsvícení ATI Radeon na laptopech
Radeontool je malý nástroj pro ovládání podsvícení a externího výstupu na laptopech majících grafickou kartu ATI Radeon. Také umí zobrazit obsah registrů což se hodí k ladícím účelům.
VAROVÁNÍ: Kód radeontool ještě nebyl kompletně zkontrolován a může obsahovat chyby, které mohou poškodit HW vašeho počítače. Program používáte na vlastní nebezpečí.
Vertikální střílečka podobná Raptor: Call of the Shadows
Rafkill je klon Raptor: Call of the Shadows, klasické střílečky.
Váš pohled na hrací pole je z ptačí perspektivy, nacházíte se v cizím světě a vaším úkolem je zničit nepřátele, kteří letí proti vám a střílejí po vás. Vysoké skóre vám umožní koupit životy, obranu, lepší zbraně nebo nové vesmírné lodě.
Mezi vlastnosti Rafkill patří tři vesmírné lodě, více jak dvacet zbraní, barevná grafiky s průhlednými efekty, hudba a zvuk.
Grafika a zvuky pro rafkill
Tento balíček obsahuje datové soubory nezávislé na použité architektuře a určené pro rafkill. Pro více informací se podívejte na balíček rafkill.
Hudební přehrávač pro příkazovou řádku, který si pamatuje skladby
Randomplay přehraje vaši hudební kolekci (nebo vykoná libovolné příkazy s libovolnými soubory) v náhodném pořadí a přitom si pamatuje přehrávané skladby i mezi různými sezeními. Také obsahuje soustu nástrojů, které ho činí mnohem schopnější, včetně rekurzivního vyhledávání pomocí regulárních výrazů a schopnost určit jistý počet stop, bytů nebo minut, po které se má přehrávat. Randomplay navíc generuje seznam zvukových souborů, který je pak možné přidat do běžného hudebního přehrávače. Také obsahuje schopnost 'náhodného vážení', takže jsou vaše oblíbené skladby přehrávány častěji.
Randomplay se hodí především po uživatele, kteří pracují převážně v okně xterm nebo v konzoli a přitom neustále používají příkazy typu find/grep a sed, které jim pomáhají při přehrávání té správné skupiny skladeb.
Polo-náhodný sazeč textu
Randtype je malý nástroj, jehož výstupem jsou znaky nebo řádky v náhodných intervalech. K určení výstupu je několik málo voleb tohoto příkazu. Pomocí něj pak můžete zobrazovat na obrazovce soubory a pokud ho dobře nastavíte, ve výsledku to pak vypadá, jako kdyby někdo tento text zrovna psal.
Pomůcky z Rasqal RDF Query
Tento balíček obsahuje nástroje roqet pro dotazování se obsahu RDF pomocí dotazovacích jazyků SPARQL a RDQL RDF a knihovny Rasqal RDF.
Toto je ratmenu, jednoduchý program, který vám umožní vytvářet nabídky X přímo z prostředí shellu. Přestože byl vytvořen pro ratpoison, funguje libovolným správcem oken, který je kompatibilní s ICCCM.
Program vznikl z 9menu verze 1.5 a měl zajistit podporu správce oken ratpoison. Zatímco 9menu pracuje s myší a ignoruje klávesnici, ratmenu se chová přesně naopak. Od té doby vznikla v programu řady pěkných nových voleb a tak získal své specifické chování. Zdrojový kód byl také očištěn od starých kusů kódu.
Správce oken ovládaný pouze klávesnicí
ratpoison je jednoduchý správce oken bez zbytečné grafiky, dekorací oken a bez závislosti na hlodavcích. Je navržen podle GNU Screen.
Obrazovka může být rozdělena na nepřekrývající se rámy. Všechna okna jsou ve svých rámech maximalizovaná, aby plně využila drahocenného místa na obrazovce.
Veškerá interakce se správcem oken probíhá pomocí klávesových zkratek. ratpoison používá prefix, aby zamezil kolizím s ovládáním jiných programů.
Pomocí kolaborativní sítě zachytává spam
Vipul's Razor je distribuovaná, kolaborativní a filtrovací síť zachytávající spam. Razor vytváří a neustále aktualizuje katalog obsahující spam. Tento katalog pak používají klientské programy k filtrování známého spamu. Jakmile obdrží spam, oznamovací agent Razor (spuštěný koncovým uživatelem nebo serverem) spočítá a odešle 20-ti znakovou jedinečnou identifikaci spamu (nějaký digest SHA) na ten nejbližší server s katalogem Razoru. Ten pak rozešle tuto signaturu dalším důvěryhodným serverům. Podle nastavení pak klienti Razor (spuštěné koncovým uživatelem nebo MTA) kontrolují příchozí poštu proti serveru s katalogem a filtrují příchozí provoz podle jejich signatur. Katalogizovaný spam tak je možno jednoduše blokovat v celém zbytku sítě, který tento katalog používá.
Nástroj pro konfiguraci tzv. runlevelu Debianu
Tento nástroj konfiguruje systémové služby v jednotlivých úrovních běhu (runlevelech). Program zapíná/vypíná služby umístěné v /etc/init.d/. Rcconf pracuje s konfiguračním systémem ala System-V. Používá TUI (textové uživatelské rozhraní), jedná se o frontend k programu update-rc.d.
Formátovač dokumentace RD
RD je víceúčelový formátovač dokumentace vytvořený pro tvorbu dokumentace Ruby.
RD je možno použít ve skriptech. RD má čistou syntaxi, která vám pomůže číst dokument ve skriptech Ruby. Jinak řečeno, RD se umí odkazovat na třídy.
RDtool je frontend k RD. Tento balíček obsahuje příkaz rd2.
Nástroj pro získání informací o hardwaru, pro monitory PnP VESA
rad-edid se skládá ze dvou nástrojů:
get-edid používá požadavky přerušení VESA VBE 2 a čte 128 B strukturu EDID verze 1 přímo z vaší grafické karty, která získává tyto informace z monitoru přes kanál DDC (Data Display Channel).
get-edid používá metody specifické pro danou architekturu pro zjištění video-karty (instrukcí x86 na i386, analýzu Open Firmware na PowerMac) a z toho důvodu je k dispozici pouze pro architektury i386 a powerpc.
parse-edid analyzuje tyto datové struktury a vypisuje data vhodná pro vložení do konfiguračního souboru X.org nebo Xfree86. K dispozici je pro všechny architektury.
Nástroj pro konverzi znakové sady
`recode' konvertuje soubor z jedné znakové sady do druhé. Pokud není možné provést jasnou záměnu znaku, zahodí tento znak nebo se uchýlí k nějaké přibližné hodnotě. Tento program rozpozná a umí pracovat s téměř 300 různými znakovými sadami a je tak schopen konvertovat snad cokoliv. Je podporována převážná většina znakových sad RFC 1345 a všechny znakové sady `libiconv'.
Zachytává zvuk a obraz z linuxového sezení
Aplikace vytváří soubor ogg (theora-vorbis). recordMyDesktop se snaží co nejméně zatěžovat zdroje počítače a tak zpracovává pouze tu oblast obrazovky, která se změnila.
Programy RDF (Redland Resource Description Framework)
Tento balíček obsahuje utilitu rdfproc určenou k zpracování formátu RDF (Resource Description Framework) pomocí knihovny Redland RDF. Umožňuje čtení syntaxe RDF, manipulaci s grafem RDF, dotazy pomocí RDQL a SPARQL a serializaci RDF do syntaxe RDF/XML, N-Triples, Turtle a RSS 1.0.
Administrační nástroje pro souborový systém Reiser4
Jsou obsaženy následující nástroje pro správu souborového systému Reiser4:
Programy pro snadné přejmenování souborů
Nástroje pro přejmenování souborů (zkráceně renameutils) jsou kolekcí programů vytvořených pro zjednodušení a zrychlení přejmenování souborů.
Tento balíček obsahuje pět programů - qmv, imv, icp, qcp a deurlname:
qmv ("quick move") umožňuje přejmenování souborů stejně jako v textovém editoru. Jména souborů v adresáři se zapíší do textového souboru, který může uživatel snadno upravovat. Textový soubor je možno číst a analyzovat a pak aplikovat změny na soubory.
imf ("interactive move") je triviální, ale užitečný program, který se hodí v situacích kdy jste příliš leniví psát (nebo dopisovat) jména souborů dvakrát. Umožňuje úpravu jména souboru prostřednictvím terminálu a knihovny GNU Readline.
icp a qcp se podobají imv a qmv, ale pro kopírování používají "cp".
deurlname odstraní kódované znaky z URL adresy (jako je %20, které reprezentuje znak mezery) ve jménu souboru. Některé programy, jako je w3m, tyto znaky uchovávají ve jménech uložených souborů.
Změní hodnotu nice běžících procesů
reniced zpracuje seznam regulárních výrazů, nalezne procesy, které mu odpovídají a změní hodnotu nice těchto procesů na dané hodnoty.
Namísto úpravy skriptů v /etc/init.d a nastavení úrovně nice u jednotlivých daemonů můžete snadno nastavit hodnoty nice jednou za den.
Systém určený k vytváření nebývalých vizuálních her
Ren'Py je programovací jazyk a běhové prostředí v jednom sloužící ke snadnému vytváření nebývalých vizuálních her. Program vám umožní snadno zobrazovat myšlenky, dialogy a nabídky; zobrazovat obrázky; psát logiku hry; a přitom podporuje ukládání a načítání her.
Ren'Py funguje podobně jako spustitelný skript a umožní vám pracovat se hrou bez větší námahy, jenom stačí napsat skript hry.
Ren'Py je vytvořen v Pythonu a tak se tímto jazykem potkáváte na řadě míst. Většina příkazů Ren'Py vám umožní používat výrazy Pythonu a k dispozici jsou také volání Ren'Py, které vám umožní spouštět kód vytvořený právě v Pythonu. Jazyk vyžaduje znalost pouze těch základních a nejjednodušších vlastností Pythonu a tak se Ren'Py hodí pro všechny tvůrce her.
Přejmenuje a otočí soubory podle informací EXIF
RenRot přejmenuje soubory podle značek EXIF DateTimeOriginal a FileModifyDate (existují-li). Jinak, nastaví jméno podle aktuální časové značky. Navíc umí otočit obrázky JPEG a jejich náhledy pomocí značky EXIF udávající orientaci obrázku.
Obsluha informací o jmenných serverech
Resolvconf je framework pro udržování systémových informací o jmenných serverech v aktuálním stavu. Nastaví sebe jako prostředníka mezi programy, které tyto informace poskytují (jako ifup/ifdown, DHCP klient, PPP démon a lokální jmenné servery) a programy, které je používají (jako DNS keše a knihovny resolveru).
Tento balíček může být potřeba ručně donastavit. Podrobné instrukce najdete v souboru README.
Nástroj k dekódování značek RFID
RFDump je nástroj určený k dekódování značek RFID a zobrazení jejich meta-informací: značky ID, typu značky, výrobce, atd. Data uživatelské paměti je možno zobrazit a upravit pomocí šestnáctkového nebo ASCII editoru. Kromě toho, možnosti integrovaných cookie ukazují jak snadné je pro společnost zneužít technologii RFID pro sledování svých zákazníků. RFDump funguje se čtečkou ACG nebo podobným HW.
Virtuální lepící poznámky pro váš desktop
Rhinote je malý program, který vám umožní vytvářet virtuální lepící poznámky. Hodí se pro zapisování poznámek, uchování zkopírovaného textu, který si budete přát zkopírovat později někam jinam atd.
Poznámky jsou ukládány v čistě textovém formátu a můžete je později prohlížet pomocí Rhinote nebo jiného textového editoru.
Rhinote je vytvořen tak, aby byl "přístupný z klávesnice", tzn. každá akce má přiřazenu nějakou zkratkovou klávesu.
hudební přehrávač a organizér pro GNOME
Rhythmbox je velmi jednoduchý program pro přehrávání a správu hudby. Podporuje širokou škálu zvukových formátů (včetně mp3 a ogg). Je inspirován přehrávačem iTunes od Apple a současná verze podporuje internetová rádia, obsahuje integraci s iPod a má obecnou podporu pro přenosné přehrávače, vypalování audio CD, přehrávání audio CD, sdílení hudby a Podcast.
Nenáročný prohlížeč obrázků pro desktopové prostředí Xfce
Ristretto je rychlý a nenáročný prohlížeč obrázků pro deskotpové prostředí Xfce.
Utilita příkazové řádky obalující readline
Tento balíček obsahuje malý nástroj, který používá knihovnu GNU readline a umožňuje vám úpravu vstupu z klávesnice do libovolného příkazu. Historie vstupu je zapamatována napříč vyvoláními, odděleně pro každý příkaz; doplňování historie a prohledávání stejně jako v bashi může být určeno prostřednictvím příkazové řádky.
PolyglotMan - reverzní kompilace manuálových stránek
PolyglotMan (známý také jako RosettaMan) je filtr pro unixové manuálové stránky. Jako vstup vezme stránky formátované pro různé unixové programy (ne zdroje [tn]roff) a vytvoří výstup v jiném souborovém formátu.
Rychlá a efektivní předpověď duplexů microRNA/cíle
RNAhybrid je nástroj sloužící k nalezení minimální volné hybridizační energie krátké a dlouhé RNA. Hybridizace je prováděna v určitém druhu doménového módu, např. krátká sekvence je hybridizována na tu nejlépe odpovídající část té dlouhé. Nástroj primárně slouží pro předpověď cíle microRNA.
Zenova simulace robota hledajícího kotě
V této simulaci ovládáte část robota. Vaším úkolem je dokončit simulaci nalezením kotěte, což je vaším úkolem. Vy (robot) jste reprezentováni znakem # a posouváte se dál pomocí šipek a přitom narážíte do věci. Pokud je věc, které se dostanete ke kotěti, objeví se roztomilá animace (která byla získána z DOSové verze) a simulace končí. Jinak se vám zobrazí informace o tom, do čeho jste narazili.
Textová správa kontaktů (vCard)
Rolo spravuje vaše kontakty a zobrazuje je v textové nabídce. Rolo se používá spolu s textovými emailovými programy jako je mutt. Kontakty uchovává ve formátu vCard verze 3.0, s koncovým uživatelem komunikuje prostřednictvím frontendu NCurses.
Nástroj pro kontrolu frekvence vaší karty Radeon
Program se hodí především pro podtaktování chipu Radeon a tím ušetření energie tolik potřebné v okamžiku kdy počítač běží z baterií. Podtaktování lze také využít pro snížení potřeby spuštění větráčku na grafické kartě. Program lze použít i pro potřeby přetaktování.
Síťový zvukový systém rplay - základní klienti
Tento balíček obsahuje základní klienty rplay (rplay,rptp). Tyto klienti se používají pro přehrávání zvuku na místním či vzdáleném systému.
RPlay umožňuje přehrávat hudbu z lokálních i vzdálených Unixových systémů. Přehrávat lze s nebo bez vysílání dat po síti protřednictvím UDP nebo TCP paketů. RPlay zvukový server může být nastaven tak, že sdílí s ostatními hudební soubory.
Podpora RPlay je v několika aplikacích, například xpilot, xlockmore, xboing, fvwm a ctwm.
Zvukový síťový systém rplay - podpůrné binárky
Obsahuje mailsounds a Mailsounds, oba je možno použít pro přehrávání zvuků v systému jakmile přijde nová emailová zpráva.
Síťový zvukový systém rplay - server
Tento balíček obsahuje server rplay. Tento server vám umožní přehrávat různé zvuky.
Vesmírná střílečka pro jednoho hráče
rRootage je vertikální střílečka pro jednoho hráče s odpovídající muzikou. Vyhněte se nepřátelské palbě a zničte nepřátelské válečné lodě pomocí síly svých laserů. rRootage obsahuje 40 úrovní, každou je možné hrát v různých módech.
rRootage vytvořil Kenta Cho.
Vesmírná střílečka - datové soubory
Tento balíček obsahuje datové soubory pro hru rRootage.
Získá obrazu místního i vzdáleného souborového systému
rsnapshot je nástroj pro získání obrazu souborového systému pomocí rsync. Umí provádět inkrementální zálohy místního i vzdáleného souborového systému libovolného počtu počítačů. rsnapshot často používá pevné odkazy, takže se diskový prostor používá pouze pokud je absolutně důležitý.
Čtečka RSS pro konzoli, která sleduje zobrazuje novinky
Tato malá, jednoduchá aplikace čte vlákna RSS a zobrazuje je v podoboě připomínající výstup příkazu „tail“.
Tento nástroje je možno použít jako plugin v MultiTail.
Přátelské šifrování rsync
Rsyncrypto umožňuje šifrovat soubor nebo adresářovou strukturu, takže jí bude později možno synchronizovat s dalším počítačem pomocí rsync. To znamená, že se změny provedené v čistě textovém souboru lokálního počítače projeví i ve změnách šifrovaného textového souboru.
rsyncrypto zkomprimuje čistě textový soubor před jeho zašifrováním.
MVC framework pro Ruby zaměřený na vývoj webových aplikací
Rails je kompletní webový open-source framework v Ruby zaměřený na psaní skutečných aplikací.
Kompletní framework znamená, že jsou všechny vrstvy hladce provázány dohromady, takže se nemusíte opakovat a můžete použít jediný jazyk pro celou aplikaci odshora dolů. Vše od šablon po business logiku je napsáno v Ruby.
Vazby SNMP (Simple Network Management Protocol) pro Ruby
Tato knihovna implementuje SNMP (jednoduchý protokol pro správu sítě) v čistém Ruby, tudíž nezávisí na externích knihovnách jako net-snmp.
Minimální konzole getty, v které můžete spustit libovolný proces
rungetty bude možná tou getty, kterou zrovna hledáte. Umí spustit libovolný program, dosud mimo login. Pokud spustíte jiný program než login, pak bude pravděpodobně spuštěn jako nobody:nogroup, nebo jako uživatel/skupina určená přímo z prostředí příkazové řádky. rungetty je možné nastavit na automatické přihlášení, nebo podle dalších okolností. Pro více informací se podívejte na manuálovou stránku.
Před instalací tohoto balíčku byste ještě měli provést některé změny v souboru /etc/inittab. rungetty je založen na mingetty a z tohoto důvodu není vhodný pro použití přes sériovou linku.
klienti pro dotazování serveru rwho
Příkaz rwho vytváří výstup podobný who, ale pro všechny stroje na místní síti. Když nedostane zprávu od nějakého počítače během 11 minut, považuje tento počítač za vypnutý a nevypisuje posledního známeho uživatele zalogovaného na tomto stroji.
Příkaz ruptime zobrazuje stavovou řádku podobnou uptime pro každý stroj na lokální síti. Data jsou každou minutu sestavena z paketů vysílaných každým počítačem v síti.
server systémového stavu
rwhod je server, který udržuje databázi používanou programy rwho(1) a ruptime(1). Jeho funkce je založena na možnosti vysílání všesměrových (broadcast) paketů na síti.
Klient příkazové řádky Amazon S3
vytváření a odstranění tzv. S3 buckets
nahrání a stažení souborů
procházení vzdálenými soubory
odstranění vzdálených souborů
synchronizace místních adresářů s S3 buckets
získání různých informací o bucketech a využití disku
s3cmd podporuje obě (US i EU) datová centra S3.
Filtr SpamAssassin pro Exim
SA-Exim integruje filtr SpamAssassin do Exim v4. Používá se při odmítnutí příchozích zpráv ještě před jejich uložením ve schránce a dokonce také k omezení zdrojů odesílatel snížením rychlosti připojení (tz. „teergrubing“).
Většiny funkcí tohoto balíčku dosáhnete použitím podmínek exiscan ACL v daemonu Exim „heavy“ - exim-daemon-heavy. Tento balíček proto používejte pokud chcete vlastnost report_safe SpamAssassin nebo pokud hledáte snadnější kontrolu přidaných hlaviček bez nutnosti použití šablony se zprávou.
Systém pro automatizované analýzy zeměpisně-vědeckých dat
SAGA GIS (System for Automated Geoscientific Analyses - Systém pro automatizované analýzy zeměpisně-vědeckých dat) je svobodný a otevřený geografický informační systém (GIS) používaný pro úpravy a analýzu prostorových dat. Obsahuje velké množství modulů pro analýzu vektorových (body, úsečky a mnohoúhelníky), tabulkových, gridových a obrazových dat. Balíček kromě jiného obsahuje moduly pro geostatistiku, klasifikaci obrazových dat, projekce, simulace dynamických procesů (hydrologie, rozvoj krajiny) a analýzu terénu. Tato funkčnost je přístupná jak pomocí grafického uživatelského rozhraní, tak pomocí příkazového řádku nebo programovacího API v C++.
Program používající curses, který zobrazuje statistiku systému
saidar je aplikace založená na curses, která slouží pro zobrazení statistiky systému. Statistika obsahuje CPU, procesy, zatížení, paměť, swap, I/O sítě a disku včetně volného místa.
saidar používá knihovnu libstatgrab.
Salliere je skórovací program pro hledání cesty. Program vezme nějaký soubor párových čísel a ohodnotí jejích skóre pro dosažení cíle. Potom vytvoří pěknou tabulku průměrných výsledků.
Systém pro kontrolu integrity dat a průniku do počítače
Samhain je systém pro kontrolu integrity dat a průniku do počítače, který je možné použít na jednom počítači stejně jako v prostředí velkých unixových sítí. Podporuje centrální monitorování a také mocné (a nové) tajné schopnosti, které mu umožňují jeho spuštění v paměti pomocí steganography, jenž není detekovatelné.
Kompletní kontrola integrity
používá kryptografické kontrolní součty souborů a detekuje tak jejich případné úpravy,
umí nalézt zatoulané spustitelné soubory s nastaveným SUID bitem kdekoliv na disku a
nativní podpora logování na centrální server pomocí šifrovaného a autentizovaného připojení
databázové a konfigurační soubory je možné podepsat
položky logu a zprávy emailu jsou podepsané
podpora skrytých operací
Grafické frontendy skeneru
Tento balíček obsahuje:
xscanimage, grafický frontend skeneru s podporou GIMP 2.0
scanadf, frontend příkazové řádky pro skenery s automatickým podavačem dokumentů
scam, pro plynulé získávání obrázků z kamery
Alternativa k xscanimage nazývaná xsane je uložena v samostatném balíčku.
Frontend používá SANE. SANE je znamená "Scanner Access Now Easy" (Přístup ke skeneru je od nynějška snadný) a jedná se o aplikační programové rozhraní (API), který obsahuje standardizovaný přístup k libovolnému rastrovému skeneru (stolnímu nebo ručnímu skeneru, video a statickým kamerám, graberům snímků, atd.). Standard SANE je svobodný a diskuze o něm a jeho vývoj je otevřený všem. Současný zdrojový kód je napsán tak, aby podporoval různé operační systémy včetně GNU/Linux, OS/2, Win32 a je k dispozici pod licencí GNU GPL (komerční aplikace a backendy jsou také vítány).
sash slouží jako interaktivní náhrada za /bin/sh a používá se v situaci kdy se stane /bin/sh nepoužitelný. Je staticky linkovaný a obsahuje většinu standardních utility a vestavěných funkcí (pro jejich zobrazení zadejte v příkazové řádku "help"). Pokud nainstalujete sash ještě předtím než se stane váš systém nepoužitelný a přitom máte určitou představu o tom jak váš systém funguje, můžete pomocí tohoto programu opravit váš systém pomocí parametru init=/bin/sash zadaného před zavedením jádra.
Někteří lidé také preferují použití sash jako shellu pro účet roota (někdy ho chtějí mít pod alternativním jménem jako je např. sashroot). Konfigurace tohoto nastavení je obsažena.
Pamatujte: sash není určen, aby sloužil jako /bin/sh a obsahuje jen několik interaktivních vlastností, které naleznete v bash nebo ksh. Je vytvořen tak, aby byl jednoduchý a robustní a určen pro lidi, kteří potřebují opravit svůj systém v případě nouze.
Také pamatujte, že sash neobsahuje vestavěný fsck -- fsck je na to příliš velký a komplikovaný. Pokud budete potřebovat fsck, budete potřebovat alespoň jednu fungující diskovou oblast k jeho spuštění. Obecně řečeno, sash je pouze jeden z řady nástrojů (záloha, nástroje pro obnovení zálohy, záchranné diskety nebo oblasti, záložní soubory, testování a plány záchrany, atd.), které vám pomohou při obnově poškozeného souborového systému.
SASL Cyrus - administrační programy uživatelů databáze SASL
Tato implementace Cyrus SASL API je verze 2.1. Pro více informací se podívejte na balíček libsasl2-2 a RFC 2222.
Teto balíček obsahuje administrační programy sloužící ke správě uživatelů databáze SASL a společné binární soubory pro moduly pluginu.
Architekturně nezávislá data pro sawfish
Tento balík obsahuje architekturně nezávislé soubory zkompilovaného lispu a další data jako obrázky do témat. Bez správce oken sawfish budou tyto soubory pravděpodobně k ničemu.
Soubory se zdrojovými lispovými texty jsou v balíku sawfish-lisp-source.
říká aktuální čas prostřednictvím zvukové karty
Říká aktuální čas prostřednictvím zvukové karty. Potřebuje mít dostupné zvukové zařízení.
Zdrojové kódy SBCL
Tento balíček obsahuje zdrojové kódy SBCL -- vývojového prostředí jazyka ANSI Common Lisp.
Zdrojové kódy se hodí v kombinaci s vývojem prostředí a laděním chyb jako SLIME, umožní vám expanzi maker a hledání definicí ve zdrojích.
Instalací tohoto balíčku umožníte vašemu prohlížeči zdrojových kódů se ponořit do jádra Steel Bank Common Lisp.
Textový tabulkový program s klávesovými zkratkami ala VI
"Spreadsheet Calculator" (tabulkový kalkulátor) je upravená verze sc (public-domain), který byl poslán před několika lety do Usenetu Markem Weiserem podobně jako vc, který vytvořil James Gosling. Je založen obdélníkové tabulce, lépe řečeno finanční tabulce.
Klávesové zkratky programu jsou podobné těm používaným v programu 'vi'. Program sám pak umí to co umí většina tabulkových programů, na druhou stranu má nedostatky např. ve vytváření grafů a ukládání tabulek do jiných formátů. Je vysoce stabilní a vcelku snadný, takže se vám bude dobře používat - jakmile se s ním naučíte pracovat.
Klon ImpulseTracker, který má podobný vzhled&cítění
Toto je editor hudebních "stop", tedy hudebních ukázek různých nástrojů, které se mění podle daných notových značek.
Impulse Tracker je jeden z nejoblíbenějších "sledovacích" programů současné doby, Schism Tracker má podobné rozložení UI, takže není obtížné se s ním naučit pracovat.
Modul IM pro SCIM
SCIM (Smart Common Input Method) je vstupní metoda na platformě IM.
Tento balíček obsahuje modul IM pro SCIM. Pomocí tohoto modulu budete moci používat inteligentní čínskou vstupní metodu z klávesnice HanYu PinYin a různých klávesnic ZhuYin (bopomofo).
Pro bližší informace o SCIM, se prosím podívejte na popis balíčku scim.
Obecné tabulky modulu IM platformy SCIM
Tento balíček obsahuje obecný stroj tabulek IM pro SCIM. Pomocí tabulek obsažených v tomto modulu můžete používat vstupní metody různých jazyků.
Chytrý nástroj IM pinyin pro platformu SCIM.
Balíček obsahuje chytrý nástroj pinyin pro SCIM. Obsahuje přídavné moduly a datové soubory. Spolu s tímto modulem můžete používat vstupní metodu pinyin pro čínštinu.
Různé vstupní metody datových tabulek platformy SCIM
Tento balíček obsahuje vstupní metodu SCIM pro ne-CJK jazyky. V současné době to je jazyk Amharic, arabština, nepálština, ruština, thajština, ukrajinština, vietnamština a různé indické jazyky (Bengali, Gujarati, Hindi, Kannada, Malayalam, Punjabi, Tamil a Telugu). Také podporuje vstup X-SAMPA a LaTeX.
Pamatujte, že spousta tabulkových vstupních metod obsažených v tomto balíčku je velmi jednoduchých a pravděpodobně nebudou zcela přizpůsobeny potřebám rodilého mluvčího. Uživatelé by se také měli podívat na balíček scim-m17n (ten používá knihovnu M17N) a zkontrolovat zda neobsahuje lepší podporu jazyka, který hledají.
Čínská vstupní metoda datových tabulek pro platformu SCIM
Balíček obsahuje vstupní metodu SCIM určenou pro čínštinu. Obsahuje následující tabulky:
Array30, CangJie, CangJie3, CangJie5, Cantonese, CantonHK, CNS11643, Dayi3, EZ-Big, Erbi, Erbi-QS, Jyutping, Quick, Simplex, Stroke5, Wubi, Wu, ZhuYin, ZhuYin-Big a Ziranma.
Čínští uživatelé by se měli také podívat na balíček scim-chewing, který obsahuje vstupní metodu Phonetic (BoPoMoFo), který je pravděpodobně lepší než ta obsažená v tabulkách ZhuYin a ZhuYin-Big tohoto balíčku.
Dělostřelecká hra podobná Scorched Earth
Scorched3D je hra založená na klasické dosové hře Scorched Earth "matce všech dalších her". Scorched3D přidává kromě řady nových voleb také možnost hrát přes síť LAN nebo Internet.
Měří objekty na obrazovce
ScreenRuler zobrazuje pravítko na obrazovce a umožní vám měřit jiné objekty, které se tam vyskytují. Má tyto vlastnosti:
Horizontální a vertikální měření v 6 různých jednotkách: pixely, centimetry, palce, pica, bodech a také procentuálně vzhledem k délce měřítka.
Nastavitelné barvy a písma
Ovládání pomocí klávesnici pro přesné umístění.
Možnost zobrazení nad ostatními okny.
Simulátor mikrořadiče pro SDCC
uCsim je simulátor mikrořadiče. Je ho možné rozšířit o podporu různých rodin mikrořadičů. V současnosti podporuje mikrořadiče rodiny Intel MCS51, HC08 a Z80.
Vytváří a upravuje parametry zařízení SCSI
Nástroj sdparm vytváří a v některých případech i upravuje parametry zařízení SCSI. Používá se pro výstup a úpravu parametrů na libovolném zařízení, které používá příkazovou sadu SCSI. Zvláště v případě disků SCSI jako jsou zařízení CD/DVD (nezáležeje na transportu), pásková zařízení SCSI a ATAPI a terminátory SCSI.
Nástroj pro hledání BibTeX
Search-ccsb je skript v Perlu, který se připojí k "The Collection of Computer Science Bibliographies"[1] a provede hledání dle klíčového názvu. Výsledek je množina položek BibTeX, které odpovídají zadanému dotazu.
Pokud používáte aplikaci emacsen, tento balíček nainstaluje také skript search-ccsb.el.
Vyhledává soubory pomocí regulárních výrazů, náhrada find/grep
SearchMonkey je nenáročná GTK aplikace, která nahrazuje nástroje find/grep jednoduše v uhlazeném uživatelském rozhraní, které rychle zobrazí umístění souboru i počet odpovídajících souborů. Cílem je vytvořit jednoduchý a pohotový vyhledávací nástroj pro koncového uživatele stejně jako vývojáře.
Jednoduchý nástroj pro opravu událostí
SEC znamená "simple event correlation". Je to nástroj, který vezme vstup a pomocí pravidel provede odpovídající akce. Je velmi flexibilní a je ho možné použít s libovolným programem, který umí zapisovat na výstup.
Základní podpora SELinux
Tento balíček provede základní instalaci SELinux, dál obsahuje skripty a různé pomocné programy, které vám pomohou vyřešit všechny běžné problémy.
Přísná a účelová varianta bezpečnostní politiky SELinux
Toto je referenční politika SE Linux. Ve výchozím nastavení obsahuje funkce dříve známé jako "cílená" politika. Pokud odstraníte modul "unconfined", pak získáte funkce dříve známé jako "přísná" bezpečnostní politika.
Používá systém kategorií MMCS.
Varianta MLS (Multi Level Security) politiky SELinux
Tato referenční politika SE Linux má vestavěnou podporu MLS. Umožní vám přidávat takové popisky jako je "Přísně tajné" a chránit tato data před procesy a soubory nižší úrovně zabezpečení.
Byla vytvořena pro certifikaci LSPP RHEL. Pravděpodobně nikdy nebude Debianem plně podporována a tak se hodí především pro studenty, kteří se chtějí naučit něco o bezpečnosti používané v armádě.
Programy nástroje SELinux
Tento balíček obsahuje různé utility pro bezpečnostní rozšíření Linuxu (SELinux). SELinux je záplata linuxového jádra, která mu přidává řadu bezpečnostních vylepšení vytvořených pro zvýšení bezpečnosti přístupu k Linuxu. Tento balíček obsahuje nástroje pro získání a nastavení bezpečnostních nastavení, nástroje které usnadňují rozhodování při řešení bezpečnostních otázek.
Nástroje pro rozumný výběr alternativ
Tento balíček obsahuje sadu malých nástrojů, které jsou používány ostatními programy pro výběr a zobrazení v odpovídajících prohlížečích, editorech a stránkovacích programech.
Obsažené nástroje jsou: sensible-browser, sensible-editor a sensible-pager.
V panelu Gnome zobrazuje hodnoty hardwarových senzorů
Applet se sensory GNOME je určen pro panel GNOME a zobrazuje stav hardwarových sensorů včetně teploty, rychlosti otáček větráčků a napětí.
Data získává z následujících zdrojů:
Termálních zón ACPI, pomocí modulů ACPI jádra
Modulů i2c linuxového jádra
Modulu i8k (pro laptopy Dell Inspiron)
Modulů PowerPC therm_adt746x a therm_windtunnel
Modulu iMac G5 Windfarm
Daemonu hddtemp, který čte teploty z pevných disků vybavených technologií S.M.A.R.T.
Grafických karet NVIDIA (v balíčku sensors-applet-nvidia)
Modulu sonypi (pro notebooky Sony Vaio)
Alarmy je možno nastavit pro každý senzor a upozornit tak uživatele na příliš vysoké nebo nízké hodnoty, které byly dosaženy. Také je lze nastavit na vykonání daného příkazu v určitých pravidelných intervalech.
Program rozšiřující zabezpečení Linuxu
Tento balíček obsahuje nástroje pro rozšíření zabezpečení linuxového systému a přepsání stávajících povinných pravidel jinými hodnotami včetně generování nové politiky zabezpečení. Bezpečnostní rozšíření obsažená v tomto balíčku obsahují záplatu linuxového jádra a množství utilit pro rozšíření funkčnosti ovládání přístupu v Linuxu. Tento balíček obsahuje programy, které zjistí a nastaví zabezpečení procesů a souborů a přitom se budou držet nastavených bezpečnostních rozhodnutí.
Realtimový sekvencer MIDI
Seq24 byl vytvořen tak, aby vytvářel jednoduché rozhraní pro úpravu a hraní 'smyček' midi. Je to minimální sekvencer, který neobsahuje funkce pokročilých sekvencerů, ale zato obsahuje malou podmnožinu funkcí, které se hodí pro provádění běžných operací.
Ovládá chování zařízení cdrom
Tento program vám umožní řídit chování vaší cdrom mechaniky v Linuxu.
Zdrojový kód tohoto balíčku může být zdrojem informací pro vývojáře, kteří chtějí poznat možnosti linuxového rozhraní mechaniky cdrom.
Strukturovaný zvukový dekodér MPEG 4
Sfront zkompiluje strukturovaný zvukový formát MPEG 4 (MP4-SA) na efektivnější program C, který při svém spuštění vygeneruje daný zvuk. Podporuje realtimový, svižný zvukový vstup/výstup, vstup MIDI ze zvukových karet a "Network Musical Performance".
MP4-SA je standard pro normativní algoritmický zvuk, který kombinuje zvukový signál procesního jazyka (SAOL) se skórovacími jazyky (SASL a souborovým formátem MIDI).
Tento balíček obsahuje aplikaci sfront, manuál sfront a "The MPEG-4 Structured Audio Book", knihu o zvukovém modelování a sekvenčním zpracování pomocí MP4-SA.
Ukázkové skripty SGMLS v Perlu pro zpracování výstupu SGML
Zde se nachází ukázkové skripty pro zpracování výstupu SGML za pomocí modulů Perlu s označením SGMLS. Pro rozumné použití tohoto balíčku také nainstalujte vhodný překladač SGML.
Nástroj pro hledání souboru podle obsahu
Nástroj pro prohledávání textových souborů a filtrování textových proudů dle strukturovaných kritérií. Sgrep implementuje dotazovací jazyk založený na tzv. regionálních výrazech.
Podobně jako grep, sgrep je možné používat pro libovolný druh textových souborů. Samozřejmě se nejvíce hodí pro textové soubory obsahující nějaký druh strukturovaného textu. Soubor obsahující strukturovaný text je možné definovat jako soubor, který se řídí určitou syntaxí. Příkladem tohoto textu jsou například soubory SGML, HTML, C, TeX nebo emailové zprávy.
"shar" vytvoří takzvaný shell archív z mnoha souborů, připravený pro přenos elektronickou poštou. "unshar" slouží k rozbalení těchto souborů po přijetí. Další programy pomáhají s jinými úkoly.
"uuencode" připraví soubor pro přenos elektronickou poštou, která ignoruje nebo jinak mění osmý bit. "uudecode" provádí opačnou transformaci.
Uspořádání sekvencí RNA pomocí šablony DNA
Projekt SIBsim4 používá sim4, což je program sloužící k vytváření uspořádání sekvencí DNA pomocí sekvencí genomů. SIBsim4 přepisuje původní kód a drží se těchto cílů:
umožňuje zpracování velkého množství chromozomů a sekvencí DNA;
disponuje detailním výstupem spojených typů;
vytváří detailní výstup o umístění polyA;
má vyčištěný kód a obsahuje opravy.
Hudební přehrávač pro tunes od C64 po C128 (konzole)
Toto je jednoduchý hudební přehrávač pro tunes C64 a C128, také známé jako SID tunes.
Testování regrese HTTP a výkonu
Siege je nástroj pro regresní testování a testování výkonu. Umí provádět stresové testy jedné adresy URL s uživatelský definovaným počtem současných uživatelů, nebo načíst hromadu adres URL do paměti počítače najednou. Program informuje o celkovém počtu nahraných stránek, přenesených bytech, odezvě, souběžnosti a návratovém stavu. Siege podporuje protokoly HTTP/1.0 a 1.1, direktivy GET a POST, cookies, logování transakcí a základní metody autentizace. Jeho schopnosti je možné konfigurovat na uživatelské úrovni.
Poznámka: Tento balíček obsahuje podporu HTTPS, takže nahrazuje zastaralý balíček siege-ssl.
Nástroj pro uspořádání cDNA a genomu DNA
sim4 je nástroj založený na podobnosti sloužící k uspořádání nějak vyjádřené sekvence DNA (EST, cDNA, mRNA) s genomovou sekvencí daného genu. Také detekuje konec shody jakmile se dvě vstupní sekvence překrývají na konci jedné (např. začátek jedné sekvence překrývá konec sekvence jiné).
Funguje podobně jako tail(1) a navíc ukládá stavové informace
since je program podobný tail(1), ale navíc si pamatuje kolik daného souboru prohlédl a zobrazí pouze tu část, která se od minule změnila. Je ideální pro prohlížení souborů logu (zobrazuje pouze to co je nové, co se od minulého spuštění změnilo).
Hra, ve které budete jedineční
Stanete se umělou inteligencí. Vašim cílem je získat znalosti k tomu, abyste dosáhli jedinečnosti. K tomuto účelu vytváříte a přebíráte počítače jejichž sílu využíváte k výzkumu. Také máte k dispozici roboty, kteří vám umožní se pohybovat mimo svůj svět. Přitom se snažíte uniknout lidskému druhu, který vás může v okamžiku prozrazení vaší existence zničit.
Generuje souhrnné informace o návštěvnících (serverová část)
Systém sitesummary usnadňuje získávání informací o více počítačích. Dělá to pomocí získávání zpráv, které jsou odesílány jednou denně a pomocí sběrače z nich pak vytváří souhrnné zprávy.
Tento balíček je součástí serverové části, která obsahuje skripty pro sbírání informací a zobrazení výsledků.
Vytváří informace o počítačích (klientská část)
Tento balíček je klientská část, která slouží k odesílání informací na server po startu počítače jednou denně.
3D diagramy pro popisný jazyk TeX ze scény
Sketch je jednoduchý systém sloužící k vytváření nákresů tří-dimenzionálních objektů a scén. Sketch vytváří pěkný výkresy, matematické ilustrace bez nedůležitých detailů a také umí snadno používat matematiku TeXu a text. Vstupní jazyk připomíná PSTricks, což uvítají stávající uživatelé PSTricks. Program generuje výstup ve formátu PSTricks a TikZ/PGF.
Pamatujte, že tento balíček neobsahuje ani není interaktivním vektorovým kreslícím programem známým pod jménem skencil.
Nástroje pro správu slovníku SKK
Tento balíček obsahuje nástroje sloužící ke správě slovníkových souborů japonských vstupních systémů SKK.
Slovníkové soubory SKK jsou obsaženy v balíčku skkdic a skkdic-extra. Z nich můžete vytvářet místní slovníkové soubory.
Pokud chcete konvertovat soubory slovníku do cdb (databáze DJB), nainstalujte si balíček tinycdb. Pro použití volitelných skriptů nainstalujte požadované nástroje, je jimi gawk, ruby, gauche, atd.
Opraví vás, pokud zadáte omylem `sl'
Sl je program, který zobrazuje animace jejichž cílem je opravit vás pokud zadáte omylem právě příkaz 'sl'. SL znamená Steam Locomotive (parní lokomotiva).
Toto je OpenLDAP server (Lightweight Directory Access Protocol - odlehčený protokol pro přístup k adresářům). Může být použit jako samostatná adresářová služba.
Zabije všechny procesy daného uživatele
Slay vám umožní rychle a snadno zabít všechny procesy daného uživatele. To se hodí pokud chcete někoho "zlikvidovat".
Záložní systém Skolelinux
Záložní systém vytvořený pro zálohy více klientů na server. slbackup používá pro zálohu rdiff.
Klienty mohou být počítače, na které nainstalujete tento balíček nebo další počítače, které jsou k dosažení přes SSH (pomocí klíčů SSH). Počítač, který uchovává záložní data může být ten, který obsahuje tento balíček nebo nějaký jiný počítač, s kterým navážete spojení pomocí SSH (pomocí klíčků SSH).
Zobrazí X-Faces na emulátoru terminálu
slrnface je pomocný nástroj, který používají čtečky novinek jako je slrn a tin ke zobrazení obrázků X-Faces doprovázejících usenetové články. Program funguje na emulátoru terminálu. Není určen pro přímé spuštění z konzole.
Stáhne malé vlákno s novinkami z nějakého serveru NNTP
Slrnpull stáhne malé vlákno novinek z nějakého serveru NNTP do místního adresáře spool. Tyto novinky je pak možné prohlížet v čtečce novinek (jako je slrn), která umí číst novinky uložené ve spool bez nutnosti připojení k serveru NNTP.
V kombinaci s čtečkou novinek slrn, slrnpull zprostředkuje skutečné prostředí pro čtení novinek offline. slrnpull můžete říct aby stahoval pouze hlavičky, označil ty nejzajímavější články a ty pak stáhne při dalším spuštění programu slrnpull.
Slrnpull také umožňuje likvidovat články, které nebudou ze serveru staženy.
Analyzátor logu Sendmail
SMA je program, který analyzuje log služby Sendmail.
Podpora všech posledních verzích Sendmail
Flexibilní výstup ve formátech - HTML, ASCII a log
Filtrování zpráv pomocí regulárních výrazů
Informace z více počítačů v jedné zprávě
Grafické upozornění na zdraví pevného disku
Grafické upozornění pracující se smartmontools, které se snaží získat informace z daemonu smartd monitorujícího pevný disk. V současné době program používá pouze GTK.
UPOZORNĚNÍ: Tento balíček vám nenahradí pravidelné zálohování, pouze se _pokusí_ zavčas varovat uživatele jakmile smartd něco zaznamená. Úspěch však není možno s jistotou garantovat, přesto tento balíček vytváří další ochrannou vrstvu navíc.
Mnohostranný a inteligentní procesor skupin
Smartlist je manažer emailových diskuzí postavený na balíčku procmail. Mezi jeho vlastnosti patří:
Dostatečná inteligence pro překonání nevědomostí některých přispěvatelů (přímé odebírání a odepsání na požadavky mimo diskuzi a na požadovanou adresu).
Žádný těžkopádný formát pro připsání (odepsání) z diskuzní skupiny (např. noví uživatelé nepotřebují výchovu, uživatelé, kteří se chtějí odstranit ze seznamu si nepotřebují pamatovat žádný předpis).
Inteligentní automatické odstranění adres ze seznamu, které způsobí příliš mnoho předání.
Automatická eliminace zdvojeného posílání zpráv.
Možnost nastavení diskuzní skupiny jako samostatného emailového serveru.
Ovládá a monitoruje diskový systém za použití S.M.A.R.T.
Balíček smartmontools obsahuje dva programy (smartctl a smartd), které slouží pro monitorování a ovládání úložných zařízení pomocí S.M.A.R.T. (Self-Monitoring, Analysis and Reporting Technology System), který naleznete ve většině moderních disků ATA a SCSI. Je odvozen od balíčku smartsuite a obsahuje podporu disků ATA/ATAPI-5. Měl by běžet na všech moderních linuxových systémech.
SMPEG přehrávač zvuku/videa určený pro příkazovou řádku
SMPEG (Knihovna pro přehrávání SDL MPEG) je svobodná knihovna určená pro přehrávání MPEG1 s podporou zvuku. Přehrávání videa je založeno na všudypřítomném přehrávači Berkeley MPEG, mpeg_play v2.2. Zvuk je přehráván pomocí lehce upravené knihovny mpegsound, která je součástí splay v0.8.2. SMPEG podporuje zvuk MPEG (MP3), video MPEG-1 a proudy MPEG.
Tento balíček obsahuje přehrávač určený pro příkazovou řádku a nazývaný plaympeg.
Server SMS pro modemy GSM
Server SMS vám umožní nastavit centrální SMS gateway. Zprávy SMS odesílá a přijímá pomocí jednoduchého textového rozhraní. Měsíčně může odeslat až 20 000 zpráv.
Program má volbu pro obsluhu událostí, která po odeslání zpráv SMS umožní volání upravených programů nebo skriptů.
Nástroje serveru SMS umí pro odesílání a příjem zpráv SMS použít jeden nebo více (max. 32) modemů GSM. Některé modemy tak můžete vybavit kartami SIM Vodafone nebo Telmi. Všechny zprávy jsou uspořádány do front podle poskytovatele. Jakmile jeden z modemů selže, bude deaktivován na jednu hodinu a pak bude jeho funkčnost opět odzkoušena. Ostatní modemy budou běžet dál bez dalších změn. Stavové informace a alarmy jsou logovány do syslog.
Malý server NNTP pro koncové systémy
sn je malý systém novinek pro malé systémy obsluhující okolo tuctu skupin a fungující na linkách s nízkou rychlostí přenosu. Podobá se leafnode (ftp.troll.no, od Arnt Gulbrandsen). Cílovými uživateli jsou domácnosti nebo SOHO s jedním modemovým připojením k Internetu, na kterých zřejmě běží masq nebo něco podobného a obsluhují několik počítačů.
Toto je základní, ale přitom hezká implementace hry Had. Cílem hry je pohybovat „se kolem“ a přitom jíst ovoce a přitom nenarazit do překážek ani vlastního ocasu.
Mezi vlastnosti programu patří 5 úrovní obtížnosti a seznam s nejvyšším dosaženým skórem.
Ukázkové programy používající libsndfile
Tento balíček obsahuje jednoduché programy používající libsndfile.
sndfile-cmp : porovná zvuk ve dvou souborech
sndfile-concat : spojí dva nebo více souborů
sndfile-convert : převádí mezi různými formáty zvukových souborů
sndfile-info : vytiskne informace o souborech
sndfile-metadata-get/set : získá a nastaví metadata
sndfile-play : přehraje soubor se zvukem
Sonata je nenáročný hudební klient GTK+ hudebního daemona MPD. Program je jednoúčelový (nemá panel nástrojů, hlavní menu ani stavový pruh), je uživatelsky přívětivý a vzhledově čistý.
Editor a přehrávač kytarových značek
Songwrite je editor a přehrávač kytarových značek (notace prstokladu) podobný TablEdit. Krom+ toho také podporuje notovou osnovu, slova a rytmus.
Podpora tisku a přehrávání je zprostředkována pomocí externích programů.
Songwrite byl dříve znám jako GTablature.
Aplikace GNOME pro konverzi hudebních souborů
SoundConverter je jednoduchý konvertor zvukových souborů v prostředí GNOME. Program čte zvukové soubory v libovolném formátu podporovaném GStreamer a převádí je do formátů Ogg Vorbis, FLAC, WAV a MP3 (pokud máte plugin LAME GStreamer).
Amatérské paketové rádio-modemy skrz zvukovou kartu
Tento nástroj obsahuje ovladač a diagnostický nástroj pro balíček SoundModem vytvořený Thomasem Sailerem.
Tento balíček vám umožní používat zvukovou kartu (podporovanou jádrem) jako nějaký amatérský paketový rádio-modem.
Tento balíček obsahuje filtr spamu založený na článku 'A Plan for Spam' od Paula Grahama. K uložení jedno- a dvou-slovných frází používá nějakou databázi (buď BerkeleyDB nebo jednodušší hashovací soubor). Program analyzuje pouze jistou část hlavičky a přitom ignoruje značky HTML a tím eliminuje možnost chyby při pozitivní identifikaci čistého emailu obsahujícího právě HTML. Obrázkové přílohy jsou analyzovány na slova a tak v nich je také detekován spam. Program je možno jednoduše integrovat spolu s procmail a maildrop a slouží tak k filtrování spamu obsaženého v příchozích zprávách.
Emacsový hlasový klient používající Speech Dispatcher
speechd-el je emacsový klient a elispová knihovna pro Speech Dispatcher. Poskytuje Emacsu komplexní hlasové rozhraní zaměřené hlavně (ovšem ne nutně) na nevidomé a zrakově postižené uživatele. Umožňuje uživatelům pracovat s Emacsem bez dívání se na obrazovku, pouze na základě zvukového výstupu produkovaného syntetizéry podporovanými daemonem Speech Dispatcher.
Česká dokumentace k speechd-el
Nástroje příkazové řádky pro kodek Speex
Tento balíček obsahuje kodér a dekodér pro příkazovou řádku.
Dokumentace pro Speex
Tento balíček obsahuje dokumentaci pro Speex
Nástroje pro výběrovou kontrolu pravopisu
Spellutils je kolekcí programů, které se používají pro izolaci některých částí z různých typů souborů a jejich obsluhu dalším programem, který tyto texty změní; typicky se jedná o kontrolu pravopisu. Poté program nakopíruje změněný text zpět do původního souboru.
Program newsbody se používá v emailových a news skupinách; umí např. ignorovat hlavičky, citovaný text a podpisové patičky.
Program pospell se používá pro kontrolu přeložených řetězců v souborech .po.
Dotazování SPF (Sender Policy framework) pro validaci emailu
SPF (Sender Policy Framework) je součástí protokolu SPF/SRS. SPF umožní emailovým systémům jako je Sendmail, Postfix, Exim, Zmailer a MS Exchange kontrolovat záznamy SPF a ověřovat, že email odpovídá doménovému jménu odkud přichází. Tím zamezí padělání zpráv, které často používá spammeři a viry/červy.
Tento balíček obsahuje jednoduché nástroje používající libspf2, který otestuje záznam SPF.
Přes neaktivní linku posílá malé pakety
spinner posílá malé pakety (nulové pakety či módní ASCII) pro uchování aktivity linky.
Jedná se o perfektní aplikaci pro uchování připojení přes routery, které vás v případě neaktivity odpojí.
Spustí dva programy v rozdělené obrazovce
Nástroj pro rozdělení obrazovky kompatibilní s vt100 na dvě půlky, horní a spodní. Tím vám umožní spustit dva odlišné programy souběžně a přitom zvlášť v každé půlce.
Nástroj pro vytvoření a připojení souborového systému squashfs
Squashfs je vysoce komprimovaný souborový systém v Linuxu určený pouze pro čtení. Pro komprimaci souborů, inodů a adresářů používá kompresi zlib. Inody v systému jsou velmi malé a všechny bloky jsou zabaleny, čímž se zmenší velikost dat. Jsou podporovány velikosti bloků 4K až 64K.
Squashfs je zamýšlen pro všeobecné využití v úloze souborového systému jen pro čtení, pro archivování (tedy tam, kde by bylo možné použít .tar.gz) a pro systémy s omezenou pamětí/blokovými zařízeními, kde je potřeba udržet nízkou režii (například vestavěné systémy).
Monitoruje a analyzuje soubory access.log squidu
squidview je aplikace založená na ncurses, která vám umožní pohodlně prohlížet a monitorovat soubor access.log squidu. Kromě toho vám umožní vytvářet zprávy a statistiky.
Přesměrovávač sériového portu Telnetu kompatibilní s RFC 2217
Sredird je přesměrovávač sériového portu vyhovující protokolu z RFC 2217 "Telnet Com Port Control Option". Tento protokol umožňuje sdílet sériový port přes síť.
Sender Rewriting Scheme klient pro příkazovou řádku
Sender Rewriting Scheme ochraňuje funkcionalitu .forward ve světě vyhovujícím SPF.
SPF vyžaduje, aby SMTP klientská IP odpovídala odesílateli na obálce (return-path). Pokud je zpráva forwardována skrz mezilehlý server, pak tento mezilehlý server by měl přepsat return-path tak, aby zpráva i nadále vyhovovala požadavkům SPF. Je-li zpráva odražena (bounce), pak mezilehlý server potřebuje toto odražení ověřit a forwardovat toto odražení původnímu odesílateli.
Tento balíček obsahuje srs klienta, který může být použit ve vašich souborech .forward.
Genomová aplikace pro spojování miliónů velmi krátkých sekvencí DNA
SSAKE (Short Sequence Assembly by K-mer search and 3′ read Extension) je aplikace pro agresivní montáž miliónů krátkých nukleotidových sekvencí progresivním hledáním perfektních 3′-most k-mers použitím prefixového DNA stromu. SSAKE je vytvořen tak, aby seskupil krátké sekvence do contig, které se používají pro charakterizaci nového seskupení.
Interaktivní program X pro zadání fráze ssh-add
Protože tento program závisí na GTK+, byl vyjmut z balíčku openssh-client a vložen do samostatné balíčku.
Pravděpodobně hledáte balíček ssh-askpass, tento je tu však především pro možnost volby a/nebo pro zmatení uživatele.
Jednoduchá obálka debconf k OpenSSL
Tento balíček umožní bezobslužné instalace balíčků, které potřebují vytvářet certifikáty SSL.
Jedná se jednoduchou obálku k požadavkům na vytvoření certifikátu OpenSSL, který jej nakrmí těmi správnými uživatelskými hodnotami.
Shamirova implementace sdílení tajemství
Shamirova implementace sdílení tajemství. Programový balíček dělá dvě věci: rozděluje dané tajemství a obnovuje ho z uživatelem vytvořených částí.
Shamirova implementace sdílení tajemství umožňuje rozdělení tajemství na různé díly. Tato tajemství je pak možné rozdělit různým lidem. Jakmile pak nastane ten správný okamžik, je potřeba zkombinovat předvolený počet dílů. Počet vytvořených dílů a počet dílů nutných pro zjištění tajemství se definuje v okamžiku rozdělení. Počet dílů požadovaných pro zjištění tajemství může být nižší než počet vytvořených dílů, takže je pak možné obnovit tajemství z libovolné dostatečně velké podmnožiny dílů.
Toto schéma umožňuje sdílení tajemství, které snižuje riziko jeho ztracení a přitom zvyšuje počet částí, který je nutný pro získání (obnovu) tohoto tajemství.
3-dimenzionální prohlížeč mapy hvězd
StarPlot je program používající GTK+, který se používá pro interaktivní prohlížení mapy hvězd z perspektivy 3D pohledu. Mapy je možno znovu vystředit, zoomovat pomocí jednoho kliknutí myši (to je možné samozřejmě provést také pomocí dialogového okna pro větší přesnost). Hvězdy je možno prohlížet (nebo ignorovat) pomocí spektrální třídy a absolutní velikosti.
StarPlot je balíček, který obsahuje starconvert, to je nástroj, který konvertuje řádkově orientované záznamy dat do formátu StarPlot. Většina datových souborů dostupných na Internetu je možno tímto způsobem konvertovat právě pomocí starconvert, navíc však musí být dostupný krátký soubor popisující originální souborový formát.
2D vesmírná střílečka podobná 'Star Trek' - binárky
Star Voyager je hra podobná Frontier/Elite se zaměřením na bojovou atmosféru 2D dle vesmíru známého ze 'Star Trek'. K tomu používá knihovnu SDL.
Tento balíček obsahuje binární soubory hry.
Přístup ke statistice systému ve stylu sysctl
statgrab umožňuje přístup ke statistice systému pomocí rozhraní ve stylu sysctl. To se hodí v aplikacích, které nechtějí používat knihovny a přesto chtějí přistupovat ke statistice. Příkladem je mrtg, pro který jsou k dispozici skripty určené ke generování konfiguračních souborů.
statgrab využívá knihovnu libstatgrab.
Kolekce skládaček podobných hře Tetris Attack
Další způsob hraní Tetrisu a některých dalších zábavných skládaček. Obsahuje možnost hry pro více hráčů a podporuje témata. Užijte si hru!
Interaktivní fyzikální simulátor pro KDE
Pomocí Step se můžete učit jak funguje fyzika. Na scénu umístíte nějakou hmotu, přidáte síly jako je přitažlivost nebo exploze, pak kliknete na tlačítko „Simulovat“ a v jednotlivých krocích si prohlédnete, jak se bude scéna podle zákonů fyziky dál měnit. Můžete měnit všechny vlastnosti hmoty/sil (dokonce i během vlastní simulace) a pozorovat jaký to bude mít vliv na vlastní experiment.
Zvuková syntéza (ukázkové aplikace)
STK (Sound Synthesis Toolkit) - sada nástrojů určených pro syntézi zvuku, je knihovna C++ obsahující různé algoritmy syntézi zvuk počínaje modulací frekvence a konče fyzikálním modelováním a dalšími funkcemi. Používá se jako knihovna, ale také obsahuje některé pěkné softwarové syntetizéry.
Tento balíček obsahuje ukázkové soubory pro syntézi zvuku.
Stáhne online streamy do zvukového souboru
Nástroj příkazové řádky, který se používá pro nahrávání online rádio proudů MPEG III a OGG do samostatných zvukových souborů.
Správce stahování/nahrávání titulků video souborů
SubDownloader je nástroj používaný k automatickému stahování/nahrávání titulků video-souborů (DIVX, MPEG, AVI, atd.) a DVD.
Rychlý hashovací algoritmus (27 GB filmů během 7 sekund)
Rekurzivní prohledávání adresářů
Automatická detekce jazyka titulků
Nahrávání kompletních sérií titulků za méně jak 1 minutu
Tento balíček obsahuje GUI frontend, společné soubory a rozhraní cli.
Zadaným uživatelům uděluje omezená správcovská práva
Sudo je program, který umožňuje systémovému správci přidělit vybraným uživatelům omezená rootovská oprávnění a logovat jejich aktivitu. Základní filozofií je rozdat co jen tolik oprávnění, kolik jich je potřeba pro vykonání dané úlohy.
Tato verze je vytvořena s minimálními závislostmi na dalších knihovnách. Pokud používáte LDAP v sudoers, pak nainstalujte raději balíček sudo-ldap.
Vykoná příkazy s setuid uživatele root
Super umožní danému uživateli vykonávat skripty (a další příkazy) s právy uživatele root; také umí nastavit uid a/nebo gid ještě před vykonáním příkazu. Umožňuje nám bezpečně vykonávat skripty s nastaveným setuid uživatele root.
Prohlížeč logu s vyhledáváním pomocí reg. výrazů a zvýrazněním
Swatch je vytvořen tak, aby monitoroval aktivitu systému. Čte konfigurační soubor, který obsahuje šablonu(y) a hledá akce, které se mají v případě nalezení šablony provést.
Typickou akcí při nalezení odpovídajícího řádku je zvýraznění pomocí barev a formátů včetně inverzního zobrazení, tučného písma, podtržení a dalších pravidel, které swatch interně zná. Další akcí může být např. odeslání emailu nebo vykonání daného programu.
Swatch je napsán v Perlu a k vyhledávání používá regulární výrazy Perlu.
Zvukový editor a nástroj pro živé přehrávání
Sweep je zvukový editor a nástroj pro živé přehrávání. Podporuje mnoho hudebních a zvukových formátů, včetně WAV, AIFF, Ogg Vorbis, Speex a MP3. Má možnosti úpravy více kanálů a moduly LADSPA efektů.
Pluginy LADSPA Steva Harrise
Steve Harris napsal velké množství pluginů kompatibilních s LADSPA (jako je GLAME, Sweep a ecasound). Dostupné pluginy jsou:
amp, fast overdrive, overdrive (with colourisation), comb filter, waveshaper, ringmod, divider, diode, decliper, pitch scaler, 16 band equaliser, sinus wavewrapper, hermes filter, chorus, flanger, decimater, oscillator, gverb, phasers, harmonic generators, surround encoders a mnohem více.
Ukázkové příklady pro aplikace SWIG
Obsahuje ukázkové příklady pro aplikace SWIG, generátor rozhraní pro integraci kódu C do skriptovacích jazyků.
Jednoduchý systém indexace dokumentu: verze C++
SWISH++ je unixový indexační a vyhledávací stroj (typicky používané při indexaci a hledání souborů na webových stránkách). Vychází ze SWISH++, i když byl kompletně napsán znovu.
Indexace META značek, ALT a dalších atributů
Volitelně neindexuje text ve značkách HTML a XHTML
Inteligentně indexuje emaily a soubory news
Indexuje unixové manuálové stránky
Při indexaci je možno používat různé filtry
Indexuje i ne-čistě textové dokumenty, jako např. Microsoft Office
Modulární indexační architektura
Inkrementální indexace nových souborů
Indexuje vzdálené webové stránky
Pracuje s velkými kolekcemi souborů
Volitelně streamování slov (oddělení přípon)
Schopnost fungovat jako vyhledávací server
Snadno analyzovatelný formát s výsledky
SWISH-Enhanced (Jednoduchý systém pro indexování webu -rozšíření) je rychlý, mocný a snadno použitelný systém pro indexování kolekcí webových stránek či XML nebo textových dokumentů (jako jsou dokumenty OpenOffice, Open Document, emaily atd.).
Rychlá indexace velkého množství textu, HTML a XML
K indexaci libovolného typu souborů jako je PDF, OpenOffice, DOC, XLS, PPT a MP3 používá filtry
Obsahuje webového pavouka pro indexaci vzdálených dokumentů přes HTTP
Pro zpracování dokumentů může použít externí program, včetně záznamů z nějaké relační databáze.
Streamování slov, soundex, metaphone a double-metaphone pro tzv. "fuzzy-searching".
Šikovné regulární výrazy pro výběr dokumentů určených k indexaci
Omezení prohledávaných částí dokumentů, jako jsou určité značky HTML nebo XML.
Indexový soubor je přenositelný mezi platformami.
Je obsažena knihovna Swish-e, která vám umožní vkládání Swish-e do vašich aplikací což umožní velmi rychlé vyhledávání.
Použité příklady vám umožní indexaci dokumentace Debianu, souborů PDF, OpenOffice a MSOffice, celého adresáře Maildir a mnohem více.
Švýcarské drážní hodiny pro systém X Window
Swisswatch jsou hodiny určené pro grafický desktop. Hodiny je možno konfigurovat a nastavit jim různý vzhled. Ve výsledku je můžete plně přizpůsobit vašim potřebám a nastavit vzhled hodin Botta (SFMoMA), nebo emulovat jiné chování hodin. Standardně ovšem použijí vzhled švýcarských drážních hodin.
Stručný komentář Matthew Henryho pro SWORD
Zkrácená verze komentáře Matthew Henrryho celé bible. Matthew Henry (1662-1714) byl presbyterián v Chesteru. Jeho práce je hodnocena jako ten nejlepší anglický komentář určený pro náboženské účely. Pro svou práci ho používal např. Whitefield a Spurgeon a velmi jej chválili.
Nave, soudobá bible pro SWORD
Nave byla původně vytvořená O.J. Nave při jeho službě kaplana v americké armádě a byla vytvořena na začátku roku 1900. Skládá se z 20 000 témat a podtémat a 100 000 referencí na podobrazy.
Odlehčený poštovní klient v GTK+
Sylpheed je poštovní klient, který se snaží o:
Jednoduché nastavení, intuitivní ovládání
Hojnost funkcí Vzhled a ovládání je podobné populárním poštovním klientům pro Windows, např. Outlook Express. Rozhraní je také navržené tak, aby emulovalo poštovní klienty v Emacsu a většina příkazů je dostupná pomocí klávesnice.
Hledá/mění symbolické odkazy
Symlinks prohledá v adresářích symbolické odkazy a vypíše je na standardní výstup. Každý odkaz získá předponu, která odkaz klasifikuje jako relativní, absolutní, ukazující do prázdna, zmatený, dlouhý, nebo jiný souborový systém.
Symlinks také umí převést v rámci jednoho souborového systému absolutní odkazy na relativní a smazat zmatené nebo neukončené odkazy.
Vektorový 2D animační vykreslovací stroj
synfig je vektorový 2D vykreslovací stroj. Je vytvořen pro tvorbu filmových animací.
Tento balíček obsahuje vykreslovací nástroj pro příkazovou řádku, pro grafický animační nástroj si prosím nainstalujte synfigstudio.
Vektorový 2D animační program (grafické uživatelské rozhraní)
synfig je balíček pro vytváření 2D animací. Je vytvořen tak, aby umožnil tvorbu animací na úrovni filmových studií. Posiluje běžné potřeby pohybu obrázků a nenutí vás vykreslovat každý snímek.
Tento balíček obsahuje grafické uživatelské rozhraní k synfig.
Modularizovaný systém mechanismu odhlášení v shellu
Jednoduchý centralizovaný konfigurační mechanismus pro flexibilní správu specifických částí shellu při odhlášení ze systému Debian.
Byl vytvořen tak, aby fungoval v bash. Ostatní shelly nebyly pro toto vydání brány v potaz.
Program zobrazující systémové novinky
Program news vás informuje o novinkách týkajících se vašeho systému. Každá novinka je uložena v samostatném souboru adresáře /var/lib/sysnews. Každý kdo má právo zápisu, může v tomto adresáři vytvoř soubor news.
Modularizovaný systém mechanismu konfigurace shellu
Jednoduchý centralizovaný konfigurační mechanismus pro flexibilní údržbu specifických částí pro přihlášení k systému Debian.
malý démon určený ke správě Linuxového SysRq přes síť
Umožňuje spustit obvyklé SysRq příkazy přes síť, např.: sync, umount, reboot, poweroff, sak, term, atd.
Jeho filozofií je mít odezvu i při velkém zatížení a zkusit být co nejspolehlivější. Ověřování se dělá pomocí hesla v textové podobě.
Grafické rozhraní pro nastavení tiskového systému
System-config-printer je GUI napsané v Pythonu používající GTK+ určené k nastavení serveru CUPS. Program primárně slouží k nastavení tiskového systému na lokálním počítači, ale můžete ho použít také pro nastavení vzdálené tiskárny.
Jinými slovy, program dělá to samé jako webový administrační nástroj CUPS, ale je integrován přímo do desktopového prostředí.
Ladění jádra skrz souborový systém /proc
Tento program zadává parametry jádra, které jsou uloženy v konfiguračním souboru, do souborového systému /proc. To umožní vyladit jádro bez nutnosti rekompilace jádra.
systune je alternativou sysctl(8). Program se pouští až po většině ostatních daemonů a dalších skriptech init.d, takže ho je možno používat jako "druhé stádium" po sysctl.
Teams -- postskriptové písmo pro konverzi ASCII a základní Cyrilice
Tato rodina písem je Typu 1 (obsahuje běžné, tučné, skloněné a tučné skloněné písmo) a vytvořil ji TopTeam Co. -- bulharský vydavatel. Písmo používal pro vydávání svých novin a magazínů.
Písmo pokrývá pouze anglické, bulharské znaky a znaky ruské cyrilice.
Kontrolor akcí terminfo
Program „tack“ je diagnostický nástroj, který slouží k vytváření a ověřování správnosti terminfo. Tento program se používá k vytváření popisů nového terminálu, který není obsažen ve standardním vydání ncurses.
Přestože je „tack“ distribuován spolu s ncurses-bin, nejedná se o nedílnou součást ncurses a tak byl umístěn autorem do samostatného programu.
Osobní systém správy času
Taglog je vytvořen pro každého kdo tráví spoustu času sezením u počítače, prací na různých projektech. V programu můžete psát poznámky o tom co zrovna děláte, jak dlouho vám to trvá a přiřazovat to jednotlivým projektům, na kterých zrovna pracujete. Na konci týdne vám program vytvoří sestavu o tom, kolik času jste na projektu strávili a tak vám usnadní správu financí. Můžete zadat úkoly, které chcete splnit, přiřadit je určitému projektu a označit je jako aktivní případně jako hotové.
Klient IRC k GNUstep
TalkSoup je GNUstep IRC klient využívající rozšiřitelnosti jazyka Objective-C. Kompletní IRC klient je tvořen řadou pluginů, takže si kdokoliv může vybrat co z něj chce opravdu používat.
Balíček nástrojů pro konceptuální modelování
Balíček nástrojů pro konceptuální modelování je kolekce programů, které zobrazují konceptuální modely programových systémů ve formě diagramů, tabulek, stromů atd. Konceptuální model systému se používá pro reprezentaci požadavků nebo architektury systému. TCM je určen pro specifikaci a správu požadavků popisovaného systému a to ve formě technik a heuristik pro analýzu problému, upřesnění funkcí, specifikaci chování a specifikaci architektury. TCM se skládá z grafických editorů, které vám právě tuto činnost umožní. Tyto editory je možné rozčlenit na:
Obecné editory pro obecné diagramy, tabulky a stromy.
Editory strukturované analýzy (SA) pro entitně-relační diagramy, data a pohyblivé diagramy, stavové diagramy, stromy funkcí, tabulky transakcí a funkčně-entitní tabulky.
Editory UML (Undefined Modeling Language) pro statické diagramy zobrazující strukturu, případové diagramy, diagramy aktivit, stavové grafy, sekvenční diagramy, kolaborační diagramy, diagramy komponent a vývojové diagramy (v současné době jsou funkční pouze první tři editory UML a také poslední dva editory).
Různé editory jako je JSD (zpracování struktury a síťových diagramů), rekurzivní grafy a dekompozice transakcí.
TCM podporuje kontrolu omezení v jednotlivých dokumentech (např. duplikace jmen, cykly a jejich vztahy). TCM se vyznačuje vestavěnými pravidly (díky nimž nedochází k chybám). K dispozici jsou přímá pravidla (která jsou provedena okamžitě) a mírná pravidla (u kterých se zobrazí pouze varování). TCM je vytvořen tak, aby podporoval hierarchické grafy, takže umí obsloužit hierarchické stavové diagramy. Další schopnosti budou dodány později včetně přímé kontroly více dokumentů a spustitelných modelů.
implementace traceroute pomocí TCP paketů
Tradiční traceroute(8) vysílá buď UDP nebo ICMP ECHO pakety s TTL jedna a inkrementuje TTL dokud se nedosáhne cíle. Zjišťuje cestu, kterou pakety dosáhnou cíle, přijímáním ICMP zpráv "čas vypršel" a tisknutím bran, které je generují.
Problém je, že kvůli masivnímu použití firewallů na moderním internetu je mnoho paketů od traceroute(8) filtrováno, což znemožňuje úplné trasování cesty k cíli. Často však tyto firewally propustí příchozí TCP spojení na porty, na kterých počítače za firewallem přijímají spojení. Vysíláním TCP SYN paketů místo UDP nebo ICMP ECHO paketů tedy tcptraceroute obchází nejčastější filtry na firewallech.
Překladač znakové sady
tcs překládá znakové sady z jednoho kódování do druhého.
Podporovaná kódování obsahují utf (ISO utf-8), ascii, ISO 8859-[123456789], koi8, jis-kanji, ujis, ms-kanji, jis, gb, big5, unicode, tis, msdos a atari.
Jednoduchá databáze - svazek binárních souborů
Hra portovaná z platformy Amiga, ve které odstraňujete překážky
Tato hra je podobná hře Breakout nebo Arkanoid a obsahuje spoustu bonusových úrovní. Mezi jednotlivými úrovněmi můžete kupovat zbraně a bonusy. Občas musíte prorazit ochranu. Tato hra je naspána v C++ a používá knihovnu SDL.
Hard-core střílečka v modro-červeném světě
tenmado střílečka, která se velmi podobá hrám 90. let (her, kde se proti malému plavidlu řítí hromada nepřátel), hrám s automatickým svislým posuvem. Velmi přesný systém detekce kolizí přitom vyžaduje velkou zručnost hráče. Pokud něco má něco trojúhelníkový tvar, pak se jedná skutečně o trojúhelník, ne o pravoúhelník nebo něco podobného.
Samozřejmě schopnost přežít představuje pouze 20% hry. Hlavním cílem tenmado je získat "barevný bonus". Úspěšným zničením nepřítel stejné barvy můžete získat velmi vysoké skóre (až 100-krát větší než zničením jiných nepřátel). To je relativně snadné, nebo naopak složité, v závislosti na tom, jak hrabiví jste a necháte se tím zlákat.
Tennix je zábavná tenisová hra ve 2D. Ve hře budete hrát proti počítači nebo proti jinému hráči na stejné klávesnici. Hra běží v okně nebo přes celou obrazovku při rozlišení 640x480.
Pro herní instrukce a volby příkazové řádky se podívejte na manuálovou stránku tennix(6).
Monitorování logu a vytváření zpráv
Tenshi slouží k monitorování logu a je vytvořen pro sledování jednoho nebo více souborů logu podle uživatelem definovaných regulárních výrazů a vytváření výstupů výsledků. Regulárním výrazům jsou přiřazeny fronty obsahující interval upozornění a seznam emailů příjemců zprávy.
Fronty mohou zaslat informaci v okamžiku jakmile se v logu objeví hledaný řádek, nebo posílat informace periodicky.
Kromě toho, nezajímavé položky v logu (jako jsou čísla PID) mohou být maskovány standardními regulárními výrazy pomocí operátorů ( ). To vám umožní vytvářet čistější a čtivější zprávy. Všechny zprávy je možno rozdělit podle jména počítače a výsledky zhustit.
Program přečte svoje nastavení z konfiguračního souboru a pak spustí daemon, který monitoruje dané logy.
ANSI nástroj pro kreslení a prohlížení
tetradraw je snadno použitelný nástroj na kreslení se snadným přístupem k neobvyklým znakům jako ksichtíčky, rámečky a dalším. Také lze snadno měnit barvy pozadí a znaků.
tetraview je prohlížeč takto vytvořených obrázků.
Textový klient k tetrinet, hře tetris pro více hráčů
tetrinet-client je textový klient pro verzi tetrisu určenou ke hře více hráčů, hru tetrinet. Tento klient vám umožní hrát jak tetrifast tak i původní verzi hry. Pamatujte prosím, že je ke hraní hry potřeba alespoň 50 řádků.
Server tetrinet, hry tetris určené pro více hráčů
tetrinet-server je malý omezený binární server určený pro provozování serveru hry tetrinet. Podporuje pouze jedno hrací pole pro maximálně 6 hráčů, hodí se pro hraní rychlovek a je ho možno konfigurovat prostřednictvím souboru ~/.tetrinet (při první startu programu se vytvoří).
Herní server Tetrinet
Poskytuje server pro hostování her Tetrinet. Tetrinet je varianta hry Tetris hraná přes Internet. Až šest lidí současně se může připojit k serveru, aby se zúčastnili hry.
Konvertuje soubory Texinfo na HTML
texi2html je skript v Perlu, který konvertuje soubory Texinfo na HTML.
Tento program vezme soubory Texinfo a vytvoří kolekci souborů HTML. Kvalita výstupu se blíží tiskové kvalitě a je lepší než převod info na HTML.
Porovnáme-li výstup s `makeinfo --html', je výstup texi2html lépe upravitelný a (subjektivně) vytváří lepší výchozí výstup.
Pěkný zdrojový kód pro LaTeX
Texify je skript napsaný v Perlu, který překládá zdrojový kód napsaný v jednom z mnoha různých jazyků do zdrojových souborů LaTeXu. Cílem je vytvořit zdrojový kód, který by bylo možno vkládat do dokumentů, a který by přitom byl dobře čitelný a zvýrazňoval syntaxi zvoleného jazyka.
Podporované jazyky jsou: ABEL, Ada, Assembly, B, BETA, Bison, C, C++, OMG/CORBA IDL, Java, Lex, Lisp, LOGLA, MATLAB, ML, Perl, Promela, Python, Scheme, SIMULA, SQL, Ruby a VHDL.
Dokumentační systém pro pro on-line informace a tištěný výstup.
Texinfo je dokumentační systém, který používá jeden zdrojový soubor ke generování výstupu jak on-line informací, tak tištěných.
Používáním Texinfa, můžete vytvářet tištěné dokumenty s obvyklými vlastnostmi knih jako kapitoly, sekce, křížové odkazy a rejstříky. Z jednoho Texinfo souboru můžete také vytvořit on-line Info soubor s uzly, menu, křížovými odkazy a rejstříky.
Editor textu pro GNUstep
TextEdit je relativně základní editor textu. Umí pracovat s čistým textem, RTF a RTFD, má pěkný mód "Přizpůsobení se stránce", funkce najít/nahradit a umí zobrazit libovolný soubor jako text.
Klient Tinyfugue MUD k TinyMUDs, DikuMUDs a LPMUDs
TinyFugue (také známý jako „Fugue“ nebo „TF“) je řádkový klient určený k připojení k serverům MUD (poznámka: LP, Diku a dalším serverům, které používají příkazy "/lp on"; podívejte se na /help prompts).
TinyFugue je větší než většina klientů MUD, má více voleb a je flexibilnější. Cílem je obsáhnout co nejvíce klientských funkcí, které byste jinak museli zadávat v příkazových řádcích Tinytalk.
Celoobrazovkový editor textu
THE (The Hessling Editor) je textový editor, který ke svému ovládání používá příkazy příkazového řádku a klávesové zkratky. Pracuje podobně jako VM/CMS System Produce Editor, XEDIT a KEDIT od Mansfield Software.
Podpora multimediálních značek pro správce souborů Thunar
Tento plugin umožní úpravu těchto značek přímo ze správce souborů Thunar. Kromě toho umí využít získaných informací pro hromadné přejmenování souborů.
Konfigurovatelné posouvání textu
Ticker je jednoduchý program, který posouvá text po obrazovce stejným způsobem jako burzovní telegraf. Díky tomu, že program podporuje komunikaci s dalšími programy periodicky měnícími text, je ho možno použít stejně jako výše zmíněný burzovní telegraf.
Detekce genů bakterií a archebakterií
Tento program byl vytvořen v institutu TIGR a detekuje genové sekvence bakterií a archebakteriích.
Glimmer je systém sloužící ke hledání genů v DNA mikroorganizmů, zejména v genomu bakterií a archebakterií. Glimmer (Gene Locator and Interpolated Markov Modeler) k tomu používá interpolační Markovův model (IMM) a pomocí něj identifikuje oblasti genového kódu a odděluje je od okolní DNA.
Nahrávání zvuku JACK pro vlastní i profesionální potřebu
Timemachine zapíše posledních 10 sekund _před_ stisknutím klávesy, zároveň začne nahrávat i vše následující dokud opět nestisknete klávesu. Zvuk se ukládá do souboru WAV.
Myšlenka spočívá v tom, že pokud se např. nacházíte ve studiu a uslyšíte nějaký zajímavý zvuk, stisknete tlačítko nahrávání a zvuk zachytíte, bez nutnosti jeho reprodukce.
Tento program používá sada nástrojů JACK, což je API, které umožní zvukovým aplikacím navzájem komunikovat a sdílet tak mezi sebou data v reálném čase.
Monitor užití CPU pro GNUstep
TimeMon reprezentuje graficky cykly procesoru. Je to jenom zhruba, ale stále to je lepší než nic. Nejlepší vlastností programu je, že běží jako ikona v oznamovací oblasti, takže se vám nikdy neztratí.
Klasický textový klient MUD
Tintin++ je telnetový klient specializovaný pro hru MUDs (Multi-User Dungeons). Disponuje podporou skriptování, doplňováním pomocí tabulátoru, interním chatem a pokročilými schopnostmi GNU knihovny readline.
Kompletní kolekci příkazů a voleb naleznete v manuálu Tintin++ v /usr/share/doc/tintin++.
Nástroj pro manipulaci s konstantní databází (cdb)
tinycdb je malá, rychlá a spolehlivá utilita a knihovna podprogramu určená k vytváření a čtení konstantních databází. Struktura databáze je vyladěna tak, aby ji bylo možno snadno číst.
Tento balíček obsahuje nástroj příkazové řádky, který umí vytvářet, analyzovat, číst a dotazovat se souborů cdb.
Velmi malá implementace scheme
TinyScheme je velmi malá implementace algoritmického jazyku Scheme, který se snaží zabírat co nejméně operační paměti a přitom být co nejvíce kompatibilní s R5RS jak jenom možné provést. TinyScheme se také hodí pro hackování a to díky své malé velikosti, snadným spojením s C a plně navratitelným kódem.
TinyScheme je založeno na vyhodnocování s-výrazů. Tento balíček distribuuje TinyScheme jako samostatný spustitelný program.
GUI pro snadné psaní dopisů pomocí LaTeXu
tk_Brief je TK GUI, které vám umožní snadno psát dopisy a dokonce také vytvářet hromadnou korespondenci pomocí LaTeXu.
Jsou podporovány následující třídy dopisů LaTeXu:
Experimentální program pro ICOM IC-R5 Receiver
tk5 je opensource software vytvořený pro přijímač ICOM IC-R5. Současná verze umí:
Číst obraz paměti přijímače IC-R5 ze souboru ICF, IC5 a nativního souboru tr5. Pomocí grafického rozhraní zobrazuje data obsažená v obrazu paměti a nechává na uživateli omezení hledání, seznamu televizí a většiny dalších nastavení. Importovat data kanálu ze souboru csv (hodnoty oddělené čárkami). Exportovat data do souboru csv. Povolit skrytý 70. kanál. Zapsat výsledek zpět do přijímače.
Bubnový sekvencer pro zvukovou kartu či zařízení MIDI
Tento program emuluje operace Rolandova skladatele rytmu TR-707.
Výstup je možno směřovat na zařízení MIDI, zvukovou kartu či soubor. Latinská instrumentální mapa emuluje Roland TR-727 a je jí možno uživatelsky nastavovat. Pokud nemáte zvukovou kartu s MIDI, měli byste si naistalovat balíček timidity, který jí bude emulovat...
Interaktivní rozšíření konzole pro vývoj Tcl
TkCon je shell Tcl a konzole, který se hodí pro interaktivní experimentování s programy Tcl a Tk.
Vlastnosti: Historie příkazů Doplňování cesty (unixové) / Proc / jména proměnné Více konzolí, každá se svým vlastním stavem (více interpretrů) Snímá stdout a stderr do okna konzole (přetížení puts) Horké chyby (kliknutím na chybu se zobrazí obsah zásobníku) Hledání znaku (a la emacs) Zvýraznění proc Komunikuje mezi konzolí a interpretrem Tk (včetně těch ne-Tcl)
Smaže staré soubory obsažené v adresáři
Tento balíček obsahuje program, který se používá k vyčištění adresářů s dočasnými soubory. Rekurzivně prohledává adresář, vynechává symbolické odkazy a odstraňuje soubory, ke kterým nikdo stanovenou dobu nepřistupoval. Přitom můžete určit kolekci souborů, které je potřeba chránit před smazáním. Program neodstraňuje soubory vlastněné procesem EUID, které mají prázdný bit `w', pokud mu neřeknete jinak, podobně jako `rm -f'. `tmpreaper' neodstraňuje symbolické odkazy, sockety, fifa ani speciální soubory, pokud ovšem nestanovíte jinak.
UPOZORNĚNÍ: Prosím nespouštějte `tmpreaper' na `/'. Program není proti tomuto druhu spuštění nijak chráněn, pokud chcete navíc zabránit případným problémům, které nečekáte, bude lepší program spustit v prostředí `chroot'.
Každodenní spuštění `tmpreaper' je možno nastavit v /etc/tmpreaper.conf .
Konverze souborů DOS <-> Unix, alias tofromdos
Text vytvořený v DOSu tradičně ukončuje řádky pomocí symbolů CR/LF (návrat vozíku/posun na nový řádek), zatímco v Unixu se k tomu používá pouze jeden příkaz a tím je LF (posun na nový řádek).
Tofrodos obsahuje programy "fromdos" resp. "todos", které konvertují textové soubory mezi oběma formáty. Pomocí "fromdos" převedete soubor vytvořený v DOSu do unixového formátu a utilita "todos" vám umožní převod unixového textového souboru do formátu DOSu.
V textovém módu zobrazí velké malebné znaky
TOIlet vytiskne text pomocí velkých znaků vytvořených ze znaků menších. Ve spoustě aspektech je podobný FIGlet s přídavnými volbami jako je práce s Unicode, barevná písma, filtry a různé exportní formáty.
TOIlet umí pracovat s písmy FIGlet a je s nimi převážně kompatibilní.
Spojuje Pine a GnuPG dohromady
Topal je další program spojující GnuPG a Pine/Alpine. Program umí šifrovat, dešifrovat, podepisovat a ověřovat zprávy. Také umí zpracovávat více PGP bloků obsažených v textu. Dešifrování a ověření výstupu je možno kešovat a tím omezit počet zadání fráze s heslem. Za pomoci skriptů, procmail a záplaty Pine/Alpine umí posílat a přijímat zprávy RFC2015/3156. Obsahuje základní podporu pro ověření multipart/signed zpráv S/MIME. K dispozici je také vzdálený mód pro čtení zpráv z jiného počítače skrz SSH pomocí tajných klíčů místního počítače. Nastavitelnost celého řešení je velmi bohatá.
Správce fronty záplat Git
TopGit spravuje frontu záplat pomocí tématických větví Git, jedna záplata na každou větev. Umožní vám záplatování pomocí závislostí a tak spravovat nelineární série záplat.
TopGit stojí hned na Git a tak neomezuje uživatele v užití všech funkcí Git (jako je index). Přísně uchovává historii až do doby, kde je záplata akceptována do hlavního proudu. Také ho můžete použít mezi distribuovanými repositáři.
Rozhraní perlu pro provozování šachových turnajů
Umožní vám hrát šachové turnaje mezi sebou. Tento program automaticky spravuje a řídí běžící vs. strojový zápas, má interaktivní rozhraní příkazové řádky pro spuštění a ukončení závodu, zobrazení aktuálního stavu a tabulky zápasů. Každá hra je zobrazována v podobě sezení xboard a tak ji můžete snadno sledovat. Hry jsou uloženy v šachovém zápisu, pgn.
Zobrazuje cestu paketu skrz síť IPv4/IPv6
Utilita traceroute zobrazuje cestu použitou pakety IP při své cestě napříč danou sítí (Internetem). Traceroute zobrazuje adresy IP a názvy počítačů (je-li to možné) po celou dobu cesty paketu. Traceroute se používá jako nástroj pro odstranění chyb sítě. Poku máte problémy s připojením, traceroute vám ukáže, kde k těmto chybám dochází.
Traceroute se používá pro diagnostiku problémů připojení do sítě.
Databáze metadat, indexování a vyhledávání
Tracker je pokročilý systém objektů první třídy s asociovanými metadaty a značkami. Vytváří rejstřík obsahující všechna metadata, značky, sdílené databáze, vyhledávací nástroje a indexy.
Abstraktní retro 2D střílečka
Transcend je možno popsat jako abstraktní retro 2-D střílečku. Grafika je geometrická a její tempo je občas šílené.
Transcend se liší od ostatních her ve dvou věcech. První je dynamický grafický stroj, který umožňuje dynamickou přeměnou z jednoho komplexního tvaru do druhého a vytváří pozoruhodné obrazy. Kombinací těchto dynamických tvarů spolu s důvtipnými úpravami vznikají stále nové úrovně lišící se od těch předchozích. Druhou novinkou je použitý hudební systém Transcendu. Při hraní dané úrovně se vám průběžně sestavují abstraktní vizuální skládanky a ty vytváří jedinečné hudební prvky. Transcend spojuje video s čistým uměním -- můžete na něj pohlížet buď jako na hru, nebo jako na multimediální umělecké dílo.
Paralelizovaná rekonstrukce fylogenetických stromů na základě maximální věrohodnosti
TREE-PUZZLE (nové jméno PUZZLE) je interaktivní konzolový program, který obsahuje rychlý algoritmus prohledávání stromu, quartet puzzling, který umožňuje analýzu rozsáhlých datových množin a automatické přiřazení jednotlivých odhadů. TREE-PUZZLE také vypočítá pravděpodobnost maximální vzdálenosti stejně jako délku větví uživatelem určených stromů. Délku větví je možno spočítat také podle časových předpokladů. Kromě toho, TREE-PUZZLE nabízí novou metodu, pravděpodobnostní mapování, sloužící k vyšetření hypotézy interní větve bez nutnosti vypočítání celého stromu a také k vizualizaci fylogenetického obsahu a sekvenčního uspořádání.
Toto je paralelizovaná verze tree-puzzle.
Rekonstrukce fylogenetických stromů podle pravděpodobnosti
Mnohostranný stromový strukturovaný správce dat
TreeLine je mnohostranný nástroj pro práci se všemi druhy informací, které je možné zachytit do stromové struktury.
Používá se při úpravě zazáložkovaných souborů, vytvoření databází (např. s adresami, úkoly, záznamy, CD, atd.), pro osnovy dokumentů, nebo jednoduše pro posbírání nápadů. Může se také použít jako obecný editor pro soubory XML.
Je možné upravovat datová schémata libovolné uzlu datového stromu a také definovat vlastní typy uzlů. Data jsou reprezentována na obrazovce, exportována do HTML. Výsledek je možné upravit podle uživatelem definovaných HTML podobných šablon. Také lze používat pluginy a tak načítat nebo ukládat data z nebo do různých externích formátů. Tím lze rozšířit funkcionalitu TreeLine.
Kontroluje integritu souboru a adresáře
Tripwire je nástroj, který pomáhá systémovým administrátorům a uživatelům při monitorování a vytváření skupin souborů libovolných změn. Používáte-li program na systémových souborech pravidelně (např. denně), Tripwire může upozornit systémové administrátory na poškozené nebo podvržené soubory, takže výsledné poškození může být co nejmenší a záleží jen na rychlosti s jakou na toto upozornění zareagujete.
Open-source TCG Software Stack (daemon)
TrouSerS je implementací specifikace Trusted Computing Group's Software Stack (TSS). TrouSerS se používá pro psaní aplikací, které používají hardware TPM. Hardware TPM vám umožní vytvářet, ukládat a používat klíče RSA bezpečně (bez možnosti odhalení klíče v paměti), ověřovat stav softwaru pomocí šifrované hashe a mnohem víc.
Skripty určené k rekódování textových souborů a písem BDF
Skript `trbdf' umí konvertovat písma BDF z jednoho kódování do druhého.
Skript `trcs' umí konvertovat textové soubory z jednoho kódování do druhého. Umí generovat skripty pro `tr'. Např. příkaz trcs --from cp1252 --to latin1 --gen-script zobrazí tento výstup: #!/bin/sh
Oba skripty se přitom snaží odhadnout symboly, které mohou chybět v cílovém kódování.
Programy umožňují snadné přidávání dalších znakových sad.
tse3play přehrává soubory TSE3MDL a MIDI pomocí sekvenceru TSE3.
Umí konvertovat soubory mezi dvěma podporovanými formáty. Při přehrávání zobrazuje text a také umí streamovat anglickou reprezentaci obsahu souboru na standardní výstup.
Nahrávání a přehrávání terminálu (pro tty)
Tento balíček obsahuje "ttyrec", nahrávání práce na terminálu tty a "ttyplay", přehrávač těchto nahrávek.
Ttyrec nahrává vstup a výstup na vašem terminálu, podobně jako příkaz script, ale kromě toho přidává informace o času, takže je vše možno přehrát v reálném čase. Umí nahrávat libovolný konzolový program, včetně celoobrazovkových programů jako jsou např. ty používající curses.
Dvoupanelový (ala commander) správce souborů s GTK+ 2
Tux Commander je okenní správce souborů se dvěma panely po stranách, který se podobá populárním správcům souborů Total Commander a Midnight Commander.
Dva panely s adresářovou strukturou po stranách
Rozhraní podporující karty, tlačítka a rychlý přístup na oblíbená místa
Nastavitelný pruh pro rychlé připojení přenosných zařízení a síťových sdílení
Uživatelské rozhraní s podporou více jazyků
Rozšiřitelnost pomocí pluginů
Rozšířitelnost pomocí akcí prováděných s danými typy souborů (asociace přípon souborů)
Moduly VFS pro správce souborů tuxcmd
Tento balíček obsahuje přídavné moduly VFS tuxcmd. Obsahuje moduly pro pluginy GVFS a zip.
plugin GVFS: čte/zapisuje na síťové zdroje (FTP, SSH/SFTP, SMB, WebDAV)
kompletní podpora čtení/zápisu do formátu ZIP
kompletní podpora oprávnění adresářů a souborů v Unixu
podpora ochrany heslem (čtení/zápis)
podpora čtení pro tar, tar.gz, tar.bz2, iso (obrazy CD ISO9660), cpio, ar a archívů deb
Nástroj ke konfiguraci Tux Paint
Tux Paint má bohatou kolekci konfiguračních voleb, které je ovládána skrz volby příkazové řádky nebo konfigurační soubory. Tento konfigurační nástroj má "klikací" rozhraní pro administrátory, které slouží k přizpůsobení Tux Paint tak, aby sloužil potřebám jeho uživatelů.
twm je správce oken pro systém X Window. Poskytuje titulky oken, tvarovaná okna, několik forem správy ikon, uživatelsky definovaná makra, zaměření oken pomocí kliknutí nebo pouhého najetí myši a také uživatelsky definované klávesové zkratky a tlačítka myši.
Enkodér zvuku MPEG 2 (frontend pro příkazovou řádku)
TwoLAME je optimalizovaný enkodér zvuku ve formátu MPEG 2. Program používá tooLAME od Mike Chenga, který je střídavě založen na kódu dist10 ISO a LAME.
Kvůli sporům o patenty enkodéru MPEG 3, schopnosti řady přehrávačů souborů MPEG přehrávat pouze verzi 2 souboru MPEG, a podobnosti syntaxe i API, TwoLAME se stává velmi dobrým nahrazením LAME a dalších enkodérů MPEG 3.
Tento balíček obsahuje enkodér pro příkazovou řádku.
Emulace herního stroje Chip's Challenge
Tile World je emulace hry "Chip's Challenge". "Chip's Challenge" byla původně napsána pro Atari Lynx Chuckem Sommervillem a později portována na MS Windows společností Microsoft (spolu s dalšími porty).
Pamatujte prosím: Tile World je pouze emulací herního stroje. Neobsahuje soubor chips.dat, který obsahuje původní kolekci jednotlivých úrovní hry. Tento soubor je chráněn copyrightem a není ho možno svobodně rozšiřovat. Soubor chips.dat byl původně součástí MS verze "Chip's Challenge". Pokud vlastníte kopii této hry, můžete tento soubor použít ke hraní hry v prostředí Tile World. Pokud nemáte kopii tohoto souboru, můžete hrát Tile World za pomoci volně dostupných úrovní vytvořených fanoušky této hry, spolu s CCLP2. I když verze, které vytvořil Microsoft obsahuje řadu změn původní hry, Tile World umí emulovat jak tuto verzi, tak i původní verzi určenou pro Atari Lynx.
Konvertor textu na HTML
text2html je perlový program, který konvertuje čistý text na HTML.
Podporuje nadpisy, seznamy, jednoduché značky, odkazy a navíc je plně nastavitelný. Rozpozná některé prvky zřejmé struktury zdrojového dokumentu (převážně mezery a typografické uspořádání) a pokusí se tuto strukturu převést do HTML.
Cílem tohoto nástroje je poskytnout snadnou možnost jak zkonvertovat stávající textové dokumenty do formátu HTML, vše pomocí něčeho lepšího než je pouhé uzavření textu do bloku PRE. txt2html může být také použit jako pomocník při vytváření nových dokumentů HTML, v současné době ale k tomu naleznete vhodnější nástroje.
Průvodce regulárním výrazem, napsaný pomocí funkcí bash2
^txt2regex$ je průvodce regulárním výrazem. Program byl napsán pomocí vestavěných funkcí bash2, které umožňují konverzi lidských vět na RegEx. Pomocí jednoduchého rozhraní jednoduše odpovídáte na otázky a vytváříte své vlastní RegEx pro celou řádu programů, jako je awk, emac, grep, perl, php, procmail, python, sed a vim. K dispozici je více jak 20 podporovaných programů.
Zadejte správně slova létající po obrazovce
Typespeed je hra, ve které po vaší obrazovce poletují slova. Vaším úkolem je tato slova správně napsat ještě než zmizí z obrazovky. Pokud zmeškáte příliš slov, hra skončí.
Data obsahující časové zóny a letní čas
Tento balíček obsahuje data vyžadovaná pro implementaci standardního místního času spousty umístění na celém světě. Jeho nastavení je pravidelně aktualizováno v závislosti na změnách provedených politickými špičkami v jednotlivých časových pásmech, nastaveních UTC a pravidel týkajících se letního času.
Na konzoli zobrazí čas a datum v dané časové zóně
Tento shellový skript zobrazí čas a datum dané časové zóny zadané uživatelem. Časové zóny je možno zadávat ručně nebo ve formátu TZ nebo je zvolit ze seznamu připraveném z /usr/share/zoneinfo/zone.tab. Seznam zón je uchováván ve formátu konzistentním s aplikací GTK+ gworldclock.
Daemon pro správu /dev/ a hotplug zařízení
udev je daemon, který dynamicky vytváří a ruší uzly zařízení v /dev/, obsluhuje hotplug události a při zavádění systému nahrává ovladače.
Univerzální dokument - nástroj pro zpracování textu
UDO je schopný a víceúčelový nástroj pro vytváření dokumentace a dalších textových souborů, které jsou potřeba v jednom nebo více textových formátech. Dokumenty UDO je možno konvertovat na ASCII, HTML, LaTeX, nroff, PostScript, RTF a řadu dalších formátů. I když je UDO tak mocným nástrojem, přesto se snadno používá.
Formátuje USB diskety
ufiformat je nástroj příkazové řádky používaný k formátování disket UFI-kompatibilních USB disketových mechanik. Umožní vám jejich naformátování do libovolného formátu podporovaného mechanikou, také ho můžete používat k určení aktuálního formátu diskety.
Program pro správu firewallu Netfilter
Uncomplicated FireWall je frontendem k iptables a zjednodušuje správu firewallu Netfilter. Má rozhraní příkazové řádky podobné paketovému filtru OpenBSD. Hodí se pro vytváření firewallů přímo na míru.
Konvertor UTF-8 na 7-bitové ASCII a naopak
Tento balíček vám umožní převádět mezi Unicode UTF-8 a různými variantami 7-bitových ekvivalentů ASCII, včetně číselných referencí HTML, různých uvození a šestnáctkových číslic. Tyto ekvivalenty se hodí v případě, kdy vkládáte text Unicode do programu, v situaci kdy ho ladíte a kdy zadáváte text do webového programu, který neumí pracovat se znakovou sadou Unicode.
Zobrazuje vlastnosti znaku unicode
unicode je jednoduchý nástroj příkazové řádky, který zobrazuje vlastnosti daného znaku unicode, nebo vyhledává databázi unicode na dané jméno.
Nástroje pro práci s UniConf
UniConf je konfigurační systém, který slouží jako centrální prvek mezi řadou jiných, stávajících konfiguračních systémů.
Tento balíček obsahuje nástroje, které vám umožní pracovat s UniConf.
Server spravující elementy UniConf
K UniConf je také možno přistupovat skrz síť pomocí autentizace, to vám umožní snadnou replikaci konfiguračních dat pomocí UniREplicateGen.
Tento balíček obsahuje server, který přijímá příchozí připojení TCP či Unix a zobrazuje, nebo nastavuje elementy UniConf dle požadavků klienta UniConf.
Nástroje pro zjišťování obsahu souboru Unicode
Užitečné nástroje, které pracují se soubory v kódování Unicode a zjišťují v jakém programu byly vytvořeny, hodí se v situacích kdy nemáte k dispozici požadované písmo, potřebuje projít neviditelné znaky, chcete zjistit zda byly znaky kombinovány nebo v jakém pořadí se vyskytují, nebo jednoduše chcete vytvořit jejich statistiku.
uniname zobrazí znakový offset každého znaku, jeho bytový offset, jeho šestnáctkovou hodnotu, jeho kódování, vlastní znak a jeho jméno. Také ho
unidesc zobrazí rozsahy znaků ke kterým patří různé části textu. Také ho můžete použít k identifikaci kódování Unicode (např. UTF-16be) označeného pomocí magických čísel.
unihist generuje histogram znaků na vstupu.
ExplicateUTF8 je určen pro ladění a učení se vlastností Unicode.
utf8lookup vám umožní snadno hledat znaky Unicode přímo z příkazové řádky.
unireverse otočí každý řádek vstupu UTF-8 znak po znaku.
Rozbaluje archívy her
Tento nástroj rozbaluje archívy her. Podporuje následující typy her: Crismon Land, Baldur's Gate 2, Civilization 4, Doom (WADs), Dune 2, Etherlords 2, Final Fantasy 7 a 8, Flashpoint, Knights of Xentar, Metal Gear Solid (DARs), Moorhuhn 2 a 3, Megaman Legends, Oni, Operation Flashpoint, Princess Maker 2, Quake 1, RollCage, Swine, Unreal Tournament umods, obrázky Virtua Fighter, exe MEA, některé další úsporné formáty souborů.
Dearchivátor souborů .zip
Rozbalovací program InfoZIP. Tento program umí rozbalovat mnohonásobné archívy (např. soubory ZIP, které jsou rozděleny na více disket pomocí PKZIP /& voleb) ať už jsou vytvořeny pomocí PKZIP nebo odpovídajícího programu InfoZIP.
Tato verze podporuje šifrování.
Získá a projde URL adresy obsažené v emailu (náhrada urlview)
urlscan hledá v emailových zprávách URL adresy, jejich seznam pak zobrazí v aktuálním terminálu. Primárně program slouží jako náhrada urlview, který vylepšuje těmito způsoby:
urlscan rozumí různým kódováním jako jsou citace; urlview ne.
urlscan rozbaluje a zobrazuje obsah okolo každé URL adresy.
Získá URL adresy z textu
Tento nástroj se používá k získávání URL adres z textových souborů, zejména z emailových zpráv s cílem spustit nějaký prohlížeč a zobrazit je. Toho se využívá v muttu, ale postupně z toho vznikl samostatný nástroj.
nástroj pro přepínání módu k řízení USB zařízení
Některá nová USB zařízení obsahují rovnou proprietární ovladače pro Windows. Toto se týká zejména USB modemů. Při prvním připojení se chovají jako flashdisk a spustí odsud instalaci ovladačů. V momentě, kdy jsou ovladače nainstalovány, zmizí paměťové zařízení a objeví se zařízení nové - například USB modem. Tato vlastnost se nazývá "ZeroCD".
V Debianu není toto chování potřeba, protože ovladač je součástí modulů jádra, jako je například "usbserial". Nicméně zařízení se stejně ve výchozím stavu zobrazuje jako USB paměť (usb-storage). usb-modeswitch řeší tento problém zasláním příkazu, který vlastně provede přepnutí zařízení z módu "usb-storage" do "usb-serial".
Tento balíček obsahuje binární soubory a potřebné skripty.
Klon Wiki používající Perl
UseMod je reimplementací/klonem originálního konceptu Wiki vytvořeného Wardem Cunninghamem. Výraz "wiki" znamená webovou stránku, která je vytvářena společnými silami svých uživatelů, včetně schopnosti zrušit změny provedené ostatními uživateli.
UseMod má vlastnosti běžné wiki spolu s několika jedinečnými vylepšeními: nedávné změny, konfliky rozlišení, sporné odkazy, podstránky, odkazy uvnitř wiki, fulltextové vyhledávání, free links, administrativní možnosti.
User-mode Linux (jádro)
User-mode Linux (UML) je port Linuxového jádra do rozhraní svých vlastních systémových volání. Poskytuje tak jakýsi virtuální stroj, který spouští Linux jako uživatelský proces pod jiným Linuxovým jádrem. To se hodí při vývoji jádra, v sandboxech, při experimentování a mnoha dalších činnostech.
Tento balíček obsahuje jádro jako takové, jako spustitelný soubor, a přidružené jaderné moduly.
Zobrazí informace o lokálních uživatelích
Po instalaci můžete spustit userinfo zadáním příkazu ui.
Klient OBEX PUSH
Tento program vám umožní posílat objekty přes protokol OBEX PUSH.
Protokol OBEX PUSH se používá při přenosu souborů na mobilní zařízení přes Bluetooth nebo IrDA. Tento protokol vám neumožní provádět nic jiného než odesílání souborů vyžadující trochu méně striktní ověření uživatele. Tím se liší od protokolu OBEX FTP, který vám umožní kompletní přístup souborovému systému zařízení a naleznete ho v balíčku obexftp.
Program pro získání snímků z USB UVC videa
Cílem tohoto programu je získat snímky z webové kamery v daných intervalech a uložit je do souboru JPEG, jiné formáty nejsou podporovány.
V současné době se jedná o skutečný hack, protože podpora obrázků dosud není ovladačem UVC podporována. Program plynule pracuje s ovladačem UVC v módu MJPEG a v daných intervalech zapisuje hlavičky JPEG do jedno-snímkového souboru, tím vlastně vytváří soubory JPEG.
programy na podporu c-client knihovny
IMAP (Internet Message Access Protocol) je způsob přístupu k elektronickým zprávám uloženým na poštovním serveru.
Sada nástrojů UW (Univerzita Washington) IMAP poskytuje c-client knihovnu pro obsluhu poštovních zpráv podporující různé metody síťových přenosů, formátů uložení v souborových systémech a metod ověřování a oprávnění.
Tento balíček obsahuje pomocné nástroje pro libc-client knihovnu:
mailutil: pomocný program, který pomáhá spravovat poštovní schránky (lokální i IMAP/POP3/NNTP)
dmail: MDA (Mail Delivery Agent - Poštovní doručovací agent) pro použití s procmailem
tmail: MDA pro použití se systémovým pošťákem (např. Senmailem nebo Postfixem)
Vacation pošle zprávu odesílateli mailu ve které mu můžete sdělit že momentálně nejste na emailu.
Program je odvozen od NetBSD verze a má nejvíce vylepšení známých na Linuxu, Solarisu, AIX, a *BSD.
Nástroje pro rekompresi a úpravu struktury DVD
Vamps snižuje velikost proudů MPEG2 DVD díky výběrového kopírování zvuku a video stop a také pomocí změny velikosti vestavěného proudu videa. Poměr zmenšení je možno určit pro celý proud videa nebo pouze pro video ES či pro kompletní PS.
Zadá kód BIOSu měnící stav grafického HW
Nástroj pro kontrolu a stažení nejnovějších verzí programů
Tento nástroj slouží ke kontrole posledních verzí programů dostupných skrz FTP nebo HTTP na základě seznamu adres URL a vyhledávání regulárních výrazů (pomocí perlu). Volitelně také umí tyto soubory stáhnout.
Webový administrační nástroj pro vdr
vdradmin-am obsahuje webové rozhraní pro řízení "Linux Video Disk Recorder" (vdr).
"Vectoroids" je vektorová střílečka do kamenů ve stylu klasické arkády "Asteroids". Ve hře se stanete pilotem vesmírné lodi a vaším úkolem je zničit asteroidy, které postupně rozstřílíte na menší a menší kousky. Přitom se musíte vyhýbat útoku střílejících talířů UFO.
"Vectoroids" je SDL hra vycházející ze hry "Agendaroids", jedná se o hru určenou pro systém X-Window a vytvořenou stejným autorem pro linuxové PDA Agenda VR3.
Vytvoří konfigurační volby grafické karty
Videogen je malý, ale šikovný nástroj sloužící k vytvoření konfiguračních řádků souboru xorg.conf a fb.modes.
Programu Modeline jednoduše sdělíte rozlišení, které chcete a parametry vaší hardwarové karty (maximální šířku pásma grafické karty, maximální hodnoty HCF a VCF vašeho monitoru, atd.).
Pamatujte, že ve většině moderních instalací si vše potřebné nastaví Xorg sám a tak nebude program videogen potřeba.
Nástroj 'some_modes' vám pomůže rychle vytvořit některé základní hodnoty.
Prohlížeč souborů PDF (Portable Document Format) pro GNUstep
ViewPDF je aplikace určená k prohlížení a navigaci v souborech PDF.
Klávesové zkratky pro rychlou navigaci
Konvertor HTML na text
Vilistextum je malý a rychlý konvertor HTML na text/ascii vytvořený speciálně pro získání toho nejlepšího výstupu z chybného html. Program je tolerantní k chybám a poradí si také se špatně formovaným nebo jinak poškozeným HTML. Umí optimalizovat výstup pro čtení v nějakém ebooku, spojit více prázdných řádků a z odkazů vytvořit poznámky.
Vi IMproved - rozšířený editor vi
Vim je téměř kompatibilní verze UNIXového editoru Vi.
Navíc má mnoho nových vlastností: vícenásobnou funkci zpět, zvýrazňování syntaxe, historii příkazů, on-line nápovědu, doplňování jmen souborů, blokové operace, skrývání částí textu, podporu Unicode, atd.
Tento balíček obsahuje základní verzi vimu se standardní množinou funkcí. Tento balíček neobsahuje GUI verzi Vimu. Pokud hledáte další balíčky vimu, podívejte se na balíčky vim-*.
Virtuální klávesnice MIDI
Tento program vám umožní používat ovladač AWE32, sekvencer OSS MIDI a sekvencer ALSA MIDI a také obsahuje "virtuální " klávesnici (hudební), na které je možné "hrát" pomocí klávesnice nebo myši v X11.
Nástroj, který získá JPEG snímky obrazovky VNC serveru
VNC Snapshot je nástroj příkazové řádky pro práci s VNC. Program ukládá snímky VNC serveru ve formátu JPEG.
Pro použití tohoto programu je nutné přímé připojení k serveru VNC přes protokol TCP. Připojení skrz tunel SSH nejsou ještě podporována.
Několik nástrojů pro Ogg Vorbis
vorbis-tools obsahují oggenc (kodér), ogg123 (nástroj pro přehrávání), ogginfo (zobrazuje informace z ogg souborů), oggdec (dekóduje ogg soubory), vcut (rozděluje ogg soubory) a vorbiscomment (editor komentářů).
ogg123 umí přehrávat oba typy zvukových souborů Ogg Vorbis a FLAC.
Do souborů Ogg Vorbis přidá značky hlasitosti přehrání
vorbisgain vypočítá procentuální hlasitost souboru Ogg Vorbis pomocí algoritmu Replay Gain. Poté do značek souboru uloží nastavení hlasitosti ve stejné hlasitosti pro stopu nebo celé album. Proces není destruktivní a v žádném případě nijak nemění zvuková data.
Řada přehrávačů v Debianu tyto značky podporuje, patří mezi ně XMMS, Quod Libet, amaroK, Muine a Rhythmbox.
zdrojový kód ovladače pro telefonní hardware Voicetronix
Tento balíček poskytuje zdrojový kód jaderných modulů pro Voicetronix. K jejich kompilaci jsou potřeba zdrojové nebo hlavičkové soubory jádra.
K sestavení balíčku s binárním modulem na míru běžícímu jádru je třeba spustit: m-a a-i vpb-driver
Uživatelské nástroje telefonního HW Voicetronix
Tento balíček obsahuje uživatelské nástroje pro práci s telefonem Voicetronix.
Monitorování konzolí podobné VNC
Tento nástroj slouží k monitorování obrazovky jiného počítače. Program funguje pouze na textových konzolích: pro X místo něj použijte VNC.
Tiskne do emulátoru terminálu pomocí kódů ANSI
Tento program vám umožní tisknout ze vzdáleného unixového počítače na tiskárnu připojenou k místnímu terminálu nebo emulátoru, což se hodí především pro tisk souborů z domova, atd. (Máme na mysli samozřejmě pouze textové soubory.)
Vym je nástroj k srovnání svých myšlenek. Hodí se pro organizování myšlenek do pracovní struktury. Kromě toho ma řadu užitečných zkratek.
mindmap je barevný radiální diagram, který slouží k zobrazování vztahů mezi různými částmi získaného materiálu. Program např. umí provádět grafické náčrtky, plán projektu nebo znázornit seznam vládních institucí ve státě. Mindmaps nalezne své uplatnění při řešení osobních, obchodních, vzdělávacích i obchodních situací. Mezi jeho vlastnosti patří možnost provádět poznámky, brainstorming, program umí sumarizovat, revidovat a objasňovat myšlenkové pochody.
Jednoduchý textový správce poznámek todo
w2do je snadno použitelný správce poznámek todo pro příkazovou řádku napsaný v Perlu.
Dobrá struktura, plně filtrovatelný, čistě textový a barevný tabulkový výstup.
Podpora skupin pro kategorie datumů a priority.
Schopnost správy více seznamů todo.
Detailní statistika s vizuální reprezentací pokroku.
Kompletní příkazové rozhraní a tak vhodné pro použití ze skriptů.
Export do HTML 4.01 skrz nástroj w2html.
Export do čistě textové podoby skrz nástroj w2text.
Jednoduché CGI pro získávání obrázků ze zařízení video4linux
w3cam je jednoduché CGI sloužící k získání obrázků ze zařízení video4linux. Jinými slovy, tento program bude fungovat pouze na linuxových počítačích, které podporují zařízení video4linux.
w3cam podporuje čistě textový i grafický mód. V grafickém módu se vám zobrazí html formulář, který vám usnadní nastavení jednoduše pomocí myši.
Slovník brazilské portugalštiny
Balíček obsahuje soubor /usr/share/dict/brazilian obsahující seznam portugalských slov s brazilským pravopisem. Byl vytvořen ze slovníku br.ispell, který napsal Ricardo Ueda Karpischek.
Při změně adresářů šetří čas
Wcd (Wherever Change Directory) je program pro snadnou změnu adresářů. Šetří čas potřebný pro psaní na klávesnici. Jednoduše stačí zadat pouze část jména adresáře a wcd vás do něj přenese. Ve výchozím nastavení wcd hledá adresáře, které začínají na to co vy zadáváte, použití divokých karet je ale také podporováno.
Vyčerpávající dánský slovník (DSDO) - seznam slov
Obsahuje seznam dánských slov a jmen. Používá se spolu s programy pro kontrolu pravopisu, ale můžete ho použít pro jakýkoliv úkol vyžadující spoustu slov.
Slovo od slova porovná dva soubory
`wdiff' je frontend k GNU `diff'. Program porovnává dva soubory a hledá přidaná nebo odstraněná slova v jednom či druhém souboru. Výstupních formátů je celá řada, výstup si dobře rozumí s terminály a stránkovačemi (např. `less'). `wdiff' se hodí především v textech, které se liší pouze v několika slovech a odstavcích.
Nenáročný HTTP server pro statický obsah
Tento balíček obsahuje jednoduchý webový server určený pro obsluhu převážně statického obsahu s limitovanou podporou CGI (požadavků GET).
Tento server je možné použít pro umožnění přístupu k obsahu FTP serveru, k exportu některých souborů rychle se spouštějícím webovým serverem bez nutnosti počáteční konfigurace jeho konfiguračních souborů.
Algoritmy strojového učení pro úkoly získávání dat
Weka je kolekce učících algoritmů v Javě, které je možné používat z příkazové řádky nebo je volat ve svých vlastní programech napsaných v Javě. Weka se také hodí pro vytváření nových schémat strojového učení.
Obsažená schémata zahrnují stromové indukce, pravidla učení, generátory modelových stromů, podporu vektorových počítačů, místní váženou regresi, učení se na základě instancí, sáčkování informací, plnění daty a rovnání informací. Také obsahuje clusterové metody a učitele asociačních pravidel. Mimo aktuální učící se schémata, Weka také obsahuje různé skupiny nástrojů, které je možné používat pro předzpracování datových množin.
Tento balíček obsahuje binární soubory a příklady.
Německý medicínský slovník do /usr/share/dict
Tento balíček poskytuje soubor /usr/share/dict/german-medical obsahující seznam německých slov z oblasti medicíny. Tento seznam můžou používat spell-checkery a programy jako look(1).
Vyhledávací nástroje odolné na chyby: whichman, ftff, ftwhich
whichman používá algoritmus odolný vůči chybám a prohledává manuálové stránky, které odpovídají danému jménu. Tento způsob vyhledávání se hodí především v takových situacích, kdy si pamatujete jméno příkazu pouze přibližně.
Příklad: whichman netwhat Dotaz nalezne netstat.8: /usr/share/man/man8/netstat.8
ftff prohledá strom adresáře. Program je senzitivní na velikost písmen a tolerantní k chybám. Jedná se o variantu 'find . -name xxxx -print'.
ftwhich nalezne soubory, které se nacházejí v jednom z adresářů vaší proměnné PATH a používá algoritmus tolerantní k chybám.
Whiptail nahrazuje "dialog" za použití newt místo ncurses. Poskytuje metodu zobrazení několika různých typů dialogových oken z shell skriptů. To umožňuje tvůrci skriptu komunikovat s uživatelem mnohem příjemnější formou.
Nástroj pro monitorování přihlášení v reálném čase
Správce oken pro GNU Emacs
windows.el vám v Emacsu umožní přepínat se mezi konfiguracemi oken, čímž simuluje podobné chování, jako nabízí virtuální pracovní plochy v některých správcích oken. Kromě toho můžete konfigurace oken uložit do souboru a později je obnovit.
Obdoba hry Galaga
WING je arkáda podobná galaga. Mezi její vlastnosti patří obrázky vysoké kvality, dynamicky generované hvězdy na pozadí, hra jednoho hráče proti počítačem řízeným nepřátelům, 6 úrovní hry, digitální zvukové efekty, digitální hudební proudy a seznam těch nejlepších výsledků.
Grafické a zvukové soubory pro wing
Tento balíček obsahuje data nezávislé na architektuře. Pro více informací se podívejte na balíček wing.
Modelování spojů 3D mnohoúhelníků podobně jako Nendo
Wings 3D modeluje spoje mnohoúhelníků napsaných kompletně v Erlang. Uživatelské rozhraní bylo vytvořeno tak, aby ho mohli snadno používat jak začátečníci, tak i pokročilí uživatelů. Program byl inspirován modelovacím systémem Nendo (od Izware).
Oproti podobným modelovacím programům (jako je Blender), tento program neobsahuje nativní podporu animací (i když můžete tyto modely dál zpracovávat řadou animačních nástrojů).
Wings 3D podporuje následující importní formáty: Nendo (NDO), 3D Studio (3DS), Wavefront (OBJ) a Adobe Illustrator 8 (AI).
Wings 3D podporuje následující exportní formáty: Nendo (NDO), 3D Studio (3DS), Wavefront (OBJ), VRML (WRL), Renderman (RIB), Hash:Animation Master (MDL), Renderware (RWX), Yafray, Toxic, a FBX skrz pluginy třetích stran.
Erlang (open source) je funkční programovací jazyk vytvořený v laboratoři Ericsson Computer Science Laboratory.
Nástroje pro zacházení s bezdrátovými rozšířeními pro Linux
Tento balík obsahuje nástroje pro zacházení s bezdrátovými rozšířeními pro Linux (Linux Wireless Extensions). Wireless Extensions je rozhraní, které umožňuje nastavit parametry specifické pro bezdrátovou síť a také získat stav bezdrátového zařízení.
Malý, nekonfigurovatelný správce oken
wm2 je správce oken pro X. Má neobvyklý styl dekorace oken a málo funkcí, protože Chrisi Cannamovi stačí funkce obsažené ve správci oken. wm2 není možno ještě konfigurovat, kromě úprav zdrojového kódu a jeho rekompilování. Program je určen lidem, kteří chtějí svůj vlastní správce oken a chtějí se s ním pořádně seznámit.
Dokovatelný applet s hodinami pro Window Maker
wmclock je applet Window Maker, který zobrazuje datum a čas v dokovatelném okénku. Mezi jeho vlastnosti patří podpora různých jazků, 24h a 12h formát času a také může spouštět uživatelem daný program jednoduše jedním kliknutím.
Dokovatelná aplikace zobrazující aktuální zatížení CPU
WMCPULoad je dokovatelná aplikace pro správce X window jako je WindowMaker, AfterStep, BlackBox a Enlightenment. Program zobrazuje aktuální zatížení CPU v procentech a grafu, který má vzhled LCD. Vzhled programu je možno nastavit z příkazové řádky a také má tzv. podsvětlený mód, který je možno spustit ručně nebo nastavitelným alarmem v procentech.
Oznamovací oblast dokovacích aplikací KDE3/GNOME2
Docker je oznamovací oblast (oznamovací oblast WindowMaker), takže již nebudete potřebovat panel KDE/GNOME. Docker byl vytvořen tak, aby fungoval v Openbox 2, ale měl by fungovat i v jiných správcích oken.
Dokovatelná aplikace WindowMaker monitorující využití disku
Pěkné grafické 'df', zobrazující stupeň využití připojených souborových systémů.
Další dokovatelná aplikace X11 vytvořená pro WindowMaker. Také funguje spolu s dalšími správci oken.
Správce stažení na pozadí pro WindowMaker
wmget je dokovatelná aplikace pro správce oken GNU WindowMaker (jeden z mnoha WM, který podporuje dokovatelné aplikace), který se hodí především pro dlouhá stahování na pozadí. Používá vynikající knihovnu libcurl, která je součástí automatického stahovacího programu cURL, který provádí vlastní stažení souboru.
Dokovatelná aplikace zobrazující informace o všech rozhraních
wmifinfo je jednoduchý applet, který zobrazuje základní informace o všech dostupných rozhraních. Program ukazuje IP adresu, masku sítě, bránu a MAC adresu v podobě podobající se výstupu programu ifconfig.
Monitor zátěže systému pro WindowMaker
wmload graficky zobrazuje statistiku jádra/systému v miniokně 64x64. V okně jsou tři odstíny: lehký, který odpovídá statistice uživatele, druhá s pěknou časovou statistikou a ta nejtmavší se statistikou systému.
Program funguje spolu s dalšími správci oken, nejedná se tedy o aplikaci, která by vyžadovala Window Maker, možná kromě jejího vzhledu.
Dokovatelná aplikace WindowMaker monitorující využití paměti
wmmemload zobrazuje aktuální využití paměti a swapu. K tomu používá wmcpuload a wmmemmon a tak vedle nich vypadá velmi pěkně.
wmmemload je vytvořen tak, aby běžel v dokovací oblasti WindowMaker, fungovat bude i s dalšími správci oken.
Monitor sítě pro WindowMaker
Tento malý program sčítá statistiku sítě a provádí s těmito daty několik málo věcí. Rychlost přenosu sleduje aktuální rychlost připojení za sekundu a barevně zobrazuje, zda je vyšší hodnota odeslaných nebo přijatých bytů.
Aplikace WindowMaker zobrazující statistiku UPS z NUT upsd
Dokovatelná aplikace Window Maker podobající se nástěnce
Dokovatelná aplikace Window Maker s řadou témat, které se podobá miniaturní nástěnce. Ikony jsou označeny jako TODO. Obsahuje alarm. Rozmyslete si, zda je vůbec vhodné umístit tento zázrak moderní techniky do vaší dokovací oblasti.
Klient pommed pro WindowMaker
wmpomme je klient pro pommed. Zobrazuje aktuální úroveň každé položky ovládané pomocí pommed.
Skládačeka 4x4 pro WindowMaker
Kombinace přehrávače CD + mixéru vytvořeného pro WindowMaker
Je vytvořen s ohledem na WindowMaker, ale funguje i v jiných prostředích. Můžete ho umístit do panelu afterstep/fvwm/gnome, atd.
Dokovatelná aplikace pro změnu rozlišení X11
wmressel je jednoduchá dokovatelná aplikace X11 sloužící ke změně rozlišení v prostředí Window Maker. Program zobrazuje aktuální rozlišení X11 a umožní vám ho pomocí rozbalovací nabídky změnit.
Dokovací aplikace pro vypnutí nebo restart vašeho počítače
Tato dokovatelná aplikace Window Maker vám umožní vypnout nebo restartovat váš počítač jednoduše kliknutím na dané tlačítko a potvrzením volby. Hodí se především pro desktopové počítače.
Aplikace WindowMaker zobrazující východ/západ slunce
wmSun zobrazuje aktuální informace o východu a západu slunce. Jediné co musíte zadat je zeměpisná šířka a výška. wmSun byl vytvořen tak, aby fungoval v prostředí WindowMaker, ale můžete ho používat i v jiných prostředích.
Applet WM zobrazující hodnoty lm_sensors
Malý dokovatelný applet Window Maker, který plynule zobrazuje zatížení CPU a teplotu. Program používá lm_sensors.
Dokovatelná aplikace Window Maker, která zobrazuje čas a datum
WMTime zobrazuje čas a datum a k tomu má ještě další pěkné vlastnosti. Aplikace je v prostředí Window Maker dokovatelná.
čas a datum;
změna rozhraní za chodu (analogový <> digitální mód);
automaticky nastavené a antialiasované ručičky;
lokalizace: den a datum zobrazuje v různých jazycích;
tři uživatelské příkazy pro snadné spuštění.
Stavový monitor bezdrátové linky 802.11
wmwave je dokovatelná aplikace pro Window Maker, která zobrazuje statistické informace o aktuálním bezdrátovém připojení. I když byla vytvořena speciálně pro Window Maker, měla by fungovat i s dalšími správci.
Sledování času stráveného prací na projektech
Dokovatelná aplikace pro snadnou změnu rozlišení obrazovky
wmxres je nenáročná dokovatelná aplikace, která vám bude stále po ruce a umožní vám měnit rozlišení obrazovky. Dostupná rozlišení se zobrazují v nabídce.
Nový slovník nového německého pravopisu
Je založen na slavném slovníku hkgerman (používá starý německý slovník (de-DE-1901), který je k dispozici jako balíček wogerman), ovšem obsahuje spoustu oprav a dodatků.
Seznam norských slov
Tento balíček obsahuje seznam norských jmen a slov pro všeobecné použití.
Nástroj příkazové řádky pro zápis CD/DVD
wodim vám umožní vytvářet CD nebo DVD na vypalovačce CD/DVD. Podporuje zápis dat, zvuku, mixovaného zápisu, multi-session, disku CD+, datového DVD a video disku pro zařízení DVD, na snad každém typu vypalovačky CD/DVD.
WordPress je pokročilý blogovací nástroj:
Publikování naživo (žádné sestavování stránek)
Podpora komentářů s ochranou proti spamu
Konvertor dokumentů WordPerfect 5.x na cokoliv jiného
Tento program umí jednoduše konvertovat soubory WordPerfect 5.0 a 5.1 na jiné dokumenty, které používají čistě textové soubory, jako je TeX, LaTeX, troff, GML a HTML.
Polský slovník pro /usr/share/dict
Tento balík obsahuje soubor /usr/share/dict/polish obsahující seznam polských slov. Tento seznam může být použit programy kontrolujícími pravopis (spelling checkers) a programy podobnými programu look(1).
Slovník portugalštiny (Evropa)
Balíček obsahuje soubor /usr/share/dict/portuguese, ve kterém naleznete portugalská slovíčka s evropskou výslovností. Byl získán ze slovníku ispell.pt, vytvořeným katedrou informatiky při univerzitě v Minho(UMinho), Portugalsko.
Konfigurační nástroj aplikací GNUstep
Tento program vám umožní snadno integrovat aplikace do prostředí GNUstep. Zejména se hodí pro prostředí GWorkspace.
Vypočítá vzdálenost a azimut mezi dvěma místy
wwl vypočítá vzdálenost (grb) a azimut dvou míst.
GUI pro počítačový algebraický systém Maxima
wxMaxima je grafické uživatelské rozhraní k počítačovému algebraickému systému Maxima. Zjednodušuje používání Maximy zpřístupněním jejích příkazů skrz systém menu a vstupních dialogů příkazů vyžadujících více argumentů. Také implementuje svůj vlastní zobrazovací stroj, který zobrazuje matematické symboly přímo místo jejich zobrazení znaky ASCII.
wxMaxima také umí vykreslovat 2D a 3D grafy, jednoduché animace, spojovat text a matematické výpočty a vytvářet dokumenty, exportovat vstup a výstup do TeXu a prohlížet manuál Maximy včetně indexu příkazů spolu s fulltextovým vyhledáváním.
Wyrd funguje jako frontend (ncurses) k remind, plánovací aplikaci, která má vlastní sofistikované výpočty data, fáze měsíce, východu či západu slunce, Hebrejského kalendáře, alarmů, vícejazykových zpráv a obsluhy prázdnin.
Wyrd zobrazuje připomínky na časové tabuli spolu s kalendářem a umožní vám přehazovat plány na nové časy nebo vytvářet připomínky bez nastavení času. Pomocí backendu remind budete moci konvertovat kalendář do postscriptové podoby určené pro tisk, nebo ho synchronizovat s kapesními počítači Palm.
Ztrátová komprese a odstranění šumu
Program wzip je preprocessor pro ZTRÁTOVOU kompresi dat. Sekvence čísel s pohyblivou řadovou čárkou je přeměněna na sekvenci malých celých čísel připravených pro efektivní kompresi s pomocí např. gzip. Program se také používá pro efektivní, ale časově náročné odstranění šumu rozměrných dat. Wzip byl původně napsán pro zpracování skenů EDX.
Nástroje sezení X
Tento balíček obsahuje správce sezení X a příslušné nástroje:
smproxy, proxy správce sezení pro klienty X, který nepoužívá protokol sezení X;
xsm, správce sezení pro X; Instalace daemonu (pro server) rsh nebo ssh je nutná pokud budete používat rstartd. Instalace rsh nebo ssh klienta je potřeba pokud budete používat rstart.
X client je program, který pracuje se serverem X (téměř výlučně pomocí knihoven X) a z tohoto důvodu také s některým vstupním a výstupním HW jako je grafická karta, monitor, klávesnice a ukazovací zařízení (jako je myš).
Programy editres a viewres používají bitmapové obrázky obsažené v balíčku xbitmaps. Program luit vyžaduje informace o locales z balíčku libx11-data.
Nástroje serveru X font
X11-xfs-utils poskytuje sadu nástrojů užitečných na systémech, které používají server X font.
Balíček obsahuje tyto programy:
fslsfonts - nástroj pro vypsání seznamu písem obsluhovaných serverem X font,
fstobdf - nástroj, který ze serveru X font získává písma ve formátu BDF,
showfont - zálohování písem pro použití se serverem X font,
xfsinfo - informační nástroj serveru X font.
Nástroje XKB pro X11
Xkbutils obsahují řadu klientských nástrojů pro XKB - rozšíření klávesnice pro X11.
setxkbmap je nástroj pro zjišťování a změnu současné mapy XKB.
xkbbell generuje událost bell prostřednictvím klávesnice.
xkbcomp je nástroj pro kompilaci definic XKB do mapových souborů, které server může používat.
xkbevd je experimentální nástroj pro naslouchání jistým událostem XKB a vykonání definovaných triggerů, když nastane akce.
xkbprint je nástroj pro generování obrázku s fyzickou reprezentací klávesnice tak, jak ji vidí XKB.
xkbvleds zobrazuje měnící se stav LED na klávesnici.
xkbwatch zobrazuje měnící se stav modifikátorů a LED.
Nástroje X serveru
X klient je program, který se spojuje s X serverem (téměř vždy prostřednictvím knihoven X) a tudíž s nějakým vstupním a výstupním hadrware jako jsou grafické karty, monitor, klávesnice a polohovací zařízení (jako je myš).
Tento balíček poskytuje různé sady nástrojů X serveru, které jsou dodávány se systémem X Window včetně:
iceauth - nástroj pro manipulaci s autorizačními záznamy protokolu ICE,
sessreg - jednoduchý program pro správu utmp/wtmp záznamů,
xcmsdb - a device color characteristic utility pro systém X Color Management,
xgamma - nástroj pro zjišťování a nastavování gamma korekce monitoru,
xhost - velmi nebezpečný program, který byste neměli nikdy použít,
xmodmap - nástroje pro úpravu klávesových map a mapování tlačítek na polohovadle pod X,
xrandr - rozhraní příkazové řádky k rozšíření RandR,
xrdb - nástroj pro spárvu databáze zdrojů X serveru,
xrefresh - nástroj vynucující překreslení obrazovky X,
xset - nástroj pro nastavování rozličných parametrů X serveru,
xsetmode a xsetpointer - nástroje pro obsluhu vstupních zařízení X,
xsetroot - nástroj pro přizpůsobování vzhledu kořenového okna,
xstdcmap - nástroj pro selektivní definování standardních vlastností barevné mapy,
xvidtune - nástroj pro přizpůsobení modeline X serveru pro váš monitor.
Server VNC vám umožní přistupovat ke stávajícímu sezení X
x11vnc vám umožní vzdáleně přistupovat k reálným obrazovkám sezení X (např. k obrazovce příslušející skutečnému monitoru, klávesnici a myši), k tomu používá tzv. prohlížeč VNC. Má vestavěnou podporu šifrování SSL a autentizace, podporu unixových účtů a hesel, změnu rozlišení oproti serveru, jeden port HTTPS a VNC, ohlášení službě mDNS, přenos souborů TightVNC a UltraVNC.
Simulátor starobylého kalkulátoru (verze pro X)
Tento program je implementací pomůcky abacus, která se používá v Číně, Japonsku, Korei, Římě a Rusku. Také existují upravené verze tohoto nástroje.
Tato verze byla kompilována bez GUI knihovny Motif a tak má jenom omezenou funkčnost uživatelského rozhraní. Pro rozšířenou verzi se podívejte na xmabacus.
real-time interaktivní zvětšovač fraktálu
XaoS Vám umožňuje zvětšovat a prohlížet fraktál v reálném čase. Zobrazuje animované fraktály v grafickém módu, nebo dokonce i v textovém módu.
Zobrazuje sadu Mandelbrot nebo mnoho dalších fraktálů a umožňuje Vám hladké přibližování k fraktálu. Poskytuje různobarevné módy pro oba body uvnitř i vně vybrané sady. Navíc poskytuje přepínání mezi typy fraktálů Mandelbrot a Julia.
Další vlastnosti zahrnují mód autopilot, změna palety, ukládání obrázků, inverze fraktálu, filtry a vestavěný tutoriál fraktálů.
Pokud by hodiny vymysleli v Argentině (jižní polokoule), měli by běžet obráceně. Díky umístění běží sluneční hodiny opačně!
Program je rozšířením standardní komponenty X clock. Mezi nové vlastnosti patří: Konfigurovatelné nastavení směru rotace a podpora písem v analogovém módu.
Autentizační nástroj X
xauth je malý nástroj pro čtení a manipulaci se soubory Xauthority, které se používají na serverech i klientech při autentizaci a přístupu k sezení X.
Spouštěč programů pro odložená sezení X
Xautolock monitoruje vstupní zařízení systému X Window a spouští programy dle vaší volby (pokud nedojde po určitou dobu k nějaké aktivitě uživatele). Toho lze využít pro automatické spuštění zámku obrazovky, pokud necháte chvíli váš počítač bez dozoru. Takovým programem pro zamčení obrazovky může být například xlock.
Kolekce widgetů Xaw3d
Xaw3d je kolekce 3-D widgetů založených na množině widgetů Athena, která umožňuje přidávat tří-dimenzionální zjev komponentám linkovaným vůči této knihovně.
Zobrazuje stav baterie v X11
Xbattbar zobrazuje aktuální stav baterie (laptopu) v systému X window. Stav baterie se získává z prostředí APM.
Indikátor baterie je velmi jednoduchý: jedná se o prosté pole nahoře/dole na obrazovce. Pomocí barev indikuje stav připojení do elektrické sítě (připojeno nebo off-line) a nabíjení/zbývající čas baterie. Pokud namíříte kurzorem myši do okna, zobrazí se uprostřed vaší obrazovky bublinová nápověda, která ukáže aktuální stav připojení do elektrické sítě a úroveň nabití baterie.
Tento balíček získá informace o baterii z ACPI a APM.
Zbavte se virů Wingdows!
Připadá vám, že něco nejde tak jak by mělo? Jste správci systému a někdo se pokouší vám zničit vaše počítače? Po obrazovce pobíhají malí lidé a snaží se infikovat vaše počítače Wingdows [TM]. Virem, který byl šikovně vytvořen tak, aby se podobal jednomu populárnímu operačnímu systému. Vašim úkolem je kliknout na ně myší a tak ukončit jejich útok. Pokud někdo z nich dosáhne vašeho počítače, pokusí se nahradit operační systém virem, které si sebou nese. Pak od tohoto počítače uteče.
Přiřadí kombinaci kláves nebo tlačítek myši příkaz shellu
xbindkeys je program, který vám umožní spouštět shellové příkazy pomocí vaší klávesnice a myši v systému X Window. Spojuje příkazy a klávesy nebo tlačítky myši v závislosti na aktuálním nastavení konfiguračního souboru. Nezávisí na správci oken a umí snímat všechny klávesy vaší klávesnice (např. tlačítko Power, Wake ...).
Volitelně podporuje rozložení konfiguračního souboru guile, které vám umožní interně přistupovat ke všem proměnným xbindkeys, takže můžete používat kombinace kláves i dvojkliky. Všechny funkce, které fungují v guile budou fungovat také v xbindkeys.
hudební soubory pro xblast-tnt
XBlast je arkáda pro více hráčů inspirovaná videohrou Bomberman (Dynablaster). Tento balíček obsahuje hudební soubory. Budete je potřebovat, pouze pokud budete chtít při hraní poslouchat hudbu.
Pěkný klon bublinové skládačky
XBubble je klon Puzzle Bubble / Bust-A-Move.
Vaším úkolem je odstranit všechny bublinky na hrací desce. Jakmile uspořádáte tři a více odpovídajících si bublinek stejné barvy, bubliny prasknou a rozplynou se. Všechny ostatní bubliny, které nyní visí volně, spadnou dolů a rozplynou se také.
XBubble může hrát jeden hráč, dva hráči najednou a hráč proti počítači (hra obsahuje pět úrovní obtížnosti AI). Hra má navíc pěknou grafiku, ale neobsahuje žádné zvuky.
Sleduje schrány a/nebo skupiny newsgroups
Xbuffy je program, který sleduje počet nepřečtených zpráv, který máte v různých poštovních schránkách. Každá schránka může mít různé nadpisy a můžete u ní nastavit co se má stát jakmile přijde nová zpráva. Například může pípnout nebo vykonat příkaz shellu.
Jakmile nad poštovní schránkou stisknete levé tlačítko myši, zobrazí se seznam s řádky Od: a Předmět:. Jakmile stisknete pravé tlačítko myši, vykoná se odpovídající příkaz.
Xbuffy sleduje skupiny newsgroups skrz NNTP.
Kreslí schémata obvodů nebo téměř cokoliv
xcircuit je kreslící program přizpůsobený tvorbě schémat obvodů.
Grafické rozhraní se stará o shodnost mezi vykreslováním v okně X11 a výsledným výstupem v podobě PostScriptu.
xcircuit se ovládá pomocí myši, nabídky a klávesnice. Důraz je kladen na jednoznaková makra.
Rozhraní příkazové řádky pro výběry v X
xclip je nástroj příkazové řádky, který byl vytvořen tak, aby fungoval na libovolném systému, na kterém běží X11. Obsahuje rozhraní pro výběry v X ("schránka") z příkazové řádky. Umí číst data ze standardního vstupu nebo souboru a umístit je do nějakého výběru X pro další vkládání do aplikací X. xclip umí také vytisknout nějaký výběr X na standardní výstup, takže ho je možno použít pro přesměrování do nějakého souboru nebo dalšího programu.
Mixér barev RGB
xcolmix vám umožní mixovat vaše vlastní barvy a určit tak tři hodnoty (kód R/G/B, čili hodnoty červené-zelené-modré) barvy. Tyto barvy můžete použít pro např. definování popředí nebo pozadí vašich aplikací v X, které podporují nastavení barev. Navíc vám xcolmix umožní získat hodnoty RGB ze systémem předdefinovaných barev.
Zobrazí všechna jména a barvy X11
Přečte soubor rgb.txt, který definuje jména barev známé v serveru X a zobrazí nalezené barvy.
Zobrazuje barvy a jejich jména
xcolorsel je nástroj, který zobrazuje obsah souboru s barvami serveru X (/etc/X11/rgb.txt) spolu s dlaždicemi zobrazujícím jak která barva vypadá na vaší obrazovce. Můžete vyjmout jména/definice barev, které jsou v různých formátech (vhodných pro zdrojové soubory nebo zdroj C), takže je můžete přímo vložit do zdrojových kódů nebo zdrojů.
Správce kompozitoru X
xcompmgr je standardní správce komozitoru pro kompozitní rozšíření X, které klientům umožní upravovat vykreslovanou obrazovku ještě předtím než k tomu dojde. Tento kompozitní správce obsahuje stíny, ztmavení, průhlednost a další.
Další minové pole pro X
Cílem této hry je najít umístění všech min skrytých v minovém poli a označit jejich umístění zabodnutím varovné vlaječky.
Her typu minové pole existuje mnohem víc. Tato se více podobá těm ze systému Windows a hraje se také podobně.
Nástroj pro správu dobře známých adresářů uživatelů
xdg-user-dirs je nástroj, který pomáhá spravovat "dobře známé" adresáře uživatelů jako je desktopový adresář a hudební adresář. Program také ovládá lokalizaci (např. překlady) jmen souborů.
Program se se spouští při přihlášení uživatele a čte konfigurační soubory a nastavení výchozích adresářů. Vytváří lokalizované verze těchto adresářů v domovském adresáři a nastavuje konfigurační soubory $(XDG_CONFIG_HOME)/user-dirs.dirs (nastavení XDG_CONFIG_HOME do ~/.config) dobře známé pro aplikace, které tyto adresáře používají.
Nástroj pro správu dobře známých adresářů uživatele (rozšíření GTK)
Toto rozšíření nastaví záložky GTK souboru a díky sledování změn lokálních souborů umí při přihlášení upozornit uživatele jakmile se změní jméno adresáře.
xdm spravuje kolekci X serverů, které mohou být jak na lokálním, tak na vzdálených počítačích. Nabízí obdobné služby jako init, getty a login pro znakové terminály: dotáže se na přihlašovací jméno a heslo, ověří uživatele a spustí sezení. xdm podporuje XDMCP (X Display Manager Control Protocol) a tedy může uživateli nabídnout menu se seznamem hostitelů, kteří přes XDMCP nabízí správu displeje.
Zobrazí výstup příkazu "du" v okně X window
XDU je program pro zobrazení grafického stromu využití disku tak, jak to zobrazuje unixová utilita "du". Zobrazeným stromem se můžete pohybovat nahoru i dolů, seřazovat ho a tisknout získané informace.
Klient tcp/ip DX-clusteru pro amatérské rádio
Xdx je klient sloužící k připojení ke clusteru DX. Zprávy DX se zobrazují v seznamu, upozornění v textovém okně.
Pokud navíc nainstalujete hamlib, budete moci kontrolovat rádio a jednoduše nastavovat frekvenci skrz dvojklik na DX (používá rigctl).
Vysoce nastavitelný textový editor -- s podporou binárek
XEmacs je programovací jazyk opatřený čtečkou emailů, novinek, prohlížečem souborů info, webovým prohlížečem, kalendářem, specializovaným editorem pro různé programovací jazyky a dalšími formáty, na které mohou během svého života lidé narazit.
Po spuštění programu si přečtěte nabídku Nápověda, kde zjistíte více informací o tom co program umí s příklady jeho použití.
Pro spuštění xemacs budete potřebovat jeden z modulů xemacs21-mule, xemacs21-nomule nebo xemacs21-mule-canna-wnn.
Vysoce upravitelný textový editor - volitelné knihovny
Tento balíček obsahuje všechny volitelné knihovny pro XEmacs. Balíček xemacs21-support obsahuje kompilovanou verzi těchto souborů.
Důvodem instalace tohoto balíčku je pokud se chcete naučit elisp nebo chcete upravovat knihovny vaší specifické instalace.
Násilnická plošinovka pro X
XEvil je rychlá akční hra hraná z pohledu 3. osoby (ze strany), ve které se snažíte zabít ostatní než zabijí vás. Přitom bojujete proti počítačem ovládaným nepřátelům, nebo dalšímu hráči.
Za života jste zhřešili a nyní za to musíte zaplatit. Satan rozhodl, že každý musí o své místo v pekle bojovat. Vaše obratnost ovlivní váš osud na věčnosti. Tento boj je také znám jako XEvil.
Zobrazí nějaký obrázek pro každý email vašeho mailboxu
XFaces je program, který zobrazí obrázek pro každý email vaší poštovní schránky. Umožní vám snadno poznat od koho vám přišla nová zpráva. XFaces běží bokem (pokud nemáte žádnou zprávu) a chová se spíš jako barevný xbiff. Jakmile vám přijde nějaká zpráva XFaces do ní přidá obrázek. Mezi jeho vlastnosti patří:
Barevné i černobílé obrázky.
Volitelně podpora xpm a xbm.
Podpora zvuku skrz protokol NetAudio. Server NetAudio je v současné době podporován stanicí Sun SparcStation (SunOS 4.1.X a Solaris 2.2), SGI Indigo a terminály NCD MCX X běžícími na NCDware 3.1 nebo novějšími.
Obrázky obličejů mohou být "komprimovány", takže se každý obrázek zobrazí pouze jednou na vaší obrazovce. Pokud tedy od jednoho uživatele obdržíte 30 zpráv, obrázek se zobrazí pouze jednou.
Pro prohledávání hlaviček můžete používat regulární výrazy a volit tak pouze obrázky a zvuky nebo dokonce ignorovat kompletně zbytek zprávy. To vám umožní určit konkrétní obrázek/zvuk pro danou zprávu, která zrovna přijde z nějaké diskuzní skupiny nebo ignorovat ty zprávy, které jste již viděli, ale přesto zůstali ve vašem mailboxu.
Kompatibilita s programem Riche Burridge. Ten obsahuje schopnost spouštět uživatelské příkazy a generovat seznam obrázků.
Podpora schránek POP.
XFaces umí provést příkazy shellu v závisloti na obsahu schránky. Můžete si třeba prohlédnout ty zprávy, které mají vysokou prioritu a zaslouží si vaší pozornost.
XFaces umí spouštět externí filtry a konvertovat obrázky do formátu Xpm, takže je možné také používat formáty, se kterými XFaces nerozumí.
Komentáře zpráv mohou obsahovat uživatelské jméno, jméno počítače, počet, user@host, obsah libovolného údaje hlavičky.
CD vypalovací program pro desktopové prostředí Xfce
Xfburn je nástroj, který vám pomůže s vypalováním CD a DVD. Používá se v desktopovém prostředí Xfce, ale můžete ho použít také kdekoliv jinde.
Monitorovací plugin pro panel Xfce4
Monitor stavu baterie pro Xfce4, kompatibilní s APM a ACPI a používající buď soubory /proc nebo sysfs pozdějších jader. Tento applet se používá ke sledování úrovně nabití baterií a k vašemu upozornění jakmile je úroveň nabití baterií příliš nízká. Applet může také v případě dosažení kritických hodnot vykonat určité příkazy.
Nástroj pro práci se schránkou
Clipman vám umožní uložit a znovu použít výběr v X stejně jako obsah schránky GTK+. Také můžete definovat akce, které se provedou v závislosti na označení určitého typu textu.
Tento balíček používá knihovny Xfce, ale i tak ho můžete používat bez panelu Xfce, jediné co vyžaduje je spuštěná oznamovací oblast na panelu.
Plugin s historií schránky pro panel Xfce
Clipman vám umožní uložit a znovu použít výběr X stejně jako obsah schránky GTK+. V závislosti na výběru umí provádět také určité akce.
Tento balíček obsahuje plugin pro panel Xfce.
Informační plugin cpufreq pro panel Xfce4
Tento plugin zobrazuje aktuální frekvenci procesoru v GHz nebo MHz. Také zobrazuje relativní frekvenci vztaženou k maximální frekvenci CPU což je znázorněno odpovídající barvou.
Plugin datum a čas pro panel Xfce4
Tento plugin zobrazuje datum a čas na panelu. Jakmile na něj kliknete zobrazí se vám také kalendář.
Obecný monitor pro panel Xfce4
Tento modul opakovaně spouští daný příkaz/skript a zobrazuje v panelu jeho textový výstup. Je to užitečné pro opakované sledování čehokoli.
Modul panelu Xfce sloužící jako klient hudebního přehrávače MPD
Toto je klient hudebního přehrávače MPD, který se dá přidat do panelu Xfce jako modul. Může ovládat přehrávání a zobrazovat, co právě hraje.
Modul zatížení sítě pro panel Xfce4
Tento modul zobrazuje v panelu momentální zatížení vybraných síťových rozhraní.
Jednoduchý, ale hezký upozorňovací daemon pro Xfce
Xfce4-notifyd je jednoduchý, vizuálně přitažlivý upozorňovací daemon pro Xfce, který implementuje specifikace pro desktopové upozorňování sdružení Freedesktop.org.
Podpora motivů vzhledu za použití mechanizmů GTK+
Přitažlivý vzhled: zaoblené rohy, tvarovaná okna
Podporuje průhlednost a přechodové efekty
Rychlý přístup ke složkám, dokumentům a přenosným zařízením
Tento modul přináší do Xfce většinu možností menu Místa z GNOME. Na panel přidá tlačítko, po jehož stisku se objeví menu se čtyřmi volbami:
Systémově nastavitelné adresáře (domácí složka, odpadkový koš, pracovní plocha, souborový systém)
Přenosná zařízení (používá thunar-vfs)
Uživatelské záložky (čte z ~/.gtk-bookmarks)
Naposledy použité dokumenty
Správce napájení pro desktopové prostředí Xfce
Tento správce napájení desktopového prostředí Xfce umožní uživatelům notebooků nastavit dva profily podle toho zda běží notebook „z baterií“ nebo „ze sítě“. Desktopoví uživatelé mohou tento program použít alespoň pro nastavení DPMS a frekvence CPU pomocí dialogu nastavení.
nastavení frekvence CPU
monitorování nastavení DPMS
nastavení jasu LCD
ovládání spínačů Lid, sleep a power
Správce napájení pro prostředí Xfce, na architektuře nezávislé soubory
Tento balíček obsahuje soubory nezávislé na architektuře.
Modul správce napájení pro panel Xfce
Tento správce napájení desktopového prostředí Xfce umožní uživatelům notebooků nastavit dva profily podle toho, zda běží notebook „z baterií“ nebo „ze sítě“. Desktopoví uživatelé mohou tento program použít alespoň pro nastavení DPMS a frekvence CPU pomocí dialogu nastavení.
Tento balíček obsahuje modul světlosti.
Správce sezení Xfce4
xfce4-session je "správce sezení" X11 vytvořený tak, aby fungoval spolu s desktopovým prostředím Xfce4. Správce sezení při odhlášení ukládá stav všech vašich běžících aplikací. Jakmile se přihlásíte zpět, správce sezení spustí ty samé aplikace na stejných místech, kde byly před odhlášením.
Vyhledávání na webu v panelu Xfce4
Tento modul přidává na panel Xfce textové pole, které uživateli umožňuje vyhledávání na webu. Vyhledávací URL a velikost pole je možno konfigurovat.
Typické použití je pro Google, Wikipedii nebo Debian BTS.
Modul pro monitorování zátěže systému pro panel Xfce4
Tento modul zobrazuje v panelu Xfce4 aktuální zátěž CPU, využitou paměť a odkládací prostor (swap) a dobu běhu systému (uptime).
Časovací modul pro panel Xfce
Pomocí tohoto modulu můžete na panel Xfce přidávat časovače (alarmy nebo odpočítávání). Časovač může zobrazit upozorňovací okno nebo spustit při zaznění alarmu libovolný příkaz. Alarmy je také možno opakovat. Stav časovače se zobrazuje v panelu Xfce jako ukazatel průběhu, zbývající čas se ukazuje při podržení myši.
Modul přepínání xkb rozložení kláves pro panel Xfce4
Modul xkb ukazuje aktuální rozložení kláves a umožňuje přepínání mezi nastavenými mapami klávesnice.
Modul sám nelze použít pro volbu rozložení, to lze jen přes XKB, tedy buď v konfiguraci X, nebo nástrojem setxkbmap.
Utility pro správu nastavení v Xfce
xfconf obsahuje xfconfd a xfconf-query.
xfconfd obsluhuje úložiště nastavení Xfce
xfconf-query umožňuje uživatelům ladit nastavení z příkazové řádky
Fireworks v okně
XFireworks vám zpřístupní fireworks v okně systému X Window. Toto je imitace japonského "Hanabi Taikai". Je to velmi populární událost japonského léta, která se koná na některých řekách.
Program pro mirror obrázku nebo výměnu vaší obrazovky
Rozdělí vaši (nebo "xhost +") obrazovku vertikálně nebo horizontálně, nebo jí zamění za jinou. Oba příkazy xflip a meltdown mají volbu -planes tak, aby fungovali na individuálních bitových plochách. Tato verze přichází s volbou -oblic, která plynule rozdělí obraz horizontálně i vertikálně.
100 dpi fonty pro X
xfonts-100dpi poskytuje standardní množinu bitmapových fontů v rozlišení 100 bodů na palec. Ve většině případů je vhodné mít nainstalovaný X font server (XFS) a/nebo X server, který tyto fonty zpřístupní X klientům.
Z důvodu šetření místa obsahuje balík pouze fonty v kódování ISO 10646-1 a ISO 8859-1. Pro ostatní kódování se podívejte na balík xfonts-100dpi-transcoded.
Tento balík i balík xfonts-75dpi poskytují stejnou množinu fontů renderovanou pro různá rozlišení. Obvykle se používá jeden nebo druhý balík, ale klidně můžete nainstalovat oba. xfonts-100dpi je vhodnější pro větší monitory a/nebo rozlišení (nad 1024x768).
Balík vyžaduje balík xfonts-utils pro přípravu adresářů s fonty pro použití X serverem nebo X font serverem.
100 dpi fonty pro X (překódované z ISO 10646-1)
xfonts-100dpi-transcoded poskytuje standardní množinu bitmapových fontů v rozlišení 100 bodů na palec. Ve většině případů je vhodné mít nainstalovaný X font server (XFS) a/nebo X server, který tyto fonty zpřístupní X klientům.
Balík obsahuje fonty v několika kódováních dle ISO: -2, -3, -4, -9, -10, -13, -14 a -15. Pro fonty v kódováních ISO 10646-1 a ISO 8859-1 se podívejte na balík xfonts-100dpi.
Tento balík i balík xfonts-75dpi-transcoded poskytují stejnou množinu fontů renderovanou pro různá rozlišení. Obvykle se používá jeden nebo druhý balík, ale klidně můžete nainstalovat oba. xfonts-100dpi-transcoded je vhodnější pro větší monitory a/nebo rozlišení (nad 1024x768).
75 dpi fonty pro X (překódované z ISO 10646-1)
xfonts-75dpi-transcoded poskytuje standardní množinu bitmapových fontů v rozlišení 75 bodů na palec. Ve většině případů je vhodné mít nainstalovaný X font server (XFS) a/nebo X server, který tyto fonty zpřístupní X klientům.
Balík obsahuje fonty v několika kódováních dle ISO: -2, -3, -4, -9, -10, -13, -14 a -15. Pro fonty v kódováních ISO 10646-1 a ISO 8859-1 se podívejte na balík xfonts-75dpi.
Tento balík i balík xfonts-100dpi-transcoded poskytují stejnou množinu fontů renderovanou pro různá rozlišení. Obvykle se používá jeden nebo druhý balík, ale klidně můžete nainstalovat oba. xfonts-75dpi-transcoded je vhodnější pro menší monitory a/nebo rozlišení (pod 1024x768).
Dvanáctibodový Kanji a ASCII font pro X
Tento balík poskytuje dvanáctibodové fonty pro Japonce (ASCII a Kana/Kanji). Najdete v něm:
a12: 12-tibodový ASCII font
k12: 12-tibodový Kanji font
Japonské písmo Gothic 18/20 bodů a bitmapové písmo v ISO-8859-1 pro X11
Balíček obsahuje Japonské písmo (jisx0208.1990, jisx0201.1976) a bitmapové písmo ISO-8859-1 pro systém X Windows - Ayu gothic 18 bodů, Ayu gothic 20 bodů a Ayu mincho 18x18 bodů.
Standardní fonty pro X
xfonts-base poskytuje standardní množinu bitmapových fontů v nízkém rozlišení. Ve většině případů je vhodné mít nainstalovaný X font server (XFS) a/nebo X server, které tyto fonty zpřístupní X klientům.
Písmo cyrilice v kódování ISO 8859-5 pro X, 100 dpi (Cronyx)
Balíček obsahuje množinu bitmapových písem cyrilice při rozlišení 100 bodů na palec. Kódování ISO 8859-5 se používá v Bělorusku, Bulharsku, Makedonii, Rusku a Srbsku. Ve většině případů je dobré také nainstalovat X font server (xfs) a/nebo nainstalovat X server pro zpřístupnění písma klientům X Widnow.
Balíček obsahuje stejnou sadu písem jako balíček xfonts-cronyx-isocyr-75dpi, jsou ale vytvořené pro jiné rozlišení; je nutné nainstalovat jeden z těchto balíčků, ale můžete také nainstalovat oba. xfonts-cronyx-isocyr-100dpi jsou vhodnější pro větší monitory a/nebo větší rozlišení (nad 1024x768).
Hlavním zdrojem pro tento balík je balík Xcyr od Serge Winitzki. Xcyr je nástupce balíčku Xrus-2.3 od Andrey Chernov.
75 dpi Cyrilické fonty pro X v kódování ISO-8859-5 (sada od Cronyxu)
V balíku je sada bitmapových fontů pro cyrilyku v rozlišení 75dpi. Tyto fonty jsou v ISO-8859-5 kódování pro Běloruštinu, Bulharštinu, Makedonštinu, Rušitnu a Srbštinu. Ve většině případů bude potřebovat X font server (xfs) a nebo i nějaký X server ke zpřístupnění fontů X klientům.
Tento balík a balík xfonts-cronyx-isocyr-100dpi obsahují stejné sady fontů, pouze v jiném rozlišení a mohou být oba nainstalovány. xfonts-cronyx-isocyr-75dpi je spíše určen pro menší monitory či rozlišení obrazovky (méně než 1024x768).
Hlavním zdrojem pro tento balík ne balík Xcyr od Serge Chernova.
Strojopisné písmo cyrilice v kódování ISO-8859-5 pro X (Cronyx)
Balíček obsahuje standardní množinu strojopisných písmen cyrilice v nízkém rozlišení. Jedná se o písmo v kódování ISO-8859-5 a podporuje běloruštinu, bulharštinu, makedonštinu, ruštinu a srbštinu. Ve většině případů je dobré také nainstalovat X font server (xfs) a/nebo nainstalovat X server pro zpřístupnění písma klientům X Widnow.
Fonty pro ruštinu pro X, rozlišení 100 dpi, kódované KOI8-R, od Cronyxu
V balíku je sada bitmapových fontů pro azbuku, rozlišení 100 dpi. Fonty jsou v kódování KOI8-R vhodném pro ruštinu. Většinou bude potřeba mít nainstalovaný X font server a nebo X server ke zpřístupnění fontů X klientům.
Tento balík a xfonts-cronyx-koi8r-75dpi obsahují stejné fonty, pouze jsou v jiném rozlišení. Pouze jeden z nich je potřeba mít nainstalovaný, ale mohou být i oba. Balík xfonts-cronyx-koi8r-100dpi je určen pro větší monitory nebo vyšší rozlišení obrazovky (více než 1024x768).
Hlavním zdrojem pro tento balík je balík Xcyr od Serge Winitzki. Xcyr je následníkem balíku Xrus-2.3 od Andreje Chernova.
Písmo KOI8-R Cyrilice 75 dpi pro X (kolekce Cronyx)
Tento balíček obsahuje kolekci bitmapového písma Cyrilice v rozlišení 75 bodů na palec. Toto jsou písma KOI8-R a hodí se především pro ruštinu. Ve většině případů bude také nutné nainstalovat server písem (xfs) a/nebo nainstalovat server X, aby bylo možné písma zpřístupnit klientům X.
Tento balíček a xfonts-cronyx-koi8r-100dpi obsahují stejnou množinu písem vytvořených pro různá rozlišení; přitom stačí nainstalovat pouze jeden z nich, zároveň ale můžete nainstalovat oba. xfonts-cronyx-koi8r-75dpi se hodí více pro menší monitory a/nebo nízká rozlišení (méně než 1024x768).
Hlavním zdrojem pro tento balík je balík Xcyr od Serge Chernova.
Buňkové písmo Cyrilice v KOI8-R pro X (kolekce Cronyx)
Tento balíček obsahuje standardní množinu buňkového písma (strojové písmo) Cyrilice s nízkým rozlišením. Tato písma KOI8-R se hodí především pro ruštinu. Ve většině případů bude také nutné nainstalovat server písem (xfs) a/nebo nainstalovat server X, aby bylo možné písma zpřístupnit klientům X.
Fonty pro azbuku ve 100 dpi, KOI8-U pro X (sada Cronyx)
V balíku je sada bitmapových fontů pro azbuku, rozlišení 100 dpi. Fonty jsou v kódování KOI8-U vhodném pro ukrajinštinu. Většinou bude potřeba mít nainstalovaný nějaký font serve (xfs) popřípadě X server ke zpřístupnění fontů X klientům.
Tento balík a balík xfonts-cronyx-koi8u-75dpi obsahují tejnou sadu fontů. Pouze v jiném rozlišení. Pouze jeden z nich je potřeba mít nainstalovaný. Balík xfonts-cronyx-koi8u-100dpi může být vhodnější pro velké monitory či velké rozlišení obrazovky (více než 1024x768).
Hlavním zdrojem pro tento balík je balík Xcyr od Serge Chernova. Xcyr je následníkem balíku Xrus-2.3 od Andreje Chernova.
Písmo KOI8-U Cyrilice 75 dpi pro X (kolekce Cronyx)
Tento balíček obsahuje kolekci bitmapového písma Cyrilice v rozlišení 75 bodů na palec. Toto jsou písma KOI8-U a hodí se především pro oblast Ukrajiny. Ve většině případů bude také nutné nainstalovat server písem (xfs) a/nebo nainstalovat server X, aby bylo možné písma zpřístupnit klientům X.
Tento balíček a xfonts-cronyx-koi8u-100dpi obsahují stejnou množinu písem vytvořených pro různá rozlišení; přitom stačí nainstalovat pouze jeden z nich, zároveň ale můžete nainstalovat oba. xfonts-cronyx-koi8u-75dpi se hodí více pro menší monitory a/nebo nízká rozlišení (méně než 1024x768).
Zdrojem tohoto balíčku je balíček Xcyr Serge Winitzki. Xcyr je následovník balíčku Xrus-2.3 Andrey Chernova.
Buňkové písmo KOI8-U Cyrilice pro X (kolekce Cronyx)
Tento balíček obsahuje standardní množinu buňkového písma (strojové písmo) Cyrilice v nízkém rozlišení. Toto jsou písma KOI8-U a hodí se především pro oblast Ukrajiny. Ve většině případů bude také nutné nainstalovat server písem (xfs) a/nebo nainstalovat server X, aby bylo možné písma zpřístupnit klientům X.
Japonské písmo Kaname Cho 12 bodů v kódování Latin 1, určené pro X11
Balíček obsahuje písmo Kaname Cho o velikosti 12 bodů v kódování ISO-8859-1, určené pro systém X Window. Písmo je charakteristické a podobné gotickému. Má 4 stupně váhy: střední, tučné, kurziva a tučná kurziva. Také obsahuje 2 speciální japonská písmena -p- a -c-.
Tučné písmo Kappa (ISO-8859-1..4/9/10/13..16, japonské), 20 b, pro X11
Balíček obsahuje písmo Kappa (o velikosti 20 bodů určené pro X11) včetně následujícího:
20x20 japonské (JIS X 0208:1983, 0208:1990, 0208:1997, 0213:2000) Mincho
10x20 Mule IPA Všechna písma jsou i ve stupních střední a tučná. Jejich forma je vysoké kvality, snadné čitelnosti a jsou tak velmi užitečná na monitorech s vysokým rozlišením.
Roundish fonty (marumoji) pro X
Japonské a ASCII roundish fonty (marumoji v Japonsku) pro X server V balíku najdete: maru14: JIS X0208.1983 Roundish znaky o velikosti 14 bodů maru16: JIS X0208.1983 Roundish znaky o velikosti 16 bodů 7x14rkmr: JIS X0201.1976 Roman Roundish znaky o velikosti 14 bodů 7x14maru: ISO8859-1 Roundish znaky o velikosti 14 bodů
Administrační nástroje souborového systému XFS
Balíček xfsdump obsahuje xfsdump, xfsrestore a množství dalších administračních nástrojů pro správu souborového systému XFS.
xfsdump prozkoumá soubory tohoto souborového systému, určí, které z nich je potřeba zálohovat a zkopíruje tyto soubory na daný disk, pásku nebo jiné úložné zařízení. K tomu používá příkazy specifické pro XFS, což optimalizuje výpis souborového systému XFS. Také umí zálohovat rozšířené atributy XFS. Zálohy vytvořené pomocí xfsdump jsou bezpečné a lze je bez problémů přenášet mezi různými linuxovými počítači na různých architekturách a také mezi počítači IRIX.
xfsrestore provádí inverzní operaci k xfsdump; obnovuje kompletní zálohu souborového systému. Další inkrementální zálohy je pak navíc možné stavět na předchozí kompletní záloze. Jednotlivé soubory a adresáře lze obnovit z kompletní nebo částečné zálohy.
Správce oken projektu Xfce
Tento balíček obsahuje xfwm4, správce oken pro Xfce4. Program je vytvořen tak, aby fungoval v prostředí Xfce4, ale můžete ho použít i v KDE či GNOME.
Grafická verze slavné hry Galaga
Galada je klon klasické hry pro X. Xgalada je druh taktické hry.
backgammon pro X
Pěkné provedení backgammon. Vlastnosti:
jednoduchý výběr souborů a jejich ukládání
můžete upravovat umístění
uložit pozice do mailu ve formátu používaném v backgammon newsgroups
snadný pohyb kameny, jednoduvhým klikem
můžete hrát znovu coby protivník ve vzdáleném X-terminálu. (pokusně).
Generátor rejstříku strukturovaných dokumentů jako je LaTeX a SGML
xindy je rejstříkový procesor, který se používá k vytváření rejstříku tak jak ho znáte z knih pro libovolný systém přípravy dokumentu. Často se používá v kombinaci s TeX a LaTeX, roff, systémy používajícími SGML/XML (např. HTML), atd. Jádro systému není vázáno na žádný specifický systém, ale pro práci s ním ho lze nastavit.
Ve srovnání s jiným procesory tohoto typu, xindy umí řadu věcí, které ho činí ideálním pro popisování a generování komplexních rejstříků, adresování zejména mezinárodních indexů.
Nástroj pro inicializaci serveru X
xinit spouští program startx, který se stará o spuštění serveru X a zavedení základního grafického sezení.
Konfigurace běhu a test zařízení XInput
Xinput je nástroj pro konfiguraci a testování zařízení XInput.
Vesmírní vetřelci, 3D pro X
XInvaders je 3D hra, klon space-invaders pro systém X Window.
Prostředí pro čtení, studium a výzkum Bible
Xiphos je program určený pro studium Bible v desktopovém prostředí GNOME. Je založený na projektu SWORD od CrossWire Bible Society, systému pro studium Bible a podobných textů jako jsou komentáře a slovníky.
Tento balíček obsahuje hlavní program Xiphost, digitální čtečku textu se záložkami a kompletním textovým vyhledávačem. Umožní vám prohlížení více verzí stejného textu, paralelní čtení alternativ a překladů. Také podporuje osobní poznámky k veršům a bohatý textový poznámkový blok, oba umí kontrolovat pravopis a mají full-textové vyhledávání.
Xiphos umí procházet a instalovat svobodně distribuovaný obsah z repozitáře CrossWire.
Grafický terminál s podporou thajského jazyka
xiterm+thai je emulátor grafického terminálu s podporou thajského jazyka. Má vestavěnou podporu thajštiny. Také umí používat rozšíření vstupu thajské klávesnice X11 XKB.
Písmo TIS-620 je jedním z písem xfonts-thai-nectec, které se používá pro zobrazení thajských znaků.
Grafická nadstavba klávesových map (xmodmap)
xkeycaps je grafický frontend k xmodmap(1). Program otevře okno, které zobrazuje klávesnici; přesunutím myši na klávesu se vám zobrazí příslušný symbol a bitové číslo, které se při stisku generuje. Kliknutí na mapu simuluje stisknutí/uvolnění klávesy. Přitom je možné měnit hodnoty kláves a jejich modifikátory. Tento program umí také zapsat do souboru vhodného pro xmodmap a tak obnovit vaše nastavení i v budoucnu.
Upozornění na email s počtem zpráv a podporou POP3/APOP/IMAP
Tento program je rozšířením, které vás upozorní na příchozí poštu. Zobrazuje počet dostupných zpráv. Podporuje emailové servery POP3/APOP3/IMAP. Může běžet jako normální příkaz, stačí na něj kliknout. Používá čistou xlib, takže je velmi nenáročný. Může běžet jako aplikace nebo dokovací applet WindowMaker/KDE.
Napište padající slova než spadnou na zem
Hra ve které trénujete zadávání slov. Hra se podobá typespeed a tuxtype. Slova vybraná z dostupného seznamu padají na obrazovce a vaším úkolem je správně je napsat. Ve úkolovém typu hry se vám namísto celých slov zobrazí náhodné sekvence znaků. Také můžete hrát síťovou hru proti dalšímu hráči v duelu xletters.
Grafický prohlížeč souboru pro X11
Umí prohlížet soubory png, jpeg, gif, tiff, niff, sunraster, fbm, cmuraster, pbm, faces, rle, xwd, vff, mcidas, vicar, pcx, gem, macpaint, xpm a xbm. Umí prohlížet obrázky a zobrazovat je do hlavního okna. Umí je také zpracovávat: ořezávat, nastavovat jas, hloubku, přibližovat, zesvětlovat nebo ztmavovat a také je slučovat dohromady.
Obsahuje xsetbg, xview a uufilter.
Nahrává/přehrává stisk kláves a pohyb myši v okně X
xmacrorec je možno použít pro nahrání událostí klávesnice a myši na obrazovce X11.
xmacroplay je možno použít pro přehrávání nahraných událostí a poslání dalších událostí klávesnice/myši, které si zvolíte. Hodí se tak pro vytváření skriptů na obrazovce X - např. pro ovládání prezentací ve formě mgp nebo ultrapoint za pomoci skriptu nebo síťového připojení...
xmacroplay-keys je skript, který vám pomůže provádět výše popsané.
Dohromady je možno použít tyto nástroje k nahrávání a přehrávání sezení, demonstrace atd.
Monitorování HW bez závislostí na jádru (klient X)
Tento balíček obsahuje grafického klienta.
Rozhraní X11 k ovládání zvuku v Linuxu
Toto rozhraní zvukové karty vám umožní nastavit vstupní a výstupní zdroje zvukové karty a vybrat zdroj zvukové karty určený k nahrávání.
Konverze mezi XML, HTML, CSV a řádkovými formáty
Nástroje xml2 se používají ke konverzi XML, HTML a CSV na a řádkově orientovaných formátů podléhajících zpracování klasickými nástroji Unixu, jako je grep, sed, awk, cut, skripty shellu, atd.
Nástroj příkazové řádky pro práci se zabezpečeným XML
xmlsec je nástroj příkazové řádky pro práci s podpisy a šifrovanými transformacemi dat XML. Program je součástí bezpečnostní knihovny XML Security Library.
Sada konzolových nástrojů XML
XMLStarlet je kolekce nástrojů příkazové řádky, které se používají ke transformaci, dotazování, validování a úpravě dokumentů XML a souborů používajících základní množinu shellových příkazů, podobně jako v případě textových souborů a nástrojů grep, sed, awk, diff, patch, join, atd.
Tuto kolekci nástrojů příkazové řádky používají zpravidla ti, kteří pracují se spoustou dokumentů XML v unixovém shellu, nástroje se také hodí pro automatické zpracování XML pomocí skriptů shellu.
Morfování a přeměna digitálního obrázku (x11)
Xmorph načte, uloží, rozplyne a zbortí obrázky a načte, uloží, vytvoří a upraví ovládací prvky, které určují míru zborcení. Techniku vynalezl a poprvé použil "Industrial Light and Magic a běžné se nazývá "morfování".
Xmorph používá exkluzivně formát obrázků Targa. Pro konverzi jiných formátů obrázků nebo videí je potřeba další software. (Kvůli chybě, jsou obrázky Xmorph nečitelné v XV Johna Bradleyho.)
xmorph je GUI pro libmorph, používající nástroje X; balíček také obsahuje textový program nazývaný morph.
2D motocyklová hra
X-Moto je 2D motokrosová plošinovka, která se drží fyzikálních zákonů, které jsou zároveň důležitým prvkem vlastní hry. Vaším úkolem je ovládat kolo co to je jenom možné. Hra samotná je tvořena na sebe navazujícími a čím dál složitějšími úrovněmi.
Nahrávání/přehrávání X událostí - metabalíček
Tento balíček obsahuje metabalíček závisející na jedné z implementací Xnee (příkazový řádek, grafické rozhraní nebo GNOME panel).
Knihovna X On-Screen Display - binární soubory
Tento balíček obsahuje binární soubory, které jsou dodávány spolu s knihovnou X OSD: osd_cat - program podobný 'cat', který zobrazuje svůj výstup v okně OSD.
Aplikace GTK+ pro tvorbu poznámek
Xournal je aplikace GTK+ určená pro psaní poznámek, tvorbu skic a psaní deníku pomocí stylusu. Také ho můžete použít pro tvorbu anotací souborů PDF.
Lepkavé poznámky pro X
Tento program se skládá z nezávislých okének, do který je možno psát textové poznámky. Xpad se snaží emulovat vzhled lepících poznámek, třebaže je možno jejich vzhled libovolně upravovat.
Jednoduchý kreslící program pro X
XPaint se hodí především pro vytváření jednoduché grafiky. Nabízí některé pokročilé funkce jako jsou funkce pro zpracování obrázku a vyplnění gradientem.
Ve skriptovacím editoru C programu XPaint je také možno spustit externí editor (z menu Soubor), který provede spuštění emulátoru terminálu spolu s programem sensible-editor.
Pro čtení dat ve formátu PDF/PS bude potřeba balík gv, pro externí konverzi balík netpbm a pro tisk balík lpr.
Hra pro X11, ke které je potřeba notná dávka trpělivosti
xpat2 je hra, ve kterou je možno hrát s různými množinami pravidel, ve které je důležitá především vaše trpělivost. Hra umí používat pravidla dobře známé hry Spider, stejně jako hry Klondike a mnoha dalších.
Pokud vlastníte 8-bitový nebo monochromatický displej, pak může mít tento program při svém spuštění potíže.
malý tučnák pochodující v okně
Chcete rozkošného tučňáka procházejícího se po horní části vašich oken? Chete poslat invazi armády rozkošných malých tučňáků na něčí obrazovku po síti? Opravdu ne, ale proč ne? Zkuste tento prográmek, je skvělý!
Xplanet vykreslí obrázek planety do okna X window nebo nějakého souboru. Program umí zobrazit všechny hlavní planety a většinu satelitů v různých projekcích včetně azimutální, polokoule, Lambert, Mercator, Mollweide, Peters, polykónicky a také obdélníkově.
Pro spuštění xplanet je potřeba alespoň jeden soubor s mapou. Některé mapy najdete v balíčku xplanet-images.
Jednoduché kreslení grafů x-y na obrazovce
XPlot je malý program pro kreslení jedno- nebo více-dimenzionálních datových grafů. Data grafu mohou být uloženy v souboru nebo předány programu `za chodu'. XPlot umožňuje zobrazení více datových množin a tak si přiblížit různé části datových oblastí.
XPlot je určen pro zobrazování dat na obrazovce. Neobsahuje tlačítko tisk, ani není určen pro vytváření modelů knižní kvality.
Malý nástroj, který tiskne dobu nečinnosti uživatele v X
xprintidle je utilita, která získá od serveru X dobu nečinnosti uživatele a vytiskne ji na standardní výstup (v milisekundách).
Kolekce hádanek pro X (čistě X-ová verze)
Jsou obsaženy tyto hádanky:
Tato verze byla kompilována bez knihovny Motif GUI a tak má jen omezenou funkcionalitu uživatelského rozhraní. Pro rozšířenou verzi programu se podívejte na xmpuzzles.
Futuristická závodní hra
Xracer je klon Wpeout, je distribuován pod licencí GPL. Hra umí pracovat s libovolnou knihovnou kompatibilní s OpenGL. Vyžaduje 3D akcelerátor.
V balíčku se nachází data a binárky hry.
Pokud byste chtěli vytvářet nové tratě nebo další herní data, měli byste si nainstalovat balíček xracer-tools.
Závodní hra z budoucnosti - vývojové nástroje
V balíčku naleznete několik nástrojů sloužících k vytváření vašich vlastních dat. Pro hraní hry je ještě potřeba nainstalovat balíček xracer.
Monitor využití zdrojů serveru X11
xrestop používá rozšíření X-Resource a zobrazuje statistiky podobné výstupu příkazu top(1) pro každého klienta připojeného k serveru X11. Nástroj byl vytvořen pro vývojáře, aby jim pomohl zefektivnit využití zdrojů a odstranit některé jejich neduhy.
xrestop vyžaduje rozšíření X-Resource, podporuje XFree86 4.3 a vyšší a X server freedesktop.org.
Klon Scorched Earth
Xscorch je klon klasické DOSové hry "Scorched Earth". Základním cílem je zničit nepřátelské tanky s použitím omezené munice :). Zkrátka, kupujete zbraně, pomocí otočné tankové věže zaměříte nepřítele a spustíte palbu a budete doufat, že je zničíte dříve než oni vás.
Nástroj příkazové řádky pro přístup ke schránce X
XSel je nástroj příkazové řádky určený k získání a nastavení obsahu schránky X. Také umí připojit text a nebo tam posílat nějaký zvětšující se soubor (podobně jak to dělá tail -f).
Společné soubory používané různými servery X
Tento balíček obsahuje soubory používané všemi servery X založenými na X.Org.
X server X.Org -- vstupní ovladač Aiptek
Tento balíček obsahuje ovladač pro USB grafické tablety Aiptek HyperPen.
Tento balíček je sestavený z modulu X.org ovladače xf86-input-aiptek.
X server X.Org -- vstupní ovladač ELOGraphics
Tento balíček obsahuje ovladač pro dotykovou obrazovku ELO Graphics.
Tento balíček je sestavený z modulu X.org ovladače xf86-input-elographics.
X server X.Org -- vstupní ovladač evdev
Tento balíček obsahuje ovladač pro vstupní zařízení používající evdev, mechanismus linuxového jádra pro doručování událostí. Tento ovladač umožňuje zacházet s více klávesnicemi a myšmi jako se samostatnými vstupními zařízeními.
Tento balíček je sestavený z modulu xf886-input-evdev ovladače X.org.
X server X.Org -- vstupní ovladač evdev (hlavičkové soubory pro vývoj)
Tento balíček obsahuje hlavičkové soubory pro vývoj vstupního ovladače evdev z xserver-xorg-input-evdev. Pro nevývojáře pravděpodobně není příliš užitečný.
X server X.Org -- ovladač joysticku
Tento balíček poskytuje ovladače joysticků.
Tento balíček vzniká sestavením modulu ovladačů X.Org xf86-input-joystick.
X server X.Org -- vstupní ovladač joysticku (vývojářské hlavičky)
Tento balíček poskytuje vývojářské hlavičky pro ovladač joysticku z xserver-xorg-input-joystick. Pokud nebudete vyvíjet software, těžko vám bude k nějakému užitku.
X server X.Org -- vstupní ovladač klávesnice
Tento balíček obsahuje ovladač klávesnic.
Tento balíček vzniká sestavením modulu ovladačů X.org xf86-input-keyboard.
Ovladač tochpadu Synaptics pro server X.Org
Tento balíček poskytuje ovladač vstupního zařízení pro X server X.Org a nabízí pokročilé funkce touchpadů Synaptics, včetně:
Pohybu s regulovatelnou, nelineární akcelerací a rychlostí
Události tlačítek pomocí krátkého dotyku touchpadu
Události dvojkliku tlačítek pomocí dvojího krátkého dotyku touchpadu
Přesun pomocí dotyku a ponechání prstu na touchpadu
Události prostředního a pravého tlačítka pomocí dotyku v horním a dolním rohu touchpadu
Svislý posun (události tlačítka čtyři a pět) pomocí pohybu prstu na pravé straně touchpadu
Tlačítka nahoru/dolů posílají události čtyři/pět
Vodorovný posun (události tlačítka šest a sedm) pomocí posunu prstu po dolní straně touchpadu
Vícenásobná tlačítka posílají události tlačítka čtyři/pět a šest/sedm pro vodorovný posun
Nastavitelná detekce prstu
Víceprstová klepnutí: dva prsty pro události prostředního tlačítka a tři prsty pro události pravého ẗlačítka. (Potřebuje příslušnou podporu hardwaru. Ne všechny modely mají tuto funkci implementovanou.)
Nastavení za běhu používající sdílenou paměť. To znamená, že můžete nastavit parametry za běhu bez restartu X serveru (viz synclient(1)).
Poskytuje také démona pro vypínání tochpadu během psaní na klávesnici, čímž se zabrání nechtěným pohybům myší (viz syndaemon(1)).
Ovladač tochpadu Synaptics pro server X.Org (vývojářské hlavičky)
Tento balíček obsahuje vývojářské hlavičky pro ovladač vstupního zařízení Synaptics, který naleznete v xserver-input-synaptics. Nejste-li vývojář, těžko vám bude k nějakému užitku.
X server X.Org -- ovladač zobrazení Cirrus
Tento balíček obsahuje ovladač pro grafické karty Cirrus Logic.
Balíček je sestaven z modulu X.org xf86-video-cirrus.
X server X.Org -- ovladač fbdev
Tento balíček obsahuje ovladač k linuxovému zařízení framebuffer („fbdev“).
Tento balíček je sestaven z modulu X.org xf86-video-fbdev.
X server X.Org -- ovladač zobrazení ATI Mach64
Tento ovladač pro X server X.Org (pro další popis se podívejte na xserver-xorg) poskytuje podporu pro grafické karty řady ATI Mach64.
Balíček je sestaven z modulu X.org xf86-video-mach64.
X server X.Org -- ovladač zobrazení SiliconMotion
Tento balíček obsahuje ovladač pro čipové sady řady SiliconMotion Lynx a Cougar,které se běžně nacházejí v laptopech.
Balíček je sestaven z modulu xf86-video-siliconmotion.
X server X.Org -- ovladač zobrazení USB SiS
Tento balíček obsahuje ovladač pro grafická zařízení SiS připojené přes USB.
Balíček je sestaven z modulu X.org xf86-video-sisusb.
X server X.Org -- ovladač zobrazení tdfx
Tento balíček obsahuje ovladač pro grafické karty 3dfx Voodoo a jejich odvozeniny.
Balíček je sestaven z modulu xf86-video-tdfx.
X.Org X server -- ovladač zobrazení Trident
Tento balíček obsahuje ovladač pro grafické karty Trident Blade/Image/ProVidia/TGUI/9xxx.
Balíček je sestaven z modulu X.org xf86-video-trident.
X server X.Org -- ovladač zobrazení VMware
Tento balíček obsahuje ovladač pro klientské relace VMware, tedy situaci, kdy Linux běží uvnitř VMware.
Balíček je sestaven z modulu X.Org xf86-video-vmware.
Hra Shisen-sho pro X11
XShisen je hlavolam pro X11. Podobá se slavné hře "Shang-hai" a vaším úkolem je přesunout všechny kousky na hrací ploše.
Tato hra vám umožní používat buď "originální" obrázky xshisen, nebo si zvolit obrázky obsažené v kshisen.
karetní hra "Skat" pro tři hráče
Xskat je ztvárněním karetní hry Skat jak je definována oficelně německým "Skatordnung".
Můžete ji hrát zaslám okna na jiný X display, nebo prostednictvím IRC serveru. Počítač též může simulovat protihráče.
Je podporováno mnoho neoficielních pravidel jako "Ramsch" nebo "Bock".
Hra Sokoban pro X11
xsok je strategická hra určená pro jednoho hráče, jedná se o klon dobře známé hry Sokoban.
Cílem hry Sokoban je přemístit všechny objekty do cílové oblasti, hru můžete ovládat pomocí myši nebo šipek na klávesnici. V jednotlivých úrovních se liší jak druhy přemísťovaných předmětů tak i speciální čtverce s efekty.
Dynamická konfigurace nastavení xterm
xtermcontrol je nástroj pro dynamické dotazování a úpravu vlastností xterm, usnadňuje zobrazování i úpravu nastavení xtermu včetně změny barev, titulku, písma a geometrie běžícího xtermu. Podporovány jsou i takové operace s oknem jako je de/ikonizace, povýšení/schování, maximalizace/obnovení a resetování.
xtermcontrol umožní pokročilým uživatelům také nastavovat ovládací sekvence xtermu.
Hra Tron pro X11
Xtron je hra pro jednoho nebo dva hráče založená na staré klasické hře TRON. Hra je jednoduchá: vyhýbání se zdem, svému vlastnímu ohonu a svým protivníkům.
Mění titulky emulátoru terminálu v X
Tento malý program mění titulek okna terminálu v prostředí X Windows. Měl by fungovat s libovolným programem, který emuluje nějaký terminál jako je např. xterm.
Další hra "Čtyři v řadě"
Xvier je jednoduchá hra pro X, ve které vy a vaši protihráči střídavě umísťujete kameny na volná políčka. Cílem je naskládat v řadě čtyři kameny, ať už vertikálně nebo horizontálně.
Populární hra Welltris tolik podobná 3D Tetris
Hru vymyslel ruský programátor Pogitnov a jedná se o stejný herní systém jako ten, který naleznete ve hře Tetris.
Ve hře se díváte shora do skla. Vidíte stěny a spodek. Přitom dolů padají 2D obrazy jeden za druhým a vaším úkolem je přesunout tyto tvary z jedné stěny na druhou, přitom je také můžete otáčet. Pokud tento tvar opustí stěnu, přesouvá se směrem dolů dokud nezačne padat další. Během hry musíte zaplnit řádky a/nebo sloupce dole. Jakmile se vám to podaří, tak řádek zmizí a vy získáte trochu volného místa a zvýší se vaše skóre.
Programovací prostředí a editor pro konzoli a X11
Xwpe je integrované programovací a ladící prostředí podobné tomu, které známe z rodiny programů Borland Turbo C a Pascal. Mezi jeho vlastnosti patří schopnost spouštět řadu kompilátorů, linkerů a ladících programů přímo z nabídky programu nebo pomocí zkratkových kláves.
Obsahuje zvýrazňování syntaxe řady programovacích jazyků a je možné snadno používat libovolný překladač a ladící program přímo z programu. Při kompilaci prováděné z prostředí xwpe je možné přeskakovat po chybách a rovnou je opravovat. Také můžete zobrazovat proměnné zásobníku. Ve zdrojovém kódu je možno přidávat a odstraňovat zarážky.
I když je převážně používán jako editor pro programátory (spouští se přes wpe nebo xwpe), také ho můžete používat jako snadno použitelný textový editor (spouštění přes „we“ nebo „xwe“).
Grafické porovnání a spojení souboru/adresáře
xxdiff je šikovný nástroj pro prohlížení a sledování rozdílů mezi dvěma nebo třemi soubory či dvěma adresáři. Program se používá k vytváření spojených verzí. Textové zobrazení dvou nebo třech souborů se zobrazuje po stranách a jejich rozdíly jsou barevně zvýrazněny. Kromě toho program umí:
Porovnávat dva nebo tři soubory, nebo dva adresáře (v jedné i více úrovních)
Horizontální zvýraznění rozdílů
Interaktivní sloučení, náhled a zobrazení dvou soborů pro řešení konfliktů
Rozdělí konflikty CVS a zobrazí dva soubory čímž předejde řešení konfliktů
Plně nastavitelné pomocí jednoho souboru
Výstup je možno snadno integrovat ve skriptech
Skripty doprovázející xxdiff naleznete v balíčku xxdiff-scripts.
Indikátor a přepínač klávesnice pro xkb
Program slouží k indikování stavu klávesnice a jejímu přepínání pomocí xkb. Vlastnosti programu:
zobrazuje aktuální rozložení xkb (pomocí obrázku ve svém vlastním okně)
umožňuje přepínání rozložení pomocí kliknutí myši
umožňuje individuální nastavení pro každé okno
umožňuje instalaci vlastního tlačítka (indikátoru/přepínače) v titulkovém pruhu každého okna
může omezit přepínání klávesnice v každém okně na pouze dvě rozložení ("hlavní rozložení" - "alternativní rozložení") - v případě, že je xkb nastaven na používání více rozložení Chyby:
dokumentace je částečně pouze v ruštině (znaková sada koi8-r)
Kompresní nástroje formátu XZ
Tento balíček obsahuje nástroje pro příkazovou řádku pracující s kompresí XZ včetně xz, unxz, xzcat, xzgrep atp. Také umí pracovat s formátem LZMA a je-li spuštěn přes odpovídající symbolický odkaz, také emuluje chování příkazu balíčku lzma.
Formát XZ se podobá staršímu formátu LZMA, ale navíc obsahuje některé vylepšení:
detekce souborů XZ ala 'file';
kontrola integrity dat crc64;
omezená podpora čtení s náhodným přístupem;
vylepšená podpora více vláken (není požito v nástrojích xz);
podpora naplnění enkodéru.
Zvětší části obrazovky, s real-timeovými aktualizacemi
Podobně jako xmag, xzoom zvětší části obrazovky. Xzoom se ale liší v tom, že pravidelně aktualizuje obsah zvětšené části obrazovky. Hodí se tak např. pro zvětšení malých animací.
Také může zrcadlit a rotovat části obrazovky.
Pěkný emulátor Saturn - port Qt
Yabuase je emulátor Sega Saturn. Umí následující věci:
spouštět hry z CD-ROM a souborů ISO
spouštět hry buď s emulovaným nebo originálním BIOSem
spousta ladících voleb
Tento balíček obsahuje Qt verzi Yabause.
Počítačový algebraický systém
Yacas je malý a vysoce flexibilní jazyk pro počítačovou algebru.
Syntaxe je velice blízká jazyku Mathematica. Distribuce obsahuje malou knihovnu matematických funkcí, ale její opravdová síla spočívá v jazyce, ve kterém můžete jednoduše zapsat své vlastní symbolické manipulační algoritmy. Podporuje aritmetiku s libovolnou přesností.
Další systém analýzy v Pythonu
YAPPS je snadno použitelný generátor rozborů napsaný v Pythonu a generující kód v Pythonu. Tento generátor analýz se liší od ostatních především v tom, že má jiné cíle: Yapps je jednoduchý, snadno použitelný a vytváří čitelné analýzy.
Nejedná se o ten nejrychlejší ani nejmocnější nástroj. Yapps se používá v situacích kdy přestávají stačit regulární výrazy a ostatní systémy provádějící analýzu jsou příliš složité: tedy v situacích, ve kterých píšete své vlastní rekurzivní analýzy.
Tento balíček obsahuje různá rozšíření originálního programu YAPPS:
pracuje s rekurzivním vstupem ("vkládá soubory")
má lepší ohlašování chyb
vstup čte inkrementálně
Rozbalovací emulátor terminálu X
Yeahconsole zobrazí emulátor terminálu nahoře na vaší obrazovce. Tento terminál se přitom rozbaluje podobně jako konzole obsažená v řadě her (jako quake). Jeho viditelnost je přitom možno měnit pomocí zkratkových kláves. V současné době je podporován xterm, urxvt a mrxvt.
Nástroj pro kontrolu zranitelnosti sítě
Yersinia je systém provádějící útoky vrstvy 2. Je vytvořen tak, aby využil slabostí různých síťových protokolů. Jedná se o solidní nástroj pro analýzu a testování sítí a systémů.
Jsou implementovány útoky následujících síťových protokolů:
Finite Element Analysis Program - běhové prostředí
Z88 má 20 konečných typů včetně námahy plochy, ohybu desky, osových symetrických struktur a prostorových struktur až do 20-ti úhelníků. Z80 přichází uživatelsky přívětivým prostředím, mocným generátorem nástrah, převaděčem DXF, dvěma vykreslovacími programy a samozřejmě dvěma mocnými řešiteli. Podporuje import souborů COSMOS z Pro/ENGINEER a Pro/MECHANICA.
V současné době jsou k dispozici dvě vtělení zec: zec a zecsh.
zec sám o sobě je tradiční skript podobající se pei. I když není tak kompletně vybaven jako pei, má výhodu v tom, že podporuje ZLE.
zecsh je experimentální skript, který se spouští přímo z shellu, a tak uživateli umožní konstruovat další parametry příkazů Empire.
V této chvíli, je zecsh méně stabilní než např. zec.
Zobrazuje grafické dialogy ze skriptů shellu
Zenity vám umožní zobrazovat dialogy GTK+ přímo ze shellových skriptů; jedná se o přepis příkazu 'gdialog' pro GNOME 1.
Zenity obsahuje skript obálky gdialog, takže ho můžete používat u odvozených skriptů.
Archivace souborů .zip
Toto je program InfoZIP. Vytváří soubory, které jsou plně kompatibilní s populárním programem PKZIP; volby příkazové řádky nejsou samozřejmě identické. Jinými slovy, výsledek je stejný, ale použitá metoda se liší. :-)
komprimační knihovna - runtime
Knihovna zlib implementuje kompresní algoritmus deflate, který je použt v gzip a PKZIP. V balíku je sdílená knihovna.
Dokumentace k zsh - formát info/html
Zsh je UNIX-ový příkazový interpretr (shell) použitelný jako interaktivní login shell i jako interpretr shellových skriptů. Ze standardních shell-ů se zsh nejvíce podobá ksh, ale přidává mnoho dalších rozšíření. Zsh obsahuje editaci příkazového řádku, vestavěný kontrolor překlepů, programovatelné doplňování příkazů, funkcí shellu (s automatickým nahráváním), práci s historií a ještě další vlastnosti.
Tento balík obsahuje dokumentaci ve formátech GNU Info a HTML.
Knihovna umožňující čtení archivů ZIP - binárky
Knihovna zziplib je úmyslně nenáročná, nabízí možnosti pro snadné rozbalení dat z archivu jednoho souboru zip. Aplikace umí sbalit soubory do jednoho archivu zip a pak k nim přistupovat. Implementace je založena na (svobodné) kompresní podmnožině obsahující algoritmus lib, který se v současné době používá v nástrojích zip/unzip.
Tento balíček obsahuje některé užitečné binární soubory umožňující extrakci dat z archivů ve formátu zip.
