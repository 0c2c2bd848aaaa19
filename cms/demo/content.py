"""Demo copy of the brand site, Dutch with its English translation, from the council's brief
(raadsinformatiebrief "The Media Ahead", Hilversum, 13 May 2025).

Each text is a ``(dutch, english)`` pair. Rich text is a list of paragraphs.
"""

CORE_MESSAGE = (
    "Build your next story in Hilversum",
    "Build your next story in Hilversum",
)

HOME = {
    "title": ("The Media Ahead", "The Media Ahead"),
    "slug": ("the-media-ahead", "the-media-ahead"),
    "introduction": (
        "Build your next story in Hilversum. Hilversum Mediastad begint een nieuw hoofdstuk: "
        "de plek waar makers van gisteren, vandaag en morgen elkaar ontmoeten, samenwerken en innoveren.",
        "Build your next story in Hilversum. Hilversum Mediastad starts a new chapter: the place where "
        "makers of yesterday, today and tomorrow meet, work together and innovate.",
    ),
    "image_alt": (
        "Abstracte compositie van diagonale banen en cirkels in blauw en oranje",
        "Abstract composition of diagonal bands and circles in blue and orange",
    ),
    "body": [
        (
            "heading",
            (
                "Van Hilversum naar Mediastad – tijd voor een nieuw hoofdstuk",
                "From Hilversum to Mediastad – time for a new chapter",
            ),
        ),
        (
            "paragraph",
            (
                "The Media Ahead verbindt onze rijke mediageschiedenis met de toekomst van media en technologie. "
                "Hilversum is broedplaats en platform voor innovatieve mediatoepassingen, talentontwikkeling en "
                "samenwerking tussen onderwijs, bedrijfsleven en overheid.",
                "The Media Ahead connects our rich media history with the future of media and technology. "
                "Hilversum is a breeding ground and platform for innovative media applications, talent development "
                "and collaboration between education, business and government.",
            ),
        ),
        (
            "quote",
            (
                (
                    "Build your next story in Hilversum.",
                    "Build your next story in Hilversum.",
                ),
                ("The Media Ahead", "The Media Ahead"),
            ),
        ),
        ("heading", ("Het hele jaar door", "All year round")),
        (
            "paragraph",
            (
                "In plaats van één mediaweek programmeren we het hele jaar: community, podcasts, XR-evenementen, "
                "stages, AI-trajecten, festivals en de Urban Gallery met nieuw talent in de openbare ruimte.",
                "Instead of a single media week we programme all year round: community, podcasts, XR events, "
                "internships, AI tracks, festivals and the Urban Gallery with new talent in public space.",
            ),
        ),
    ],
}

ABOUT = {
    "title": ("Over The Media Ahead", "About The Media Ahead"),
    "slug": ("over-the-media-ahead", "about-the-media-ahead"),
    "introduction": (
        "Hilversum Mediastad start een nieuw hoofdstuk onder de titel The Media Ahead.",
        "Hilversum Mediastad starts a new chapter under the title The Media Ahead.",
    ),
    "image_alt": (
        "Abstracte compositie van lijnen in paars en geel",
        "Abstract composition of lines in purple and yellow",
    ),
    "body": [
        ("heading", ("Aanleiding", "Why")),
        (
            "paragraph",
            (
                "Hilversum is van oudsher hét centrum van de Nederlandse media: radio, televisie en journalistiek, "
                "met naast de publieke omroepen ook grote private spelers. Die reputatie als Mediastad trok "
                "decennialang mediaprofessionals, producties en landelijke aandacht.",
                "Hilversum has long been the centre of Dutch media: radio, television and journalism, with large "
                "private players beside the public broadcasters. For decades its reputation as Mediastad drew media "
                "professionals, productions and national attention.",
            ),
        ),
        (
            "paragraph",
            (
                "Tegelijk is het medialandschap ingrijpend veranderd. Creatie en distributie zijn gedigitaliseerd, "
                "technologie en platforms spelen een centrale rol en een nieuwe generatie makers zet de toon.",
                "At the same time the media landscape has changed profoundly. Creation and distribution have gone "
                "digital, technology and platforms play a central role and a new generation of makers sets the tone.",
            ),
        ),
        (
            "heading",
            ("Tussen trots en transformatie", "Between pride and transformation"),
        ),
        (
            "paragraph",
            (
                "De associatie met traditionele media sluit onvoldoende aan bij digitale storytelling, AI, gaming, "
                "immersieve content en crossmediale productie. Jong talent en innovatieve bedrijven herkennen zich "
                "niet vanzelf in het profiel van Hilversum als Mediastad.",
                "The association with traditional media does not match digital storytelling, AI, gaming, immersive "
                "content and cross-media production well enough. Young talent and innovative companies do not "
                "automatically recognise themselves in Hilversum's profile as Mediastad.",
            ),
        ),
        ("heading", ("De nieuwe koers", "The new course")),
        (
            "paragraph",
            (
                "Samen met het Hilversumse mediabedrijf .Monks is een merkstrategie en een jaarrond programmering "
                "uitgewerkt waarin technologie, creativiteit en samenwerking centraal staan. AI-gedreven formats, "
                "immersive storytelling, gamification, podcasting en digitale cultuur zijn geen niches meer.",
                "Together with the Hilversum media company .Monks, a brand strategy and year-round programme were "
                "developed around technology, creativity and collaboration. AI-driven formats, immersive "
                "storytelling, gamification, podcasting and digital culture are no longer niches.",
            ),
        ),
        (
            "paragraph",
            (
                "De initiatiefnemers – Beeld & Geluid, Hilversum Marketing en Media Campus NL – vroegen de gemeente "
                "Hilversum om de activiteiten van The Media Ahead te cofinancieren; het college heeft zijn "
                "medewerking toegezegd.",
                "The initiators – Beeld & Geluid, Hilversum Marketing and Media Campus NL – asked the municipality of "
                "Hilversum to co-finance the activities of The Media Ahead; the municipal executive has pledged its "
                "support.",
            ),
        ),
    ],
}

PARTNERS = [
    {
        "name": "Beeld & Geluid",
        "url": "https://www.beeldengeluid.nl/",
        "description": (
            "Nederlands Instituut voor Beeld en Geluid, initiatiefnemer; opent in Hilversum zijn nieuwe collectiegebouw.",
            "Netherlands Institute for Sound & Vision, initiator; opens its new collection building in Hilversum.",
        ),
    },
    {
        "name": "Hilversum Marketing",
        "url": "https://www.hilversum.nl/",
        "description": (
            "Citymarketing van Hilversum, initiatiefnemer van The Media Ahead.",
            "Hilversum's city marketing organisation, initiator of The Media Ahead.",
        ),
    },
    {
        "name": "Media Campus NL",
        "url": "https://www.mediacampus.nl/",
        "description": (
            "Verbindt onderwijs en mediabedrijven, initiatiefnemer van The Media Ahead.",
            "Connects education and media companies, initiator of The Media Ahead.",
        ),
    },
    {
        "name": ".Monks",
        "url": "https://www.monks.com/",
        "description": (
            "Hilversums mediabedrijf dat de merkstrategie en de jaarrond programmering mee ontwikkelde.",
            "Hilversum media company that co-developed the brand strategy and the year-round programme.",
        ),
    },
    {
        "name": "Gemeente Hilversum",
        "url": "https://www.hilversum.nl/",
        "description": (
            "Cofinanciert de activiteiten van The Media Ahead.",
            "Co-finances the activities of The Media Ahead.",
        ),
    },
]

FOOTER_TEXT = (
    "The Media Ahead is een initiatief van Beeld & Geluid, Hilversum Marketing en Media Campus NL, met "
    "steun van de gemeente Hilversum.",
    "The Media Ahead is an initiative of Beeld & Geluid, Hilversum Marketing and Media Campus NL, supported "
    "by the municipality of Hilversum.",
)

# Placeholders: the demo links to no real account.
SOCIAL_LINKS = [
    ("instagram", "https://social.example.org/instagram/themediaahead"),
    ("linkedin", "https://social.example.org/linkedin/themediaahead"),
    ("discord", "https://social.example.org/discord/media-ahead-community"),
]

REVIEW_WORKFLOW = "Communicatie review"
REVIEW_GROUP = "Moderators"
