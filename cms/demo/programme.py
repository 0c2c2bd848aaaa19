"""Demo programme of The Media Ahead: the 2025 activities the council's brief names, plus a few
editions in 2027 so that "coming up" has events.

The series and formats come from the brief; dates, times, venues per event and every detail of an
evening are invented for the demo, which each event says in its last paragraph. Speakers are
described by their role, never by a name. Texts are ``(dutch, english)`` pairs; times are local to
Hilversum (Europe/Amsterdam) and fixed, so that loading the demo twice changes nothing.
"""

from zoneinfo import ZoneInfo

from cms.choices import EventAudience, EventSeries, EventStatus

HILVERSUM = ZoneInfo("Europe/Amsterdam")

INDEX = {
    "title": ("Programma", "Programme"),
    "slug": ("programma", "programme"),
    "introduction": (
        "Het hele jaar door: community, kennisdeling, XR, stages, AI, festivals en media-erfgoed in Hilversum.",
        "All year round: community, knowledge sharing, XR, internships, AI, festivals and media heritage in "
        "Hilversum.",
    ),
    "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij het programma (demo-afbeelding)",
    "body": [
        (
            "paragraph",
            (
                "In plaats van één mediaweek programmeert The Media Ahead het hele jaar. Zo bouwen we voort op "
                "eerdere edities van Dutch Media Week, met meer continuïteit, zichtbaarheid en verdieping.",
                "Instead of a single media week, The Media Ahead programmes all year round. We build on earlier "
                "editions of Dutch Media Week, with more continuity, visibility and depth.",
            ),
        ),
    ],
}

DEMO_NOTE = (
    "Demo-inhoud: datum, tijd en invulling van deze activiteit zijn fictief.",
    "Demo content: the date, time and details of this activity are fictional.",
)

REGISTRATION = "https://www.themediaahead.nl/aanmelden/{}/"

# Venues: name (translated) and address (the same in every language).
BEELD_EN_GELUID = {
    "name": ("Beeld & Geluid", "Beeld & Geluid"),
    "address": "Media Parkboulevard 1, 1217 WE Hilversum",
}
COLLECTION_BUILDING = {
    "name": (
        "Nieuw collectiegebouw van Beeld & Geluid",
        "New Beeld & Geluid collection building",
    ),
    "address": "Media Parkboulevard 1, 1217 WE Hilversum",
}
MEDIA_PARK = {
    "name": ("Media Park", "Media Park"),
    "address": "Sumatralaan 45, 1217 GP Hilversum",
}
RAADHUIS = {
    "name": ("Raadhuis Hilversum (Dudok)", "Hilversum Town Hall (Dudok)"),
    "address": "Dudokpark 1, 1217 JE Hilversum",
}
DUDOKPARK = {
    "name": ("Dudokpark", "Dudokpark"),
    "address": "Dudokpark 1, 1217 JE Hilversum",
}
STATION = {
    "name": ("Stationsgebied Hilversum", "Hilversum station area"),
    "address": "Stationsplein, Hilversum",
}

# Dutch names of the series; the editions of a series share one picture.
SERIES_NAMES = {
    EventSeries.MEDIA_AHEAD_COMMUNITY: "Media Ahead Community",
    EventSeries.PIZZA_TALKS: "Pizza Talks",
    EventSeries.THREE_TAKEAWAYS: "Three Takeaways Podcast",
    EventSeries.XR_CREATORS_CONNECT: "XR Creators Connect",
    EventSeries.RESHAPE_THE_FUTURE: "Reshape the Future",
    EventSeries.DAG_VAN_DE_MEDIASTAGES: "Dag van de Mediastages",
    EventSeries.CHANGEMAKERS: "Changemakers Programma",
    EventSeries.AI_101: "AI 101",
    EventSeries.URBAN_GALLERY: "Urban Gallery",
    EventSeries.XPERIENCE_DAY: "Xperience Day",
    EventSeries.AI_KENNISFESTIVAL: "AI Kennisfestival",
    EventSeries.REMIX_FEST: "REMIX Fest",
    EventSeries.PODCASTFESTIVAL: "Podcastfestival",
    EventSeries.BEELD_EN_GELUID: "collectiegebouw Beeld & Geluid",
}


def series_image(series: str) -> tuple[str, str]:
    """The title and Dutch alt text of the picture that the events of ``series`` share."""
    name = SERIES_NAMES[series]
    return (
        f"Programma – {name}",
        f"Abstracte illustratie van diagonale banen en cirkels bij {name} (demo-afbeelding)",
    )


PIZZA_TALKS_INTRO = (
    "Maandelijkse kennisdeling bij een pizza: professionals uit de mediasector vertellen over hun vak, "
    "daarna praat de zaal mee.",
    "Monthly knowledge sharing over pizza: professionals from the media sector talk about their work, then "
    "the room joins the conversation.",
)


def pizza_talks(
    slug: tuple[str, str],
    topic: tuple[str, str],
    date: str,
    body: tuple[str, str],
    status: str = EventStatus.SCHEDULED,
    venue: dict = BEELD_EN_GELUID,
) -> dict:
    """One edition of the monthly Pizza Talks (17:30–19:30)."""
    return {
        "slug": slug,
        "title": (f"Pizza Talks: {topic[0]}", f"Pizza Talks: {topic[1]}"),
        "introduction": PIZZA_TALKS_INTRO,
        "start_at": f"{date} 17:30",
        "end_at": f"{date} 19:30",
        "venue": venue,
        "series": EventSeries.PIZZA_TALKS,
        "audience": EventAudience.PROFESSIONALS,
        "status": status,
        "registration": "" if status == EventStatus.CANCELLED else slug[0],
        "body": [("paragraph", body)],
    }


EVENTS = [
    {
        "slug": ("media-ahead-community-aftrap", "media-ahead-community-kick-off"),
        "title": (
            "Media Ahead Community: aftrap op Discord en in de Creator Space",
            "Media Ahead Community: kick-off on Discord and in the Creator Space",
        ),
        "introduction": (
            "Het hybride communityplatform voor jonge makers gaat open: online op Discord en fysiek in de "
            "Creator Space, met workshops, meet-ups en challenges.",
            "The hybrid community platform for young makers opens: online on Discord and on site in the Creator "
            "Space, with workshops, meet-ups and challenges.",
        ),
        "start_at": "2025-01-23 19:00",
        "end_at": "2025-01-23 21:30",
        "venue": BEELD_EN_GELUID,
        "series": EventSeries.MEDIA_AHEAD_COMMUNITY,
        "audience": EventAudience.YOUNG_MAKERS,
        "status": EventStatus.SCHEDULED,
        "registration": "media-ahead-community",
        "body": [
            (
                "paragraph",
                (
                    "Op de aftrap maak je kennis met de community: hoe de Discord-server werkt, wat er in de "
                    "Creator Space staat en welke challenges dit jaar op het programma staan.",
                    "At the kick-off you meet the community: how the Discord server works, what the Creator Space "
                    "offers and which challenges are on this year's programme.",
                ),
            ),
        ],
    },
    pizza_talks(
        ("pizza-talks-februari-2025", "pizza-talks-february-2025"),
        ("AI in de redactie", "AI in the newsroom"),
        "2025-02-27",
        (
            "Een eindredacteur en een ontwikkelaar laten zien hoe AI-hulpmiddelen in een redactie worden "
            "ingezet, en waar de grenzen liggen.",
            "A copy editor and a developer show how AI tools are used in a newsroom, and where the limits lie.",
        ),
    ),
    {
        "slug": ("xr-creators-connect-2025", "xr-creators-connect-2025"),
        "title": ("XR Creators Connect 2025", "XR Creators Connect 2025"),
        "introduction": (
            "Een middag over immersive storytelling en XR-technologie: demo's, korte presentaties en tijd om "
            "makers en opdrachtgevers te ontmoeten.",
            "An afternoon on immersive storytelling and XR technology: demos, short talks and time to meet "
            "makers and commissioners.",
        ),
        "start_at": "2025-03-14 13:00",
        "end_at": "2025-03-14 18:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.XR_CREATORS_CONNECT,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SCHEDULED,
        "registration": "xr-creators-connect-2025",
        "body": [
            (
                "paragraph",
                (
                    "Studio's en studenten tonen hun XR-werk in een doorlopende demozone. Tussendoor zijn er "
                    "korte presentaties over productie, distributie en publieksonderzoek.",
                    "Studios and students show their XR work in an open demo zone. In between there are short "
                    "talks on production, distribution and audience research.",
                ),
            ),
        ],
    },
    {
        "slug": ("reshape-the-future-2025", "reshape-the-future-2025"),
        "title": ("Reshape the Future", "Reshape the Future"),
        "introduction": (
            "Een dag over onderwijsinnovatie: hoe leiden we makers op voor immersieve media, AI en nieuwe "
            "formats?",
            "A day on innovation in education: how do we train makers for immersive media, AI and new formats?",
        ),
        "start_at": "2025-04-10 09:30",
        "end_at": "2025-04-10 16:30",
        "venue": RAADHUIS,
        "series": EventSeries.RESHAPE_THE_FUTURE,
        "audience": EventAudience.EDUCATION,
        "status": EventStatus.SCHEDULED,
        "registration": "reshape-the-future",
        "body": [
            (
                "paragraph",
                (
                    "Docenten, onderwijsontwikkelaars en mediabedrijven werken in rondetafels aan lesmateriaal "
                    "en stageopdrachten rond XR en immersive storytelling.",
                    "Teachers, curriculum developers and media companies work in round tables on teaching "
                    "material and internship assignments around XR and immersive storytelling.",
                ),
            ),
        ],
    },
    pizza_talks(
        ("pizza-talks-april-2025", "pizza-talks-april-2025"),
        ("van idee tot format", "from idea to format"),
        "2025-04-24",
        (
            "Een formatontwikkelaar neemt je mee van eerste idee tot pitch bij een omroep of platform.",
            "A format developer takes you from first idea to a pitch to a broadcaster or platform.",
        ),
    ),
    {
        "slug": ("three-takeaways-live-opname", "three-takeaways-live-recording"),
        "title": (
            "Three Takeaways Podcast: live-opname",
            "Three Takeaways Podcast: live recording",
        ),
        "introduction": (
            "De Three Takeaways Podcast neemt een aflevering op met publiek: één gesprek met een "
            "mediaprofessional, drie lessen om mee naar huis te nemen.",
            "The Three Takeaways Podcast records an episode with an audience: one conversation with a media "
            "professional, three lessons to take home.",
        ),
        "start_at": "2025-05-22 20:00",
        "end_at": "2025-05-22 21:30",
        "venue": BEELD_EN_GELUID,
        "series": EventSeries.THREE_TAKEAWAYS,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SOLD_OUT,
        "registration": "three-takeaways-live",
        "body": [
            (
                "paragraph",
                (
                    "De zaal is klein, dus de plaatsen waren snel weg. De opname verschijnt later als aflevering "
                    "van de podcast.",
                    "The room is small, so the seats went quickly. The recording will be published later as an "
                    "episode of the podcast.",
                ),
            ),
        ],
    },
    pizza_talks(
        ("pizza-talks-juni-2025", "pizza-talks-june-2025"),
        ("werken voor omroep en platform", "working for broadcaster and platform"),
        "2025-06-26",
        (
            "Twee producenten vergelijken het werken voor een omroep met het werken voor een streamingplatform "
            "of een eigen kanaal.",
            "Two producers compare working for a broadcaster with working for a streaming platform or their own "
            "channel.",
        ),
    ),
    {
        "slug": ("urban-gallery-opening", "urban-gallery-opening"),
        "title": ("Opening Urban Gallery", "Urban Gallery opening"),
        "introduction": (
            "De Urban Gallery opent: werk van nieuw talent in de openbare ruimte van Hilversum, te zien op "
            "straat en rond het station.",
            "The Urban Gallery opens: work by new talent in Hilversum's public space, on show in the streets "
            "and around the station.",
        ),
        "start_at": "2025-07-04 17:00",
        "end_at": "2025-07-04 20:00",
        "venue": STATION,
        "series": EventSeries.URBAN_GALLERY,
        "audience": EventAudience.GENERAL_PUBLIC,
        "status": EventStatus.SCHEDULED,
        "registration": "",
        "body": [
            (
                "paragraph",
                (
                    "De opening begint bij het station met een korte wandeling langs de eerste werken. Aanmelden "
                    "is niet nodig.",
                    "The opening starts at the station with a short walk past the first works. No registration "
                    "needed.",
                ),
            ),
        ],
    },
    pizza_talks(
        ("pizza-talks-zomereditie-2025", "pizza-talks-summer-edition-2025"),
        ("zomereditie in het park", "summer edition in the park"),
        "2025-07-10",
        (
            "Deze buiteneditie in het Dudokpark gaat niet door. De volgende Pizza Talks is na de zomer.",
            "This outdoor edition in the Dudokpark is cancelled. The next Pizza Talks is after the summer.",
        ),
        status=EventStatus.CANCELLED,
        venue=DUDOKPARK,
    ),
    {
        "slug": ("remix-fest-2025", "remix-fest-2025"),
        "title": ("REMIX Fest", "REMIX Fest"),
        "introduction": (
            "Een festival waar technologie, media en publiek samenkomen: remixcultuur, muziek, beeld en "
            "games, van de middag tot de late avond.",
            "A festival where technology, media and audiences meet: remix culture, music, images and games, "
            "from the afternoon until late at night.",
        ),
        "start_at": "2025-08-30 14:00",
        "end_at": "2025-08-30 23:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.REMIX_FEST,
        "audience": EventAudience.YOUNG_MAKERS,
        "status": EventStatus.SCHEDULED,
        "registration": "remix-fest",
        "body": [
            (
                "paragraph",
                (
                    "Op verschillende podia maken makers live nieuw werk van archiefmateriaal, en in workshops "
                    "probeer je het zelf.",
                    "On several stages makers create new work from archive material live, and in workshops you "
                    "try it yourself.",
                ),
            ),
        ],
    },
    {
        "slug": ("changemakers-programma-aftrap", "changemakers-programme-kick-off"),
        "title": (
            "Changemakers Programma: aftrap",
            "Changemakers Programme: kick-off",
        ),
        "introduction": (
            "Een verdiepingstraject voor jonge professionals in media en technologie begint met een middag "
            "kennismaken en vraagstukken verkennen.",
            "An in-depth track for young professionals in media and technology starts with an afternoon of "
            "introductions and exploring challenges.",
        ),
        "start_at": "2025-09-11 13:00",
        "end_at": "2025-09-11 17:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.CHANGEMAKERS,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SCHEDULED,
        "registration": "changemakers",
        "body": [
            (
                "paragraph",
                (
                    "Deelnemers werken een half jaar in kleine groepen aan een vraagstuk van een Hilversums "
                    "mediabedrijf, met begeleiding uit de sector.",
                    "Participants work in small groups for six months on a challenge set by a Hilversum media "
                    "company, with coaching from the sector.",
                ),
            ),
        ],
    },
    {
        "slug": ("ai-101-2025", "ai-101-2025"),
        "title": ("AI 101", "AI 101"),
        "introduction": (
            "Een praktische introductie in AI voor mediamakers: wat kan het, wat niet, en hoe gebruik je het "
            "verantwoord?",
            "A practical introduction to AI for media makers: what it can do, what it cannot, and how to use "
            "it responsibly?",
        ),
        "start_at": "2025-09-18 14:00",
        "end_at": "2025-09-18 17:00",
        "venue": BEELD_EN_GELUID,
        "series": EventSeries.AI_101,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SCHEDULED,
        "registration": "ai-101",
        "body": [
            (
                "paragraph",
                (
                    "In drie korte blokken oefen je met tekst-, beeld- en geluidstoepassingen en bespreek je "
                    "afspraken over bronvermelding en toestemming.",
                    "In three short blocks you practise with text, image and sound tools and discuss agreements on "
                    "attribution and consent.",
                ),
            ),
        ],
    },
    {
        "slug": ("xperience-day-2025", "xperience-day-2025"),
        "title": ("Xperience Day", "Xperience Day"),
        "introduction": (
            "Een grote publieksdag vol media-ervaringen en innovatie, samen met omroepen en bedrijven.",
            "A large public day full of media experiences and innovation, together with broadcasters and "
            "companies.",
        ),
        "start_at": "2025-09-27 10:00",
        "end_at": "2025-09-27 17:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.XPERIENCE_DAY,
        "audience": EventAudience.GENERAL_PUBLIC,
        "status": EventStatus.SCHEDULED,
        "registration": "xperience-day",
        "body": [
            (
                "paragraph",
                (
                    "Kijk achter de schermen van studio's, probeer XR-ervaringen uit en zie hoe een uitzending "
                    "wordt gemaakt. Geschikt voor alle leeftijden.",
                    "Look behind the scenes of studios, try XR experiences and see how a broadcast is made. "
                    "Suitable for all ages.",
                ),
            ),
        ],
    },
    {
        "slug": ("dag-van-de-mediastages-2025", "media-internship-day-2025"),
        "title": ("Dag van de Mediastages", "Media Internship Day"),
        "introduction": (
            "Matchmaking tussen mediabedrijven en jonge talenten: korte gesprekken, open stageplekken en advies "
            "over je portfolio.",
            "Matchmaking between media companies and young talent: short interviews, open internships and "
            "advice on your portfolio.",
        ),
        "start_at": "2025-10-02 10:00",
        "end_at": "2025-10-02 16:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.DAG_VAN_DE_MEDIASTAGES,
        "audience": EventAudience.STUDENTS,
        "status": EventStatus.SCHEDULED,
        "registration": "dag-van-de-mediastages",
        "body": [
            (
                "paragraph",
                (
                    "Studenten van mbo, hbo en wo spreken in korte rondes met stagebegeleiders van omroepen, "
                    "productiehuizen en techbedrijven.",
                    "Students from vocational schools, universities of applied sciences and universities meet "
                    "internship supervisors from broadcasters, production companies and tech firms in short "
                    "rounds.",
                ),
            ),
        ],
    },
    {
        "slug": ("podcastfestival-2025", "podcast-festival-2025"),
        "title": ("Podcastfestival", "Podcast Festival"),
        "introduction": (
            "Een dag voor luisteraars en makers: live-opnames, workshops audiomaken en gesprekken over de "
            "toekomst van podcasting.",
            "A day for listeners and makers: live recordings, audio workshops and conversations about the "
            "future of podcasting.",
        ),
        "start_at": "2025-10-18 11:00",
        "end_at": "2025-10-18 18:00",
        "venue": BEELD_EN_GELUID,
        "series": EventSeries.PODCASTFESTIVAL,
        "audience": EventAudience.GENERAL_PUBLIC,
        "status": EventStatus.SCHEDULED,
        "registration": "podcastfestival",
        "body": [
            (
                "paragraph",
                (
                    "Makers van onafhankelijke en omroeppodcasts nemen live op, en in de workshops leer je "
                    "interviewen, monteren en publiceren.",
                    "Makers of independent and broadcaster podcasts record live, and in the workshops you learn "
                    "to interview, edit and publish.",
                ),
            ),
        ],
    },
    {
        "slug": ("ai-kennisfestival-2025", "ai-knowledge-festival-2025"),
        "title": ("AI Kennisfestival", "AI Knowledge Festival"),
        "introduction": (
            "Een festival over AI in media: praktijkvoorbeelden, ethiek en nieuwe formats, voor makers en "
            "beslissers.",
            "A festival on AI in media: practical examples, ethics and new formats, for makers and decision "
            "makers.",
        ),
        "start_at": "2025-11-06 10:00",
        "end_at": "2025-11-06 17:00",
        "venue": BEELD_EN_GELUID,
        "series": EventSeries.AI_KENNISFESTIVAL,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SCHEDULED,
        "registration": "ai-kennisfestival",
        "body": [
            (
                "paragraph",
                (
                    "Redacties, archieven en studio's laten zien wat ze met AI hebben gebouwd, en wat ze "
                    "onderweg hebben geleerd.",
                    "Newsrooms, archives and studios show what they have built with AI, and what they learned on "
                    "the way.",
                ),
            ),
        ],
    },
    {
        "slug": (
            "opening-collectiegebouw-beeld-en-geluid",
            "beeld-en-geluid-collection-building-opening",
        ),
        "title": (
            "Opening nieuw collectiegebouw Beeld & Geluid",
            "Opening of the new Beeld & Geluid collection building",
        ),
        "introduction": (
            "Media-erfgoed in het hart van Hilversum, toegankelijk voor een breed publiek: het nieuwe "
            "collectiegebouw van Beeld & Geluid opent.",
            "Media heritage in the heart of Hilversum, open to a wide audience: the new Beeld & Geluid "
            "collection building opens.",
        ),
        "start_at": "2025-12-12 16:00",
        "end_at": "2025-12-12 19:00",
        "venue": COLLECTION_BUILDING,
        "series": EventSeries.BEELD_EN_GELUID,
        "audience": EventAudience.GENERAL_PUBLIC,
        "status": EventStatus.SCHEDULED,
        "registration": "collectiegebouw",
        "body": [
            (
                "paragraph",
                (
                    "Tijdens de opening zijn er rondleidingen langs de depots en laat het archief stukken zien "
                    "die zelden te zien zijn.",
                    "During the opening there are tours of the stores and the archive shows pieces that are "
                    "rarely on display.",
                ),
            ),
        ],
    },
    # Coming up: fixed dates in 2027, so that the programme has upcoming events.
    pizza_talks(
        ("pizza-talks-januari-2027", "pizza-talks-january-2027"),
        ("nieuwjaarseditie", "New Year edition"),
        "2027-01-28",
        (
            "De eerste Pizza Talks van het jaar: drie makers vertellen in tien minuten elk aan welk project ze "
            "dit jaar werken.",
            "The first Pizza Talks of the year: three makers each take ten minutes to tell which project they "
            "are working on this year.",
        ),
    ),
    pizza_talks(
        ("pizza-talks-februari-2027", "pizza-talks-february-2027"),
        ("archief als grondstof", "the archive as raw material"),
        "2027-02-25",
        (
            "Hoe maak je nieuw werk met archiefmateriaal? Over rechten, zoeken in de collectie en hergebruik.",
            "How do you make new work from archive material? On rights, searching the collection and reuse.",
        ),
    ),
    pizza_talks(
        ("pizza-talks-maart-2027", "pizza-talks-march-2027"),
        ("games en televisie", "games and television"),
        "2027-03-25",
        (
            "Een gamedesigner en een televisiemaker over wat hun vakken van elkaar kunnen leren.",
            "A game designer and a television maker on what their crafts can learn from each other.",
        ),
    ),
    {
        "slug": ("xr-creators-connect-2027", "xr-creators-connect-2027"),
        "title": ("XR Creators Connect 2027", "XR Creators Connect 2027"),
        "introduction": (
            "De voorjaarseditie over immersive storytelling en XR: nieuw werk, korte presentaties en tijd om "
            "samenwerkingen te starten.",
            "The spring edition on immersive storytelling and XR: new work, short talks and time to start "
            "collaborations.",
        ),
        "start_at": "2027-04-15 13:00",
        "end_at": "2027-04-15 18:00",
        "venue": MEDIA_PARK,
        "series": EventSeries.XR_CREATORS_CONNECT,
        "audience": EventAudience.PROFESSIONALS,
        "status": EventStatus.SCHEDULED,
        "registration": "xr-creators-connect-2027",
        "body": [
            (
                "paragraph",
                (
                    "Dit keer staat mixed reality in de openbare ruimte centraal, met demo's op het terrein "
                    "van het Media Park.",
                    "This time the focus is mixed reality in public space, with demos on the Media Park grounds.",
                ),
            ),
        ],
    },
]
