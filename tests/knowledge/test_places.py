

def test_a_datelines_capitals_take_the_gazetteers_spelling():
    from core.knowledge.places import full_city_name

    assert full_city_name("SHARM EL-SHEIKH") == "Sharm el-Sheikh"
    assert full_city_name("VILNIUS") == "Vilnius"
    assert full_city_name("UN") == "UN"  # too short to be a dateline's town
