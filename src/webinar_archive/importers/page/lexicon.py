"""Word lists the page rules lean on: English, German, French, Spanish, Polish, Czech, Italian."""

from __future__ import annotations

from webinar_archive.domain.model import AppearanceRole


def words(text: str) -> frozenset[str]:
    """The set of space-separated words in ``text``."""
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": words(
        "the and of to in is was were are for on with that this by from at as it an be "
        "which have has had their its our we they he she his her will would can how what "
        "who when where why these those then than also all some many few since during"
    ),
    "de": words(
        "der die das und ist zu den dem des mit von für auf ein eine einen einem im am "
        "sich nicht auch bei nach über wie werden wird sind war zum zur aus durch welche "
        "welcher welchen welches können beim es sie er wir uns diese dieser diesem unter "
        "viele einige alle mehrere manche"
    ),
    "fr": words(
        "le la les et des du de un une est dans pour par sur au aux avec que qui ce cette "
        "ces sont été son sa ses leur nous vous il elle ils ont lors entre plus ne pas"
    ),
    "es": words(
        "el la los las y de del en un una es por para con que se su sus al como más "
        "fue han sobre este esta estos entre también lo le ha son"
    ),
    "pl": words(
        "i w z na do się że o jest nie to jak od po przez dla oraz który która które "
        "ich jego jej był była były są także też przed przy może czy tym ten ta te"
    ),
    "cs": words(
        "a v na se je že do z o k pro od po při jako které který která jsou byl byla "
        "bylo také tak jeho její jejich této tento tato ve ze s už jak"
    ),
    "it": words(
        "il lo la i gli le e di del della dei delle in un una è per con che si al alla "
        "sono come anche nel nella dal dalla sul sulla questo questa"
    ),
}
ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())

# Capitalised words that start sentences or name things but never a person.
NOT_NAME_WORDS = words(
    # Verbs of chairing that open a sentence: "Coordina Lorenzo Greco", "Modera Ana Ruiz".
    "Coordina Coordinano Modera Moderano Conduce Conducono Presenta Presentano Introduce "
    "Modère Anime Moderuje Prowadzi Moderiert Moderieren Coordinates Moderates Hosts "
    "The A An This That These Those Since During In On At With For From By All Few Our Their "
    "His Her Its We They He She It What Which Who When Where Why How Each Every Both After "
    "Against About Into Towards Without Within Across Along Beyond Also Then There Here "
    "Before Ahead Around Over Under Between Among Through Missed Stay Read Watch Download "
    "More Find Join Register Click See Welcome Introduction Questions Closing Opening "
    "Moderator Speakers Speaker Panel Panellists Programme Program Agenda Recording Slides "
    "Presentations Summary Recap Report Coming Soon Hybrid Online Webinar Webinars Session "
    "Sessions Event Events Conference Keynote Plenary Roundtable Break Pause Lunch Coffee "
    "European Europe EU Commission Council Parliament University Universität Université "
    "Universidad Università Uniwersytet Univerzita Institute Institut Instituto Centre Center "
    "Agency Association Alliance Allianz Cluster Clusters Platform Network Foundation "
    "Ministry Department Directorate Office Unit Group Union Programme Fund Facility "
    "Regional Region Regions Industrial Industry Innovation Innovations Policy Digital Green "
    "Business Excellence National International Global Research Science Development "
    "Recovery Resilience Strategy Strategies Ecosystem Ecosystems Transition Technology "
    "Technologies Health Energy Mobility Transport Automotive Creative Cultural Social "
    "Economy Market Internal Talks Special Day Days Week Time Zone Eastern Central Standard "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday "
    "Veranstaltung Beginn Ende Ort Mit Im Am Beim Einführende Worte Vorstellung Fragen "
    "Diskussion Schlusswort Programm Europäische Europäischen Kommission Le La Les Un Une "
    "Des Du De El Los Las Il Lo Gli Europejska Europejskiej Europejskiego Konferencja "
    "Konferencji Komisja Evropská Evropské Komise Konference Webinář Program "
    "Madame Monsieur Mesdames Messieurs Señor Señora Pan Pani Herr Frau Copyright Photo Foto "
    "Credits Privacy Contact Kontakt LinkedIn Twitter Facebook YouTube Instagram Vimeo "
    "Bruxelles Brussels Brussel Bruksela Brukseli Paris Berlin Madrid Warsaw Praha Prague "
    "Rome Roma Northern East West South North "
    # Sentence openers that are not names ("Afterwards Elena Rossi showed ...").
    "Afterwards Afterward Subsequently Finally Next Later Meanwhile Lastly Firstly Secondly "
    "Thirdly Moreover However Furthermore Additionally Following Then Together Anschließend "
    "Danach Dann Abschließend Zuletzt Außerdem Ensuite Enfin Puis Après Ainsi Luego Después "
    "Finalmente Posteriormente Además Poi Dopo Successivamente Infine Inoltre Następnie Potem "
    "Wreszcie Ponadto Nakonec Poté Následně Dále Také Pak "
    # Verbs that open a list of speakers ("Interverranno Marco Galli, ...").
    "Interverranno Interverrà Intervengono Interviene Intervienen Intervendrán Interviendront "
    "Interviennent Interviendra Parleranno Wystąpią Wystąpi Vystoupí Vystoupili Sprechen "
    "Referieren Speaking Presenting Participan Participarán Partecipano Parteciperanno "
    "Participent Participeront Uczestniczą "
    # Czech and Polish verbs of lecturing before the lecturer ("Přednáší Jana Horká").
    "Přednáší Přednášet Přednášel Přednášela Wykład Wykłady"
)

# Words above that are also family names ("Rachel Green", "Kanye West", "Thomas More"): taken
# as one right after a single first name when nothing capitalised follows.
SURNAMES_TOO = words("Green West North South East Day More Read")

# Title words in front of a name: dropped from the name, kept as role when nothing else is.
HONORIFICS = words(
    "Dr Dr. Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms. Mx Sir Dame Dott. Dott Ing. Ing "
    "Mgr Mgr. Dipl.-Ing. PhD Mme Mme. M. Mlle Sr. Sra. D. Dña. Dª Herr Frau Pan Pani doc. "
    "dr hab. prof. inż. RNDr. MUDr. JUDr. PhDr. Ph.D. Hon. Rt. Jun.-Prof. Juniorprof. "
    "mgr mgr. lek. dr. prof doc Avv. Arch. Geom. Prof.ssa On. Lcdo. Lcda. n. med. hum. "
    "Priv.-Doz. PD Univ.-Prof. apl. Dipl.-Kfm. Dott.ssa Ing. Dra. Lic. Mag. Pr Pr. Dr.-Ing. "
    # "Arq." (arquitecto/a), "dott.ssa", "Arqa." in front of a Spanish or Italian name.
    "Arq. Arqa. dott.ssa dott. ing. "
    # Czech and Slovak degrees in front of a name ("Ing. arch.", "Bc.", "MgA.", "PaedDr.").
    "arch. Bc. MgA. PaedDr. ThDr. MVDr. PharmDr. RSDr. "
    # A Polish priest ("ks. dr"), a French lawyer or notary ("Me", maître).
    "ks. Ks. Me Me. "
    # German professional and police ranks written before a name ("RAin Dr. X", "KHK X").
    "RA RAin StB StBin WP WPin KHK KHKin KOK KOKin POK POKin PHK PHKin EKHK EKHKin "
    # Civic, clerical and service titles: "Cllr X", "the Revd Dr X", "Mons. X", "Excma. Sra. X".
    "Cllr Cllr. Revd Revd. Rev Rev. Fr. Mons. Excmo. Excma. Ilmo. Ilma. Sgt Sgt. Insp. Capt. "
    # Ranks of firefighters, police and armed services ("Cabo X", "Maresciallo X", "Kapral X").
    "Cabo Sargento Subteniente Teniente Capitán Caporale Maresciallo Brigadiere Appuntato "
    "Capitano Tenente Caporal Adjudant Lieutenant Capitaine Sergent Kapral Sierżant Porucznik "
    "Kapitan Desátník Četař Rotmistr Kapitán Feldwebel Oberleutnant Leutnant"
)

# Stems of words that make a phrase a job or function (matched case-insensitively on word
# starts, so inflected forms such as "Präsidenten" or "Komisarza" are found too).
ROLE_STEMS = (
    "director", "directeur", "directrice", "direktor", "dyrektor", "ředitel", "direttore",
    "direttrice",
    "head", "chief", "chef", "leiter", "kierownik", "kierowniczk", "vedoucí", "jefe", "jefa",
    "capo",
    "president", "präsident", "prezes", "prezydent", "président", "presidente", "předsed",
    "przewodnicząc", "vorsitz", "chair", "vice", "deputy", "stellvertret", "zastępc",
    "manager", "managerin", "menedżer", "gestionnaire", "responsable", "responsabil",
    "chargé", "coordinat",
    "coordinador", "koordynator", "koordinátor", "koordinator", "coordinatore",
    "officer", "referent", "expert", "ekspert", "experte", "experto", "esperto",
    "advisor", "adviser", "berater", "doradca", "conseiller", "conseillère", "asesor",
    "poradce", "consulente", "consultant", "strategist", "analyst", "analityk", "analytik",
    "analytičk", "starostk", "naczelnik", "jednatel", "avocat", "abogad", "avvocat",
    "adwokat",
    "professor", "profesor", "professeur", "professore", "lecturer", "researcher",
    "maître", "maîtresse",
    "forscher", "badacz", "chercheur", "chercheuse", "investigador", "ricercatore",
    "scientist", "wissenschaftler", "naukowiec", "epidemiolog", "economist", "ekonomista",
    "ökonom", "économiste", "economista", "founder", "gründer", "założyciel", "fondateur",
    "fondatrice", "fundador", "zakladatel", "fondatore", "ceo", "cto", "cfo", "coo",
    "secretary", "sekretär", "sekretarz", "secrétaire", "secretario", "tajemník",
    "segretario", "councillor", "councilor", "senator", "radny", "radna", "concejal",
    "consigliere", "assessor", "zastupitel", "minister", "ministre", "ministro", "ministr",
    "commissioner",
    "kommissar", "komisarz", "komisař", "commissaire", "comisario", "commissario",
    "member", "mitglied", "członek", "membre", "miembro", "člen", "membro", "partner",
    "leader", "lead", "owner", "właściciel", "majitel", "propietari", "proprietari",
    "inhaber", "gerente", "specialist", "spezialist", "specjalista", "specialista",
    "specjalist",  # after "specjalista", so that its "-a" is not taken for a case ending
    "engineer", "ingenieur", "inżynier", "ingénieur", "ingeniero", "inženýr", "ingegnere",
    "dean", "dekan", "dziekan", "doyen", "decano", "děkan", "rector", "rektor", "recteur",
    "rettore", "mayor", "bürgermeister", "burmistrz", "prezident", "maire", "alcalde",
    "starosta", "sindaco", "ambassador", "botschafter", "ambasador", "ambassadeur",
    "embajador", "velvyslanec", "ambasciatore", "team", "geschäftsführ", "vorstand",
    "coordinator", "moderator", "modérat", "moderador", "host", "editor", "journalist",
    "redakteur", "redaktor", "rédacteur", "rédactrice", "redattore", "redattrice",
    "dziennikarz", "journaliste", "periodista", "novinář", "giornalista", "rapporteur",
    "delegate", "representative", "vertreter", "przedstawiciel", "représentant",
    "representante", "zástupce", "rappresentante", "assistant", "associate", "fellow",
    "principal", "senior", "junior", "executive", "administrator", "architect", "arquitect",
    "architekt", "architett",
    "developer", "entwickler", "programme", "program", "project", "policy", "legal",
    "counsel", "sprecher", "spokesperson", "rzecznik", "porte-parole", "portavoz",
    "mluvčí", "portavoce",
    # Managers in Czech and Slovak; people of the stage ("metteuse en scène", "autrice").
    "manažer", "metteur", "metteuse", "autrice",
    # Teaching and research posts: "catedrática", "profesora titular", "ricercatrice",
    # "docentka", "Dozentin", "adiunkt", "wykładowca", "nauczycielka", "učitelka",
    # "výzkumník" (not the adjective of "Výzkumný ústav"), "enseignante", "Lehrerin".
    "catedrátic", "ricercatric", "docent", "dozent", "adiunkt", "asystent", "wykładow",
    "nauczyciel", "učitel", "výzkumník", "výzkumnic", "enseignant", "insegnant", "lehrer",
    "teacher", "tutor", "doctorant", "doktorand", "dottorand", "doctorand", "postdoc", "librarian",
    "bibliothekar", "bibliotekarz", "bibliothécaire", "bibliotecari", "knihovník",
    "knihovnic", "curator", "keeper", "kurátor", "curatore", "curatrice", "kustosz", "conservateur",
    "conservatrice", "assegnist", "doktorant", "asistent", "becari", "lektor",
    # Staff and officials: "wissenschaftliche Mitarbeiterin", "pracownik naukowy", "vědecký
    # pracovník", "funzionaria", "dirigente".
    "mitarbeiter", "pracownik", "pracownic", "pracovník", "pracovnic", "funzionari",
    "dirigent",
    # Health, law and care ("lékařka", "Oberärztin", "pielęgniarka", "psycholožka").
    "physician", "nurse", "médecin", "médico", "medico", "lékař", "lekarz", "ärzt",
    "pielęgniar", "infirmier", "infirmière", "enfermera", "enfermero", "infermier",
    "psychologist", "psychologue", "psychologin", "psycholož", "psicólog", "psicologo",
    "psicologa", "therapist", "therapeut", "terapeut", "pharmacist", "pharmacien", "farmaceut",
    "jurist", "prawnik", "právník", "archivista", "archiviste", "archiwist", "archivář",
)  # fmt: skip
# Stems above that only count as roles when another word of the phrase is one, too.
WEAK_ROLE_STEMS = frozenset(
    {"vice", "deputy", "senior", "junior", "principal", "programme", "program", "project",
     "policy", "legal", "team", "executive", "associate", "lead", "head"}
)  # fmt: skip

# Words that make a phrase an organisation.
ORG_WORDS = (
    "university", "universität", "université", "universidad", "università", "uniwersytet",
    "univerzita", "politechnika",
    "college", "school", "schule", "école", "escuela", "szkoła", "škola",
    "institute", "institut", "instituto", "istituto", "instytut", "ústav", "centre", "center",
    "conselleria", "consejería", "sportello",
    "centrum", "centro", "zentrum", "agency", "agentur", "agence", "agencia", "agencja",
    "agentura", "agenzia", "association", "verband", "innung", "asociación", "associazione",
    "asociace", "stowarzyszenie", "sdružení", "alliance", "allianz", "sojusz", "aliance", "alianza",
    "cluster", "klaster", "klastr", "platform", "plattform", "plateforme", "plataforma",
    "platforma", "piattaforma", "network", "netzwerk", "réseau", "red", "sieć", "síť",
    "rete", "foundation", "stiftung", "fondation", "fundación", "fundacja", "nadace",
    "fondazione", "ministry", "ministerium", "ministère", "ministerio", "ministerstwo",
    "ministerstvo", "ministero", "department", "abteilung", "département", "departamento",
    "departament", "oddělení", "dipartimento", "directorate", "generaldirektion",
    "direction", "dirección", "dyrekcja", "office", "büro", "bureau", "oficina", "biuro",
    "úřad", "ufficio", "commission", "kommission", "comisión", "komisja", "komise",
    "commissione", "council", "rat", "conseil", "consejo", "rada", "consiglio",
    "parliament", "parlament", "parlement", "parlamento", "company", "gmbh", "ag", "ltd",
    "inc", "sa", "s.a.", "sp.", "s.r.o.", "spa", "srl", "bank", "chamber", "kammer",
    "chambre", "cámara", "izba", "komora", "camera", "government", "regierung",
    "gouvernement", "gobierno", "rząd", "vláda", "governo", "group", "gruppe", "groupe",
    "grupo", "grupa", "skupina", "gruppo", "unit", "division", "service", "services",
    "programme", "project", "projekt", "projet", "proyecto", "progetto", "consortium",
    "laboratory", "laboratories", "lab", "labs", "labor", "laboratoire", "laboratorio",
    "laboratorium",
    "hospital", "klinik", "klinikum", "hôpital", "szpital", "nemocnice", "ospedale",
    # A pharmacy or a clinic often bears its owner's name ("Pharmacist Ann Lee, Lee
    # Pharmacy"): the word for it says the name is a body's, not a second person's.
    "pharmacy", "pharmacie", "apotheke", "farmacia", "apteka", "lékárna", "clinic",
    "clinique", "clínica", "clinica", "klinika",
    # Academies, conservatories, orchestras and theatres ("z Filmové akademie v Doubravě").
    "academy", "akademie", "akademia", "accademia", "académie", "academia", "conservatoire",
    "conservatorio", "konservatorium", "konzervatoř", "orchestra", "orchester", "orkiestra",
    "orchestr", "theatre", "theater", "théâtre", "teatro", "teatr", "divadlo", "region",
    "région", "región", "regione", "województwo", "kraj", "land", "city", "stadt",
    "ville", "ciudad", "miasto", "město", "città", "organisation", "organization",
    "organisatie", "organizacja", "organizace", "organizzazione", "federation",
    "föderation", "fédération", "federación", "federacja", "federace", "federazione",
    "secretariat", "sekretariat", "secrétariat", "board", "committee", "ausschuss",
    "comité", "komitet", "výbor", "comitato", "forum", "hub", "observatory",
    "observatoire", "dg", "eit", "jrc", "lehrstuhl", "lehrgebiet", "fachgebiet", "fachbereich",
    "fakultät", "faculty",
    "faculté", "facultad", "facoltà", "wydział", "fakulta", "stadtwerke", "politecnico",
    "polytechnic", "consorzio", "consorcio", "generalitat", "junta", "diputación",
    "ayuntamiento", "municipality", "gemeinde", "commune", "comune", "municipio", "gmina",
    "urząd", "obec", "magistrat", "landkreis", "kreis", "powiat", "okres", "provincia",
    "province", "prefecture", "préfecture", "cooperative", "genossenschaft", "coopérative",
    "cooperativa", "spółdzielnia", "družstvo", "startup", "start-up", "authority", "behörde",
    "firma", "firm", "unternehmen", "entreprise", "empresa", "impresa", "spółka", "společnost",
    "polo", "pôle", "syndicat", "estudio", "studio", "clúster", "fachverband", "berufsschule",
    "chu", "cert", "obce", "obci", "parque", "parc", "parco", "park", "kancelář", "kanzlei",
    "cabinet", "bufete", "kancelaria",
    "autorité", "autoridad", "autorità", "urzad", "urzędu", "urzędzie",
    # Clubs, trusts, societies and funds ("Kyoto Club", "Historic Homes Trust"); a portal or
    # a magazine someone writes for ("dziennikarz portalu Miasto2077").
    "club", "klub", "trust", "society", "sociedad", "società", "towarzystwo", "fund",
    "fundusz", "fondo", "fonds", "portal", "magazine", "magazin", "magazyn", "časopis",
    # Libraries, archives and museums ("Stadtarchiv Lindenau", "Biblioteca Civica").
    # "a social enterprise", "a charity", "an NGO": what a body is, said after its name.
    "enterprise", "charity", "ngo", "non-profit", "nonprofit",
    # Legal forms closing a name: a community interest company, a public limited company.
    "cic", "plc", "llp", "sarl", "gbr",
    "library", "bibliothek", "bibliothèque", "biblioteca", "biblioteka", "knihovna",
    "archive", "archives", "archiv", "archivio", "archiwum", "archivo", "museum", "musée",
    "museo", "muzeum",
)  # fmt: skip

# Words for the kind of body written in front of its name ("w firmie BioEnergia", "au cabinet
# Roux & Associés", "der Firma Werkbank"), in the forms the prepositions before them ask for.
KIND_OF_BODY_WORDS = (
    "firma", "firmy", "firmie", "firmą", "firmę", "firmě", "firmou", "spółka", "spółki",
    "spółce", "spółką", "společnost", "společnosti", "kancelaria", "kancelarii", "kancelář",
    "kanceláře", "kanceláři", "unternehmen", "company", "the company", "firm", "the firm",
    "société", "la société", "entreprise", "l'entreprise", "l’entreprise", "cabinet",
    "le cabinet", "empresa", "la empresa", "impresa", "l'impresa", "l’impresa",
    "Firma", "Unternehmen", "bureau d'études", "bureau d’études", "le bureau d'études",
    "le bureau d’études", "coopérative", "la coopérative", "cooperativa", "la cooperativa",
    "spolek", "spolku", "sdružení", "stowarzyszenie",
    "stowarzyszenia", "azienda", "l'azienda", "l’azienda", "azienda agricola",
    "l'azienda agricola", "l’azienda agricola", "agence", "l'agence", "l’agence",
    "portal", "portalu", "portalem", "portálu", "magazine", "magazynu", "časopisu",
    "association", "l'association", "l’association", "asociación", "la asociación",
    "associazione", "l'associazione", "l’associazione",
    # A studio ("z ateliéru Zelená střecha s.r.o.", "de l'atelier X") and a care home named by
    # the acronym of its kind ("della RSA Villa Ginestre", "l'EHPAD Les Tilleuls").
    "ateliér", "ateliéru", "ateliérem", "atelier", "l'atelier", "l’atelier", "RSA", "EHPAD",
    "l'EHPAD", "l’EHPAD",
)  # fmt: skip

# Words for a publication someone writes for ("journaliste à l'hebdomadaire Terres du Nord",
# "Redakteurin beim Fachmagazin „Netzwerk Wärme“"): its kind, not part of its name.
PUBLICATION_WORDS = (
    "hebdomadaire", "quotidien", "mensuel", "magazine", "revue", "journal", "Fachmagazin",
    "Magazin", "Zeitschrift", "Fachzeitschrift", "Zeitung", "Tageszeitung", "Wochenzeitung",
    "settimanale", "quotidiano", "mensile", "rivista", "periódico", "revista", "diario",
    "semanario", "tygodnik", "tygodnika", "dziennik", "dziennika", "miesięcznik",
    "miesięcznika", "týdeník", "týdeníku", "deník", "deníku", "měsíčník", "měsíčníku",
    "newspaper", "weekly", "cooperativa", "coopérative",
)  # fmt: skip

# Words for a unit inside a body: a department, a division, an editorial office. A unit
# named with its body ("Webredaktion der Stadt Marburg", "Wydziału Informatyki Urzędu Miasta
# Gdyni", "Ministerstvo zemědělství, odbor rozvoje venkova") says where in the body someone
# works: part of their position, the body is the organisation.
UNIT_WORDS = (
    "department", "dept", "division", "unit", "section", "abteilung", "referat", "redaktion",
    "dział", "wydział", "departament", "oddělení", "odbor", "sekce", "úsek", "servicio",
    "servizio", "departamento", "sección", "dipartimento", "ufficio", "settore", "area",
    "área", "direction", "dirección", "direzione",
)  # fmt: skip

# Nouns that name a programme or series of sessions.
SERIES_NOUNS = (
    "webinar", "webinars", "webinaire", "webinaires", "webinário", "webinarium", "webinář",
    "webináře", "webinarreihe", "talks", "talk", "series", "série", "serie", "seria",
    "lectures", "lecture", "vorlesung", "vorlesungen", "ringvorlesung", "conférences",
    "conference", "conferences", "konferenz", "conférence", "conferencia", "conferenza",
    "konferencja", "konferencji", "konferencję", "konferencją", "konference", "konferenci",
    "seminar", "seminars", "seminare", "séminaire", "séminaires", "seminario", "seminarios",
    "seminarium", "seminář", "summit", "gipfel", "sommet", "cumbre", "szczyt", "forum",
    "fórum", "dialogues", "dialogue", "dialoge", "days", "tage", "journées", "jornadas",
    "dni", "dny", "week", "woche", "semaine", "semana", "tydzień", "týden", "settimana",
    "masterclass", "masterclasses", "rendez-vous", "rencontres", "entretiens", "meetup",
    "colloquium", "kolloquium", "colloque",
    "symposium", "sympozjum", "symposion", "kongres", "congress", "kongress", "congrès",
    "congreso", "congresso", "festival", "academy", "akademie", "académie", "akademia",
)  # fmt: skip
# Words dropped from a series name when enough remains ("... Daily Webinar").
GENERIC_SERIES_WORDS = words(
    "daily weekly monthly online virtual webinar webinars webinaire webinarium webinář series "
    "série serie seria event events"
)
# Words after a quoted name that make it a programme or event rather than a session title.
EVENT_NOUNS = (
    *SERIES_NOUNS,
    "event", "events", "veranstaltung", "événement", "evento", "wydarzenie", "akce",
    "programme", "program", "initiative", "campaign", "kampagne", "campagne", "project",
)  # fmt: skip

PLACEHOLDERS = (
    "coming soon", "tbc", "tba", "tbd", "to be confirmed", "to be announced",
    "to be defined", "n.n.", "n. n.", "nn", "speakers tbc", "speaker tbc", "à confirmer",
    "à venir", "à définir", "por confirmar", "por definir", "wird bekannt gegeben",
    "folgt", "do potwierdzenia", "wkrótce", "bude upřesněno", "upřesníme", "da confermare",
    "in arrivo", "xxx", "name surname", "first name last name",
)  # fmt: skip

# Headings or labels that introduce people and what they did.
LABEL_ROLES: tuple[tuple[tuple[str, ...], AppearanceRole], ...] = (
    (("moder", "modérat", "animat", "animé", "prowadząc", "prowadzen", "facilitat", "host"),
     AppearanceRole.MODERATOR),
    (("chair", "vorsitz", "président de séance", "presidencia"), AppearanceRole.CHAIR),
    (("keynote", "hauptvortrag", "conférence inaugurale", "ponencia inaugural"),
     AppearanceRole.KEYNOTE),
    (("panel", "diskutant", "discussant", "intervenant", "ponent", "paneli", "intervien",
      "interverr", "intervengono"),
     AppearanceRole.PANELLIST),
    (("speaker", "referent", "redner", "sprecher", "orateur", "oratrice", "intervenant",
      "prelegen", "mówc", "řečník", "řečníc", "přednáš", "relatori", "relator", "relatric",
      "ponente",
      "vortragend", "expert", "eksper", "esperti", "lektor", "lektoř", "trainer", "formateur",
      "formador",
      # "Es sprechen", "Es referieren", "Hablan", "Parlano", "Wystąpią", "Vystoupí": a verb
      # for speaking over a list of people.
      "es sprechen", "es referieren", "hablan", "parlano", "wystąpią", "vystoupí",
      "prennent la parole", "speaking"), AppearanceRole.SPEAKER),
)  # fmt: skip

# What a person did, told by the verb of their sentence or the title of their agenda item.
ACTION_ROLES: tuple[tuple[tuple[str, ...], AppearanceRole], ...] = (
    (("opened", "opening", "welcome", "welcomed", "welcoming", "introductory",
      "eröffne", "begrüß", "einführende", "ouvert", "ouverture", "bienvenue", "accueil",
      "bienvenida", "inaugur",
      "apertura", "abrió", "otworzy", "otwarci", "powitani", "zahájil", "zahájen",
      "uvítání", "aprì"), AppearanceRole.OPENING),
    (("closed", "closing", "wrap-up", "wrapped up", "concluded", "conclusion",
      "schlusswort", "abschluss", "clôtur", "conclu", "clausura", "cerró", "zamknię",
      "podsumowa", "zakończ", "zakończy", "závěr", "uzavřel", "chiuso", "chiusura"),
     AppearanceRole.CLOSING),
    (("moderated", "moderiert", "modéré", "animé", "moderó", "moderowa", "prowadził",
      "prowadziła", "poprowadzi", "moderoval", "coordina", "conduce", "modera", "modère",
      "moderuje", "prowadzi", "moderates", "hosts", "provázel", "provázela", "provázet",
      # "Durch den Abend führte X": who led through it.
      "führte", "führt"),
     AppearanceRole.MODERATOR),
    (("chaired", "présidé", "presidió"), AppearanceRole.CHAIR),
    (("keynote", "hauptvortrag"), AppearanceRole.KEYNOTE),
)  # fmt: skip

# Words in front of a sentence that mark its people as authors, contacts or photographers.
NOT_SPEAKER_CUES = (
    "submitted by", "posted by", "published by", "written by", "author", "autor", "auteur",
    "contact", "kontakt", "contacto", "contatto", "©", "photo", "foto", "credit", "bild",
    "zdjęcie", "fot.", "crédit", "e-mail", "email", "tel.", "phone", "telefon",
    "veröffentlicht", "opublikowa", "publié", "publicado", "pubblicato", "zveřejn",
)  # fmt: skip

# Headings that say what kind of page this is ("Rückblick", "Crónica del taller", "Relacja z
# warsztatów") rather than naming the session: the title is then elsewhere, often in quotes.
GENERIC_HEADING_WORDS = words(
    "recap recaps report review summary highlights wrap-up wrap up looking back news "
    "rückblick nachlese bericht zusammenfassung aktuelles nachbericht "
    "retour retours compte-rendu compte rendu synthese bilan actualites "
    "cronica resumen resena balance noticias "
    "relacja podsumowanie sprawozdanie aktualnosci "
    "ohlednuti shrnuti zprava reportaz novinky aktuality "
    "resoconto sintesi riepilogo cronaca notizie "
    "workshop workshops atelier ateliers taller talleres warsztaty warsztatow warsztatu "
    "webinar webinare webinaire webinario webinarium webinare webinaru seminar seminare "
    "seminaire seminario seminarium seminare seminaru session sessions sesion seance sitzung "
    "spotkania spotkanie event events veranstaltung evento eventi evenement wydarzenia akce "
    "meeting treffen reunion riunione incontro incontri rencontre encuentro setkani "
    "online virtual digital jornada jornadas tecnica dialog "
    "veranstaltungen termine actividades eventos eventi briefing briefings nos rendez vous "
    "dialogue dialogo matinale afterwork webcast livestream meetup masterclass "
    "technical technique journee journees giornata fachtag infotag konferenz conference "
    "conferencia konferencja konference conferenza "
    # "Atelier en ligne :", "Seminario web:", "Seminarium online": held on the web.
    "en ligne linea línea web internet agenda convegno convegni congreso congresso "
    "colloque kongres kongress tagung fachtagung "
    # "Zaproszenie na webinarium:", "Invitation to the webinar:", "Pozvánka na webinář".
    "na to zur au "
    "webinars webinaires webinarios webinari webinaria webinare seminars seminaires "
    "seminarios seminari "
    # Invitations and talks as a kind of page: "Pozvánky", "Einladung", "Fachgespräch: ...".
    "invitation invitations einladung einladungen invito inviti invitacion zaproszenie "
    "zaproszenia pozvanka pozvanky pozvanek fachgesprach fachgesprache gesprach "
    # "Upcoming events", "Vergangene Termine", "Wydarzenia i szkolenia": a list of sessions.
    "upcoming past previous forthcoming latest all kommende vergangene aktuelle prochains "
    "prochaines passes proximos pasados prossimi passati nadchodzace minione nadchazejici "
    "probehle and und et y e i a & training trainings schulungen formations formacion "
    "formazione szkolenia skoleni "
    "of the from on our a an du de la le les l d sur del el los z ze vom zum der des dem "
    "die das dal della dello al alla ai nostro notre nuestro nasz unser"
)
# Nouns for a workshop: a quoted name next to one is the session's title, not a series.
WORKSHOP_NOUNS = words(
    "workshop workshops atelier ateliers taller talleres warsztaty warsztatów warsztat "
    "warsztatach roundtable round-table laboratorio dílna dílny workshopu workshopy"
)

# Days of the week, in the languages of the pages.
WEEKDAYS = words(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo poniedziałek wtorek środa "
    "czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek lunedì martedì "
    "mercoledì giovedì venerdì"
)
