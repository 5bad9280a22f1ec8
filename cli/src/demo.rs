pub(crate) async fn run(_args: crate::DemoArgs) -> anyhow::Result<()> {
    Ok(())
}
