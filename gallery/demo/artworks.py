"""Demo artworks: fourteen works by the demo artists, on the themes of The Media Ahead (AI, XR,
gaming, podcasting, immersive storytelling, media heritage).

Every work is invented, and so is every picture of it (see ``collection.placeholder_alt``).
Sizes are in centimetres (height, width, depth). Texts are ``(dutch, english)`` pairs.
"""

from gallery.choices import ArtworkTheme, RightsStatement

DEMO_NOTE = (
    "Demo-inhoud: dit werk is verzonnen voor de demo van de Urban Gallery.",
    "Demo content: this work was made up for the Urban Gallery demo.",
)


ARTWORKS = [
    {
        "slug": ("zendmast-van-licht", "transmitter-of-light"),
        "title": ("Zendmast van licht", "Transmitter of light"),
        "artists": ["noor-vos-demo"],
        "year": 2025,
        "medium": (
            "lichtbak met zeefdruk en AR-laag",
            "light box with screen print and AR layer",
        ),
        "size": ("120", "80", "12"),
        "themes": [
            ArtworkTheme.XR,
            ArtworkTheme.ILLUSTRATION,
            ArtworkTheme.MEDIA_HISTORY,
        ],
        "rights": RightsStatement.CC_BY_NC_ND,
        "introduction": (
            "Een getekende zendmast die gaat uitzenden zodra je er je telefoon op richt.",
            "A drawn transmitter mast that starts broadcasting as soon as you point your phone at it.",
        ),
        "description": [
            (
                "Vanaf 1923 kwam de radio uit Hilversum. Noor Vos tekende een zendmast in fijne lijnen en gaf "
                "hem een tweede leven op je scherm: richt je camera op de lichtbak en de mast zendt golven, "
                "stemmen en kleuren uit over de straat.",
                "From 1923 onwards, radio came from Hilversum. Noor Vos drew a transmitter mast in fine lines "
                "and gave it a second life on your screen: point your camera at the light box and the mast "
                "sends waves, voices and colours out over the street.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("wachten-op-de-814", "waiting-for-the-814"),
        "title": ("Wachten op de 8.14", "Waiting for the 8.14"),
        "artists": ["sami-el-idrissi-demo"],
        "year": 2024,
        "medium": (
            "digitale print op aluminium dibond",
            "digital print on aluminium dibond",
        ),
        "size": ("100", "150", None),
        "themes": [ArtworkTheme.PHOTOGRAPHY],
        "rights": RightsStatement.IN_COPYRIGHT,
        "introduction": (
            "Forenzen op het perron, vastgelegd in één lange belichting van vier minuten.",
            "Commuters on the platform, captured in a single four-minute exposure.",
        ),
        "description": [
            (
                "Sami El Idrissi zette zijn camera een maand lang elke werkdag op hetzelfde perron. Wie bleef "
                "staan, staat scherp; wie doorliep, is een veeg licht geworden.",
                "Sami El Idrissi set up his camera on the same platform every working day for a month. Whoever "
                "stood still is sharp; whoever walked on has become a streak of light.",
            ),
        ],
        "images": 1,
    },
    {
        "slug": ("brinkdieren", "village-green-animals"),
        "title": ("Brinkdieren", "Village green animals"),
        "artists": ["lotte-brinkman-demo"],
        "year": 2025,
        "medium": ("lenticulaire print achter glas", "lenticular print behind glass"),
        "size": ("70", "100", None),
        "themes": [ArtworkTheme.ANIMATION, ArtworkTheme.ILLUSTRATION],
        "rights": RightsStatement.CC_BY,
        "introduction": (
            "Schapen die in mediamakers veranderen terwijl je langs de lijst loopt.",
            "Sheep that turn into media makers as you walk past the frame.",
        ),
        "description": [
            (
                "Hilversum was een schapendorp voordat het een mediastad werd. In deze lenticulaire print zie "
                "je dat gebeuren: loop van links naar rechts en de kudde wordt een filmploeg.",
                "Hilversum was a sheep village before it became a media city. In this lenticular print you see "
                "it happen: walk from left to right and the flock becomes a film crew.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("level-hilversum", "level-hilversum"),
        "title": ("Level Hilversum", "Level Hilversum"),
        "artists": ["daan-kuipers-demo"],
        "year": 2025,
        "medium": (
            "speelbare installatie: scherm, arcadeknoppen en een zelfgeschreven game",
            "playable installation: screen, arcade buttons and a self-written game",
        ),
        "size": ("180", "70", "60"),
        "themes": [ArtworkTheme.GAMING, ArtworkTheme.IMMERSIVE],
        "rights": RightsStatement.CC_BY_NC,
        "introduction": (
            "Een game van drie minuten waarin je als nieuwe maker je weg zoekt door de mediastad.",
            "A three-minute game in which you find your way through the media city as a new maker.",
        ),
        "description": [
            (
                "Level Hilversum is een platformgame met twee knoppen. Je springt van studio naar studio en "
                "verzamelt ideeën, collega's en een eerste opdracht. Iedereen kan hem uitspelen.",
                "Level Hilversum is a platform game with two buttons. You jump from studio to studio and "
                "collect ideas, colleagues and a first commission. Anyone can finish it.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("luistercijfers", "listening-figures"),
        "title": ("Luistercijfers", "Listening figures"),
        "artists": ["mei-lin-tjon-demo"],
        "year": 2024,
        "medium": (
            "datavisualisatie, pigmentprint op dibond",
            "data visualisation, pigment print on dibond",
        ),
        "size": ("120", "120", None),
        "themes": [ArtworkTheme.DATA, ArtworkTheme.MEDIA_HISTORY],
        "rights": RightsStatement.CC_BY_SA,
        "introduction": (
            "Een jaar luistergedrag van één fictief huishouden, als kleurrijk weefpatroon.",
            "A year of listening habits of one fictional household, as a colourful woven pattern.",
        ),
        "description": [
            (
                "Elke draad is een dag, elke kleur een zender of podcast. Mei Lin Tjon verzon een gezin en "
                "hield een jaar lang bij wat het beluisterde. Het resultaat lijkt op een tapijt, een knipoog "
                "naar de Hilversumse tapijtindustrie.",
                "Every thread is a day, every colour a station or podcast. Mei Lin Tjon invented a family and "
                "kept track of what it listened to for a year. The result looks like a carpet, a nod to "
                "Hilversum's carpet industry.",
            ),
        ],
        "images": 1,
    },
    {
        "slug": ("stille-zender", "silent-station"),
        "title": ("Stille zender", "Silent station"),
        "artists": ["jesse-verhoef-demo"],
        "year": 2025,
        "medium": (
            "geluidsinstallatie met QR-code naar een audiowandeling van twaalf minuten",
            "sound installation with a QR code to a twelve-minute audio walk",
        ),
        "size": ("60", "40", "20"),
        "themes": [ArtworkTheme.PODCAST, ArtworkTheme.IMMERSIVE],
        "rights": RightsStatement.CC_BY_NC,
        "introduction": (
            "Een kastje dat niets laat horen, tot je de code scant en de straat gaat klinken.",
            "A box that makes no sound, until you scan the code and the street starts to sound.",
        ),
        "description": [
            (
                "Jesse Verhoef nam een jaar lang geluiden op in Hilversum: treinen, markten, studiodeuren. De "
                "audiowandeling begint bij het kastje en neemt je mee langs de plekken waar ze zijn opgenomen.",
                "Jesse Verhoef recorded sounds in Hilversum for a year: trains, markets, studio doors. The "
                "audio walk starts at the box and takes you past the places where they were recorded.",
            ),
        ],
        "images": 1,
    },
    {
        "slug": ("eerste-take", "first-take"),
        "title": ("Eerste take", "First take"),
        "artists": ["amara-owusu-demo"],
        "year": 2025,
        "medium": (
            "videoportretten op een buitenscherm, 8 minuten",
            "video portraits on an outdoor screen, 8 minutes",
        ),
        "size": ("90", "160", None),
        "themes": [ArtworkTheme.FILM],
        "rights": RightsStatement.IN_COPYRIGHT_NC,
        "introduction": (
            "Acht jonge makers kijken in de camera op de dag dat hun eerste werk wordt uitgezonden.",
            "Eight young makers look into the camera on the day their first work is broadcast.",
        ),
        "description": [
            (
                "Amara Owusu filmde elk portret in één take van een minuut, zonder woorden. Je ziet zenuwen, "
                "trots en soms een lach die niet meer weggaat.",
                "Amara Owusu filmed each portrait in a single one-minute take, without words. You see nerves, "
                "pride and sometimes a smile that will not go away.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("synthetisch-dorp", "synthetic-village"),
        "title": ("Synthetisch dorp", "Synthetic village"),
        "artists": ["ruben-de-graaf-demo"],
        "year": 2025,
        "medium": (
            "met AI gegenereerde beelden, met de hand nabewerkt en geprint op doek",
            "AI-generated images, edited by hand and printed on canvas",
        ),
        "size": ("150", "100", None),
        "themes": [ArtworkTheme.AI, ArtworkTheme.ILLUSTRATION],
        "rights": RightsStatement.CC_BY_NC,
        "introduction": (
            "Hoe een beeldmodel zich Hilversum voorstelt, en waar het zich vergist.",
            "How an image model imagines Hilversum, and where it gets it wrong.",
        ),
        "description": [
            (
                "Ruben de Graaf vroeg een beeldmodel om ‘een dorp dat mediastad werd’. Het model bouwde "
                "torens zonder deuren en studio's zonder mensen. In zijn nabewerking maakt hij die fouten "
                "zichtbaar in plaats van ze weg te poetsen.",
                "Ruben de Graaf asked an image model for ‘a village that became a media city’. The model "
                "built towers without doors and studios without people. His editing makes those mistakes "
                "visible instead of polishing them away.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("kijkdichtheid", "viewing-density"),
        "title": ("Kijkdichtheid", "Viewing density"),
        "artists": ["collectief-zendtijd-demo"],
        "year": 2024,
        "medium": (
            "posterreeks, risografie op papier achter glas",
            "poster series, risograph on paper behind glass",
        ),
        "size": ("119", "84", None),
        "themes": [
            ArtworkTheme.DATA,
            ArtworkTheme.ILLUSTRATION,
            ArtworkTheme.MEDIA_HISTORY,
        ],
        "rights": RightsStatement.CC_BY_SA,
        "introduction": (
            "Zes posters over hoe we keken: van één zender voor het hele land tot een scherm per persoon.",
            "Six posters about how we watched: from one channel for the whole country to a screen each.",
        ),
        "description": [
            (
                "Collectief Zendtijd tekende zes huiskamers, elk uit een ander decennium. Hoe verder je kijkt, "
                "hoe meer schermen er in de kamer staan en hoe minder mensen er samen naar één scherm kijken.",
                "Collectief Zendtijd drew six living rooms, each from a different decade. The further you "
                "look, the more screens there are in the room and the fewer people watch one screen together.",
            ),
        ],
        "images": 1,
    },
    {
        "slug": ("hoor-je-mij", "can-you-hear-me"),
        "title": ("Hoor je mij?", "Can you hear me?"),
        "artists": ["jesse-verhoef-demo", "sami-el-idrissi-demo"],
        "year": 2025,
        "medium": (
            "fotowerk met podcastfragmenten via een QR-code",
            "photographic work with podcast excerpts through a QR code",
        ),
        "size": ("100", "70", None),
        "themes": [ArtworkTheme.PODCAST, ArtworkTheme.PHOTOGRAPHY],
        "rights": RightsStatement.CC_BY_NC,
        "introduction": (
            "Portretten van podcastmakers in hun zelfgebouwde studio, met hun stem erbij.",
            "Portraits of podcast makers in their home-made studios, with their voices to go with them.",
        ),
        "description": [
            (
                "Een studio kan een kledingkast vol dekens zijn. Sami El Idrissi fotografeerde podcastmakers "
                "waar ze opnemen; Jesse Verhoef knipte uit elke aflevering de zin die hen het best vangt.",
                "A studio can be a wardrobe full of blankets. Sami El Idrissi photographed podcast makers where "
                "they record; Jesse Verhoef cut from each episode the sentence that captures them best.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("raadhuis-in-blokken", "town-hall-in-blocks"),
        "title": ("Raadhuis in blokken", "Town hall in blocks"),
        "artists": ["daan-kuipers-demo", "noor-vos-demo"],
        "year": 2024,
        "medium": (
            "voxelmodel, 3D-print in gerecycled PLA op sokkel",
            "voxel model, 3D print in recycled PLA on a plinth",
        ),
        "size": ("45", "60", "60"),
        "themes": [ArtworkTheme.GAMING, ArtworkTheme.MEDIA_HISTORY],
        "rights": RightsStatement.CC_BY,
        "introduction": (
            "Dudoks raadhuis, nagebouwd uit blokjes zoals in een game, om aan te raken.",
            "Dudok's town hall, rebuilt from blocks as in a game, for you to touch.",
        ),
        "description": [
            (
                "Daan Kuipers en Noor Vos bouwden het raadhuis na in een game, blokje voor blokje, en printten "
                "het model daarna in 3D. Je mag het aanraken: zo voel je hoe Dudok met vlakken en torens "
                "speelde.",
                "Daan Kuipers and Noor Vos rebuilt the town hall in a game, block by block, and then 3D-printed "
                "the model. You may touch it: that way you feel how Dudok played with planes and towers.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("archiefruis", "archive-noise"),
        "title": ("Archiefruis", "Archive noise"),
        "artists": ["mei-lin-tjon-demo", "ruben-de-graaf-demo"],
        "year": 2025,
        "medium": (
            "generatieve video op een buitenscherm",
            "generative video on an outdoor screen",
        ),
        "size": ("90", "160", None),
        "themes": [ArtworkTheme.AI, ArtworkTheme.FILM, ArtworkTheme.MEDIA_HISTORY],
        "rights": RightsStatement.CC_BY_NC_ND,
        "introduction": (
            "Testbeelden en sneeuw van oude televisies, door een AI-model steeds opnieuw gemengd.",
            "Test cards and static from old televisions, mixed again and again by an AI model.",
        ),
        "description": [
            (
                "Mei Lin Tjon en Ruben de Graaf leerden een klein AI-model alleen testbeelden en beeldruis "
                "kennen. Het scherm herhaalt zich nooit: wat je ziet, ziet niemand anders.",
                "Mei Lin Tjon and Ruben de Graaf taught a small AI model nothing but test cards and static. The "
                "screen never repeats itself: what you see, nobody else sees.",
            ),
        ],
        "images": 1,
    },
    {
        "slug": ("volgende-halte-morgen", "next-stop-tomorrow"),
        "title": ("Volgende halte: morgen", "Next stop: tomorrow"),
        "artists": ["lotte-brinkman-demo", "amara-owusu-demo"],
        "year": 2025,
        "medium": (
            "animatiefilm zonder geluid, loop van 4 minuten",
            "silent animated film, 4-minute loop",
        ),
        "size": ("90", "160", None),
        "themes": [ArtworkTheme.ANIMATION, ArtworkTheme.FILM],
        "rights": RightsStatement.CC_BY,
        "introduction": (
            "Een trein vol jonge makers rijdt Hilversum binnen en stapt uit in de toekomst.",
            "A train full of young makers pulls into Hilversum and gets off in the future.",
        ),
        "description": [
            (
                "Lotte Brinkman tekende, Amara Owusu regisseerde. Elke passagier heeft een plan bij zich: een "
                "podcast, een game, een film. Op het perron wacht de stad.",
                "Lotte Brinkman drew, Amara Owusu directed. Every passenger carries a plan: a podcast, a game, "
                "a film. On the platform, the town is waiting.",
            ),
        ],
        "images": 2,
    },
    {
        "slug": ("brinkverhalen-in-xr", "village-green-stories-in-xr"),
        "title": ("Brinkverhalen in XR", "Village green stories in XR"),
        "artists": ["collectief-zendtijd-demo"],
        "year": 2025,
        "medium": (
            "AR-ervaring op je telefoon; een vloersticker markeert de kijkplek",
            "AR experience on your phone; a floor sticker marks the viewing spot",
        ),
        "size": (None, "60", "60"),
        "themes": [ArtworkTheme.XR, ArtworkTheme.IMMERSIVE],
        "rights": RightsStatement.CC_BY_SA,
        "introduction": (
            "Sta op de sticker, kijk door je telefoon en zie de brink door de eeuwen heen.",
            "Stand on the sticker, look through your phone and see the village green through the centuries.",
        ),
        "description": [
            (
                "Collectief Zendtijd verzamelde verhalen van bewoners over de brink en zette ze op de plek waar "
                "ze gebeurden. Een schaapherder, een marktkoopman en een presentator vertellen om de beurt.",
                "Collectief Zendtijd collected residents' stories about the village green and put them where "
                "they happened. A shepherd, a market trader and a presenter take turns to tell them.",
            ),
        ],
        "images": 1,
    },
]
