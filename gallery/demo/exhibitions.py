"""Demo exhibitions and the Urban Gallery's index pages.

Exhibition dates are days relative to the day the demo is loaded, so that there is always one
current, one past and one upcoming exhibition; loading the demo again on a later day moves them.
A placement is ``(artwork slug, spot slug, own start, own end, label note)``: own dates are days
relative to that day too, ``None`` for the exhibition's. Texts are ``(dutch, english)`` pairs.
"""

DEMO_NOTE = (
    "Demo-inhoud: deze tentoonstelling, de makers en hun werken zijn verzonnen; de plekken in "
    "Hilversum bestaan echt.",
    "Demo content: this exhibition, its makers and their works are made up; the places in Hilversum "
    "are real.",
)

GALLERY = {
    "title": ("Urban Gallery", "Urban Gallery"),
    "slug": ("urban-gallery", "urban-gallery"),
    "introduction": (
        "Nieuw talent in de openbare ruimte van Hilversum: kunst over media en technologie op plekken "
        "waar je toch al langskomt. Scan de code bij een werk en lees er meer over.",
        "New talent in Hilversum's public space: art about media and technology in places you pass "
        "anyway. Scan the code next to a work to read more about it.",
    ),
    "image_alt": (
        "Abstracte illustratie van diagonale banen en cirkels bij de Urban Gallery (demo-afbeelding)",
        "Abstract illustration of diagonal bands and circles for the Urban Gallery (demo image)",
    ),
}

ARTWORK_INDEX = {
    "title": ("Kunstwerken", "Artworks"),
    "slug": ("kunstwerken", "artworks"),
    "introduction": (
        "Alle werken van de Urban Gallery, ook als ze nu nergens hangen.",
        "Every work of the Urban Gallery, including those not on show anywhere right now.",
    ),
}

ARTIST_INDEX = {
    "title": ("Kunstenaars", "Artists"),
    "slug": ("kunstenaars", "artists"),
    "introduction": (
        "De makers van de Urban Gallery: illustratoren, fotografen, game-ontwerpers, filmmakers en meer.",
        "The makers of the Urban Gallery: illustrators, photographers, game designers, film makers and more.",
    ),
}

EXHIBITIONS = [
    {
        "slug": ("signaal-en-ruis", "signal-and-noise"),
        "title": ("Signaal en ruis", "Signal and noise"),
        "opens": -182,
        "closes": -84,
        "introduction": (
            "Jonge makers over luistercijfers, stilte en de ochtendtrein: wat blijft er over van een "
            "signaal als iedereen tegelijk zendt?",
            "Young makers on listening figures, silence and the morning train: what is left of a signal "
            "when everyone broadcasts at once?",
        ),
        "statement": [
            (
                "Hilversum zond een eeuw lang uit naar het hele land. Nu zendt iedereen. Deze makers zoeken "
                "in die ruis naar het signaal: een gezicht op het perron, een stem in de steeg.",
                "For a century Hilversum broadcast to the whole country. Now everyone broadcasts. These "
                "makers search the noise for the signal: a face on the platform, a voice in the alley.",
            ),
        ],
        "placements": [
            ("luistercijfers", "stationsplein", None, None, None),
            ("kijkdichtheid", "kerkbrink", None, None, None),
            ("brinkdieren", "biersteeg", None, None, None),
            ("synthetisch-dorp", "raadhuis", None, None, None),
            ("stille-zender", "beeld-en-geluid", None, None, None),
            ("wachten-op-de-814", "station-media-park", None, None, None),
        ],
    },
    {
        "slug": ("nieuwe-makers-in-de-mediastad", "new-makers-in-the-media-city"),
        "title": ("Nieuwe makers in de Mediastad", "New makers in the Media City"),
        "opens": -42,
        "closes": 42,
        "introduction": (
            "Werk van nieuw talent op twaalf plekken in Hilversum, van het Stationsplein tot het Media "
            "Park. Build your next story in Hilversum.",
            "Work by new talent at twelve places in Hilversum, from the station square to the Media Park. "
            "Build your next story in Hilversum.",
        ),
        "statement": [
            (
                "Hilversum is al een eeuw mediastad. Deze tentoonstelling laat zien wie de volgende eeuw "
                "maakt: illustratoren, fotografen, game-ontwerpers, geluidskunstenaars en filmmakers die "
                "net beginnen.",
                "Hilversum has been a media city for a century. This exhibition shows who will make the "
                "next one: illustrators, photographers, game designers, sound artists and film makers who "
                "are just starting out.",
            ),
            (
                "Je komt hun werk tegen waar je toch al loopt: op weg naar de trein, op de markt, bij het "
                "raadhuis. Scan de code bij een werk en lees wie het maakte.",
                "You come across their work where you walk anyway: on your way to the train, at the market, "
                "by the town hall. Scan the code next to a work and read who made it.",
            ),
        ],
        "placements": [
            ("wachten-op-de-814", "stationsplein", None, 14, None),
            (
                "hoor-je-mij",
                "stationsplein",
                15,
                None,
                (
                    "Neemt de plek over van ‘Wachten op de 8.14’.",
                    "Takes over the spot from ‘Waiting for the 8.14’.",
                ),
            ),
            ("kijkdichtheid", "stationsplein-fietsenstalling", None, None, None),
            ("volgende-halte-morgen", "stationstunnel", None, None, None),
            ("eerste-take", "langgewenst", None, None, None),
            ("brinkdieren", "kerkbrink", None, None, None),
            ("synthetisch-dorp", "grote-kerk", None, None, None),
            ("luistercijfers", "biersteeg", None, None, None),
            ("raadhuis-in-blokken", "raadhuis", None, None, None),
            ("archiefruis", "beeld-en-geluid", None, None, None),
            ("zendmast-van-licht", "media-parkboulevard", None, None, None),
            (
                "stille-zender",
                "station-media-park",
                None,
                None,
                (
                    "Neem oordopjes mee: je hoort het werk op je telefoon.",
                    "Bring earphones: you hear the work on your phone.",
                ),
            ),
            (
                "level-hilversum",
                "station-sportpark",
                None,
                None,
                (
                    "Speelbaar van 8.00 tot 22.00 uur.",
                    "Playable from 8 am to 10 pm.",
                ),
            ),
        ],
    },
    {
        "slug": ("voorbij-het-scherm", "beyond-the-screen"),
        "title": ("Voorbij het scherm", "Beyond the screen"),
        "opens": 84,
        "closes": 182,
        "introduction": (
            "XR, games en verhalen waar je middenin staat: kunst die je niet alleen bekijkt, maar ook "
            "speelt, hoort en betreedt.",
            "XR, games and stories you stand right in the middle of: art you do not just look at, but "
            "play, hear and step into.",
        ),
        "statement": [
            (
                "Immersive storytelling, gaming en XR zijn geen niche meer. In deze tentoonstelling wordt de "
                "straat het scherm, en word jij de speler.",
                "Immersive storytelling, gaming and XR are no longer niches. In this exhibition the street "
                "becomes the screen, and you become the player.",
            ),
        ],
        "placements": [
            ("zendmast-van-licht", "stationsplein", None, None, None),
            ("archiefruis", "stationstunnel", None, None, None),
            ("volgende-halte-morgen", "langgewenst", None, None, None),
            (
                "brinkverhalen-in-xr",
                "kerkbrink",
                None,
                None,
                (
                    "Gemaakt tijdens een workshop van de Media Ahead Community.",
                    "Made during a Media Ahead Community workshop.",
                ),
            ),
            ("hoor-je-mij", "grote-kerk", None, None, None),
            ("level-hilversum", "beeld-en-geluid", None, None, None),
            ("stille-zender", "media-parkboulevard", None, None, None),
        ],
    },
]
