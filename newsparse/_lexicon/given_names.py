"""Common given names, used to tell a line of names from a short title.

Sources: the most frequent given names in the US Social Security
Administration's baby-name tables (1940s–2000s), the UK Office for National
Statistics' lists, and the commonest given names of Germany, France, Spain,
Italy, the Netherlands, Scandinavia, Poland, India, Brazil, Portugal, the
Czech Republic, Russia, Turkey, Japan and the Arabic-speaking countries, as
published by their statistics offices, written out by hand in lower case. A
name not listed here can still be a byline: this list only vouches for a bare
line of names.
"""

from typing import FrozenSet

GIVEN_NAMES: FrozenSet[str] = frozenset(
    """
    aaron abby abigail adam adrian adriana aidan aisha alan albert alberto alejandro alex alexander alexandra
    alexis alfred alice alicia alison allison amanda amber amelia amit amy ana andre andrea andreas andrew
    andy angela angelo anita ann anna anne annie anthony antonio april arjun arthur ashley audrey austin ava
    barbara barry beatriz ben benjamin bernard beth bethany betty beverly bill billy blake bob bobby bonnie
    brad bradley brandon brenda brent brett brian bridget brittany brooke bruce bryan caitlin caleb cameron
    carl carla carlos carmen carol caroline carolyn carrie casey catherine charles charlie charlotte chelsea
    cheryl chloe chris christian christina christine christopher cindy claire clara claudia colin connor
    courtney craig cristina crystal cynthia daisy dale dan dana daniel daniela danielle danny darren dave
    david dawn dean deborah debra denise dennis derek diana diane diego dominic donald donna doris dorothy
    douglas dylan earl eddie edward eileen elaine eleanor elena eli elijah elizabeth ella ellen ellie emily
    emma eric erica erik erin ethan eugene eva evan evelyn fatima felix fernando fiona florence frances
    francesca francis francisco frank fred frederick gabriel gabriela gail gareth gary gavin george georgia
    gerald gina giorgio giovanni giulia giuseppe glen glenn gloria gordon grace graham grant greg gregory
    hannah harold harriet harry hazel heather helen henry holly howard hugh hugo ian irene isaac isabel
    isabella ivan jack jackie jacob jacqueline jake james jamie jan jane janet janice jason javier jean
    jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joanna joanne joe joel john
    johnny jon jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia julian julie
    justin karen kate katherine kathleen kathryn kathy katie kayla keith kelly ken kenneth kevin kim
    kimberly kirsten kristen kristin kyle larry laura lauren lawrence leah lee leo leon leonardo liam linda
    lindsay lindsey lisa liz logan lois lorenzo louis louise lucas lucy luis luke lydia lynn madison maggie
    manuel marc marco marcus margaret maria marie marilyn mario marion mark marta martha martin mary mason
    matt matthew maureen max maya megan melanie melissa michael michelle miguel mike miranda mohammed
    molly monica morgan nancy naomi natalie nathan neil nicholas nick nicole noah nora oliver olivia oscar
    owen pablo pamela patricia patrick paul paula pauline pedro peter philip phillip phoebe pippin priya
    rachel rahul raj ralph ramon randy ray raymond rebecca richard rick rita rob robert roberto robin roger
    ronald rosa rose ross roy ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott
    sean sergio shannon sharon shawn sheila shirley simon sofia sophia sophie stacy stanley stefan stella
    stephanie stephen steve steven stuart susan suzanne sylvia tanya tara taylor teresa terry thomas tiffany
    tim timothy tina todd tom tony tracy travis trevor tyler valerie vanessa victor victoria vincent
    virginia walter wayne wendy william willie yasmin yvonne zachary zoe
    anders astrid birgit björn erik ingrid lars magnus nils sven ulla
    andreas anja bernd christoph dieter dirk florian frank jürgen katrin klaus maximilian michael monika
    petra ralf sabine silke stefanie thomas ulrich ursula uwe wolfgang
    amélie antoine aurélie céline élise étienne françois frédéric guillaume hélène jérôme julien laurent
    mathilde mathieu nathalie nicolas océane pierre sébastien stéphane sylvie thierry valérie
    alejandra ángel carmen javier lucía marta pilar rafael raúl sergio
    alessandro chiara federica francesco luca marco matteo paolo roberta simone stefano
    agnieszka anna jakub kasia krzysztof magdalena marek michał paulina piotr tomasz
    aditya amit anil deepak divya kavita manish neha pooja rahul rajesh ravi sanjay sunil swati vikram
    abhishek ajay akash anand ankit anjali arun ashok gaurav kiran krishna kumar mahesh meera nikhil
    nisha prakash pradeep prashant preeti rakesh ramesh rohit sachin sandeep santosh shreya shweta
    sneha sunita suresh vijay vinod vivek
    alexandre andré bruno carolina catarina daniela diogo eduardo fábio felipe fernanda gabriela
    gustavo henrique joão jorge josé leonardo lucas luiz marcelo marcos mariana matheus patrícia
    paulo rafaela renata ricardo rodrigo sérgio thiago vinícius
    adrián alba álvaro andrés antonia beatriz carlos cristian david elena emilio enrique esteban
    gonzalo guillermo ignacio irene jaime jesús joaquín julio laura lorena luis marina mercedes
    miguel mónica natalia nuria óscar patricia ramón rocío rubén santiago silvia sonia teresa
    alice amandine anne arnaud aurélien baptiste bastien benoît camille caroline cécile charlotte
    christophe claire clément damien delphine denis didier dominique emmanuel éric fabien fabrice
    florian frédérique gilles grégoire hugo isabelle jacques jean-baptiste jean-claude jean-françois
    jean-luc jean-marc jean-michel jean-pierre jérémy joël julie justine léa lucas lucie ludovic
    manon marc marine maxime mélanie michel nicolas olivier pascal patrice philippe quentin raphaël
    romain sandrine simon sophie thibault thomas valentin vincent virginie yann yves
    alessandra alessia andrea angela anna antonella barbara carlo claudio cristina daniele davide
    elisa emanuele enrico fabio federico filippo franco gabriele giacomo gianluca giorgia giulio
    ilaria lorenzo luigi manuela marcello martina massimo maurizio michele nicola riccardo sara
    sergio silvia tommaso valentina valerio vittorio
    alexander andrea andreas anna annika axel barbara bernhard carsten christian christina claudia
    daniel daniela dennis elke felix frank georg gerhard hannah hans heike heinz helmut holger horst
    jan jana jens jonas julia julian karl karin kerstin lena lisa lukas manfred marcel marie markus
    martin matthias max melanie michaela nadine niklas nina oliver patrick paul peter philipp rainer
    robert sandra sarah sascha sebastian simon simone sonja stefan stephan susanne sven tanja tim
    tobias torsten werner
    bram daan dirk eva fleur floor jeroen joost koen lars lieke marieke maarten niels pieter ruben
    sander sanne thijs wouter
    anders anna annika emil erik fredrik gustav hanna henrik jakob johan karin kristian lena linnea
    maja marcus martin mikael niklas ola oskar per sofia stefan tove viktor
    aleksander anna barbara ewa grzegorz jan joanna justyna karolina katarzyna łukasz maciej małgorzata
    marcin maria mateusz monika paweł rafał tomasz wojciech zofia
    aleš eva jakub jan jana jiří josef kateřina lucie marie markéta martin michal ondřej pavel petr
    tereza tomáš václav vojtěch
    aleksandr aleksei anastasia andrei anna dmitri ekaterina elena irina ivan maria natalia nikolai
    olga pavel sergei svetlana tatiana vladimir yulia
    александр алексей анастасия андрей анна владимир дмитрий екатерина елена иван ирина мария
    наталья николай ольга павел сергей светлана татьяна юлия
    ahmed ali amir fatima hassan hussein ibrahim karim khalid layla mahmoud mohamed muhammad mustafa
    nadia omar rania sami sara tariq yasmin youssef
    ayşe burak can elif emre fatma mehmet murat mustafa zeynep
    akira haruto hiroshi kenji yuki yuko takashi
    """.split()
)

# Given names that are, in the same sources, borne almost only by women or
# almost only by men (a name shared by both, such as "robin", "jordan",
# "taylor", "kim", "andrea", "jean", "marion", "michele" or "gabriele", is in
# neither list). They give the
# grammatical gender a "he" or "she" needs to agree with, when no courtesy
# title does. The lists hold common given names only: a name borne by one
# public figure is not added for that figure (the development corpora are
# political news, and a list fitted to their people would not generalise).

FEMININE: FrozenSet[str] = frozenset(
    """
    abby abigail adriana aisha alexandra alice alicia alison allison amanda amber amelia amy ana angela
    anita ann anna anne annie april audrey ava barbara beatriz beth bethany betty beverly bonnie brenda
    bridget brittany brooke caitlin carla carmen carol caroline carolyn carrie catherine charlotte chelsea
    cheryl chloe christina christine cindy claire clara claudia courtney cristina crystal cynthia daisy
    daniela danielle dawn deborah debra denise diana diane donna doris dorothy eileen elaine eleanor elena
    elizabeth ella ellen ellie emily emma erica erin eva evelyn fatima fiona florence frances francesca
    gabriela gail georgia gina giulia gloria grace hannah harriet hazel heather helen holly irene isabel
    isabella jacqueline jane janet janice jennifer jenny jessica jill joan joanna joanne joyce judith judy
    julia julie karen kate katherine kathleen kathryn kathy katie kayla kimberly kirsten kristen kristin
    laura lauren leah linda lindsay lisa liz lois louise lucy lydia madison maggie margaret maria
    marie marilyn marta martha mary maureen maya megan melanie melissa michelle miranda molly monica
    nancy naomi natalie nicole nora olivia pamela patricia paula pauline phoebe priya rachel rebecca rita
    rosa rose ruby ruth sally samantha sandra sara sarah sharon sheila shirley sofia sophia sophie stacy
    stella stephanie susan suzanne sylvia tanya tara teresa tiffany tina valerie vanessa victoria virginia
    wendy yasmin yvonne zoe
    hillary michelle nikki elise betsy loretta sonia
    elena ruth nancy debbie donna hope sheryl jill lily kirsten tammy patty dianne barbara
    ingrid astrid birgit ulla anja katrin monika petra sabine silke stefanie ursula amélie aurélie céline
    élise hélène mathilde nathalie océane sylvie valérie alejandra lucía pilar chiara federica roberta
    agnieszka kasia magdalena paulina divya kavita neha pooja anjali meera nisha preeti shreya shweta
    sneha sunita swati carolina catarina fernanda mariana patrícia rafaela renata antonia lorena marina
    mercedes mónica natalia nuria rocío silvia sonia amandine camille cécile delphine frédérique isabelle
    julie justine léa lucie manon marine mélanie sandrine virginie alessandra alessia antonella elisa
    giorgia ilaria manuela martina valentina annika elke heike jana karin kerstin lena michaela nadine
    nina sonja susanne tanja fleur lieke marieke sanne hanna linnea maja tove ewa joanna justyna
    karolina katarzyna małgorzata zofia kateřina markéta tereza anastasia ekaterina irina olga svetlana
    tatiana yulia layla nadia rania ayşe elif fatma zeynep yuko
    """.split()
)

MASCULINE: FrozenSet[str] = frozenset(
    """
    aaron adam adrian aidan alan albert alberto alejandro alexander alfred amit andre andreas andrew andy
    angelo anthony antonio arjun arthur austin barry ben benjamin bernard bill billy blake bob bobby brad
    bradley brandon brent brett brian bruce bryan caleb carl carlos charles christian christopher colin
    connor craig dan daniel danny darren dave david dean dennis derek diego dominic donald douglas dylan
    earl eddie edward elijah eric erik ethan eugene evan felix fernando francis francisco frank fred
    frederick gabriel gareth gary gavin george gerald giorgio giovanni giuseppe glen glenn gordon graham
    grant greg gregory harold harry henry howard hugh hugo ian isaac ivan jack jacob jake james jason
    javier jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph
    josh joshua juan julian justin keith ken kenneth kevin kyle larry lawrence leo leon leonardo liam
    logan lorenzo louis lucas luis luke manuel marc marco marcus mario mark martin mason matt matthew max
    michael miguel mike mohammed nathan neil nicholas nick noah oliver oscar owen pablo patrick paul
    pedro peter philip phillip rahul raj ralph ramon randy ray raymond richard rick rob robert roberto
    roger ronald ross roy russell ryan sam samuel scott sean sergio shawn simon stanley stefan stephen
    steve steven stuart thomas tim timothy todd tom tony travis trevor tyler victor vincent walter wayne
    william willie zachary
    bernie ted marco rudy chuck mitch harry joe dick rex reed
    hank rex vladimir boris angus ron chris rick
    anders björn lars magnus nils sven bernd christoph dieter dirk florian jürgen klaus maximilian ralf
    ulrich uwe wolfgang antoine étienne françois frédéric guillaume jérôme julien laurent mathieu nicolas
    pierre sébastien stéphane thierry ángel rafael raúl alessandro francesco luca matteo paolo stefano
    jakub krzysztof marek michał piotr tomasz aditya anil deepak manish abhishek ajay akash anand ankit
    arun ashok gaurav mahesh nikhil prakash pradeep prashant rakesh ramesh rohit sachin sandeep santosh
    suresh vijay vinod vivek alexandre andré bruno diogo eduardo fábio felipe gustavo henrique joão luiz
    marcelo marcos matheus paulo ricardo rodrigo sérgio thiago vinícius adrián álvaro andrés cristian
    emilio enrique esteban gonzalo guillermo ignacio jaime jesús joaquín julio óscar rubén santiago
    arnaud aurélien baptiste bastien benoît christophe clément damien denis didier emmanuel fabien
    fabrice gilles grégoire jacques jean-baptiste jean-claude jean-françois jean-luc jean-marc
    jean-michel jean-pierre jérémy joël ludovic maxime michel olivier pascal patrice philippe quentin
    raphaël romain thibault valentin yann yves carlo claudio daniele davide emanuele enrico fabio
    federico filippo franco giacomo gianluca giulio luigi marcello massimo maurizio
    riccardo tommaso valerio vittorio axel bernhard carsten georg gerhard hans heinz helmut holger horst
    jens jonas karl lukas manfred marcel markus matthias niklas philipp rainer sascha sebastian stephan
    tobias torsten werner bram daan jeroen joost koen maarten niels pieter ruben sander thijs wouter
    emil fredrik gustav henrik jakob johan kristian mikael ola oskar per viktor aleksander grzegorz
    łukasz maciej marcin mateusz paweł rafał wojciech aleš jiří josef ondřej pavel petr tomáš václav
    vojtěch aleksandr aleksei andrei dmitri nikolai sergei ahmed ali amir hassan hussein ibrahim karim
    khalid mahmoud mohamed muhammad mustafa omar sami tariq youssef burak emre mehmet murat haruto
    hiroshi kenji takashi
    """.split()
)

# Women's names that men bear as a middle name after their given name ("Jose Maria
# Aznar", "Rainer Maria Rilke", "Klaus Maria Brandauer"): right after a name of
# MASCULINE they are passed over.
MENS_MIDDLE: FrozenSet[str] = frozenset({"maria", "marie", "maría"})

# Given names of the lists above that are as often the name of a place in news
# copy (US states and well-known cities, from a gazetteer of English place
# names): printed alone, such a word is taken for the place, not a person.
PLACE_NAMES: FrozenSet[str] = frozenset(
    """
    virginia georgia carolina florence victoria charlotte austin madison jackson lincoln savannah
    sydney adelaide regina eugene orlando chelsea paris jordan israel santiago lorraine denver
    houston dallas phoenix aurora alexandria augusta helena marion raleigh tyler
    """.split()
)
