"""Common given names, used to tell a line of names from a short title.

Sources: the most frequent given names in the US Social Security
Administration's baby-name tables (1940s–2000s), the UK Office for National
Statistics' lists, and the commonest given names of Germany, France, Spain,
Italy, the Netherlands, Scandinavia, Poland and India as published by their
statistics offices, written out by hand in lower case. A name not listed here
can still be a byline: this list only vouches for a bare line of names.
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
    """.split()
)
