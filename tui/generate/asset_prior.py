"""A prior for the learned asset pass (:mod:`.asset_learned`): common nouns of physical things of
security relevance, written from general knowledge, not from any labelled set.

The labelled texts say how often a word names a listed asset; a word they hold few or no
labels for ("dhow", "bulldozer", "laser") has no rate worth the name. For these words the pass
starts from a prior rate of :data:`PRIOR_RATE`, worth :data:`PRIOR_WEIGHT` observations: the
labels move it as they accumulate ("gun", labelled 5 times in 16 plain uses, stays no head).
"""

from __future__ import annotations

PRIOR_RATE = 0.7
PRIOR_WEIGHT = 4

#: singular forms, as :func:`.asset_learned.lemma` gives them
OBJECTS = frozenset(
    """
    aircraft airliner airplane jet warplane fighter bomber helicopter gunship drone quadcopter balloon satellite
    ship vessel boat warship frigate destroyer corvette cruiser submarine tanker freighter trawler dhow skiff
    speedboat ferry barge tugboat carrier minesweeper landing-craft
    tank truck lorry van pickup jeep humvee trailer tractor bulldozer excavator motorcycle bus ambulance
    locomotive train wagon convoy vehicle
    missile rocket launcher interceptor warhead munition shell mortar howitzer artillery grenade mine torpedo
    bomb explosive detonator rifle pistol machine-gun gun cannon laser radar jammer
    base airbase airfield airstrip runway hangar barracks outpost checkpoint bunker tunnel trench watchtower
    compound camp depot arsenal stockpile cache warehouse armoury armory silo headquarters garrison
    port harbour harbor pier dock terminal shipyard refinery pipeline plant reactor substation pylon
    transformer dam bridge railway highway road airport embassy consulate palace parliament prison
    cable antenna tower server router modem centrifuge
    """.split()
)
