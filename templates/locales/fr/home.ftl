## La page d'accueil.

home-title = Trouver des partenaires pour la coopération au développement
home-heading = Trouvez les partenaires qui correspondent à ce que vous offrez et à ce dont vous avez besoin
home-lead-html = Ministères, agences de cybersécurité, agences de développement, organisations internationales et régionales, CERT, société civile, milieux universitaires et entreprises décrivent leurs <strong>capacités</strong> et leurs <strong>besoins</strong>. Roundtable aide chacun d'eux à trouver des partenaires complémentaires.
home-register = Inscrire votre organisation
home-browse = { $count ->
    [one] Parcourir { $count } organisation
   *[other] Parcourir { $count } organisations
}
home-events = Événements de mise en relation
home-landscape = Où les besoins restent sans réponse
home-how = Fonctionnement
home-step-register = Inscrivez votre organisation et indiquez, dans vos propres mots, ce qu'elle offre et ce qu'elle recherche.
home-step-suggestions = Consultez vos suggestions de partenaires, chacune accompagnée de ses raisons dans les deux sens, signalez celles qui vous intéressent et exportez la liste pour vos réunions.
home-step-event = Lors d'un événement de mise en relation, sollicitez des réunions auprès de partenaires, indiquez vos indisponibilités et obtenez votre agenda — à imprimer, sous forme de tableur ou pour votre calendrier.
home-step-after = Après l'événement, consignez les suites données à chaque réunion ; les organisateurs reçoivent le rapport de la session.
home-step-landscape-html = Les bailleurs de fonds et les prestataires ont une vue d'ensemble du domaine sur <a href="/landscape">le panorama</a> : quels besoins sont couverts, par thème et par région, et lesquels attendent encore un partenaire.
