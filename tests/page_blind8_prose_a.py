"""Stories of the eighth blind page harness, English (original prose in the voice of 2009-2013 news and blogs).

Line kinds: T title, P paragraph, C photo caption, K a reader's comment (``author | text``), X another
story's headline (furniture).
"""
from __future__ import annotations

ENGLISH = {
    "en1": """
X: Water main bursts under Station Road for second time this year
X: School board delays vote on new bus contract
X: Farmers market moves to the riverside car park
T: Council votes to turn Mill Street into a two-way cycle route by next summer
P: After nearly three hours of debate on Tuesday night, the city council voted seven to four to remove one lane of parking on Mill Street and replace it with a protected two-way bicycle track running from the railway station to the river.
P: Supporters packed the public gallery wearing yellow stickers, while a smaller group of shop owners warned that losing sixty parking spaces would drive customers to the retail park on the ring road.
P: Councillor Janet Moore, who chairs the transport committee, said the route would cost about 1.2 million dollars, most of it covered by a state grant that expires if construction has not started by March.
P: Traffic counts taken last autumn found that almost nine hundred cyclists use the street on a dry weekday, more than double the number recorded when the last survey was carried out in 2007.
P: The owner of a hardware store near the bridge said he was not against bikes but wanted the council to build a small car park behind the old post office before the spaces disappear.
P: Work is expected to begin in February, and the council has promised to publish a detailed map of the new loading bays and crossings at least six weeks beforehand.
C: Cyclists wait at the Mill Street lights during Tuesday's morning rush.
C: Shop owners listen to the debate from the back of the council chamber.
C: The planned route follows the river path for its last four hundred metres.
K: Dave R. | About time. I ride this street every day and nearly got doored twice last month alone.
K: MillStreetMom | I just hope they keep the crossing by the school, my kids walk that way every morning.
K: kevin_b | Sixty spaces gone and nobody asked the people who actually run businesses here. Typical.
K: Laura | Kevin, most of the customers on that street arrive on foot anyway, the survey showed it.
K: oldtimer52 | Remember when they said the same thing about the pedestrian zone downtown? Now everyone loves it.
K: Sam Peterson | Does anyone know if the grant also covers lighting? The river end is pitch black in winter.
K: jenny w | Great news, thanks for covering the meeting in so much detail.
K: Frank | I will believe it when I see the diggers. This has been promised since 2009.
""",
    "en2": """
X: How I finally got my compost heap right
X: Five seed catalogues worth reading in January
X: A rainy Sunday spent mending the shed roof
T: Ten years of tomatoes: what my allotment taught me about patience
P: When I took over plot 14 in the spring of 2002 it was a jungle of brambles and broken glass, and the old man on the next plot gave me exactly one season before I would give up and hand back the key.
P: The first summer I planted far too much, watered at the wrong time of day and lost nearly every tomato to blight in a single wet week in August. I still remember standing there with a bucket of black leaves.
P: What changed things was not a clever trick but simply keeping a notebook. Every sowing date, every frost and every failure went into it, and after three years I could finally see patterns in my own mistakes.
P: These days I grow only four varieties, start them on the kitchen windowsill in late March and never plant them out before the middle of May, however warm the weather looks in the week before.
P: I also learned to share. Half of what grows on an allotment is advice from neighbours, and the other half is surplus courgettes that you leave on the bench by the gate for anyone who wants them.
P: Next year I am going to try growing them under a simple plastic cover, so if you have tips about ventilation please leave them below. I will report back on how it goes.
C: The plot in May 2002, before the brambles came out.
C: This year's harvest of plum tomatoes drying on the shed windowsill.
C: My tattered notebook, now on its fourth volume.
K: Gardening Gran | Lovely post. I keep a notebook too and it has saved me from repeating the same mistakes more than once.
K: Tom H | For the cover, open both ends on sunny days or you will cook the plants. Learned that the hard way.
K: Rachel | Which four varieties do you grow? I am always tempted by too many seed catalogues.
K: Chris from plot 9 | The courgette bench is the best thing about our site, nobody ever goes home empty-handed.
K: Mike | Blight wiped me out again this year. Might try your late planting approach next season.
K: Anna K. | This made me smile, I am in my second year and I still plant far too much.
K: Pete | Ten years is impressive. Our waiting list is now four years long so I envy you that plot.
""",
    "en3": """
X: Hands on with the new e-reader from the book chain
X: Why I still carry a separate music player
X: Review: budget headphones that punch above their price
T: Review: a pocket camera that finally takes decent pictures indoors
P: Small cameras have always struggled in dim rooms, and most of the compacts I have tested over the last few years produced muddy, noisy pictures the moment the lights went down at a birthday party.
P: This model takes a different approach with a larger sensor and a bright lens, and the difference is obvious from the first evening. Faces stay sharp, colours look natural and the flash is rarely needed.
P: The menus are simple enough for a beginner, though the mode dial turns too easily and I found it set to the wrong mode more than once after taking the camera out of my jacket pocket.
P: Battery life is the weak point. I managed around two hundred shots on a charge, which is fine for a day out but means carrying a spare on holiday, and the charger is a separate box rather than a cable.
P: Video is recorded at full high definition and the sound from the built-in microphone is surprisingly clear, although the zoom motor can be heard in quiet scenes.
P: At just under four hundred dollars it is not cheap, but for anyone who mostly photographs family and friends indoors it is the best compact I have used, and I will be sorry to send it back.
C: A candle-lit dinner shot at ISO 1600 without flash.
C: The mode dial sits close to the edge of the top plate.
C: Full zoom from the harbour wall in daylight.
K: photofan77 | Good review. How does it compare with last year's model in low light, is the difference really that big?
K: Ellen | I bought one after reading this and the indoor shots of my kids are so much better than my phone.
K: Greg M. | Two hundred shots is poor for that price. I will wait for the next version.
K: Nadia | The mode dial issue is real, mine ended up on the panorama setting at a wedding.
K: Bill | Any idea if it works with the older underwater housing?
K: Steve | Thanks for mentioning the separate charger, that is a deal breaker for me when travelling.
K: Lucy T. | Great pictures in the review, especially the harbour one.
""",
}
