"""Graph: actors and events extracted per article and merged across articles.

The names of labels, relationship types and attributes, and the registry of event kinds, are in
``schema``; each kind's finder is a module of ``finders`` (most of them a table of trigger words
read by ``frames``). Per article: ``article`` (what the rules look up), ``coref`` (who a word
stands for), ``syntax`` (clauses), ``dating`` (when), ``status`` (held, planned, denied,
hypothetical), ``in_article`` (one event per real event), ``events`` (every finder run).
Across articles: ``build`` (actors, places, outlets) and ``merge`` (events).

The graph is plain data: a ``networkx.MultiDiGraph`` whose node and edge attributes are
JSON-serialisable values (str, int, float, bool, None, lists of str). Edge keys are the edge
``type``, so there is at most one edge of a type between two nodes.

Nodes (``label`` says the kind; every node has ``id`` = its node key, ``label``, ``name``):

- ``Article``  id ``article:<key>``. ``key`` (file stem), ``published`` (ISO date or None),
  ``published_basis`` (where the date came from), ``source`` (outlet), ``title``, ``url``, ``path``.
- ``Actor``    id ``actor:<surname>`` for a person (``actor:<surname>-<first name>`` for all but
  the most mentioned of those sharing it), else ``actor:<slug of its shortest name>`` (see ``build``). ``kind`` (``person``,
  ``organization``, ``product``, ``group``, ``location``), ``aliases`` (every surface form seen, sorted),
  ``roles`` (titles and roles seen, sorted), ``identity`` (why its names are one actor, see
  ``identity.explain``), ``mentions`` (count over the corpus).
- ``Outlet``   id ``outlet:<slug>``: an article's source, or an agency it credits. ``name``.
- ``Meeting``  id ``meeting:<date or undated>:<hash>``: PLOVER's CONSULT. ``kind``
  (``meeting``), ``plover``, ``date`` (TIMEX3 value or None), ``granularity``, ``date_basis``
  (how the date was worked out), ``status``, ``place`` (name or None), ``participants`` (actor
  names, sorted).
- ``Statement`` id ``statement:<hash>``. ``kind`` (``statement``), ``text`` (what was said),
  ``quote`` (True for direct speech), ``speaker`` (actor name), ``addressee`` (name or None),
  ``date``, ``granularity``, ``date_basis``. PLOVER codes no commentary: no ``plover``.
- every other event kind (``Assault``, ``Travel``, ``Deal``, ... one label per registered kind,
  see ``schema.event_kinds()``), id ``<kind>:<date or undated>:<hash>``. ``kind``, ``plover``
  (its PLOVER category, None for kinds PLOVER leaves out; a cooperative act told as planned is
  AGREE, a conflictual one THREATEN), ``date``, ``granularity``, ``date_basis``, ``status``
  (``held``, ``planned``, ``denied`` or ``hypothetical``, read from the clause), ``place``,
  ``sources``, ``targets``, ``participants`` (actor names by role, sorted), ``reporters`` (the
  actors it is told on the word of), ``count`` and ``counted`` ("58", "people killed").

Edges (``type`` says the kind; evidence attributes ``article`` (key), ``sentence`` (its text),
``start``, ``end`` (character offsets of the sentence in the article text) on every edge that
comes from a sentence; an event's ``REPORTED_IN`` and actor edges also ``trigger_start`` and
``trigger_end``, the character offsets of its word):

- ``PARTICIPATED_IN`` Actor -> event, with ``role`` (``source``, ``target`` or ``participant``)
- ``SAID``            Actor -> Statement
- ``ADDRESSED_TO``    Statement -> Actor
- ``REPORTED_IN``     event -> Article (one per reporting article; ``sentences`` and
  ``sentence_starts``: every sentence of it that tells the event, when there are several)
- ``REPORTED_BY``     event -> Actor: the source an article cites for it ("..., the Observatory said")
- ``HELD_IN``         event -> Actor of kind ``location``
- ``MENTIONED_IN``    Actor -> Article (``count``: mentions in that article)
- ``PUBLISHED_BY``    Article -> Outlet
"""
