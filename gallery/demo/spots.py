"""Demo spots: twelve places in Hilversum's public space, grouped around four landmarks a visitor
can find without a map (station Hilversum and the village centre, Dudok's town hall, the Media Park,
station Sportpark).

The places are real; the frames, screens, walls and plinths on them are invented for the demo,
which each description says. Coordinates are WGS84, taken from published data for the landmark:
the NS station list (stations Hilversum, Hilversum Media Park and Hilversum Sportpark), NS's
OV-fiets location at station Hilversum, Wikidata (Beeld & Geluid), a geocode of Kerkbrink 6
(Museum Hilversum), the published location of Vue Hilversum (Langgewenst 20) and of an address on
the Biersteeg. A spot next to a landmark sits a few dozen metres from its source point, on the
side its ``position`` names; the Media Parkboulevard spot lies between the station and Beeld &
Geluid. The town hall is the least certain: it agrees with the rounded coordinates Wikipedia gives
(52°14′ N, 5°10′ E) and is placed on the building to within about 100 m. Texts are
``(dutch, english)`` pairs; the address is the same in both languages.

Station Hilversum Media Park was called Hilversum Noord until 2013.
"""

from gallery.choices import SpotKind

DEMO_NOTE = (
    "Demo-plek: de plaats bestaat echt, maar de lijst, het scherm of de sokkel van de Urban Gallery is "
    "verzonnen.",
    "Demo spot: the place is real, but the Urban Gallery frame, screen or plinth is made up.",
)

FRAME_HEIGHT = (
    "De lijst hangt met het midden op 130 cm, goed te zien vanuit een rolstoel.",
    "The centre of the frame hangs at 130 cm, easy to see from a wheelchair.",
)

SPOTS = [
    {
        "slug": "stationsplein",
        "name": (
            "Stationsplein, bij de hoofdingang",
            "Station square, by the main entrance",
        ),
        "kind": SpotKind.FRAME,
        "address": "Stationsplein, Hilversum",
        "latitude": "52.225950",
        "longitude": "5.181200",
        "description": (
            "Het plein aan de stadskant van station Hilversum, waar reizigers de stad in lopen.",
            "The square on the town side of Hilversum station, where travellers walk into town.",
        ),
        "position": (
            "Lijst aan de gevel, links van de hoofdingang van het station.",
            "Frame on the wall, to the left of the station's main entrance.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": FRAME_HEIGHT,
    },
    {
        "slug": "stationsplein-fietsenstalling",
        "name": (
            "Stationsplein, bij de fietsenstalling",
            "Station square, by the bike park",
        ),
        "kind": SpotKind.WALL,
        "address": "Stationsplein, Hilversum",
        "latitude": "52.226260",
        "longitude": "5.180760",
        "description": (
            "De drukke hoek van het Stationsplein waar forenzen hun fiets stallen of een OV-fiets huren.",
            "The busy corner of the station square where commuters park their bikes or rent an OV-fiets.",
        ),
        "position": (
            "Op de muur naast de ingang van de fietsenstalling.",
            "On the wall next to the entrance of the bike park.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "Hier fietsen mensen in en uit: kijk vanaf het trottoir.",
            "People cycle in and out here: look from the pavement.",
        ),
    },
    {
        "slug": "stationstunnel",
        "name": ("Stationstunnel", "Station tunnel"),
        "kind": SpotKind.SCREEN,
        "address": "Stationsplein, Hilversum",
        "latitude": "52.225830",
        "longitude": "5.181940",
        "description": (
            "De tunnel voor fietsers en voetgangers onder het spoor bij station Hilversum.",
            "The tunnel for cyclists and pedestrians under the tracks at Hilversum station.",
        ),
        "position": (
            "Scherm in de wand van het voetgangersdeel, halverwege de tunnel.",
            "Screen in the wall of the pedestrian side, halfway along the tunnel.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "Het werk heeft geen geluid. De tunnel is de hele dag verlicht.",
            "The work has no sound. The tunnel is lit all day.",
        ),
    },
    {
        "slug": "langgewenst",
        "name": ("Langgewenst", "Langgewenst"),
        "kind": SpotKind.SCREEN,
        "address": "Langgewenst, Hilversum",
        "latitude": "52.227650",
        "longitude": "5.178250",
        "description": (
            "Het plein van de weekmarkt en de bioscoop, tussen het station en het oude dorp.",
            "The square of the weekly market and the cinema, between the station and the old village.",
        ),
        "position": (
            "Buitenscherm op het plein, tegenover de bioscoop.",
            "Outdoor screen on the square, opposite the cinema.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "Op marktdagen staan er kramen voor het scherm; kom dan na 17.00 uur.",
            "On market days stalls stand in front of the screen; come after 5 pm.",
        ),
    },
    {
        "slug": "kerkbrink",
        "name": ("Kerkbrink, bij Museum Hilversum", "Kerkbrink, by Museum Hilversum"),
        "kind": SpotKind.FRAME,
        "address": "Kerkbrink 6, 1211 BX Hilversum",
        "latitude": "52.224100",
        "longitude": "5.172000",
        "description": (
            "De brink van het oude dorp, met het oude raadhuis waarin Museum Hilversum zit.",
            "The green of the old village, with the old town hall that houses Museum Hilversum.",
        ),
        "position": (
            "Vrijstaande lijst op de brink, recht voor de trap van het museum.",
            "Free-standing frame on the square, right in front of the museum's steps.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": FRAME_HEIGHT,
    },
    {
        "slug": "grote-kerk",
        "name": ("Kerkbrink, hek van de Grote Kerk", "Kerkbrink, Grote Kerk railings"),
        "kind": SpotKind.FRAME,
        "address": "Kerkbrink 4, 1211 BX Hilversum",
        "latitude": "52.224400",
        "longitude": "5.171800",
        "description": (
            "Het ijzeren hek voor de Grote Kerk, waarvan de toren het oudste gebouw van Hilversum is.",
            "The iron railings in front of the Grote Kerk, whose tower is the oldest building in Hilversum.",
        ),
        "position": (
            "Lijst aan het hek, rechts van de toegangspoort. Het hek zelf blijft onaangeroerd.",
            "Frame on the railings, to the right of the gate. The railings themselves are left untouched.",
        ),
        "step_free": True,
        "lit_at_night": False,
        "accessibility_notes": (
            "Na zonsondergang is de lijst niet verlicht.",
            "The frame is not lit after dark.",
        ),
    },
    {
        "slug": "biersteeg",
        "name": ("Biersteeg", "Biersteeg"),
        "kind": SpotKind.WALL,
        "address": "Biersteeg, Hilversum",
        "latitude": "52.223960",
        "longitude": "5.175020",
        "description": (
            "Een smal steegje in het oude centrum, met een paar restaurants.",
            "A narrow alley in the old centre, with a few restaurants.",
        ),
        "position": (
            "Op de blinde zijmuur halverwege de steeg.",
            "On the blank side wall halfway along the alley.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "De steeg is smal: met een rolstoel of kinderwagen kun je er door, maar niet keren.",
            "The alley is narrow: a wheelchair or pram fits through, but cannot turn.",
        ),
    },
    {
        "slug": "raadhuis",
        "name": ("Raadhuis, Dudokpark", "Town hall, Dudokpark"),
        "kind": SpotKind.PLINTH,
        "address": "Dudokpark 1, Hilversum",
        "latitude": "52.229400",
        "longitude": "5.170600",
        "description": (
            "Het park rond het raadhuis van Willem Marinus Dudok uit 1931, met zijn toren boven het water.",
            "The park around Willem Marinus Dudok's town hall of 1931, with its tower above the water.",
        ),
        "position": (
            "Sokkel aan het pad langs de zuidgevel, op weg naar de hoofdingang.",
            "Plinth by the path along the south front, on the way to the main entrance.",
        ),
        "step_free": True,
        "lit_at_night": False,
        "accessibility_notes": (
            "Het werk mag je aanraken; de sokkel is 75 cm hoog.",
            "You may touch the work; the plinth is 75 cm high.",
        ),
    },
    {
        "slug": "beeld-en-geluid",
        "name": (
            "Media Park, plein voor Beeld & Geluid",
            "Media Park, square in front of Beeld & Geluid",
        ),
        "kind": SpotKind.SCREEN,
        "address": "Media Parkboulevard 1, 1217 WE Hilversum",
        "latitude": "52.235280",
        "longitude": "5.173060",
        "description": (
            "Het plein voor het kleurrijke gebouw van Beeld & Geluid, het instituut voor media-erfgoed.",
            "The square in front of the colourful Beeld & Geluid building, the institute for media heritage.",
        ),
        "position": (
            "Buitenscherm links op het plein, met de rug naar het gebouw.",
            "Outdoor screen on the left of the square, with its back to the building.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "Ondertiteld; het geluid hoor je via de QR-code op je telefoon.",
            "Subtitled; you hear the sound on your phone through the QR code.",
        ),
    },
    {
        "slug": "media-parkboulevard",
        "name": ("Media Parkboulevard", "Media Parkboulevard"),
        "kind": SpotKind.FRAME,
        "address": "Media Parkboulevard, 1217 WE Hilversum",
        "latitude": "52.236700",
        "longitude": "5.173500",
        "description": (
            "De looproute tussen station Hilversum Media Park en Beeld & Geluid, langs de studio's.",
            "The walking route between Hilversum Media Park station and Beeld & Geluid, past the studios.",
        ),
        "position": (
            "Lichtbak aan de rand van het voetpad, halverwege station en Beeld & Geluid.",
            "Light box at the edge of the footpath, halfway between the station and Beeld & Geluid.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": FRAME_HEIGHT,
    },
    {
        "slug": "station-media-park",
        "name": ("Station Hilversum Media Park", "Hilversum Media Park station"),
        "kind": SpotKind.WALL,
        "address": "Station Hilversum Media Park, Hilversum",
        "latitude": "52.238060",
        "longitude": "5.173890",
        "description": (
            "Het station van het Media Park, tot 2013 Hilversum Noord, met een overdekte loopbrug over het spoor.",
            "The Media Park's station, called Hilversum Noord until 2013, with a covered footbridge over the tracks.",
        ),
        "position": (
            "Op de wand naast de trap naar de loopbrug, aan de kant van het Media Park.",
            "On the wall next to the stairs up to the footbridge, on the Media Park side.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "Het werk hangt op de begane grond; je hoeft de loopbrug niet op.",
            "The work hangs at ground level; you do not need to go up to the footbridge.",
        ),
    },
    {
        "slug": "station-sportpark",
        "name": ("Station Hilversum Sportpark", "Hilversum Sportpark station"),
        "kind": SpotKind.PLINTH,
        "address": "Station Hilversum Sportpark, Hilversum",
        "latitude": "52.216110",
        "longitude": "5.187220",
        "description": (
            "Het kleine station aan de zuidkant van Hilversum, naast het sportpark met de houten tribune van Dudok.",
            "The small station on the south side of Hilversum, next to the sports park with Dudok's wooden stand.",
        ),
        "position": (
            "Overdekte sokkel vlak bij het station, aan de kant van het sportpark.",
            "Covered plinth close to the station, on the sports park side.",
        ),
        "step_free": True,
        "lit_at_night": True,
        "accessibility_notes": (
            "De knoppen zitten op 90 cm hoogte.",
            "The buttons are 90 cm above the ground.",
        ),
    },
]
