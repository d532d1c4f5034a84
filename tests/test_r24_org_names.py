"""Round 24 (organisation names): a body's name keeps its first words when the people table cut them off as no name
words ("Home Foods said" is not "Foods"), and a capitalised name the tagger read as a work or a product is a body
when it speaks ("Whole Grains said"); a document speaks for the body that wrote it ("A Dunmore Gazette
investigation found"); on short articles written for them."""


def speakers(ex):
    return [(q.text[:20], q.speaker.name if q.speaker else None) for q in ex.quotes]


def test_a_name_cut_at_its_front_is_the_whole_name(run):
    ex = run('Grocer\n\nSales rose at Home Foods on Monday.\n\n"It was a good quarter," Home Foods said.')
    assert ("It was a good quarte", "Home Foods") in speakers(ex)


def test_a_title_before_a_surname_is_no_part_of_the_name(run):
    ex = run('Council\n\nThe council met on Monday.\n\n"It was a good meeting," Councillor Adams said.')
    assert ("It was a good meetin", "Adams") in speakers(ex)


def test_a_capitalised_body_that_speaks_is_named(run):
    ex = run(
        "Grocer\n\nWhole Grains opened a new store on Monday.\n\nShoppers lined up early.\n\n"
        '"We are thrilled," Whole Grains said.'
    )
    assert ("We are thrilled,", "Whole Grains") in speakers(ex)


def test_a_document_speaks_for_the_body_that_wrote_it(run):
    ex = run('Fraud\n\nA Dunmore Gazette investigation found that the charity "overstated its donations."')
    assert [q.speaker.name for q in ex.quotes if "overstated" in q.text] == ["Dunmore Gazette"]
    ex = run('Schools\n\nThe report by the Dunmore Teachers Union said that schools were "at breaking point."')
    assert [q.speaker.name for q in ex.quotes if "breaking point" in q.text] == ["Dunmore Teachers Union"]


def test_a_document_naming_no_author_names_no_one(run):
    ex = run('Schools\n\nThe report said that schools were "at breaking point."')
    assert [q.speaker.name if q.speaker else None for q in ex.quotes if "breaking point" in q.text] == [None]
