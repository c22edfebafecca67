#!/usr/bin/env python3
"""Regenerate the byte-level posting fixtures in Fixtures/postings/.

These fixtures cannot be edited comfortably by hand because their bytes matter:

  win1252-vp-product-caffe.html          HTML encoded as windows-1252 (cp1252)
  latin1-director-product-societe.htm    HTML encoded as ISO-8859-1
  mhtml-cpo-vantage.mhtml                Chrome-style MHTML, HTML part quoted-printable
  mhtml-base64-head-product-alder.mht    Chrome-style MHTML, HTML part base64

The source text below is plain UTF-8 Python; the script encodes it. Output is
deterministic (fixed dates, fixed MIME boundaries, fixed image bytes), so
running it again produces byte-identical files.

Usage:  python3 scripts/make-fixture-encodings.py [output-dir]
"""

import base64
import os
import quopri
import struct
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Fixtures", "postings")


# ---------------------------------------------------------------------------
# 1. windows-1252: VP of Product at Café Mélange Group
# ---------------------------------------------------------------------------

CAFE_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>VP of Product – Careers – Café Mélange Group</title>
<meta name="description" content="Café Mélange Group is looking for a VP of Product to lead the Mélange Club app and in-café technology. Amsterdam, hybrid." />
<meta name="keywords" content="careers, vacatures, product management, coffee, Amsterdam, Zürich" />
<meta property="og:title" content="VP of Product – Café Mélange Group" />
<meta property="og:locale" content="en_GB" />
<link rel="stylesheet" type="text/css" href="/static/css/careers.css?v=2019.4" />
<style type="text/css">
  #topbar { background: #3b2417; color: #f4e9dc; }
  #topbar a { color: #f4e9dc; margin-right: 14px; }
  .vacancy h2 { color: #3b2417; border-bottom: 1px solid #e2d3c0; }
  #cookiebar { position: fixed; bottom: 0; background: #f4e9dc; padding: 12px; }
</style>
<script type="text/javascript">
  var _cmq = _cmq || [];
  _cmq.push(['setSite', 'careers-cafemelange']);
  _cmq.push(['trackPageView', 'vacature-vp-product-2024']);
</script>
</head>
<body>
<div id="topbar">
  <a href="/en/">Home</a>
  <a href="/en/our-cafes/">Our cafés</a>
  <a href="/en/coffee/">Coffee &amp; sustainability</a>
  <a href="/en/melange-club/">Mélange Club app</a>
  <a href="/en/investors/">Investor relations</a>
  <a href="/en/careers/">Careers</a>
  <a href="/en/press/">Press room</a>
  <span class="lang"><a href="/nl/">NL</a> | <a href="/de/">DE</a> | <a href="/fr/">FR</a> | <strong>EN</strong></span>
</div>
<div id="breadcrumb"><a href="/en/careers/">Careers</a> › <a href="/en/careers/head-office/">Head office</a> › VP of Product</div>

<div id="wrapper">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td valign="top" class="vacancy">
<h1>VP of Product</h1>
<p class="vacancy-meta"><strong>Location:</strong> Amsterdam, Netherlands (Hybrid) · <strong>Department:</strong> Digital &amp; Technology · <strong>Reference:</strong> CMG-2024-031</p>

<h2>About us</h2>
<p>Café Mélange Group runs 430 coffee houses in nine European countries — from our very first espresso bar on the Prinsengracht to our newest roastery café in Zürich. Every week more than 2.6 million guests visit us, and almost 40% of them now order through the Mélange Club app.</p>
<p>We believe a great café is a “third place” between home and work… and that technology should make it warmer, not colder. Internally we call this ‘hospitality by design’. Our digital team of 140 people builds the app, the loyalty programme, online ordering and the tablets our baristas use behind the counter.</p>

<h2>The role</h2>
<p>As VP of Product you will lead the product organisation behind Mélange Club – our ordering, loyalty and payments app – as well as the in-café systems our baristas rely on every day. You will report to the Chief Digital &amp; Technology Officer, Jürgen Vos, and lead a team of 28 product managers, designers and analysts across Amsterdam and Zürich.</p>
<p>This is a hybrid role: we’re together in the Amsterdam office three days a week, and you’ll visit our cafés and the Zürich hub regularly.</p>

<h2>What you’ll do</h2>
<ul>
<li>Define the product vision and strategy for our guest-facing and in-café products, and turn it into a roadmap that’s ambitious but realistic.</li>
<li>Prioritise ruthlessly across markets: a feature that delights guests in Milan may not matter at all in München.</li>
<li>Lead continuous discovery with guests, baristas and franchise partners — interviews, café visits, usability tests and experiments.</li>
<li>Own the product KPIs: app order share, loyalty retention, average ticket and order-to-pickup time.</li>
<li>Run A/B tests on offers and personalisation with our data science team, and make sure we learn from every result.</li>
<li>Partner with marketing on the pricing of the Mélange Club subscription (€9.90 per month) and on launches in new markets.</li>
<li>Coach and grow product managers and product designers, and hire two new group product managers this year.</li>
<li>Present the roadmap and product results to the executive board and to our shareholders twice a year.</li>
</ul>

<h2>What you bring</h2>
<ul>
<li>10+ years in product management, with at least 5 years leading product teams in consumer or retail technology.</li>
<li>Proven experience with mobile apps at scale (millions of monthly active users), including payments and loyalty.</li>
<li>Solid technical understanding: APIs, cloud platforms, point-of-sale integrations and the basics of machine learning.</li>
<li>Experience working across several countries, languages and regulatory regimes such as GDPR and PSD2.</li>
<li>A Bachelor’s or Master’s degree in business, computer science or a related field.</li>
<li>Fluent English; Dutch, German or French is a bonus.</li>
</ul>

<h2>Nice to have</h2>
<ul>
<li>A CSPO or Professional Scrum Product Owner certification.</li>
<li>Experience in food service, hospitality or quick-service restaurants.</li>
<li>A genuine love of coffee — or at least of a good cup of tea.</li>
</ul>

<h2>What we offer</h2>
<ul>
<li>€150k–€180k base salary per year, plus an annual bonus of up to 25%.</li>
<li>27 vacation days, a generous pension plan and a yearly travel budget to visit our cafés abroad.</li>
<li>Free coffee for life… well, for as long as you work here.</li>
<li>Relocation support to Amsterdam, including help with the 30% ruling where eligible.</li>
</ul>
<p>Questions about the role? Write to Anouk Verhoeven in our talent team at careers@cafemelange.example – we answer every message personally.</p>
<p><a class="button" href="/en/careers/apply/CMG-2024-031/">Apply now</a></p>
</td>
<td valign="top" width="260" class="sidebar">
<div class="box">
<h3>Other vacancies</h3>
<ul>
<li><a href="/en/careers/CMG-2024-027/">Area Manager Benelux</a></li>
<li><a href="/en/careers/CMG-2024-029/">Senior iOS Developer (Zürich)</a></li>
<li><a href="/en/careers/CMG-2024-030/">Green Coffee Buyer</a></li>
</ul>
</div>
<div class="box">
<h3>Working at Café Mélange</h3>
<p>“I joined as a barista in 2012 and now run our café design team.” – Sébastien, Lyon</p>
</div>
</td>
</tr>
</table>
</div>

<div id="footer">
<p>© 2024 Café Mélange Group B.V. · Keizersgracht 214, 1016 DZ Amsterdam · KvK 61234987</p>
<p><a href="/en/privacy/">Privacy statement</a> | <a href="/en/cookies/">Cookie policy</a> | <a href="/en/disclaimer/">Disclaimer</a> | <a href="/en/sitemap/">Sitemap</a></p>
</div>
<div id="cookiebar">
<p>This website uses cookies to brew a better experience… Click “Accept” to allow all cookies, or “Settings” to choose for yourself.</p>
<a href="#" onclick="acceptCookies();return false;">Accept</a> <a href="/en/cookies/">Settings</a>
</div>
<script type="text/javascript">
function acceptCookies() { document.cookie = "cm_consent=yes; path=/"; document.getElementById("cookiebar").style.display = "none"; }
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 2. ISO-8859-1: Director of Product at Société Bellerive
#    (Latin-1 has no curly quotes, dashes, euro sign or ellipsis: use « » and -)
# ---------------------------------------------------------------------------

SOCIETE_HTML = """<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="iso-8859-1">
<title>Director of Product | Carrières | Société Bellerive</title>
<meta name="description" content="Société Bellerive recrute un Director of Product à Montréal. Join the team behind La Vigie.">
<meta property="og:title" content="Director of Product - Société Bellerive">
<meta property="og:locale" content="fr_CA">
<meta property="og:locale:alternate" content="en_CA">
<link rel="stylesheet" href="/carrieres/css/style.css">
<style>
  .entete { background: #00263a; color: #fff; }
  .poste h3 { font-variant: small-caps; }
  #temoins { position: fixed; bottom: 0; left: 0; right: 0; background: #fffbe6; }
</style>
<script>
  var sbConfig = { section: "carrieres", poste: "SB-0412", langue: "en" };
</script>
</head>
<body>
<div class="entete">
  <a href="/" class="logo"><img src="/img/bellerive.png" alt="Société Bellerive"></a>
  <ul class="menu">
    <li><a href="/">Accueil</a></li>
    <li><a href="/marques/">Nos marques</a></li>
    <li><a href="/salle-de-presse/">Salle de presse</a></li>
    <li><a href="/carrieres/">Carrières</a></li>
    <li><a href="/nous-joindre/">Nous joindre</a></li>
    <li><a href="/fr/carrieres/SB-0412/">Français</a></li>
  </ul>
</div>

<div class="poste">
<h1>Director of Product</h1>
<p class="lieu">Montréal, QC - Hybrid - Permanent, full-time</p>

<h3>About Société Bellerive</h3>
<p>Société Bellerive publishes «La Vigie», Québec's most-read French-language news app, along with four regional dailies and the cooking site «À table!». Founded in 1954 in Trois-Rivières, we now reach 3.1 million readers each month and count 210,000 paying digital subscribers.</p>
<p>Our mission hasn't changed in seventy years: quality journalism in français, for everyone, everywhere in the province. What has changed is how readers find us, and that is where product comes in.</p>

<h3>The role</h3>
<p>We are looking for a Director of Product to lead our reader-revenue products: the subscription funnel, the paywall, account management and newsletters. You will report to the Vice-President, Digital, Hélène Côté-Gagnon, and manage a team of nine product managers and designers.</p>
<p>Over the next three years we want to double our digital subscribers while keeping churn below 2% a month. That means a smarter paywall, better onboarding for new readers, a family plan, and a stronger relationship with readers outside Montréal and Québec City. You will work hand in hand with the newsroom, marketing, data and engineering teams, and you will present the product roadmap to our executive committee every quarter.</p>
<p>The position is based in our Mile-End office in Montréal, with a hybrid schedule of two days per week on site.</p>

<h3>Responsibilities</h3>
<ul>
<li>Build and own the product strategy and roadmap for digital subscriptions, in French and in English.</li>
<li>Use market research, reader surveys and behavioural data to understand why readers subscribe, stay or cancel.</li>
<li>Design and run pricing experiments and A/B tests on the paywall, trial offers and bundles.</li>
<li>Work closely with the newsroom so that product decisions always respect editorial independence.</li>
<li>Define and follow the key indicators: conversion rate, churn, average revenue per user and lifetime value.</li>
<li>Manage an annual product budget of about 4.5 million dollars and report on its return.</li>
<li>Recruit, coach and mentor the product team, and help it grow à son plein potentiel.</li>
</ul>

<h3>Requirements</h3>
<ul>
<li>At least seven years of experience in product management, including three years managing people.</li>
<li>A Bachelor's degree (baccalauréat) in business, communication, computer science or a related field.</li>
<li>Experience with subscription, media or e-commerce products.</li>
<li>Excellent command of French and English, spoken and written.</li>
<li>A good understanding of web analytics, APIs and content management systems.</li>
</ul>

<h3>Nice to have</h3>
<ul>
<li>An MBA or a graduate diploma (DESS) in management.</li>
<li>A Pragmatic Institute certification.</li>
<li>Some German: our technology partner is based in Zürich, and the team already says «Grüezi» in meetings.</li>
</ul>

<h3>Benefits</h3>
<ul>
<li>Salary between CA$150,000 and CA$175,000 per year, plus a performance bonus.</li>
<li>Group insurance, a pension plan with employer contribution and five weeks of vacation.</li>
<li>A free subscription to all of our publications, naturally.</li>
<li>The famous « café-croissant » every Friday morning at 9:30.</li>
</ul>
<p>Société Bellerive applies an equal access to employment program and welcomes applications from women, Indigenous peoples, visible minorities and people with disabilities.</p>
<p><a href="/carrieres/postuler/SB-0412/" class="bouton">Postuler / Apply</a></p>
</div>

<div class="pied">
<p>© 2024 Société Bellerive inc. Tous droits réservés.</p>
<p><a href="/confidentialite/">Politique de confidentialité</a> · <a href="/conditions/">Conditions d'utilisation</a> · <a href="/accessibilite/">Accessibilité</a></p>
</div>
<div id="temoins">
<p>Ce site utilise des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.</p>
<button type="button" onclick="document.getElementById('temoins').style.display='none'">J'accepte</button>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. MHTML (quoted-printable HTML part): Chief Product Officer at Vantage Robotics
# ---------------------------------------------------------------------------

VANTAGE_URL = "https://careers.vantagerobotics.example/jobs/chief-product-officer"
VANTAGE_BOUNDARY = "----MultipartBoundary--Qm7vTz2kR9pLx4cWn8YdF3hJs6aEu1oGb5iKq0tMzV----"
VANTAGE_CSS_URL = "https://careers.vantagerobotics.example/assets/careers.css"
VANTAGE_PNG_URL = "https://careers.vantagerobotics.example/assets/vantage-mark.png"

VANTAGE_HTML = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-7d1e0b3a-4c55-4f0e-9a21-3b6f2e8c1d40@mhtml.blink" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chief Product Officer – Vantage Robotics Careers</title>
<meta name="description" content="Vantage Robotics is hiring a Chief Product Officer in Pittsburgh, PA. Lead product for our autonomous mobile robots and fleet software.">
<meta property="og:title" content="Chief Product Officer at Vantage Robotics">
<meta property="og:type" content="website">
<meta property="og:url" content="https://careers.vantagerobotics.example/jobs/chief-product-officer">
<link rel="stylesheet" href="https://careers.vantagerobotics.example/assets/careers.css">
<link rel="icon" href="https://careers.vantagerobotics.example/favicon.ico">
</head><body class="careers job-page"><div class="announcement-bar">Vantage Robotics will be at the IntraLogix Expo in Stuttgart, booth 7C41. <a href="https://www.vantagerobotics.example/events">Book a demo at the show</a></div>
<header class="site-header"><a class="logo" href="https://www.vantagerobotics.example/"><img src="https://careers.vantagerobotics.example/assets/vantage-mark.png" alt="Vantage Robotics" width="32" height="32"><span>Vantage Robotics</span></a><nav class="site-nav"><a href="https://www.vantagerobotics.example/robots">Robots</a><a href="https://www.vantagerobotics.example/fleet-os">FleetOS</a><a href="https://www.vantagerobotics.example/industries">Industries</a><a href="https://www.vantagerobotics.example/roi-calculator">ROI Calculator</a><a href="https://careers.vantagerobotics.example/">Careers</a><a class="nav-cta" href="https://www.vantagerobotics.example/contact">Request a demo</a></nav></header>
<main class="job"><div class="job-header"><a class="back-link" href="https://careers.vantagerobotics.example/jobs">← All open positions</a><h1 class="job-title">Chief Product Officer</h1><div class="job-facts"><span class="job-location">Pittsburgh, PA (On-site)</span><span class="job-dept">Executive Team</span><span class="job-type">Full-time</span></div></div>
<div class="job-body">
<h2>About us</h2>
<p>Vantage Robotics builds autonomous mobile robots that move totes, carts and pallets through warehouses and factories. Our fleet of more than 6,000 robots has driven over 40 million miles alongside people, in facilities run by grocers, auto-parts suppliers and third-party logistics companies. We’re a team of 400 in Pittsburgh, Columbus and Eindhoven, and we’ve just passed $150M in annual revenue.</p>
<p>Our customers don’t want robots for their own sake. They want orders out the door on time with fewer injuries and less overtime, and that is the problem we are organized around.</p>
<h2>The role</h2>
<p>We are looking for a Chief Product Officer to lead hardware, software and services product management as we move from selling robots to selling throughput. You’ll report to our CEO, Rafael Osterman, sit on the executive team and lead a team of 40 across product management, UX design, technical program management and solutions engineering.</p>
<p>This is an on-site role at our headquarters in Pittsburgh’s Strip District, next to our test warehouse. You’ll be in the office at least four days a week.</p>
<h2>What you’ll do</h2>
<ul>
<li>Own the product vision and strategy across our robots, the FleetOS fleet-management software and our robotics-as-a-service subscription.</li>
<li>Build a single, integrated roadmap that aligns hardware development cycles of 18–24 months with software releases every two weeks.</li>
<li>Drive pricing and packaging for robotics-as-a-service, including outcome-based contracts priced per pick or per move.</li>
<li>Lead the program management office that coordinates launches across engineering, manufacturing, supply chain and field service.</li>
<li>Bring the customer’s voice into every decision through site visits, a customer advisory board and data streamed from the fleet.</li>
<li>Set and track OKRs for the product organization and report progress to the board of directors every quarter.</li>
<li>Partner with the CTO on AI/ML strategy, including perception, simulation and fleet-level traffic optimization.</li>
<li>Hire and mentor senior product leaders, and build a bench that could one day run our business units.</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>15+ years of product management experience, including at least 7 years in senior product leadership roles.</li>
<li>Experience shipping combined hardware and software products, ideally in robotics, industrial automation or automotive.</li>
<li>Proven P&amp;L ownership of a business or product line with at least $100M in annual revenue.</li>
<li>Deep technical fluency and an engineering degree: a BS is required; an MS or MBA is preferred.</li>
<li>PMP or an equivalent program management certification is preferred.</li>
<li>Willingness to travel up to 30% to customer sites in North America and Europe.</li>
</ul>
<h2>Nice to have</h2>
<ul>
<li>Experience selling to warehouse, manufacturing or logistics operators.</li>
<li>Familiarity with functional safety standards for mobile robots.</li>
</ul>
<h2>Compensation &amp; benefits</h2>
<p>The base salary for this role is $275,000 – $325,000 per year, plus equity and an annual bonus. Benefits include medical, dental and vision plans with no premiums for employees, a 401(k) with a 5% match, 14 weeks of paid parental leave and on-site lunch every day.</p>
<p class="eeo">Vantage Robotics is an equal opportunity employer. We welcome people of all backgrounds, and we provide reasonable accommodations throughout the hiring process.</p>
</div>
<div class="apply-box"><a class="btn-apply" href="https://careers.vantagerobotics.example/jobs/chief-product-officer/apply">Apply for this role</a><p class="apply-hint">It takes about 5 minutes. You can upload a resume or import your LinkedIn profile.</p></div>
</main>
<section class="life-at-vantage"><h2>Life at Vantage</h2><p>Robot races on Friday afternoons, a climbing wall in the lobby and a very competitive ping-pong ladder.</p></section>
<footer class="site-footer"><div class="footer-cols"><div><h4>Company</h4><a href="https://www.vantagerobotics.example/about">About</a><a href="https://www.vantagerobotics.example/news">Newsroom</a><a href="https://careers.vantagerobotics.example/">Careers</a></div><div><h4>Support</h4><a href="https://support.vantagerobotics.example/">Customer portal</a><a href="https://www.vantagerobotics.example/safety">Safety center</a></div></div><p class="legal">© 2024 Vantage Robotics, Inc. · 2100 Smallman St, Pittsburgh, PA 15222 · <a href="https://www.vantagerobotics.example/privacy">Privacy</a></p></footer>
<div class="cookie-consent" role="dialog"><p>We use cookies to analyze traffic and personalize content. You can change your choice at any time in Cookie Preferences.</p><button class="cookie-accept" type="button">Allow all</button><button class="cookie-decline" type="button">Decline</button></div>
</body></html>"""

VANTAGE_INLINE_CSS = """@charset "utf-8";

.announcement-bar { background: rgb(255, 196, 0); color: rgb(17, 17, 17); text-align: center; padding: 8px; }

.cookie-consent { position: fixed; bottom: 16px; right: 16px; max-width: 360px; }
"""

VANTAGE_CSS = """@charset "utf-8";

body { font-family: "Söhne", "Helvetica Neue", Arial, sans-serif; margin: 0px; color: rgb(20, 24, 31); }

.site-header { display: flex; align-items: center; justify-content: space-between; padding: 16px 40px; border-bottom: 1px solid rgb(229, 231, 235); }

.job-title { font-size: 44px; line-height: 1.1; margin: 12px 0px; }

.job-facts span { margin-right: 16px; color: rgb(91, 100, 114); }

.job-body h2 { margin-top: 40px; font-size: 22px; }

.btn-apply { display: inline-block; background: rgb(0, 87, 255); color: rgb(255, 255, 255); padding: 14px 28px; border-radius: 999px; }
"""


# ---------------------------------------------------------------------------
# 4. MHTML (base64 HTML part): Head of Product at Alder & Finch
# ---------------------------------------------------------------------------

ALDER_URL = "https://jobs.alderandfinch.example/roles/head-of-product"
ALDER_BOUNDARY = "----MultipartBoundary--Hn4sW8eLc2Vy7QpRt1KzA9mXb6dGf3uJo5iNq0wEyT----"
ALDER_CHAT_URL = "https://widgets.chatnook.example/frame/alderandfinch?locale=en-GB"

ALDER_HTML = """<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Head of Product – Alder &amp; Finch</title>
<meta name="description" content="Join Alder &amp; Finch as Head of Product. London studio, hybrid working, made-to-order furniture.">
<meta property="og:site_name" content="Alder &amp; Finch Jobs">
<meta property="og:title" content="Head of Product">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="https://jobs.alderandfinch.example/static/jobs.css">
</head><body>
<div class="promo-strip">Free fabric samples, delivered in two days. <a href="https://www.alderandfinch.example/samples">Order yours</a></div>
<header class="masthead"><a class="wordmark" href="https://www.alderandfinch.example/">Alder &amp; Finch</a>
<nav><ul><li><a href="https://www.alderandfinch.example/sofas">Sofas</a></li><li><a href="https://www.alderandfinch.example/beds">Beds</a></li><li><a href="https://www.alderandfinch.example/dining">Dining</a></li><li><a href="https://www.alderandfinch.example/showrooms">Showrooms</a></li><li><a href="https://www.alderandfinch.example/journal">The Journal</a></li><li><a href="https://jobs.alderandfinch.example/">Work with us</a></li></ul></nav></header>
<main id="role">
<p class="kicker">Technology &amp; Product</p>
<h1>Head of Product</h1>
<ul class="role-facts"><li>London, UK (Hybrid)</li><li>Permanent</li><li>Reports to the CTO</li></ul>
<section class="role-body">
<h2>About Alder &amp; Finch</h2>
<p>Alder &amp; Finch designs furniture that is made to order in small workshops in Britain and Portugal. We sell online and through six showrooms, and last year more than 180,000 households bought a sofa, bed or dining table from us. Every piece is made after it’s ordered, which means almost no waste — and a product challenge unlike any other e-commerce business.</p>
<h2>The role</h2>
<p>As Head of Product you’ll lead our digital product team and own the customer website, the configurator that lets customers choose fabrics, sizes and legs, and the internal tools our workshops use to schedule production. You’ll report to our CTO, Imogen Blackwood, and manage four product managers and a product analyst, working closely with design and engineering leads.</p>
<p>Our studio is in Clerkenwell and we’re together on Mondays and Thursdays; the rest of the week is up to you.</p>
<h2>How we work</h2>
<p>Our product teams are small and long-lived. Each one owns a part of the customer journey – browsing, configuring, checkout, delivery – and is measured on outcomes rather than output. We plan quarterly, ship several times a day and write things down. The next two years are about making our configurator feel as good as visiting a showroom, opening a trade programme for interior designers, and giving our workshops the tools to build more pieces with the same number of people.</p>
<h2>What you’ll be doing</h2>
<ul>
<li>Owning the product strategy and roadmap for our customer experience and workshop platforms.</li>
<li>Leading discovery: customer interviews, showroom visits, surveys and analysis of configurator data.</li>
<li>Improving conversion and average order value through a steady programme of A/B tests.</li>
<li>Partnering with our UX lead on a 3D configurator and a better fabric-sample journey.</li>
<li>Working with operations to cut delivery lead times with smarter forecasting and workshop scheduling.</li>
<li>Managing and mentoring the product team, and hiring a senior product manager for our trade programme.</li>
<li>Reporting on KPIs and quarterly OKRs to the leadership team and the board.</li>
</ul>
<h2>What we’re looking for</h2>
<ul>
<li>7+ years of product management experience in e-commerce or retail, including 2+ years managing a team.</li>
<li>A track record of improving conversion through disciplined experimentation.</li>
<li>Strong working knowledge of web performance, APIs and headless commerce platforms.</li>
<li>Comfort with numbers: you can build a business case and defend it to the finance director.</li>
<li>Experience presenting to senior leadership and turning a messy debate into a clear decision.</li>
<li>Degree educated, or equivalent professional experience.</li>
</ul>
<h2>Bonus points</h2>
<ul>
<li>Experience in made-to-order, manufacturing or marketplace businesses.</li>
<li>A CSPO or similar product ownership certification.</li>
</ul>
<h2>The package</h2>
<p>£120,000 a year, plus a 10% bonus and share options. You’ll also get 28 days’ holiday plus bank holidays, private health cover, an enhanced pension, and 40% off anything we make.</p>
</section>
<a class="apply-link" href="https://jobs.alderandfinch.example/roles/head-of-product/apply">Apply for this role</a>
</main>
<aside class="chat-launcher"><iframe src="cid:frame-3A9C6E1F0B2D4E58A7C1D9F0E2B4A6C8@mhtml.blink" title="Live chat" width="360" height="520"></iframe></aside>
<footer class="site-footer"><p>Alder &amp; Finch Ltd, 41 Turnmill Street, London EC1M 5SR. Registered in England and Wales no. 09876543.</p><p><a href="https://www.alderandfinch.example/delivery">Delivery &amp; returns</a> · <a href="https://www.alderandfinch.example/privacy">Privacy</a> · <a href="https://www.alderandfinch.example/modern-slavery">Modern slavery statement</a></p></footer>
<div id="consent-banner"><p>We and our partners use cookies to tailor what you see and to measure how our site performs. Choose “Accept all” or manage your settings.</p><button>Accept all</button><button>Manage settings</button></div>
</body></html>"""

ALDER_CHAT_HTML = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Chat</title></head><body><div class="chat-window"><div class="chat-header">Chat with a design advisor</div><div class="chat-msg bot">Hi there! Looking for help choosing a fabric or checking a delivery date?</div><div class="chat-input"><input type="text" placeholder="Type your message…"><button>Send</button></div><div class="chat-brand">Chat by ChatNook</div></div></body></html>"""

ALDER_CSS = """@charset "utf-8";

body { font-family: Georgia, "Times New Roman", serif; background: rgb(250, 247, 242); }

.promo-strip { background: rgb(46, 64, 52); color: rgb(255, 255, 255); padding: 6px; text-align: center; }

#role h1 { font-size: 48px; font-weight: 400; }

.role-facts li { display: inline-block; margin-right: 20px; }
"""


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def tiny_png(width, height, rgb):
    """A deterministic solid-colour PNG with a lighter diagonal stripe."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type: None
        for x in range(width):
            if abs(x - y) <= 1:
                row += bytes([min(255, c + 90) for c in rgb])
            else:
                row += bytes(rgb)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qp(text):
    """Quoted-printable encode UTF-8 text (soft breaks at 76 chars, '=' -> =3D)."""
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    """Base64 with 76-character lines, as Chrome writes it."""
    return base64.encodebytes(data).decode("ascii")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def part(headers, body):
    lines = [f"{k}: {v}" for k, v in headers]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def build_mhtml(header_block, boundary, parts):
    out = header_block.rstrip("\n") + "\n\n\n"
    for p in parts:
        out += "--" + boundary + "\n" + p + "\n"
    out += "--" + boundary + "--\n"
    return crlf(out).encode("ascii")


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_cafe():
    data = CAFE_HTML.encode("cp1252")  # strict: fails on any character cp1252 lacks
    assert b"\xe2\x80" not in data
    return data


def build_societe():
    data = SOCIETE_HTML.encode("iso-8859-1")  # strict
    # Keep clear of 0x80-0x9F so windows-1252 and ISO-8859-1 decoders agree.
    assert not any(0x80 <= b <= 0x9F for b in data)
    return data


def build_vantage():
    header = (
        "From: <Saved by Blink>\n"
        f"Snapshot-Content-Location: {VANTAGE_URL}\n"
        "Subject: Chief Product Officer - Vantage Robotics Careers\n"
        "Date: Tue, 12 Mar 2024 15:42:07 -0000\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/related;\n"
        '\ttype="text/html";\n'
        f'\tboundary="{VANTAGE_BOUNDARY}"\n'
    )
    parts = [
        part([("Content-Type", "text/html"),
              ("Content-ID", "<frame-8F2A4C6E1B3D5F7092A4C6E8B0D2F416@mhtml.blink>"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", VANTAGE_URL)],
             qp(VANTAGE_HTML)),
        part([("Content-Type", "text/css"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", "cid:css-7d1e0b3a-4c55-4f0e-9a21-3b6f2e8c1d40@mhtml.blink")],
             qp(VANTAGE_INLINE_CSS)),
        part([("Content-Type", "text/css"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", VANTAGE_CSS_URL)],
             qp(VANTAGE_CSS)),
        part([("Content-Type", "image/png"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", VANTAGE_PNG_URL)],
             b64(tiny_png(32, 32, (0, 87, 255)))),
    ]
    return build_mhtml(header, VANTAGE_BOUNDARY, parts)


def build_alder():
    subject = Header("Head of Product – Alder & Finch", "utf-8").encode()
    header = (
        "From: <Saved by Blink>\n"
        f"Snapshot-Content-Location: {ALDER_URL}\n"
        f"Subject: {subject}\n"
        "Date: Fri, 5 Apr 2024 09:18:33 -0000\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/related; type="text/html"; boundary="{ALDER_BOUNDARY}"\n'
    )
    parts = [
        part([("Content-Type", "text/html"),
              ("Content-ID", "<frame-C41B7D2E9A0F4C63B8E5D1A7F2C9E064@mhtml.blink>"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", ALDER_URL)],
             b64(ALDER_HTML.encode("utf-8"))),
        part([("Content-Type", "text/html"),
              ("Content-ID", "<frame-3A9C6E1F0B2D4E58A7C1D9F0E2B4A6C8@mhtml.blink>"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", ALDER_CHAT_URL)],
             qp(ALDER_CHAT_HTML)),
        part([("Content-Type", "text/css"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", "https://jobs.alderandfinch.example/static/jobs.css")],
             qp(ALDER_CSS)),
        part([("Content-Type", "image/png"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", "https://jobs.alderandfinch.example/static/favicon.png")],
             b64(tiny_png(16, 16, (46, 64, 52)))),
    ]
    return build_mhtml(header, ALDER_BOUNDARY, parts)


OUTPUTS = {
    "win1252-vp-product-caffe.html": build_cafe,
    "latin1-director-product-societe.htm": build_societe,
    "mhtml-cpo-vantage.mhtml": build_vantage,
    "mhtml-base64-head-product-alder.mht": build_alder,
}


def main():
    out_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
    os.makedirs(out_dir, exist_ok=True)
    for name, build in OUTPUTS.items():
        data = build()
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
