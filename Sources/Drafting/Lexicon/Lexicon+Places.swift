extension Lexicon {
    /// Countries, continents, regions and large cities: places, never people, and not terms a deck defines
    /// unless the article explains them.
    static let places = words(
        """
        afghanistan africa alaska albania algeria america americas andorra angola antarctica antarctic arctic
        argentina armenia asia atlantic australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
        belgium belize benin bhutan bolivia bosnia botswana brazil britain brunei bulgaria burma burundi
        cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia czechoslovakia
        denmark djibouti dominica ecuador egypt england eritrea estonia ethiopia eurasia europe fiji finland
        france gabon gambia georgia germany ghana greece greenland grenada guatemala guinea guyana haiti
        honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
        kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
        liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
        mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
        netherlands holland nicaragua niger nigeria norway oman pacific pakistan palestine panama paraguay persia
        peru philippines poland portugal prussia qatar romania russia rwanda samoa scotland senegal serbia
        siberia singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
        tajikistan tanzania thailand tibet togo tonga tunisia turkey turkmenistan uganda ukraine uruguay
        uzbekistan vatican venezuela vietnam wales yemen yugoslavia zambia zimbabwe manchuria mesopotamia
        anatolia bavaria bohemia castile catalonia crimea flanders galicia kashmir lapland macedonia moravia
        normandy patagonia prussia saxony scandinavia silesia sinai transylvania tuscany ussr usa uk u.s. u.k.
        eu un
        amsterdam athens baghdad bangkok barcelona beijing berlin bombay mumbai boston brussels budapest cairo
        calcutta kolkata canton chicago constantinople copenhagen damascus delhi dublin edinburgh florence
        geneva hamburg hanoi havana hiroshima hong_kong istanbul jakarta jerusalem kabul kiev kyiv kyoto
        leningrad lisbon london los_angeles madrid manila mecca milan montreal moscow munich nagasaki nanjing
        naples new_york osaka oslo ottawa paris peking petrograd prague pyongyang rio rome saigon
        san_francisco seoul shanghai singapore st._petersburg stalingrad stockholm sydney taipei tehran tokyo
        toronto venice vienna vladivostok warsaw washington yokohama zurich harbin khabarovsk hokkaido honshu
        kyushu okinawa sakhalin kamchatka
        soviet_union united_states united_kingdom great_britain north_korea south_korea north_america
        south_america latin_america central_asia east_asia southeast_asia south_asia middle_east far_east
        new_zealand south_africa saudi_arabia east_germany west_germany north_vietnam south_vietnam
        soviet_russia holy_roman_empire ottoman_empire british_empire roman_empire
        earth moon sun mercury venus mars jupiter saturn uranus neptune pluto
        """)

    /// Words for the people of a place, used as adjectives: "Soviet troops", "a French chemist".
    static let nationalities = words(
        """
        afghan african albanian algerian american argentine argentinian armenian asian australian austrian
        babylonian belgian bengali bolivian bosnian brazilian british bulgarian burmese byzantine cambodian
        canadian catalan chilean chinese colombian croatian cuban czech danish dutch egyptian english estonian
        ethiopian european filipino finnish flemish french georgian german greek haitian hebrew hindu hungarian
        icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese jewish jordanian
        kenyan korean kurdish latin latvian lebanese libyan lithuanian macedonian malaysian maltese mexican
        mongol mongolian moroccan muslim nepalese nigerian norwegian ottoman pakistani palestinian persian
        peruvian philippine polish portuguese prussian roman romanian russian saudi scottish serbian siberian
        slovak slovenian somali soviet spanish sudanese swedish swiss syrian taiwanese thai tibetan turkish
        ukrainian venezuelan vietnamese welsh yugoslav zulu manchurian communist nazi imperial allied axis
        western eastern northern southern central
        """)
}
