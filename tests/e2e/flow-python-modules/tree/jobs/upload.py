from pkg.net import make_session


def upload_report(name, body):
    sess = make_session()
    sess.put("https://reports-archive.s3.amazonaws.com/" + name, data=body)
