"""Demo news: three articles drawn from the council's brief, Dutch with English translations.

The facts come from the brief; publication dates and the Urban Gallery open call (its deadline and
how to enter) are invented for the demo, as the last paragraph of each article says.
"""

INDEX = {
    "title": ("Nieuws", "News"),
    "slug": ("nieuws", "news"),
    "introduction": (
        "Het laatste nieuws over The Media Ahead en het programma in Hilversum.",
        "The latest news about The Media Ahead and the programme in Hilversum.",
    ),
    "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij het nieuws (demo-afbeelding)",
}

AUTHOR = "Redactie The Media Ahead"

DEMO_NOTE = (
    "Demo-inhoud: de publicatiedatum van dit bericht is fictief.",
    "Demo content: the publication date of this article is fictional.",
)

ARTICLES = [
    {
        "slug": (
            "the-media-ahead-nieuwe-kernboodschap",
            "the-media-ahead-new-core-message",
        ),
        "title": (
            "The Media Ahead: de nieuwe kernboodschap van Hilversum Mediastad",
            "The Media Ahead: the new core message of Hilversum Mediastad",
        ),
        "introduction": (
            "Build your next story in Hilversum. Onder die titel begint Hilversum Mediastad een nieuw hoofdstuk.",
            "Build your next story in Hilversum. Under that title Hilversum Mediastad starts a new chapter.",
        ),
        "publication_date": "2025-05-14",
        "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij de lancering (demo-afbeelding)",
        "body": [
            (
                "paragraph",
                (
                    "The Media Ahead verbindt de rijke mediageschiedenis van Hilversum met de toekomst van media "
                    "en technologie. De stad profileert zich als broedplaats en platform voor innovatieve "
                    "mediatoepassingen, talentontwikkeling en samenwerking tussen onderwijs, bedrijfsleven en "
                    "overheid.",
                    "The Media Ahead connects Hilversum's rich media history with the future of media and "
                    "technology. The city presents itself as a breeding ground and platform for innovative media "
                    "applications, talent development and collaboration between education, business and "
                    "government.",
                ),
            ),
            ("heading", ("Samen ontwikkeld", "Developed together")),
            (
                "paragraph",
                (
                    "Beeld & Geluid, Hilversum Marketing en Media Campus NL ontwikkelden de toekomstvisie, met "
                    "het Hilversumse mediabedrijf .Monks. De gemeente Hilversum cofinanciert de activiteiten.",
                    "Beeld & Geluid, Hilversum Marketing and Media Campus NL developed the vision, with the "
                    "Hilversum media company .Monks. The municipality of Hilversum co-finances the activities.",
                ),
            ),
        ],
    },
    {
        "slug": (
            "het-hele-jaar-door-in-plaats-van-een-week",
            "all-year-round-instead-of-one-week",
        ),
        "title": (
            "Het hele jaar door in plaats van één mediaweek",
            "All year round instead of a single media week",
        ),
        "introduction": (
            "De activiteiten van The Media Ahead vervangen de concentratie in één week door programmering "
            "die het hele jaar doorloopt.",
            "The activities of The Media Ahead replace the concentration in one week with a programme that "
            "runs all year round.",
        ),
        "publication_date": "2025-06-02",
        "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij de jaarprogrammering "
        "(demo-afbeelding)",
        "body": [
            (
                "paragraph",
                (
                    "Eerdere edities van Dutch Media Week trokken veel publiek. De nieuwe opzet bouwt daarop voort "
                    "en zorgt voor continuïteit, zichtbaarheid en inhoudelijke verdieping.",
                    "Earlier editions of Dutch Media Week drew large audiences. The new approach builds on them "
                    "and brings continuity, visibility and depth.",
                ),
            ),
            (
                "paragraph",
                (
                    "Op het programma staan onder meer de Media Ahead Community, Pizza Talks, XR Creators Connect, "
                    "de Dag van de Mediastages, Xperience Day en het Podcastfestival.",
                    "The programme includes the Media Ahead Community, Pizza Talks, XR Creators Connect, the Media "
                    "Internship Day, Xperience Day and the Podcast Festival.",
                ),
            ),
        ],
    },
    {
        "slug": ("urban-gallery-open-call", "urban-gallery-open-call"),
        "title": (
            "Urban Gallery zoekt nieuw talent: open call",
            "Urban Gallery looks for new talent: open call",
        ),
        "introduction": (
            "De Urban Gallery toont werk van nieuw talent in de openbare ruimte van Hilversum. Makers kunnen "
            "nu werk insturen.",
            "The Urban Gallery shows work by new talent in Hilversum's public space. Makers can now submit "
            "work.",
        ),
        "publication_date": "2025-05-21",
        "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij de open call (demo-afbeelding)",
        "body": [
            (
                "paragraph",
                (
                    "Fotografie, illustratie, animatie of digitale kunst: de open call staat open voor makers aan "
                    "het begin van hun loopbaan. Een jury van de initiatiefnemers kiest de werken voor de eerste "
                    "tentoonstelling.",
                    "Photography, illustration, animation or digital art: the open call is open to makers at the "
                    "start of their careers. A jury of the initiators selects the works for the first exhibition.",
                ),
            ),
            (
                "paragraph",
                (
                    "Insturen kan tot en met 15 juni 2025 via het formulier van de Urban Gallery.",
                    "Submissions are open until 15 June 2025 through the Urban Gallery form.",
                ),
            ),
        ],
    },
]
