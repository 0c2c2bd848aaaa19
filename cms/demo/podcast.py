"""Demo episodes of the Three Takeaways Podcast: conversations with media professionals, each summed
up in three takeaways.

The podcast is in the council's brief; the episodes are invented for the demo. Guests are fictional
("Demo-gast …") and described by their role only; the audio files are placeholders.
"""

INDEX = {
    "title": ("Three Takeaways Podcast", "Three Takeaways Podcast"),
    "slug": ("three-takeaways-podcast", "three-takeaways-podcast"),
    "introduction": (
        "Maandelijkse gesprekken met professionals uit de mediasector, samengevat in drie lessen.",
        "Monthly conversations with professionals from the media sector, summed up in three lessons.",
    ),
    "image_alt": "Abstracte illustratie van diagonale banen en cirkels bij de podcast (demo-afbeelding)",
}

AUDIO_URL = "https://media.themediaahead.nl/podcast/three-takeaways-{:03d}.mp3"

DEMO_NOTE = (
    "Demo-inhoud: deze aflevering en haar gasten zijn fictief.",
    "Demo content: this episode and its guests are fictional.",
)

EPISODES = [
    {
        "episode_number": 1,
        "slug": (
            "van-omroepstad-naar-mediastad",
            "from-broadcasting-town-to-mediastad",
        ),
        "title": (
            "Van omroepstad naar Mediastad",
            "From broadcasting town to Mediastad",
        ),
        "introduction": (
            "Hoe Hilversum het centrum van de Nederlandse media werd, en wat ervoor nodig is om dat te blijven.",
            "How Hilversum became the centre of Dutch media, and what it takes to stay there.",
        ),
        "duration_seconds": 2520,
        "guests": [
            (
                "Demo-gast A",
                (
                    "mediahistoricus (fictieve demo-gast)",
                    "media historian (fictional demo guest)",
                ),
            ),
        ],
        "takeaways": [
            (
                "Een sterke reputatie is een begin, geen garantie.",
                "A strong reputation is a start, not a guarantee.",
            ),
            (
                "Nieuwe makers zoeken plekken waar ze kunnen experimenteren.",
                "New makers look for places where they can experiment.",
            ),
            (
                "Erfgoed en innovatie versterken elkaar.",
                "Heritage and innovation strengthen each other.",
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Een gesprek over radio, televisie en de stad eromheen, en over wat een nieuwe generatie "
                    "makers van Hilversum vraagt.",
                    "A conversation about radio, television and the town around them, and about what a new "
                    "generation of makers asks of Hilversum.",
                ),
            ),
        ],
    },
    {
        "episode_number": 2,
        "slug": ("ai-in-de-redactie", "ai-in-the-newsroom"),
        "title": ("AI in de redactie", "AI in the newsroom"),
        "introduction": (
            "Wat verandert er als AI meeschrijft, meezoekt en meemonteert?",
            "What changes when AI helps to write, search and edit?",
        ),
        "duration_seconds": 2890,
        "guests": [
            (
                "Demo-gast B",
                (
                    "datajournalist (fictieve demo-gast)",
                    "data journalist (fictional demo guest)",
                ),
            ),
            (
                "Demo-gast C",
                (
                    "AI-onderzoeker aan een hogeschool (fictieve demo-gast)",
                    "AI researcher at a university of applied sciences (fictional demo guest)",
                ),
            ),
        ],
        "takeaways": [
            (
                "Begin met een duidelijke vraag, niet met een hulpmiddel.",
                "Start with a clear question, not with a tool.",
            ),
            (
                "Laat een mens elke publicatie controleren.",
                "Have a person check every publication.",
            ),
            (
                "Vertel je publiek wanneer je AI gebruikt.",
                "Tell your audience when you use AI.",
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Twee gasten over de praktijk van AI in journalistiek en onderwijs, en over de afspraken die "
                    "een redactie daarvoor nodig heeft.",
                    "Two guests on the practice of AI in journalism and education, and the agreements a newsroom "
                    "needs for it.",
                ),
            ),
        ],
    },
    {
        "episode_number": 3,
        "slug": ("je-eerste-mediastage", "your-first-media-internship"),
        "title": ("Je eerste mediastage", "Your first media internship"),
        "introduction": (
            "Hoe vind je een stage in de media, en hoe haal je er het meeste uit?",
            "How do you find an internship in the media, and how do you make the most of it?",
        ),
        "duration_seconds": 2310,
        "guests": [
            (
                "Demo-gast D",
                (
                    "stagecoördinator bij een productiehuis (fictieve demo-gast)",
                    "internship coordinator at a production company (fictional demo guest)",
                ),
            ),
        ],
        "takeaways": [
            (
                "Laat werk zien, ook als het nog niet af is.",
                "Show your work, even if it is not finished yet.",
            ),
            (
                "Vraag om feedback, elke week.",
                "Ask for feedback, every week.",
            ),
            (
                "Je netwerk begint bij je medestagiairs.",
                "Your network starts with your fellow interns.",
            ),
        ],
        "body": [
            (
                "paragraph",
                (
                    "Een aflevering in aanloop naar de Dag van de Mediastages, met tips voor studenten en voor "
                    "bedrijven die stagiairs begeleiden.",
                    "An episode in the run-up to the Media Internship Day, with tips for students and for "
                    "companies that supervise interns.",
                ),
            ),
        ],
    },
]
