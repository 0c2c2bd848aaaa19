"""Demo artists: nine makers of the new generation the brief wants Hilversum to attract.

All of them are fictional, which their names say ("(demo)", the same in every language, as a
name is) and the last paragraph of each biography repeats. Links point at example.org. Texts are
``(dutch, english)`` pairs.
"""

DEMO_NOTE = (
    "Demo-inhoud: deze maker is fictief en bestaat alleen in de demo van de Urban Gallery.",
    "Demo content: this maker is fictional and exists only in the Urban Gallery demo.",
)

ARTISTS = [
    {
        "slug": "noor-vos-demo",
        "name": "Noor Vos (demo)",
        "pronouns": ("zij/haar", "she/her"),
        "discipline": ("illustrator en XR-maker", "illustrator and XR maker"),
        "introduction": (
            "Tekent de mediastad met fineliner en laat die tekeningen in augmented reality bewegen.",
            "Draws the media city in fineliner and makes the drawings move in augmented reality.",
        ),
        "bio": [
            (
                "Noor Vos studeerde illustratie en leerde zichzelf programmeren. Ze zoekt de plek waar een "
                "tekening op papier en een laag op je telefoon elkaar raken.",
                "Noor Vos studied illustration and taught herself to code. She looks for the point where a "
                "drawing on paper and a layer on your phone meet.",
            ),
        ],
    },
    {
        "slug": "sami-el-idrissi-demo",
        "name": "Sami El Idrissi (demo)",
        "pronouns": ("hij/hem", "he/him"),
        "discipline": ("fotograaf", "photographer"),
        "introduction": (
            "Fotografeert forenzen, perrons en de vroege ochtend in het Gooi.",
            "Photographs commuters, platforms and the early morning in het Gooi.",
        ),
        "bio": [
            (
                "Sami El Idrissi fotografeert mensen onderweg. Hij werkt met lange sluitertijden, zodat de stad "
                "beweegt en de mensen stilstaan.",
                "Sami El Idrissi photographs people on the move. He works with long exposures, so that the town "
                "moves and the people stand still.",
            ),
        ],
    },
    {
        "slug": "lotte-brinkman-demo",
        "name": "Lotte Brinkman (demo)",
        "pronouns": ("", ""),
        "discipline": ("animator", "animator"),
        "introduction": (
            "Maakt korte animaties over dieren, dorpen en wat er verandert als een dorp een stad wordt.",
            "Makes short animations about animals, villages and what changes when a village becomes a town.",
        ),
        "bio": [
            (
                "Lotte Brinkman tekent elk beeld met de hand en zet het daarna pas in de computer. Haar werk "
                "werd vertoond op festivals voor korte animatiefilm.",
                "Lotte Brinkman draws every frame by hand before it goes into the computer. Her work has been "
                "shown at festivals for short animated film.",
            ),
        ],
    },
    {
        "slug": "daan-kuipers-demo",
        "name": "Daan Kuipers (demo)",
        "pronouns": ("hij/hem", "he/him"),
        "discipline": ("game-ontwerper", "game designer"),
        "introduction": (
            "Bouwt kleine, speelbare werelden van echte plekken, blok voor blok.",
            "Builds small, playable worlds from real places, block by block.",
        ),
        "bio": [
            (
                "Daan Kuipers ontwerpt games die je in een paar minuten speelt, op straat in plaats van op de "
                "bank. Hij geeft workshops in de Media Ahead Community.",
                "Daan Kuipers designs games you play in a few minutes, in the street rather than on the sofa. "
                "He runs workshops in the Media Ahead Community.",
            ),
        ],
    },
    {
        "slug": "mei-lin-tjon-demo",
        "name": "Mei Lin Tjon (demo)",
        "pronouns": ("zij/haar", "she/her"),
        "discipline": ("datakunstenaar", "data artist"),
        "introduction": (
            "Maakt van cijfers over kijken en luisteren beelden die je wel wilt bekijken.",
            "Turns figures about watching and listening into images you actually want to look at.",
        ),
        "bio": [
            (
                "Mei Lin Tjon werkte als data-analist voordat ze kunstenaar werd. Ze laat zien wat er achter "
                "een kijkcijfer zit: mensen, gewoonten en avonden op de bank.",
                "Mei Lin Tjon worked as a data analyst before she became an artist. She shows what lies behind "
                "a rating: people, habits and evenings on the sofa.",
            ),
        ],
    },
    {
        "slug": "jesse-verhoef-demo",
        "name": "Jesse Verhoef (demo)",
        "pronouns": ("hen/die", "they/them"),
        "discipline": (
            "geluidskunstenaar en podcastmaker",
            "sound artist and podcast maker",
        ),
        "introduction": (
            "Neemt de geluiden van Hilversum op en maakt er audiowandelingen en podcasts van.",
            "Records the sounds of Hilversum and turns them into audio walks and podcasts.",
        ),
        "bio": [
            (
                "Jesse Verhoef begon met een zelfgebouwde microfoon op het Media Park. Hun werk hoor je met "
                "oordopjes in, terwijl je door de stad loopt.",
                "Jesse Verhoef started out with a home-made microphone on the Media Park. You hear their work "
                "through earphones while you walk through town.",
            ),
        ],
    },
    {
        "slug": "amara-owusu-demo",
        "name": "Amara Owusu (demo)",
        "pronouns": ("zij/haar", "she/her"),
        "discipline": ("filmmaker", "filmmaker"),
        "introduction": (
            "Maakt korte documentaires en videoportretten van mensen die net beginnen.",
            "Makes short documentaries and video portraits of people who are just starting out.",
        ),
        "bio": [
            (
                "Amara Owusu filmt het eerste: de eerste dag op een set, de eerste uitzending, de eerste keer "
                "voor de camera. Ze werkt met een kleine ploeg en veel geduld.",
                "Amara Owusu films firsts: the first day on set, the first broadcast, the first time in front "
                "of the camera. She works with a small crew and a lot of patience.",
            ),
        ],
    },
    {
        "slug": "ruben-de-graaf-demo",
        "name": "Ruben de Graaf (demo)",
        "pronouns": ("", ""),
        "discipline": ("kunstenaar die met AI werkt", "artist working with AI"),
        "introduction": (
            "Onderzoekt met AI-beeldmodellen hoe een machine zich Hilversum voorstelt.",
            "Uses AI image models to explore how a machine imagines Hilversum.",
        ),
        "bio": [
            (
                "Ruben de Graaf laat zien waar AI-beelden de mist in gaan, en waarom dat interessant is. Elk "
                "beeld bewerkt hij met de hand na.",
                "Ruben de Graaf shows where AI images go wrong, and why that is interesting. He edits every "
                "image by hand afterwards.",
            ),
        ],
    },
    {
        "slug": "collectief-zendtijd-demo",
        "name": "Collectief Zendtijd (demo)",
        "pronouns": ("", ""),
        "discipline": (
            "collectief van jonge mediamakers",
            "collective of young media makers",
        ),
        "introduction": (
            "Vijf jonge makers die samen posters, AR en verhalen over de mediastad maken.",
            "Five young makers who create posters, AR and stories about the media city together.",
        ),
        "bio": [
            (
                "Collectief Zendtijd ontstond tijdens een challenge van de Media Ahead Community. De leden "
                "wisselen per project van rol: vandaag ontwerper, morgen verteller.",
                "Collectief Zendtijd grew out of a Media Ahead Community challenge. Its members change roles "
                "with every project: designer today, storyteller tomorrow.",
            ),
        ],
    },
]
