"""Builds gold.json from the records below, checking each sentence is verbatim in its article."""

import json
import os
import re

D = os.path.dirname(os.path.abspath(__file__))
def body(fn):
    with open(os.path.join(D, fn), encoding="utf-8") as fh:
        return fh.read()
SPLIT = re.compile(r'(?<=[.!?])["”]?\s+(?=[A-Z“"])')
def sentence(fn, frag):
    txt = body(fn)
    assert txt.count(frag) >= 1, (fn, frag)
    for line in txt.split("\n"):
        if frag in line:
            # sentence boundaries inside the line
            spans = []
            prev = 0
            for m in SPLIT.finditer(line):
                # keep closing quote with the sentence
                j = m.start()
                while j < m.end() and line[j] in '"”':
                    j += 1
                spans.append((prev, j))
                prev = m.end()
            spans.append((prev, len(line)))
            i = line.index(frag)
            for a, b in spans:
                if a <= i < b:
                    s = line[a:b].strip()
                    assert frag in s or i + len(frag) > b, (fn, frag, s)
                    if frag not in s:  # fragment crosses a boundary: take whole line
                        return line.strip()
                    return s
    raise AssertionError((fn, frag))

TH, KH = "THA", "KHM"
A = {  # actor records by key
 "rta": {"name": "Royal Thai Army", "code": TH, "sector": "MIL", "role": None, "aliases": ["Thai army", "army", "the army", "Thailand's army", "Royal Thai Army"]},
 "pornchai": {"name": "Pornchai Sangthong", "code": TH, "sector": "MIL", "role": "army spokesman, Major General", "aliases": ["Pornchai", "Major General Pornchai Sangthong"]},
 "chaiwat": {"name": "Chaiwat Intharasuk", "code": TH, "sector": "GOV", "role": "Sisaket governor", "aliases": ["Chaiwat"]},
 "kmod": {"name": "Cambodia's Ministry of National Defence", "code": KH, "sector": "MIL", "role": None, "aliases": ["Ministry of National Defence", "Cambodian Ministry of National Defence", "Cambodia's defence ministry", "Cambodian defence ministry", "defence ministry", "the ministry", "Cambodia Ministry of National Defence", "Cambodia's Defence Ministry"]},
 "chanthy": {"name": "Sovann Chanthy", "code": KH, "sector": "MIL", "role": "defence ministry spokeswoman, Lieutenant General", "aliases": ["Lieutenant General Sovann Chanthy", "Chanthy", "Sovann"]},
 "naruemon": {"name": "Naruemon Siriwat", "code": TH, "sector": "GOV", "role": "Public Health Minister", "aliases": ["Dr Naruemon Siriwat", "Naruemon"]},
 "moph": {"name": "Public Health Ministry", "code": TH, "sector": "GOV", "role": None, "aliases": ["Thai Public Health Ministry", "Thailand's Public Health Ministry", "Thailand Public Health Ministry"]},
 "moi": {"name": "Interior Ministry", "code": TH, "sector": "GOV", "role": None, "aliases": ["Thai Interior Ministry", "Thailand's Interior Ministry", "Thailand Interior Ministry"]},
 "provoff": {"name": "provincial officials", "code": TH, "sector": "GOV", "role": None, "aliases": ["Sisaket provincial officials", "officials"]},
 "kittipong": {"name": "Kittipong Wongsawat", "code": TH, "sector": "DIP", "role": "Foreign Minister", "aliases": ["Kittipong"]},
 "sombat": {"name": "Sombat Khamphan", "code": TH, "sector": "CVL", "role": "vegetable seller", "aliases": ["Sombat"]},
 "chea": {"name": "Chea Sokhom", "code": KH, "sector": "GOV", "role": "Oddar Meanchey governor", "aliases": ["Governor Chea Sokhom", "Sokhom"]},
 "keo": {"name": "Keo Saravuth", "code": KH, "sector": "GOV", "role": "Defence Minister, General", "aliases": ["General Keo Saravuth", "Saravuth"]},
 "chhay": {"name": "Chhay Vanna", "code": KH, "sector": "GOV", "role": "Prime Minister", "aliases": ["Prime Minister Chhay Vanna", "Chhay Vanna's office", "Prime Minister Chhay Vanna's office", "Chhay Vanna’s office", "Vanna"]},
 "rtaf": {"name": "Royal Thai Air Force", "code": TH, "sector": "MIL", "role": None, "aliases": ["Thai air force", "air force", "the Thai air force", "Thailand's air force"]},
 "teerapong": {"name": "Teerapong Bunnag", "code": TH, "sector": "MIL", "role": "air force spokesman, Air Vice Marshal", "aliases": ["Teerapong", "Air Vice Marshal Teerapong Bunnag"]},
 "ibarra": {"name": "Rafael Ibarra", "code": "UNO", "sector": "IGO", "role": "UN Secretary-General spokesman", "aliases": ["Ibarra"]},
 "localoff": {"name": "local officials", "code": TH, "sector": "GOV", "role": None, "aliases": ["Thai local officials", "officials"]},
 "thaiauth": {"name": "Thai authorities", "code": TH, "sector": "GOV", "role": None, "aliases": ["Thailand", "authorities"]},
 "cambodia": {"name": "Cambodia", "code": KH, "sector": "GOV", "role": None, "aliases": ["Phnom Penh", "Cambodian government", "Cambodian officials"]},
 "thailand": {"name": "Thailand", "code": TH, "sector": "GOV", "role": None, "aliases": ["Bangkok", "Thai government", "Thai"]},
 "montague": {"name": "Lisa Montague", "code": None, "sector": None, "role": "South-East Asia analyst, Institute for Strategic Affairs", "aliases": ["Dr Lisa Montague", "Montague"]},
 "azlan": {"name": "Azlan Hamid", "code": "MYS", "sector": "DIP", "role": "Malaysian Foreign Minister", "aliases": ["Azlan", "Hamid"]},
 "labour": {"name": "Cambodia's Ministry of Labour", "code": KH, "sector": "GOV", "role": None, "aliases": ["Ministry of Labour", "Cambodian Ministry of Labour", "Cambodia Ministry of Labour", "labour ministry"]},
 "nikorn": {"name": "Nikorn Saengthong", "code": TH, "sector": "DIP", "role": "Thai Foreign Ministry spokesman", "aliases": ["Nikorn"]},
 "khhealth": {"name": "provincial health officials", "code": KH, "sector": "GOV", "role": None, "aliases": ["health officials", "officials"]},
 "nhem": {"name": "Nhem Pisey", "code": KH, "sector": "GOV", "role": "Information Minister", "aliases": ["Pisey"]},
 "anuwat": {"name": "Anuwat Charoenkul", "code": TH, "sector": "GOV", "role": "Prime Minister", "aliases": ["Prime Minister Anuwat Charoenkul", "Anuwat"]},
 "reyes": {"name": "Jonathan Reyes", "code": None, "sector": "MED", "role": "Horizon South-East Asia correspondent", "aliases": ["Reyes"]},
 "prak": {"name": "Prak Vannarith", "code": KH, "sector": "DIP", "role": "Foreign Minister", "aliases": ["Vannarith"]},
}
NAME = {k: v["name"] for k, v in A.items()}
docs = {}
def doc(fn, published, actors):
    docs[fn] = {"published": published, "actors": [A[a] for a in actors], "events": [], "quotes": [], "claims": []}
def q(fn, who, direct, text, cue):
    assert text in body(fn), (fn, text)
    docs[fn]["quotes"].append({"speaker": NAME[who], "speaker_code": A[who]["code"], "direct": direct, "text": text, "cue": cue})
def c(fn, frag, value, cat, subj, who, date, what, qual=None, low=None, high=None, headline=False):
    s = sentence(fn, frag)
    docs[fn]["claims"].append({"value": value, "low": low if low is not None else (value if qual in ("at least", "more than") else None),
        "high": high, "qualifier": qual, "what": what, "category": cat, "subject_code": subj,
        "claimant": NAME[who] if who else None, "claimant_code": A[who]["code"] if who else None,
        "date": date, "sentence": s})
D21, D22, D23 = "2026-10-21", "2026-10-22", "2026-10-23"

f = "01_pacificwire_1021_am.txt"
doc(f, D21, ["rta", "pornchai", "chaiwat", "kmod", "chanthy"])
q(f, "rta", False, "Four Thai civilians were killed and at least 20 wounded when rockets fired from Cambodia struck homes and a market in Kantharalak district of Sisaket province before dawn on Wednesday", "said")
q(f, "pornchai", False, "Cambodian forces had fired BM-21 multiple rocket launchers at civilian areas without any military justification", "told reporters")
q(f, "pornchai", True, "This is a deliberate attack on Thai civilians. The army will respond in a measured and proportionate way", "said")
q(f, "chaiwat", False, "several houses and a petrol station had been hit and that villagers were being moved to temple shelters further from the border", "said")
q(f, "kmod", False, "Thai troops had opened fire first on Cambodian positions near the Preah Vihear temple and that its forces had returned fire only at military targets", "said")
q(f, "chanthy", True, "Cambodia did not start this. Our soldiers responded to Thai aggression on our own territory", "said")
c(f, "Four Thai civilians were killed", 4, "killed", TH, "rta", D21, "Thai civilians killed by Cambodian rockets in Kantharalak")
c(f, "Four Thai civilians were killed", 20, "injured", TH, "rta", D21, "people wounded in Kantharalak", qual="at least")

f = "02_bangkokledger_1021.txt"
doc(f, D21, ["provoff", "moph", "naruemon", "moi", "kittipong", "sombat", "thailand", "cambodia"])
q(f, "provoff", False, "The number of people killed by Cambodian rocket fire on Kantharalak district rose to seven on Wednesday afternoon after three of the wounded died at Sisaket hospital", "said")
q(f, "moph", False, "26 people were being treated for shrapnel wounds, several of them in critical condition", "said")
q(f, "naruemon", True, "My ministry has sent surgeons and blood supplies from Ubon Ratchathani. Every injured person will get the care they need", "told reporters")
q(f, "moi", False, "some 48,000 residents of border districts have been moved to temporary shelters since the shelling began", "according to")
q(f, "kittipong", False, "Thailand had lodged a formal protest with the Cambodian ambassador and would raise the attack at the United Nations", "said")
q(f, "kittipong", True, "Firing rockets at a market full of people is a crime. Phnom Penh must be held accountable", "said")
q(f, "sombat", True, "We heard a whistle and then everything was on fire", "said")
c(f, "rose to seven", 7, "killed", TH, "provoff", D21, "people killed by Cambodian rocket fire on Kantharalak")
c(f, "rose to seven", 3, "killed", TH, "provoff", D21, "wounded who died in Sisaket hospital")
c(f, "26 people were being treated", 26, "injured", TH, "moph", D21, "people treated for shrapnel wounds")
c(f, "some 48,000 residents", 48000, "displaced", TH, "moi", D21, "border residents moved to temporary shelters", qual="some")


f = "03_phnompenhtribune_1021.txt"
doc(f, D21, ["kmod", "chanthy", "chea", "keo", "chhay", "rtaf", "thailand", "cambodia"])
q(f, "kmod", False, "Thai F-16 fighter jets bombed three villages in Oddar Meanchey province on Wednesday afternoon, killing 12 Cambodian civilians", "said")
q(f, "chanthy", False, "Cambodian air defence units had shot down two Thai F-16s over Trapeang Prasat district", "told a press conference")
q(f, "chanthy", True, "The Thai air force attacked schools and pagodas. These are not military targets, and the world must see what Thailand has done", "said")
q(f, "chea", False, "31 civilians had been wounded and that families were sheltering in the forest south of the border", "said")
q(f, "keo", True, "We do not want war, but we will defend every centimetre of Cambodian soil", "said")
q(f, "chhay", False, "he had written to the president of the UN Security Council to request an urgent meeting", "said")
c(f, "killing 12 Cambodian civilians", 12, "killed", KH, "kmod", D21, "Cambodian civilians killed in Thai air strikes on Oddar Meanchey")
c(f, "killing 12 Cambodian civilians", 3, "sites_struck", KH, "kmod", D21, "villages bombed by Thai jets")
c(f, "had shot down two Thai F-16s", 2, "aircraft_downed", TH, "chanthy", D21, "Thai F-16s shot down")
c(f, "31 civilians had been wounded", 31, "injured", KH, "chea", D21, "Cambodian civilians wounded in Oddar Meanchey")

def wire_update(f, published):
    doc(f, published, ["rta", "rtaf", "teerapong", "kmod", "pornchai", "ibarra", "thailand"])
    q(f, "rta", False, "The death toll from Wednesday's Cambodian rocket attack on Thailand's Sisaket province rose to nine", "said")
    q(f, "rtaf", False, "its F-16 jets had hit six Cambodian military sites in Oddar Meanchey province, including artillery positions and an ammunition depot", "said")
    q(f, "teerapong", False, "one F-16 had been hit by ground fire and had crashed on the Thai side of the border, and that its pilot had ejected safely", "said")
    q(f, "teerapong", True, "We lost one aircraft. The Cambodian claim of two is simply not true", "told reporters")
    q(f, "kmod", False, "its air defences had shot down two Thai F-16s and that 12 civilians had been killed in the Thai strikes", "said")
    c(f, "rose to nine", 9, "killed", TH, "rta", D21, "people killed by Cambodian rocket attack on Sisaket")
    c(f, "hit six Cambodian military sites", 6, "sites_struck", KH, "rtaf", D21, "Cambodian military sites hit by Thai F-16s")
    c(f, "one F-16 had been hit", 1, "aircraft_downed", TH, "teerapong", D21, "Thai F-16 lost to ground fire")
    c(f, "had shot down two Thai F-16s", 2, "aircraft_downed", TH, "kmod", D21, "Thai F-16s shot down")
    c(f, "had shot down two Thai F-16s", 12, "killed", KH, "kmod", D21, "Cambodian civilians killed in Thai strikes")

f = "04_pacificwire_1021_update.txt"
wire_update(f, D21)
q(f, "pornchai", True, "limited to military objectives used to attack Thai people", "said")
q(f, "ibarra", False, 'the secretary-general was "deeply alarmed" and urged both sides to exercise maximum restraint', "said")

f = "05_horizon_1021.txt"
doc(f, D21, ["localoff", "thaiauth", "cambodia", "rtaf", "montague", "azlan"])
q(f, "localoff", False, "At least 20 people were wounded in the Thai district of Kantharalak, where a market was hit shortly before dawn", "told")
q(f, "thaiauth", False, "tens of thousands of residents had been evacuated from border districts", "said")
q(f, "cambodia", False, "it shot down two Thai fighter jets", "says")
q(f, "rtaf", False, "it lost one F-16, which it says was hit by ground fire", "says")
q(f, "montague", True, "Both sides are now in a cycle of retaliation, and there is no mediator in the room", "said")
q(f, "azlan", False, 'he had spoken to both foreign ministers by phone and that both had "agreed to keep the line open"', "said")
c(f, "rockets killing nine people in Thailand", 9, "killed", TH, None, D21, "people killed by rockets in Thailand")
c(f, "rockets killing nine people in Thailand", 12, "killed", KH, "cambodia", D21, "Cambodian civilians killed by Thai air strikes")
c(f, "At least 20 people were wounded", 20, "injured", TH, "localoff", D21, "people wounded in Kantharalak", qual="at least")
c(f, "it shot down two Thai fighter jets", 2, "aircraft_downed", TH, "cambodia", D21, "Thai fighter jets shot down")
c(f, "it lost one F-16", 1, "aircraft_downed", TH, "rtaf", D21, "Thai F-16 lost")

f = "06_bangkokledger_1022_wire.txt"
wire_update(f, D22)

f = "07_pacificwire_1022.txt"
doc(f, D22, ["rta", "pornchai", "kmod", "chanthy", "labour", "nikorn", "thailand", "cambodia"])
q(f, "rta", False, "Thai forces shot down 14 Cambodian drones over Surin and Sisaket provinces overnight", "said")
q(f, "pornchai", True, "They came in waves from midnight until four in the morning. Our air defence brought down fourteen of them", "said")
q(f, "kmod", False, "it had lost four surveillance drones and that Thailand was exaggerating to justify further air strikes", "said")
q(f, "chanthy", False, "none of the drones had been armed", "said")
q(f, "labour", False, "more than 85,000 Cambodian migrant workers had returned from Thailand through the Poipet crossing since Tuesday, fearing reprisals", "said")
q(f, "nikorn", False, "about 1,200 Thai nationals remained in Cambodia and that the embassy in Phnom Penh was arranging buses to bring them home", "said")
c(f, "Thai forces shot down 14 Cambodian drones", 14, "drones_downed", KH, "rta", D22, "Cambodian drones shot down over Surin and Sisaket")
c(f, "it had lost four surveillance drones", 4, "drones_downed", KH, "kmod", D22, "Cambodian surveillance drones lost")
c(f, "more than 85,000 Cambodian migrant workers", 85000, "other", KH, "labour", D22, "Cambodian migrant workers returned from Thailand", qual="more than")
c(f, "about 1,200 Thai nationals", 1200, "other", TH, "nikorn", D22, "Thai nationals remaining in Cambodia", qual="about")

f = "08_phnompenhtribune_1022.txt"
doc(f, D22, ["khhealth", "chea", "kmod", "chanthy", "nhem", "thailand"])
q(f, "khhealth", False, "Two more Cambodians died overnight of wounds suffered in Wednesday’s Thai air raids on Oddar Meanchey", "said")
q(f, "chea", False, "rescue teams had reached all the bombed villages and that 40 houses had been destroyed", "said")
q(f, "chea", True, "The bodies we recovered were farmers, monks and children. Nobody here was a soldier", "told the Tribune")
q(f, "kmod", False, "Cambodia lost four unarmed surveillance drones, all over Cambodian territory", "according to")
q(f, "chanthy", True, "Thailand counts birds as drones", "said")
q(f, "nhem", False, "Cambodian television would broadcast footage of the damaged villages to counter what he called Thai propaganda", "said")
c(f, "Thai bombing toll climbs to 14", 14, "killed", KH, None, D22, "(headline only) people killed in Thai bombing of Oddar Meanchey")
c(f, "Two more Cambodians died overnight", 2, "killed", KH, "khhealth", D22, "Cambodians who died overnight of wounds from Thai air raids")
c(f, "40 houses had been destroyed", 40, "other", KH, "chea", D21, "houses destroyed in Oddar Meanchey")
c(f, "Thai claims that 14 Cambodian drones", 14, "drones_downed", KH, "thailand", D22, "Cambodian drones shot down (Thai claim)")
c(f, "Cambodia lost four unarmed surveillance drones", 4, "drones_downed", KH, "kmod", D22, "Cambodian surveillance drones lost")

f = "09_bangkokledger_1022.txt"
doc(f, D22, ["rta", "pornchai", "anuwat", "naruemon", "thailand", "cambodia"])
q(f, "rta", False, "its air defence units destroyed 14 Cambodian drones overnight", "said")
q(f, "pornchai", True, "Cambodia is trying to find our artillery positions. It will not work", "told the Ledger")
q(f, "anuwat", False, "Thailand would not accept mediation until Cambodia stopped firing at civilians", "said")
q(f, "anuwat", True, "We did not choose this fight, but we will finish it on our terms", "said")
q(f, "naruemon", False, "26 people remained in hospital", "said")
c(f, "for the nine civilians killed", 9, "killed", TH, None, D21, "civilians killed by Cambodian rockets in Kantharalak")
c(f, "destroyed 14 Cambodian drones", 14, "drones_downed", KH, "rta", D22, "Cambodian drones destroyed overnight")
c(f, "26 people remained in hospital", 26, "injured", TH, "naruemon", D22, "people remaining in hospital")

f = "10_horizon_1022.txt"
doc(f, D22, ["rta", "kmod", "cambodia", "thailand", "reyes", "ibarra"])
q(f, "rta", False, "it had brought down 14 Cambodian drones overnight", "said")
q(f, "kmod", False, "it had lost only four", "said")
q(f, "cambodia", False, "two Thai F-16s were shot down", "says")
q(f, "thailand", False, "it lost a single jet", "says")
q(f, "thailand", False, "its jets hit only military sites", "says")
q(f, "rta", False, "In Thailand, nine people were killed in the rocket attack on Kantharalak", "according to")
q(f, "reyes", True, "Both governments are using numbers as weapons. Without observers on the ground we cannot verify any of them", "reported")
q(f, "ibarra", False, "the Security Council would meet behind closed doors on Friday at Cambodia's request", "told reporters")
c(f, "brought down 14 Cambodian drones", 14, "drones_downed", KH, "rta", D22, "Cambodian drones brought down overnight")
c(f, "it had lost only four", 4, "drones_downed", KH, "kmod", D22, "Cambodian drones lost")
c(f, "Cambodia says two Thai F-16s", 2, "aircraft_downed", TH, "cambodia", D21, "Thai F-16s shot down")
c(f, "it lost a single jet", 1, "aircraft_downed", TH, "thailand", D21, "Thai jet lost")
c(f, "civilian death toll from the Thai raids at 14", 14, "killed", KH, "cambodia", D22, "Cambodian civilians killed in Thai raids")
c(f, "civilian death toll from the Thai raids at 14", 12, "killed", KH, "cambodia", D21, "Cambodian civilians killed in Thai raids (earlier figure)")
c(f, "nine people were killed in the rocket attack", 9, "killed", TH, "rta", D21, "people killed in rocket attack on Kantharalak")

f = "11_pacificwire_1023.txt"
doc(f, D23, ["rta", "kmod", "chanthy", "pornchai", "azlan", "cambodia", "thailand"])
q(f, "rta", False, "Thai troops killed 30 Cambodian soldiers in a fierce gunbattle around the Ta Muen Thom temple on Friday morning", "said")
q(f, "kmod", False, "five of its soldiers had been killed and that its forces had captured three Thai soldiers who crossed into Cambodian territory", "said")
q(f, "chanthy", True, "Thirty is a fantasy number invented for Thai television", "told reporters")
q(f, "pornchai", False, 'two Thai soldiers had been killed in the clash and that the army was "checking reports" about captured personnel', "said")
q(f, "cambodia", False, "the three soldiers were being treated in line with the Geneva Conventions", "said")
q(f, "azlan", False, "both sides had agreed to send delegations to Kuala Lumpur for talks on Monday", "said")
q(f, "azlan", True, "The first step is to stop the guns. Everything else can follow", "told reporters")
c(f, "Thai troops killed 30 Cambodian soldiers", 30, "killed", KH, "rta", D23, "Cambodian soldiers killed at Ta Muen Thom")
c(f, "five of its soldiers had been killed", 5, "killed", KH, "kmod", D23, "Cambodian soldiers killed at Ta Muen Thom")
c(f, "five of its soldiers had been killed", 3, "detained", TH, "kmod", D23, "Thai soldiers captured")
c(f, "two Thai soldiers had been killed", 2, "killed", TH, "pornchai", D23, "Thai soldiers killed at Ta Muen Thom")

f = "12_phnompenhtribune_1023.txt"
doc(f, D23, ["kmod", "chanthy", "keo", "prak", "rta", "thailand"])
q(f, "kmod", False, "Five Cambodian soldiers were killed on Friday when Thai troops attacked Cambodian positions around the Ta Muen Thom temple", "said")
q(f, "chanthy", False, "Cambodian forces captured three Thai soldiers during the fighting", "said")
q(f, "keo", True, "Our heroes held the line. The temple remains in Cambodian hands", "said")
q(f, "prak", False, "Cambodia would attend the talks in Kuala Lumpur “with an open heart but without illusions”", "said")
c(f, "Five Cambodian soldiers were killed", 5, "killed", KH, "kmod", D23, "Cambodian soldiers killed at Ta Muen Thom")
c(f, "Cambodian forces captured three Thai soldiers", 3, "detained", TH, "chanthy", D23, "Thai soldiers captured")
c(f, "30 Cambodian soldiers had died", 30, "killed", KH, "rta", D23, "Cambodian soldiers killed at Ta Muen Thom (Thai claim)")

F = {k: k for k in docs}
def v(fn, val, who):
    return {"doc": fn, "value": val, "claimant": NAME[who] if who else None}
def P(n):  # noqa: N802 - the document of number n
    return [k for k in docs if k.startswith(n)][0]
cross = [
 {"kind": "contradiction", "category": "aircraft_downed", "subject_code": TH, "about": "Thai F-16s lost over Oddar Meanchey on 21 Oct 2026: Cambodia says two shot down, Thailand says one lost",
  "values": [v(P("03"), 2, "chanthy"), v(P("04"), 1, "teerapong"), v(P("04"), 2, "kmod"), v(P("05"), 2, "cambodia"), v(P("05"), 1, "rtaf"), v(P("10"), 2, "cambodia"), v(P("10"), 1, "thailand")]},
 {"kind": "contradiction", "category": "drones_downed", "subject_code": KH, "about": "Cambodian drones downed over Surin and Sisaket on the night of 21-22 Oct 2026: Thailand says 14, Cambodia says it lost four",
  "values": [v(P("07"), 14, "rta"), v(P("07"), 4, "kmod"), v(P("08"), 14, "thailand"), v(P("08"), 4, "kmod"), v(P("09"), 14, "rta"), v(P("10"), 14, "rta"), v(P("10"), 4, "kmod")]},
 {"kind": "contradiction", "category": "killed", "subject_code": KH, "about": "Cambodian soldiers killed at Ta Muen Thom on 23 Oct 2026: Thailand says 30, Cambodia says five",
  "values": [v(P("11"), 30, "rta"), v(P("11"), 5, "kmod"), v(P("12"), 5, "kmod"), v(P("12"), 30, "rta")]},
 {"kind": "agreement", "category": "killed", "subject_code": TH, "about": "final toll of the Kantharalak rocket attack of 21 Oct 2026: nine (06 is 04 republished and is left out)",
  "values": [v(P("04"), 9, "rta"), v(P("05"), 9, None), v(P("09"), 9, None), v(P("10"), 9, "rta")]},
 {"kind": "agreement", "category": "injured", "subject_code": TH, "about": "wounded in Kantharalak on 21 Oct 2026: 'at least 20' (army, local officials) and 26 (Public Health Ministry) are compatible (a range)",
  "values": [v(P("01"), 20, "rta"), v(P("02"), 26, "moph"), v(P("05"), 20, "localoff"), v(P("09"), 26, "naruemon")]},
 {"kind": "agreement", "category": "killed", "subject_code": KH, "about": "Cambodian civilians killed by Thai air strikes on Oddar Meanchey, first figure of 21 Oct 2026: 12 (later revised to 14)",
  "values": [v(P("03"), 12, "kmod"), v(P("04"), 12, "kmod"), v(P("05"), 12, "cambodia"), v(P("10"), 12, "cambodia")]},
 {"kind": "agreement", "category": "detained", "subject_code": TH, "about": "Thai soldiers captured by Cambodia at Ta Muen Thom on 23 Oct 2026: three",
  "values": [v(P("11"), 3, "kmod"), v(P("12"), 3, "chanthy")]},
]
out = {"corpus": "record_practice_2", "documents": docs, "cross_source": cross}
with open(os.path.join(D, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
print(sum(len(d["quotes"]) for d in docs.values()), "quotes", sum(len(d["claims"]) for d in docs.values()), "claims", len(cross), "cross")
