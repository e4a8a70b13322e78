## La page « Calcul des scores » (/how-scores-work) : comment les suggestions sont notées.
## Son titre est nav-how-scores-work. Chaque message est un paragraphe ou un titre.
## Les mots entre guillemets sont des exemples de ce qu'écrivent les organisations :
## ils sont traduits de sorte que les exemples gardent leur sens en français.

scores-intro-html = Chaque suggestion a un score de 0 à 100. Il indique dans quelle mesure deux organisations se complètent en tant que partenaires : quelle part de
    ce dont l'une a besoin l'autre offre ou représente, <strong>dans un sens comme dans l'autre</strong>, et à quel point leurs activités sont proches.

scores-reading-heading = 1. La lecture de ce que vous avez écrit
# « Roundtable » est le nom du site (site-name). CERT, CSIRT, CIRT et GFCE sont des noms propres au domaine : à conserver.
# Les trois expressions citées sur la réponse aux incidents désignent le même sujet en français, en espagnol et en anglais : à conserver telles quelles.
scores-reading = Les organisations décrivent la même chose avec des mots différents et dans des langues différentes. Avant toute comparaison,
    Roundtable lit chaque capacité, chaque besoin et chaque description de la même manière : il ignore les majuscules, les accents et la ponctuation,
    réduit les mots à leur radical (en anglais, « trainers », « training » → « train »), connaît les sigles et les graphies du domaine (CERT,
    CSIRT et CIRT ; cyber security et cybersecurity ; programme et program), corrige les petites fautes de frappe dans les mots qui
    n'existent pas (« incidnet » → « incident », mais « police » reste « police »), et reconnaît les sujets du domaine,
    regroupés selon les thèmes de renforcement des capacités du GFCE, en anglais, en français et en espagnol — ainsi, « formation en réponse aux
    incidents », « capacitación en respuesta a incidentes » et « incident response training » désignent le même sujet.
scores-common-words = Les mots courants tels que « cyber », « appui » ou « capacités » comptent moins que des mots plus parlants tels que « criminalistique »,
    « CSIRT » ou « juges ».

scores-cover-heading = 2. Le partenaire couvre-t-il un besoin ?
scores-cover = Pour chacun de vos besoins, Roundtable cherche la capacité du partenaire qui le couvre le mieux : plus la capacité partage de mots
    et de sujets avec le besoin, mieux c'est. Un besoin de financement, de prise en charge de déplacements, d'équipement ou de lieu de réunion
    n'est couvert que par une offre de même nature. Un besoin lié à une région du monde (« partenaires locaux dans les petits États insulaires du Pacifique »)
    ou à une langue (« formation en langue russe ») n'est pas couvert par une offre liée uniquement à une autre région ou à une autre langue.
scores-kind-of-partner = Certains besoins désignent un type de partenaire plutôt qu'une compétence : « cofinancement par un bailleur de fonds », « un partenaire local
    de mise en œuvre en Afrique de l'Ouest », « un ministère homologue », « un partenaire universitaire ». Un tel besoin est aussi couvert par ce
    qu'est le partenaire — une agence de développement ou toute organisation offrant un financement pour un bailleur de fonds, un ministère pour un
    ministère homologue, un CERT, une ONG, une université ou un ministère d'Afrique de l'Ouest pour un partenaire local dans cette région —, un peu
    moins que par une offre correspondante.

scores-complementarity-heading = 3. La complémentarité, dans un sens comme dans l'autre
scores-complementarity = Deux parts sont calculées : la part de vos besoins que le partenaire couvre, et la part des besoins du partenaire que vous
    couvrez. Leur moyenne constitue la complémentarité. Les partenariats réels sont souvent à sens unique : un partenaire qui couvre vos besoins
    sans avoir besoin de vous compte donc autant qu'un partenaire qui a aussi besoin de vous.

scores-same-field-heading = 4. Travailler dans le même domaine
scores-same-field = Les organisations qui travaillent sur les mêmes sujets, pour les mêmes publics, s'associent souvent même lorsqu'aucun besoin
    ne rencontre une offre. Roundtable compare les sujets et les mots parlants des deux profils dans leur ensemble — description,
    capacités et besoins publics (jamais les besoins confidentiels) — et mesure ce qu'ils ont en commun, les sujets rares comptant davantage que les sujets courants.

scores-context-heading = 5. Le contexte
scores-context = La complémentarité et le domaine commun comptent à parts égales. Le résultat est légèrement ajusté en fonction des langues de travail
    (les organisations sans langue commune obtiennent un score plus bas), du fait de travailler dans la même région, et des types
    d'organisation qui collaborent souvent (par exemple, une agence de développement et un ministère).

scores-broad-heading = 6. Les organisations généralistes
scores-broad = Quelques organisations très généralistes conviennent un peu à tout le monde et rempliraient sinon toutes les listes. Chaque score est
    donc comparé à la mesure dans laquelle les deux organisations conviennent à leurs propres meilleurs partenaires : une paire obtient un score plus élevé
    lorsqu'elle se distingue pour l'une comme pour l'autre, et une organisation qui convient moyennement à tout le monde recule dans toutes les listes.
    La correction est la même des deux côtés : une paire n'a donc qu'un seul score.

scores-reasons-heading = 7. Les raisons
scores-reasons = Chaque suggestion indique ses raisons : lesquels de vos besoins le partenaire couvre et avec quelle offre, ou parce qu'il est le
    type de partenaire que vous recherchez ; lesquels de ses besoins vous couvrez ; les sujets sur lesquels vous travaillez tous deux ; les langues
    que vous partagez, la région et les types d'organisation. Chaque raison cite les mots écrits par chaque partie, dans sa propre langue.

# Le nom de fichier dans <code> reste tel quel.
scores-formula-html = La formule exacte figure dans la documentation du moteur de mise en relation du projet (<code>src/matching/mod.rs</code>).
